#pragma once

#include "KeyVault.h"
#include "PassphraseKdf.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace mtb {

class KeyRing;
class SecretStore;

// Decides how a data folder's keys are opened at startup, so the GUI and the CLI behave the same and
// the decision is testable without a keychain:
//  1. keyvault.json opens silently with the key the OS keychain holds for it;
//  2. otherwise (no keychain, entry missing, or it does not open the vault) the site passphrase is
//     asked for, if the vault has one, with a message that says what failed;
//  3. first run (no vault, no encrypted data yet): a new data key, kept by the keychain when there is
//     one, else under a new site passphrase (asked twice by the caller).
// Nothing here ever deletes or rewrites a file on a failure: a wrong passphrase or a wrong keychain
// entry leaves every file byte for byte as it was. A missing vault next to encrypted data is an error,
// never a reason to start a new one.
class VaultUnlocker
{
    Q_DECLARE_TR_FUNCTIONS(VaultUnlocker)
public:
    struct Outcome
    {
        enum class Kind {
            Unlocked,          // keys is set
            NeedPassphrase,    // ask for the site passphrase, then unlockWithPassphrase()
            NeedNewPassphrase, // first run without a keychain: ask twice, then createWithPassphrase()
            Failed,            // message says what and what to do; nothing was changed
        };
        Kind kind = Kind::Failed;
        std::shared_ptr<const KeyRing> keys;
        QString message; // translated; also set with NeedPassphrase when the keychain failed
        bool created = false;
    };

    // keychain may be null (no keychain support at all).
    VaultUnlocker(const QString& dataDir, SecretStore* keychain);
    ~VaultUnlocker(); // wipes the data key
    VaultUnlocker(const VaultUnlocker&) = delete;
    VaultUnlocker& operator=(const VaultUnlocker&) = delete;

    // True when the folder holds data encrypted under some key (so a missing vault is fatal).
    void setEncryptedDataProbe(std::function<bool()> probe) { m_probe = std::move(probe); }
    // The scrypt costs for passphrases set from now on (tests use cheap ones).
    void setKdfForNewPassphrases(std::function<PassphraseKdf()> kdf) { m_newKdf = std::move(kdf); }

    // Reads the vault and tries the keychain. Keychain jobs run on the main thread: call this there
    // (it waits for the keychain, which answers at once or says it is not there).
    Outcome start();
    // Slow (scrypt): call from a worker thread in the GUI.
    Outcome unlockWithPassphrase(const QString& passphrase);
    Outcome createWithPassphrase(const QString& passphrase);

    // After unlocking: protects the data key with a (new) site passphrase, as well as or instead of
    // the keychain. Only the wrapping changes, never the data. Slow (scrypt).
    bool setPassphrase(const QString& passphrase, QString* error);
    bool hasPassphrase() const { return m_vault.hasPassphrase(); }
    bool hasKeychainSlot() const { return m_vault.hasKeychain(); }
    QString vaultPath() const { return m_vault.path(); }

private:
    Outcome unlocked(const QByteArray& dataKey, bool created);
    Outcome failed(const QString& message) const;
    Outcome firstRun();

    QString m_dataDir;
    SecretStore* m_keychain;
    KeyVault m_vault;
    bool m_loaded = false;
    QByteArray m_dataKey;
    std::function<bool()> m_probe;
    std::function<PassphraseKdf()> m_newKdf;
};

} // namespace mtb
