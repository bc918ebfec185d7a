#include "ChangePassphraseDialog.h"

#include "KeychainSecretStore.h"
#include "OpenSslThreadState.h"
#include "SecureBytes.h"
#include "UnlockDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

namespace mtb {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b3261e;");
const QString kDoneStyle = QStringLiteral("color: #1b5e20;");
} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(const QString& dataDir, QWidget* parent)
    : ChangePassphraseDialog(dataDir, std::make_unique<KeychainSecretStore>(), parent)
{
}

ChangePassphraseDialog::ChangePassphraseDialog(const QString& dataDir, std::unique_ptr<SecretStore> keychain,
                                               QWidget* parent)
    : QDialog(parent), m_keychain(std::move(keychain)),
      m_unlocker(std::make_unique<VaultUnlocker>(dataDir, m_keychain.get())), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_message(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change site passphrase"));
    setMinimumWidth(440); // the explanation reads in two or three lines, not five

    // Keychain jobs run on the main thread, and answer at once (or say the keychain is not there).
    const VaultUnlocker::Outcome first = m_unlocker->start();
    QString problem;
    switch (first.kind) {
    case VaultUnlocker::Outcome::Kind::Unlocked:
        break;
    case VaultUnlocker::Outcome::Kind::NeedPassphrase:
        m_needCurrent = true;
        break;
    case VaultUnlocker::Outcome::Kind::NeedNewPassphrase:
        problem = tr("This data folder has no key vault, so there is no passphrase to change.");
        break;
    case VaultUnlocker::Outcome::Kind::Failed:
        problem = first.message;
        break;
    }

    auto* intro = new QLabel(
        tr("The site passphrase opens the encrypted applications on this computer when the system "
           "keychain does not. Changing it re-protects the data key; the data itself is not rewritten. "
           "The new passphrase needs at least %1 characters. Tell it only to the staff who need it.")
            .arg(UnlockDialog::kMinimumPassphraseLength),
        this);
    intro->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("changePassphraseNew"));
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("changePassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("changePassphraseMessage"));
    m_message->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("changePassphraseBusy"));
    m_busy->setRange(0, 0); // indeterminate: the derivation has no progress to report
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Change passphrase"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePassphraseButton"));
    m_ok->setDefault(true);
    m_close = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("changePassphraseClose"));
    connect(m_ok, &QPushButton::clicked, this, &ChangePassphraseDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &ChangePassphraseDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    if (m_needCurrent) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("changePassphraseCurrent"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current passphrase"), m_current);
    }
    form->addRow(tr("New passphrase"), m_new);
    form->addRow(tr("Repeat the new one"), m_repeat);
    form->addRow(m_message);
    form->addRow(m_busy);
    form->addRow(buttons);

    if (!problem.isEmpty()) {
        showProblem(problem); // nothing typed here can fix it; the message says what can
        m_ok->setEnabled(false);
        m_new->setEnabled(false);
        m_repeat->setEnabled(false);
    } else {
        m_message->setVisible(!first.message.isEmpty());
        m_message->setText(first.message); // why the current passphrase is asked (keychain problem)
        (m_current ? m_current : m_new)->setFocus();
    }
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    // The derivation cannot be interrupted; it is short, so wait for it rather than leave it running.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ChangePassphraseDialog::setKdfForNewPassphrases(std::function<PassphraseKdf()> kdf)
{
    m_unlocker->setKdfForNewPassphrases(std::move(kdf));
}

void ChangePassphraseDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void ChangePassphraseDialog::showProblem(const QString& message)
{
    m_message->setStyleSheet(kErrorStyle);
    m_message->setText(message);
    m_message->show();
}

void ChangePassphraseDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_ok->setEnabled(!working);
    m_close->setEnabled(!working);
    if (m_current)
        m_current->setEnabled(!working);
    m_new->setEnabled(!working);
    m_repeat->setEnabled(!working);
    if (working) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Changing the passphrase…"));
        m_message->show();
    }
}

void ChangePassphraseDialog::submit()
{
    if (m_working || m_changed)
        return;
    QString current = m_current ? m_current->text() : QString();
    QString passphrase = m_new->text();
    QString repeat = m_repeat->text();
    QString problem;
    if (m_needCurrent && current.isEmpty())
        problem = tr("Enter the current passphrase.");
    else
        problem = UnlockDialog::newPassphraseProblem(passphrase, repeat);
    secureWipe(repeat);
    if (!problem.isEmpty()) {
        secureWipe(current);
        secureWipe(passphrase);
        showProblem(problem);
        return;
    }
    setWorking(true);
    QPointer<ChangePassphraseDialog> self(this);
    VaultUnlocker* unlocker = m_unlocker.get();
    const bool needCurrent = m_needCurrent;
    delete m_worker;
    m_worker = QThread::create([self, unlocker, needCurrent, current, passphrase]() mutable {
        Result result;
        if (needCurrent) {
            const VaultUnlocker::Outcome opened = unlocker->unlockWithPassphrase(current);
            if (opened.kind != VaultUnlocker::Outcome::Kind::Unlocked)
                result.message = opened.message; // "The passphrase is wrong. Nothing was changed."
        }
        secureWipe(current);
        if (result.message.isEmpty()) {
            QString error;
            result.changed = unlocker->setPassphrase(passphrase, &error);
            result.message =
                result.changed ? QString() : error + u' ' + tr("The passphrase was not changed.");
        }
        secureWipe(passphrase);
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    self->finished(result);
            },
            Qt::QueuedConnection);
    });
    secureWipe(current);
    secureWipe(passphrase);
    releaseOpenSslStateOnFinish(*m_worker);
    m_worker->start();
}

void ChangePassphraseDialog::finished(const Result& result)
{
    setWorking(false);
    if (!result.changed) {
        showProblem(result.message);
        if (m_current) {
            m_current->selectAll();
            m_current->setFocus();
        }
        return;
    }
    m_changed = true;
    if (m_current)
        m_current->clear();
    m_new->clear();
    m_repeat->clear();
    if (m_current)
        m_current->setEnabled(false);
    m_new->setEnabled(false);
    m_repeat->setEnabled(false);
    m_ok->hide();
    m_close->setText(tr("Close"));
    m_close->setFocus();
    m_message->setStyleSheet(kDoneStyle);
    m_message->setText(
        tr("The site passphrase was changed. From now on it opens the data on this computer; the old one "
           "no longer does. The data itself was not rewritten."));
    m_message->show();
    emit passphraseChanged();
}

} // namespace mtb
