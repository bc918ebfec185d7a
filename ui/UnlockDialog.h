#pragma once

#include "VaultUnlocker.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace mtb {

class KeyRing;

// Asks for the site passphrase that opens the data folder's key vault (when the OS keychain does not
// open it), or on a first run without a keychain sets one, asking twice. The slow key derivation runs
// on a worker thread, so the window keeps painting and shows "Unlocking…" meanwhile. A wrong
// passphrase is said plainly, and the dialog stays open; no file is touched by a failed try.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, SetUp };
    UnlockDialog(VaultUnlocker* unlocker, Mode mode, const QString& reason, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // The rules for a new site passphrase, here and in ChangePassphraseDialog: a translated problem
    // with the two entries, or empty when the passphrase may be set.
    static constexpr int kMinimumPassphraseLength = 10;
    static QString newPassphraseProblem(const QString& passphrase, const QString& repeat);

    std::shared_ptr<const KeyRing> keys() const { return m_keys; }
    bool isWorking() const { return m_working; }

    // The whole start-up step (ui/main.cpp): the keychain silently, else this dialog; a failure that
    // no passphrase can fix is shown in a message box. Null when the user quit or it failed.
    static std::shared_ptr<const KeyRing> unlockDataFolder(const QString& dataDir, QWidget* parent = nullptr);

protected:
    void reject() override; // not while the passphrase is being checked

private:
    void submit();
    void finished(const VaultUnlocker::Outcome& outcome);
    void setWorking(bool working);

    VaultUnlocker* m_unlocker;
    Mode m_mode;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    bool m_working = false;
    std::shared_ptr<const KeyRing> m_keys;
    QThread* m_worker = nullptr;
};

} // namespace mtb
