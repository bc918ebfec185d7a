#include "TestKeys.h"

#include "KeyRing.h"
#include "KeyVault.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mtb::test {

QString testPassphrase()
{
    return QStringLiteral("柜台 test passphrase 2026");
}

QString testPassphraseFile()
{
    static TempDataDir dir;
    const QString path = dir.file(QStringLiteral("passphrase.txt"));
    if (!QFile::exists(path))
        writeFileBytes(path, testPassphrase().toUtf8() + '\n');
    return path;
}

bool ensureTestKeyVault(const QString& dataDir)
{
    KeyVault vault(KeyVault::pathIn(dataDir));
    if (QFile::exists(vault.path()))
        return true;
    QDir().mkpath(dataDir);
    vault.initialise();
    return vault.setPassphrase(KeyRing::testingDataKey(), testPassphrase(), PassphraseKdf::forTesting(),
                               nullptr) &&
           vault.save(nullptr);
}

} // namespace mtb::test
