#pragma once

#include "VaultUnlocker.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace mtb {

class SecretStore;

// Lets a supervisor change the site passphrase of the data folder's key vault (docs/encryption.md),
// as `mtbdesk-cli keys passphrase` does: only the wrapping of the data key changes, never the data.
// The current passphrase is asked for only when the vault has a passphrase slot and the keychain
// does not open it (VaultUnlocker::start(), run here on the main thread); the new one is asked twice,
// under the first-run rules of UnlockDialog. The slow key derivation runs on a worker thread. A wrong
// current passphrase is said plainly and no file changes.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(const QString& dataDir, QWidget* parent = nullptr);
    // keychain may be null (none at all); tests pass one, the default is the OS keychain.
    ChangePassphraseDialog(const QString& dataDir, std::unique_ptr<SecretStore> keychain,
                           QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    // The scrypt costs for the new passphrase (tests use cheap ones).
    void setKdfForNewPassphrases(std::function<PassphraseKdf()> kdf);
    bool isWorking() const { return m_working; }
    bool asksCurrentPassphrase() const { return m_needCurrent; }
    bool changed() const { return m_changed; }

signals:
    // The new passphrase is in keyvault.json (the caller records it in the audit log).
    void passphraseChanged();

protected:
    void reject() override; // not while the passphrase is being changed

private:
    struct Result
    {
        bool changed = false;
        QString message;
    };

    void submit();
    void finished(const Result& result);
    void setWorking(bool working);
    void showProblem(const QString& message);

    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<VaultUnlocker> m_unlocker;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    QPushButton* m_close;
    bool m_needCurrent = false;
    bool m_working = false;
    bool m_changed = false;
    QThread* m_worker = nullptr;
};

} // namespace mtb
