#pragma once

#include <QString>

namespace mtb::test {

// The site passphrase of every test key vault.
QString testPassphrase();
// A file holding testPassphrase() (for mtbdesk-cli --passphrase-file), made once per test process.
QString testPassphraseFile();
// Writes <dataDir>/keyvault.json unless there is one: it wraps KeyRing::testingDataKey() under the
// test passphrase with cheap scrypt settings, so a CLI run over the folder opens the same keys as
// in-process code using KeyRing::forTesting(), without spending a second on the real KDF each run.
bool ensureTestKeyVault(const QString& dataDir);

} // namespace mtb::test
