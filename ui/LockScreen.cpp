#include "LockScreen.h"

#include "AsyncAuthenticator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mtb {

LockScreen::LockScreen(AsyncAuthenticator* authenticator, QWidget* parent)
    : QWidget(parent), m_authenticator(authenticator), m_who(new QLabel(this)),
      m_password(new QLineEdit(this)), m_unlock(new QPushButton(tr("Unlock"), this)),
      m_switchUser(new QPushButton(tr("Another staff member…"), this)), m_otherBox(new QWidget(this)),
      m_otherUser(new QLineEdit(m_otherBox)), m_otherPassword(new QLineEdit(m_otherBox)),
      m_takeOver(new QPushButton(tr("Sign in and take over"), m_otherBox)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_who->setObjectName(QStringLiteral("lockWho"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_switchUser->setObjectName(QStringLiteral("lockSwitchUser"));
    m_otherUser->setObjectName(QStringLiteral("lockOtherUser"));
    m_otherPassword->setObjectName(QStringLiteral("lockOtherPassword"));
    m_takeOver->setObjectName(QStringLiteral("lockTakeOver"));
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_otherPassword->setEchoMode(QLineEdit::Password);
    m_unlock->setDefault(true);
    m_message->setWordWrap(true);
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText); // names come from the server: never rendered as HTML
    m_message->setTextFormat(Qt::PlainText);
    m_who->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("<p style='font-size:16pt'>MTB Desk is locked</p>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* otherForm = new QFormLayout(m_otherBox);
    otherForm->setContentsMargins(0, 12, 0, 0);
    otherForm->addRow(tr("User name"), m_otherUser);
    otherForm->addRow(tr("Password"), m_otherPassword);
    otherForm->addRow(m_takeOver);
    m_otherBox->hide();

    auto* panel = new QWidget(this);
    // A fixed width: centred at its size hint, the panel was as narrow as its buttons and the
    // word-wrapped "who" line (name, role, site) was cut off below its first line.
    panel->setFixedWidth(420);
    auto* form = new QFormLayout(panel);
    form->addRow(title);
    form->addRow(m_who);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_unlock);
    form->addRow(m_message);
    form->addRow(m_switchUser);
    form->addRow(m_otherBox);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_takeOver, &QPushButton::clicked, this, &LockScreen::takeOver);
    connect(m_otherPassword, &QLineEdit::returnPressed, this, &LockScreen::takeOver);
    connect(m_switchUser, &QPushButton::clicked, this, [this] {
        m_otherBox->setVisible(!m_otherBox->isVisible());
        if (m_otherBox->isVisible())
            m_otherUser->setFocus();
    });
    connect(m_authenticator, &AsyncAuthenticator::verifyFinished, this,
            [this](quint64 request, const OfflineVerifier::Result& result) {
                if (request != m_unlockRequest)
                    return;
                m_unlockRequest = 0;
                setBusy(false);
                m_password->clear();
                // The check was for this staff member's id; the identity must still be theirs.
                if (result.ok() && result.staff && result.staff->opterId == m_staff.opterId) {
                    m_message->clear();
                    emit unlockVerified();
                    return;
                }
                showMessage(result.message());
                emit attemptFailed(m_staff.opterId);
                m_password->setFocus();
            });
    connect(m_authenticator, &AsyncAuthenticator::signInFinished, this,
            [this](quint64 request, const SignInResult& result) {
                if (request != m_takeOverRequest)
                    return;
                m_takeOverRequest = 0;
                setBusy(false);
                m_otherPassword->clear();
                if (!result.ok || !result.staff) {
                    showMessage(result.message);
                    // Not the typed user name: people type passwords into the wrong field.
                    emit attemptFailed(QString());
                    m_otherPassword->setFocus();
                    return;
                }
                m_message->clear();
                emit takeOverVerified(result);
            });
}

void LockScreen::setStaff(const StaffIdentity& staff)
{
    m_staff = staff;
    m_who->setText(
        tr("In use by %1 (%2), %3 · %4")
            .arg(staff.opterName, staff.opterId, StaffIdentity::roleDisplayName(staff.role), staff.siteName));
}

void LockScreen::reset()
{
    m_password->clear();
    m_otherUser->clear();
    m_otherPassword->clear();
    m_otherBox->hide();
    m_message->clear();
    m_password->setFocus();
}

void LockScreen::showMessage(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
}

void LockScreen::unlock()
{
    if (m_unlockRequest || m_takeOverRequest)
        return;
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    setBusy(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking…"));
    m_unlockRequest =
        m_authenticator->verifyLocally(m_staff.opterId, m_password->text(), OfflineVerifier::Purpose::Unlock);
}

void LockScreen::takeOver()
{
    if (m_unlockRequest || m_takeOverRequest)
        return;
    if (m_otherUser->text().trimmed().isEmpty() || m_otherPassword->text().isEmpty()) {
        (m_otherUser->text().trimmed().isEmpty() ? m_otherUser : m_otherPassword)->setFocus();
        return;
    }
    // Checked before the sign-in too, so nobody types a password for a hand-over that cannot happen.
    if (m_otherUser->text().trimmed() != m_staff.opterId && m_handOverCheck) {
        const QString blocker = m_handOverCheck();
        if (!blocker.isEmpty()) {
            m_otherPassword->clear();
            showMessage(blocker);
            return;
        }
    }
    setBusy(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking…"));
    m_takeOverRequest = m_authenticator->signIn(m_otherUser->text(), m_otherPassword->text());
}

void LockScreen::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_unlock),
                       static_cast<QWidget*>(m_switchUser), static_cast<QWidget*>(m_otherUser),
                       static_cast<QWidget*>(m_otherPassword), static_cast<QWidget*>(m_takeOver)})
        w->setEnabled(!busy);
}

} // namespace mtb
