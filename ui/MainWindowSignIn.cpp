// The main window's side of staff sign-in (issue 5, items 1 and 2): the role's scope on the drafts,
// the lock, hand-over to another staff member, and the supervisor's approval of quality-gate
// overrides. Kept apart from MainWindow.cpp, which is about the applications themselves.
#include "MainWindow.h"

#include "AccessScope.h"
#include "ApplicationForm.h"
#include "ApplicationListModel.h"
#include "AsyncAuthenticator.h"
#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "DeskLocker.h"
#include "MaterialsPanel.h"
#include "OverrideApprovalDialog.h"
#include "StaffIdentity.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QLabel>

namespace mtb {

namespace {
QString signInDetail(bool offline)
{
    return offline ? QStringLiteral("offline") : QStringLiteral("online");
}
} // namespace

void MainWindow::setupSignIn()
{
    if (!m_session.staff) {
        // No staff member: only tests and tools build such a window (ui/main.cpp always signs in first).
        m_store->setScope(AccessScope::everything());
        return;
    }
    const StaffIdentity& staff = *m_session.staff;
    m_store->setScope(AccessScope::forStaff(staff));
    m_materials->setOperator(staff.opterName);
    m_materials->setOverrideApproval(
        [this](QWidget* parent, std::function<void(const QString&, const QString&)> done) {
            auto* dialog = new OverrideApprovalDialog(m_auth, m_session.staff, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [dialog, done] {
                done(dialog->reason(), OverrideApprovalDialog::approvalLabel(dialog->approver()));
            });
            dialog->open();
        });

    m_locker->setStaff(staff);
    m_locker->setBeforeLock([this] {
        m_form->commitPending();
        m_autosaver->flush();
    });
    m_locker->setHandOverCheck([this] { return handOverBlocker(); });
    applyStaffSettings();
    connect(m_locker, &DeskLocker::locked, this, [this] { m_store->audit(AuditAction::Lock); });
    connect(m_locker, &DeskLocker::unlocked, this, [this] {
        m_store->audit(AuditAction::Unlock);
        updateActions();
    });
    connect(m_locker, &DeskLocker::takenOver, this, &MainWindow::onTakenOver);
    // Guessing at an unattended desk leaves a trace: who was tried, not what was typed.
    connect(m_locker, &DeskLocker::unlockFailed, this, [this](const QString& user) {
        m_store->audit(AuditAction::SignInFailed, {},
                       user.isEmpty() ? QStringLiteral("lock screen: take-over")
                                      : QStringLiteral("lock screen: %1").arg(user));
    });

    // An application outside the scope (a stale row, a uuid typed elsewhere) is refused by the storage
    // layer: say so instead of leaving the form as it was.
    connect(m_store, &AsyncDraftStore::loadFailed, this, [this](const QUuid& uuid, const QString& message) {
        if (uuid != m_requested)
            return;
        m_requested = QUuid();
        m_saveStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_saveStatus->setText(message);
    });
    // The audit log is written once the database is open.
    connect(
        m_store, &AsyncDraftStore::opened, this,
        [this](const OpenReport& report) {
            if (report.usable())
                m_store->audit(AuditAction::SignIn, {}, signInDetail(m_session.signedInOffline));
        },
        Qt::SingleShotConnection);
}

void MainWindow::applyStaffSettings()
{
    if (m_locker)
        m_locker->setIdleTimeout(std::chrono::minutes(m_settings.idleLockMinutes));
    if (m_auth) {
        OfflinePolicy policy;
        policy.validityDays = m_settings.offlineValidityDays;
        m_auth->setPolicy(policy);
    }
}

QString MainWindow::handOverBlocker()
{
    // Whatever is on screen goes to the disk now, and the answers are in before the decision.
    m_form->commitPending();
    m_autosaver->flush();
    m_store->waitForIdle();
    QCoreApplication::sendPostedEvents(m_store, QEvent::MetaCall);
    if (!m_autosaver->hasUnsaved())
        return {};
    return tr("Some changes by %1 could not be saved yet, so the desk cannot change hands. Only %1 can "
              "unlock "
              "it now.")
        .arg(m_session.staff ? m_session.staff->opterName : QString());
}

void MainWindow::onTakenOver(const SignInResult& result)
{
    if (!result.staff)
        return;
    const bool samePerson = m_session.staff && m_session.staff->opterId == result.staff->opterId;
    if (!samePerson) {
        m_store->audit(AuditAction::SignOut);
        m_session.staff = std::make_shared<const StaffIdentity>(*result.staff);
        m_session.signedInOffline = result.mode == SignInResult::Mode::Offline;
        m_session.syncCredentials = result.credentials;
        updateAuditActor();
        // Reload for the new person's scope: nothing of the previous one's list or form stays.
        m_store->setScope(AccessScope::forStaff(*m_session.staff));
        showApplication(Application());
        m_requested = QUuid();
        m_model->setRows({});
        m_listReady = false;
        m_store->requestList();
        m_materials->setOperator(m_session.staff->opterName);
        m_store->audit(AuditAction::SignIn, {}, signInDetail(m_session.signedInOffline));
        retranslate();
        updateActions();
    }
    if (m_sync && (!samePerson || !result.credentials.isEmpty()))
        m_sync->adoptSession(m_session.staff->opterId, result.credentials.accessToken,
                             result.credentials.refreshToken);
}

} // namespace mtb
