#pragma once

#include "Clock.h"
#include "SignInResult.h"
#include "StaffIdentity.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QMainWindow;
class QStackedWidget;
class QWidget;

namespace mtb {

class AsyncAuthenticator;
class InactivityMonitor;
class LockScreen;
class ScreenLockListener;

// Locks the main window after the site's idle time and when the OS screen locks (issue 5). Locking
// hides the work behind the LockScreen - a page of a stacked widget that replaces the window's
// content, with menus, toolbars, the status bar and every shortcut out of reach and other windows
// (dialogs, menus) hidden - but destroys nothing: the form, its scroll position, open dialogs and
// the field that had the cursor come back exactly as they were. Pending edits are saved first
// (setBeforeLock). Unlocking needs the same staff member's password, checked on this PC; another staff
// member may take over once the drafts are saved, and the window then reloads for them
// (takenOver).
class DeskLocker : public QObject
{
    Q_OBJECT
public:
    DeskLocker(QMainWindow* window, QWidget* content, AsyncAuthenticator* authenticator,
               std::shared_ptr<const Clock> clock = nullptr);
    ~DeskLocker() override;

    void setStaff(const StaffIdentity& staff);
    void setIdleTimeout(std::chrono::seconds timeout); // 0: never after idle time
    void setBeforeLock(std::function<void()> flush) { m_beforeLock = std::move(flush); }
    void setHandOverCheck(std::function<QString()> check);

    void lock();
    bool isLocked() const { return m_locked; }

    InactivityMonitor* inactivity() const { return m_inactivity; }
    ScreenLockListener* screenLock() const { return m_screenLock; }
    LockScreen* lockScreen() const { return m_lockScreen; }

signals:
    void locked();
    void unlocked();
    // Another staff member signed in on the lock screen; the desk is theirs now (and unlocked).
    void takenOver(const mtb::SignInResult& result);
    void unlockFailed(const QString& user); // a wrong password (or a refused account) on the lock screen

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock(bool restoreWindows);
    void onTakeOver(const SignInResult& result);

    QMainWindow* m_window;
    QStackedWidget* m_stack;
    QWidget* m_content;
    LockScreen* m_lockScreen;
    InactivityMonitor* m_inactivity;
    ScreenLockListener* m_screenLock;
    StaffIdentity m_staff;
    std::function<void()> m_beforeLock;
    std::function<QString()> m_handOverCheck;
    bool m_locked = false;
    QPointer<QWidget> m_focusBefore;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QWidget>> m_hiddenBars; // menu bar, tool bars, status bar
};

} // namespace mtb
