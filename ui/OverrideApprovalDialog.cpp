#include "OverrideApprovalDialog.h"

#include "AsyncAuthenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mtb {

namespace {
bool canApprove(const StaffIdentity* s)
{
    return s && s->may(StaffIdentity::Permission::ApproveQualityOverride);
}
} // namespace

OverrideApprovalDialog::OverrideApprovalDialog(AsyncAuthenticator* authenticator,
                                               std::shared_ptr<const StaffIdentity> signedIn, QWidget* parent)
    : QDialog(parent), m_authenticator(authenticator), m_signedIn(std::move(signedIn)),
      m_reason(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("overrideApprovalDialog"));
    setWindowTitle(tr("Accept page"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_message->setObjectName(QStringLiteral("overrideMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Why is this page acceptable?"), m_reason);
    if (canApprove(m_signedIn.get())) {
        intro->setText(tr("The page does not pass the quality check. As a supervisor you may accept it; the "
                          "reason is recorded with your name."));
    } else {
        intro->setText(
            tr("The page does not pass the quality check. Accepting it needs a supervisor: ask one "
               "to enter their user name and password. The reason is recorded with their name."));
        m_user = new QLineEdit(this);
        m_user->setObjectName(QStringLiteral("overrideSupervisor"));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("overridePassword"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Supervisor"), m_user);
        form->addRow(tr("Password"), m_password);
    }
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Accept page"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("overrideAccept"));
    m_ok->setDefault(true);
    form->addRow(buttons);
    // The accept button checks first (buttons->accepted is left unconnected): it never closes by itself.
    connect(m_ok, &QPushButton::clicked, this, &OverrideApprovalDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_authenticator, &AsyncAuthenticator::verifyFinished, this,
            [this](quint64 request, const OfflineVerifier::Result& result) {
                if (request != m_request)
                    return;
                m_request = 0;
                m_ok->setEnabled(true);
                m_password->clear();
                if (!result.ok() || !result.staff) {
                    m_message->setText(result.message());
                    m_password->setFocus();
                    return;
                }
                if (!canApprove(&*result.staff)) {
                    m_message->setText(
                        tr("%1 is not a supervisor and cannot approve this.").arg(result.staff->opterId));
                    m_user->setFocus();
                    return;
                }
                m_approver = *result.staff;
                accept();
            });
    m_reason->setFocus();
}

QString OverrideApprovalDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString OverrideApprovalDialog::approvalLabel(const StaffIdentity& staff)
{
    return QStringLiteral("%1 (%2)").arg(staff.opterName, staff.opterId);
}

void OverrideApprovalDialog::submit()
{
    if (m_request)
        return;
    if (reason().isEmpty()) {
        m_message->setText(tr("Enter the reason first."));
        m_reason->setFocus();
        return;
    }
    if (!m_user) {
        m_approver = *m_signedIn;
        accept();
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("A supervisor enters their user name and password."));
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Checking…"));
    m_request =
        m_authenticator->verifyLocally(m_user->text(), m_password->text(), OfflineVerifier::Purpose::SignIn);
}

} // namespace mtb
