#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mtb {

class KeyRing;
class SecretStore;
class VaultUnlocker;

// Opening the data folder's keys from the command line, and the `keys` subcommands.
// The keychain is used when there is one; otherwise --passphrase-file FILE gives the site passphrase
// (its first line). On a first run without a keychain, the passphrase file sets the passphrase.
// A wrong passphrase or keychain entry is reported (exit code 4) and changes nothing.
class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static constexpr int kExitLocked = 4;

    KeyCommands(const QString& dataDir, QTextStream& out, QTextStream& err);
    ~KeyCommands();

    // Removes "--passphrase-file FILE" from args (wherever it is) and returns FILE.
    static QString takePassphraseFile(QStringList& args);
    // Null (with the reason on err and *exitCode set) when the keys cannot be opened.
    std::shared_ptr<const KeyRing> unlock(const QString& passphraseFile, int* exitCode);
    // keys status | keys passphrase --new-passphrase-file FILE (after unlock()).
    int run(const QStringList& args);

private:
    bool readPassphrase(const QString& path, QString* passphrase);

    QString m_dataDir;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<VaultUnlocker> m_unlocker;
};

} // namespace mtb
