#pragma once

// A data folder whose key vault opens with a site passphrase and holds the testing data key, so that
// mtbdesk-cli (run with --passphrase-file) unlocks the same keys as KeyRing::forTesting() in the test.
#include "KeyRing.h"
#include "KeyVault.h"
#include "TestPaths.h"

#include <QString>

namespace mtb::test {

inline QString vaultPassphraseFile(const QString& dataDir)
{
    return dataDir + QStringLiteral("/passphrase.txt");
}

// Returns false (with *error) when the vault could not be written.
inline bool prepareTestVault(const QString& dataDir, QString* error)
{
    const QString passphrase = QStringLiteral("test site passphrase");
    KeyVault vault(KeyVault::pathIn(dataDir));
    vault.initialise();
    return vault.setPassphrase(KeyRing::testingDataKey(), passphrase, PassphraseKdf::forTesting(), error) &&
           vault.save(error) && writeFileBytes(vaultPassphraseFile(dataDir), passphrase.toUtf8() + '\n');
}

} // namespace mtb::test
