#pragma once

#include "StaffIdentity.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mtb {

class AsyncAuthenticator;

// Accepting a page the quality gate refused needs a reason and a supervisor (issue 5, roles). A
// signed-in supervisor only gives the reason; anyone else asks a supervisor to enter their user name
// and password here, checked on this PC (OfflineVerifier) on the authenticator's thread. Who approved
// is recorded with the page (override_by).
class OverrideApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideApprovalDialog(AsyncAuthenticator* authenticator, std::shared_ptr<const StaffIdentity> signedIn,
                           QWidget* parent = nullptr);

    QString reason() const;
    // After Accepted: the supervisor who approved.
    const StaffIdentity& approver() const { return m_approver; }
    // How override_by records a person: "张审核 (nc-super-01)".
    static QString approvalLabel(const StaffIdentity& staff);

private:
    void submit();

    AsyncAuthenticator* m_authenticator;
    std::shared_ptr<const StaffIdentity> m_signedIn;
    QLineEdit* m_reason;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message;
    QPushButton* m_ok;
    quint64 m_request = 0;
    StaffIdentity m_approver;
};

} // namespace mtb
