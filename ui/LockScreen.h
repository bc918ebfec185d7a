#pragma once

#include "SignInResult.h"
#include "StaffIdentity.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace mtb {

class AsyncAuthenticator;

// What the main window shows while the desk is locked: who it belongs to, their password to unlock
// (checked on this PC, no network needed), and a way for another staff member to take over once the
// drafts are saved. The work itself stays untouched behind it (DeskLocker).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(AsyncAuthenticator* authenticator, QWidget* parent = nullptr);

    void setStaff(const StaffIdentity& staff);
    // Returns why another person may not take over now (unsaved drafts), or an empty string.
    void setHandOverCheck(std::function<QString()> check) { m_handOverCheck = std::move(check); }
    // Clears the fields and puts the cursor in the password field; called at each lock.
    void reset();
    void showMessage(const QString& message);

signals:
    void unlockVerified();                                  // the same staff member's password
    void takeOverVerified(const mtb::SignInResult& result); // another staff member signed in
    // For the audit log: the locked desk's own staff member, or empty for a failed take-over.
    void attemptFailed(const QString& user);

private:
    void unlock();
    void takeOver();
    void setBusy(bool busy);

    AsyncAuthenticator* m_authenticator;
    StaffIdentity m_staff;
    std::function<QString()> m_handOverCheck;
    QLabel* m_who;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_switchUser;
    QWidget* m_otherBox;
    QLineEdit* m_otherUser;
    QLineEdit* m_otherPassword;
    QPushButton* m_takeOver;
    QLabel* m_message;
    quint64 m_unlockRequest = 0;
    quint64 m_takeOverRequest = 0;
};

} // namespace mtb
