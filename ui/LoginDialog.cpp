#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mtb {

LoginDialog::LoginDialog(const QString& lastUser, QWidget* parent)
    : QDialog(parent), m_user(new QLineEdit(lastUser, this)), m_password(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to the central service"));
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_signIn->setEnabled(false);
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Signing in…"));
        emit signInRequested(m_user->text().trimmed(), m_password->text());
    });
    auto* form = new QFormLayout(this);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_message);
    form->addRow(buttons);
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::showResult(bool ok, const QString& message)
{
    m_password->clear();
    if (ok) {
        accept();
        return;
    }
    m_signIn->setEnabled(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
}

} // namespace mtb
