#include "UnlockDialog.h"

#include "EncryptionUpgrade.h"
#include "KeychainSecretStore.h"
#include "OpenSslThreadState.h"
#include "SecureBytes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

namespace mtb {

namespace {
constexpr int kMinimumLength = UnlockDialog::kMinimumPassphraseLength;
const QString kErrorStyle = QStringLiteral("color: #b3261e;");
} // namespace

UnlockDialog::UnlockDialog(VaultUnlocker* unlocker, Mode mode, const QString& reason, QWidget* parent)
    : QDialog(parent), m_unlocker(unlocker), m_mode(mode), m_passphrase(new QLineEdit(this)),
      m_message(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock MTB Desk") : tr("Protect the data of MTB Desk"));
    auto* intro =
        new QLabel(mode == Mode::Unlock
                       ? tr("The applications on this computer are encrypted. Enter the site passphrase "
                            "to open them.")
                       : tr("The applications on this computer will be stored encrypted. Choose the site "
                            "passphrase that opens them (at least %1 characters). Without it the data "
                            "cannot be read: keep it where your site keeps its passwords.")
                             .arg(kMinimumLength),
                   this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(kErrorStyle);
    m_message->setText(reason);
    m_message->setVisible(!reason.isEmpty());
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->setRange(0, 0); // indeterminate: the derivation has no progress to report
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(mode == Mode::Unlock ? tr("Unlock") : tr("Set passphrase"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("unlockButton"));
    m_ok->setDefault(true);
    auto* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("unlockQuit"));
    connect(m_ok, &QPushButton::clicked, this, &UnlockDialog::submit);
    connect(quit, &QPushButton::clicked, this, &UnlockDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Site passphrase"), m_passphrase);
    if (mode == Mode::SetUp) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("unlockRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Repeat it"), m_repeat);
    }
    form->addRow(m_message);
    form->addRow(m_busy);
    form->addRow(buttons);
    m_passphrase->setFocus();
}

UnlockDialog::~UnlockDialog()
{
    // The derivation cannot be interrupted; it is short, so wait for it rather than leave it running.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void UnlockDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void UnlockDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_ok->setEnabled(!working);
    m_passphrase->setEnabled(!working);
    if (m_repeat)
        m_repeat->setEnabled(!working);
    if (working) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Unlocking…"));
        m_message->show();
    }
}

QString UnlockDialog::newPassphraseProblem(const QString& passphrase, const QString& repeat)
{
    if (passphrase.size() < kMinimumLength)
        return tr("The passphrase needs at least %1 characters.").arg(kMinimumLength);
    if (passphrase != repeat)
        return tr("The two entries differ. Type the passphrase twice, the same way.");
    return {};
}

void UnlockDialog::submit()
{
    if (m_working)
        return;
    QString passphrase = m_passphrase->text();
    if (m_mode == Mode::SetUp) {
        QString repeat = m_repeat->text();
        const QString problem = newPassphraseProblem(passphrase, repeat);
        secureWipe(repeat);
        if (!problem.isEmpty()) {
            secureWipe(passphrase);
            m_message->setStyleSheet(kErrorStyle);
            m_message->setText(problem);
            m_message->show();
            return;
        }
    }
    if (passphrase.isEmpty())
        return;
    setWorking(true);
    QPointer<UnlockDialog> self(this);
    VaultUnlocker* unlocker = m_unlocker;
    const Mode mode = m_mode;
    delete m_worker;
    m_worker = QThread::create([self, unlocker, mode, passphrase]() mutable {
        const VaultUnlocker::Outcome outcome = mode == Mode::Unlock
                                                   ? unlocker->unlockWithPassphrase(passphrase)
                                                   : unlocker->createWithPassphrase(passphrase);
        secureWipe(passphrase);
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome] {
                if (self)
                    self->finished(outcome);
            },
            Qt::QueuedConnection);
    });
    secureWipe(passphrase);
    releaseOpenSslStateOnFinish(*m_worker);
    m_worker->start();
}

void UnlockDialog::finished(const VaultUnlocker::Outcome& outcome)
{
    setWorking(false);
    if (outcome.kind == VaultUnlocker::Outcome::Kind::Unlocked) {
        m_passphrase->clear();
        if (m_repeat)
            m_repeat->clear();
        m_keys = outcome.keys;
        accept();
        return;
    }
    m_message->setStyleSheet(kErrorStyle);
    m_message->setText(outcome.message);
    m_message->show();
    m_passphrase->selectAll();
    m_passphrase->setFocus();
    if (outcome.kind == VaultUnlocker::Outcome::Kind::Failed)
        m_ok->setEnabled(false); // nothing typed here can fix it; the message says what can
}

std::shared_ptr<const KeyRing> UnlockDialog::unlockDataFolder(const QString& dataDir, QWidget* parent)
{
    KeychainSecretStore keychain;
    VaultUnlocker unlocker(dataDir, &keychain);
    unlocker.setEncryptedDataProbe(
        [dataDir] { return EncryptionUpgrade::folderHoldsEncryptedData(dataDir); });
    const VaultUnlocker::Outcome first = unlocker.start();
    switch (first.kind) {
    case VaultUnlocker::Outcome::Kind::Unlocked:
        return first.keys;
    case VaultUnlocker::Outcome::Kind::Failed:
        QMessageBox::critical(parent, tr("MTB Desk"), first.message);
        return nullptr;
    case VaultUnlocker::Outcome::Kind::NeedPassphrase:
    case VaultUnlocker::Outcome::Kind::NeedNewPassphrase:
        break;
    }
    UnlockDialog dialog(
        &unlocker, first.kind == VaultUnlocker::Outcome::Kind::NeedPassphrase ? Mode::Unlock : Mode::SetUp,
        first.message, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.keys() : nullptr;
}

} // namespace mtb
