#include "DeskLocker.h"

#include "InactivityMonitor.h"
#include "LockScreen.h"
#include "ScreenLockListener.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace mtb {

DeskLocker::DeskLocker(QMainWindow* window, QWidget* content, AsyncAuthenticator* authenticator,
                       std::shared_ptr<const Clock> clock)
    : QObject(window), m_window(window), m_stack(new QStackedWidget), m_content(content),
      m_lockScreen(new LockScreen(authenticator)),
      m_inactivity(new InactivityMonitor(std::move(clock), this)), m_screenLock(new ScreenLockListener(this))
{
    m_stack->setObjectName(QStringLiteral("lockStack"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_lockScreen);
    m_window->setCentralWidget(m_stack);
    connect(m_inactivity, &InactivityMonitor::idleTimeout, this, &DeskLocker::lock);
    connect(m_screenLock, &ScreenLockListener::screenLocked, this, &DeskLocker::lock);
    connect(m_lockScreen, &LockScreen::unlockVerified, this, [this] { unlock(true); });
    connect(m_lockScreen, &LockScreen::takeOverVerified, this, &DeskLocker::onTakeOver);
    connect(m_lockScreen, &LockScreen::attemptFailed, this, &DeskLocker::unlockFailed);
    m_inactivity->start();
}

DeskLocker::~DeskLocker()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void DeskLocker::setStaff(const StaffIdentity& staff)
{
    m_staff = staff;
    m_lockScreen->setStaff(staff);
}

void DeskLocker::setIdleTimeout(std::chrono::seconds timeout)
{
    m_inactivity->setTimeout(timeout);
}

void DeskLocker::setHandOverCheck(std::function<QString()> check)
{
    m_handOverCheck = check;
    m_lockScreen->setHandOverCheck(std::move(check));
}

void DeskLocker::lock()
{
    if (m_locked)
        return;
    // What is typed reaches the storage thread before anything is hidden.
    if (m_beforeLock)
        m_beforeLock();
    m_locked = true;
    m_inactivity->stop();
    m_focusBefore = QApplication::focusWidget();

    // Dialogs go out of sight but stay alive: a dialog opened with open() comes back on unlock as it
    // was. (One run with exec() ends as cancelled when hidden, which loses nothing saved.)
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w == m_window || !w->isVisible())
            continue;
        // Menus, completer lists and tooltips are closed for good: they belong to a moment, not to work.
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip) {
            w->close();
            continue;
        }
        m_hiddenWindows.append(w);
        w->hide();
    }
    QList<QWidget*> bars{m_window->menuBar(), m_window->statusBar()};
    for (QToolBar* t : m_window->findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        bars.append(t);
    for (QWidget* bar : bars) {
        if (bar && bar->isVisible()) {
            m_hiddenBars.append(bar);
            bar->hide();
        }
    }
    // Shortcuts of actions on the window itself stay live while it is visible: they are caught here.
    qApp->installEventFilter(this);
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->reset();
    emit locked();
}

void DeskLocker::unlock(bool restoreWindows)
{
    if (!m_locked)
        return;
    qApp->removeEventFilter(this);
    m_stack->setCurrentWidget(m_content);
    for (const QPointer<QWidget>& bar : std::as_const(m_hiddenBars)) {
        if (bar)
            bar->show();
    }
    m_hiddenBars.clear();
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows)) {
        if (!w)
            continue;
        if (restoreWindows)
            w->show();
        else
            w->close(); // the previous person's dialog: not for the one taking over
    }
    m_hiddenWindows.clear();
    if (restoreWindows && m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    m_focusBefore = nullptr;
    m_locked = false;
    m_inactivity->start();
    emit unlocked();
}

void DeskLocker::onTakeOver(const SignInResult& result)
{
    if (!result.staff)
        return;
    if (result.staff->opterId == m_staff.opterId) {
        // The same person signed in again (perhaps online this time): an ordinary unlock.
        emit takenOver(result);
        unlock(true);
        return;
    }
    // Checked again now: a save may have failed while the password was being checked.
    const QString blocker = m_handOverCheck ? m_handOverCheck() : QString();
    if (!blocker.isEmpty()) {
        m_lockScreen->showMessage(blocker);
        return;
    }
    setStaff(*result.staff);
    emit takenOver(result); // the window reloads for the new person's scope behind the lock screen
    unlock(false);
}

bool DeskLocker::eventFilter(QObject* watched, QEvent* event)
{
    if (m_locked && (event->type() == QEvent::Shortcut || event->type() == QEvent::ShortcutOverride)) {
        // Only what belongs to the lock screen itself may react to keys.
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() == QEvent::Shortcut && !(widget && m_lockScreen->isAncestorOf(widget)))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mtb
