#include "SignInDialog.h"

#include "AsyncAuthenticator.h"
#include "DataPaths.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace mtb {

namespace {
// The last user name is remembered (it is on every badge; the password never is).
const QString kLastUserKey = QStringLiteral("signin/lastUser");
} // namespace

SignInDialog::SignInDialog(AsyncAuthenticator* authenticator, const QString& lastUser, QWidget* parent)
    : QDialog(parent), m_authenticator(authenticator), m_user(new QLineEdit(lastUser, this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("MTB Desk — sign in"));
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(360);

    auto* intro = new QLabel(tr("Sign in with your staff account. Without a network, the password of your "
                                "last online sign-in on this PC is checked here."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("signInQuit"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_authenticator, &AsyncAuthenticator::signInFinished, this, &SignInDialog::onFinished);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_message);
    form->addRow(buttons);
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::submit()
{
    if (m_request != 0)
        return; // one check at a time
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(tr("Enter your user name and password."));
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking…"));
    m_request = m_authenticator->signIn(m_user->text(), m_password->text());
}

void SignInDialog::onFinished(quint64 request, const SignInResult& result)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_password->clear();
    setBusy(false);
    if (result.ok && result.staff) {
        m_result = result;
        QSettings().setValue(kLastUserKey, result.staff->opterId);
        accept();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(result.message);
    m_password->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
}

bool SignInDialog::signInAtStartup(const QString& dataDir, int offlineValidityDays, DeskSession& session)
{
    AsyncAuthenticator::Options options;
    options.databasePath = DataPaths(dataDir).databasePath();
    options.keys = session.keys;
    options.server = ServerConfig::fromSettingsAndEnvironment();
    options.policy.validityDays = offlineValidityDays;
    AsyncAuthenticator authenticator(options);
    SignInDialog dialog(&authenticator, QSettings().value(kLastUserKey).toString());
    if (dialog.exec() != QDialog::Accepted || !dialog.result().staff)
        return false;
    const SignInResult& result = dialog.result();
    session.staff = std::make_shared<const StaffIdentity>(*result.staff);
    session.signedInOffline = result.mode == SignInResult::Mode::Offline;
    session.syncCredentials = result.credentials;
    return true;
}

} // namespace mtb
