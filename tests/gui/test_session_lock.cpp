// The desk's lock (issue 5, item 1), offscreen and on a test clock: it locks after the site's idle
// time and not before, input resets the time, the OS screen lock locks it; unlocking needs the same
// person's password (a wrong one is refused) and brings back the very draft that was on screen, saved;
// another staff member takes over only with the drafts saved, and then sees only their own scope.
#include "AccessScope.h"
#include "ApplicationForm.h"
#include "ApplicationListModel.h"
#include "AsyncDraftStore.h"
#include "Database.h"
#include "DeskLocker.h"
#include "DraftRepository.h"
#include "InactivityMonitor.h"
#include "KeyRing.h"
#include "KeyboardInput.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "OfflineVerifier.h"
#include "PasswordHash.h"
#include "PersonalText.h"
#include "ScreenLockListener.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#ifdef MTB_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

using namespace mtb;

namespace {
StaffIdentity staff(const char* id, const char* name, const char* role, const char* optins,
                    const char* fixmedins = "")
{
    return *StaffIdentity::fromJson(QJsonObject{{"opter_id", id},
                                                {"opter_name", QString::fromUtf8(name)},
                                                {"role", role},
                                                {"optins", optins},
                                                {"site_name", "site"},
                                                {"fixmedins_code", fixmedins}});
}
// Functions rather than globals: nothing runs before main().
StaffIdentity counter()
{
    return staff("nc-counter-01", "李敏", "counter", "511302");
}
StaffIdentity colleague()
{
    return staff("nc-counter-02", "赵强", "counter", "511302");
}
StaffIdentity clerk()
{
    return staff("nc-hosp-01", "王芳", "hospital", "511302", "H51130200002");
}
} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void locksAfterTheIdleTimeAndNotBefore();
    void inputResetsTheIdleTime();
    void lockedWindowShowsNothingAndIgnoresShortcuts();
    void openDialogIsHiddenAndComesBackAsItWas();
    void unlockWithWrongThenRightPasswordKeepsTheDraft();
    void colleagueTakesOverAndSeesTheirScope();
    void clerkCannotOpenAnotherInstitutionsApplication();
    void handOverWaitsUntilTheDraftsAreSaved();
    void screenLockOnTheSessionBusLocks();

private:
    void startWindow(const StaffIdentity& who);
    void idleFor(qint64 seconds);
    void typeInto(const QString& objectName, const QString& text, bool commit = true);
    void unlockWith(const QString& password);
    Application stored(const QUuid& uuid);
    template <typename T> T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<test::ManualClock> m_clock;
};

void TestSessionLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-lock-test"));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    QSettings().remove(QStringLiteral("security")); // the site defaults
    QCOMPARE(CounterSettings::load().idleLockMinutes, 5);
}

void TestSessionLock::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_clock = std::make_shared<test::ManualClock>();
    // These staff members signed in online on this PC before (the hash that online sign-in keeps).
    Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("lock-test-setup"));
    QVERIFY(db.open().usable());
    OfflineVerifier verifier(db.connection(), m_clock);
    verifier.setKeys(KeyRing::forTesting()); // the session's keys: the window's authenticator checks with them
    QVERIFY(verifier.remember(counter(), QStringLiteral("counter123"), nullptr,
                              PasswordHash::kMinimumIterations));
    QVERIFY(verifier.remember(colleague(), QStringLiteral("colleague123"), nullptr,
                              PasswordHash::kMinimumIterations));
    QVERIFY(
        verifier.remember(clerk(), QStringLiteral("hospital123"), nullptr, PasswordHash::kMinimumIterations));
}

void TestSessionLock::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestSessionLock::startWindow(const StaffIdentity& who)
{
    DeskSession session{KeyRing::forTesting(), std::make_shared<const StaffIdentity>(who)};
    m_window = std::make_unique<MainWindow>(m_dir->path(), session);
    QVERIFY(m_window->deskLocker());
    m_window->deskLocker()->inactivity()->setClock(m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->isListReady());
}

void TestSessionLock::idleFor(qint64 seconds)
{
    m_clock->advanceSeconds(seconds);
    m_window->deskLocker()->inactivity()->check(); // what the one-second poll does
}

void TestSessionLock::typeInto(const QString& objectName, const QString& text, bool commit)
{
    auto* edit = find<QLineEdit>(objectName);
    edit->setFocus(Qt::TabFocusReason);
    test::typeText(edit, text);
    if (commit)
        QTest::keyClick(edit, Qt::Key_Tab);
}

void TestSessionLock::unlockWith(const QString& password)
{
    auto* field = find<QLineEdit>(QStringLiteral("lockPassword"));
    field->setFocus();
    test::typeText(field, password);
    QTest::keyClick(field, Qt::Key_Return);
}

Application TestSessionLock::stored(const QUuid& uuid)
{
    Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("lock-test-reader"));
    if (!db.open().usable())
        return {};
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    return repo.load(uuid).value_or(Application());
}

void TestSessionLock::locksAfterTheIdleTimeAndNotBefore()
{
    startWindow(counter());
    DeskLocker* locker = m_window->deskLocker();
    QCOMPARE(locker->inactivity()->timeout(), std::chrono::seconds(300));
    idleFor(4 * 60 + 59);
    QVERIFY(!locker->isLocked());
    idleFor(1);
    QVERIFY(locker->isLocked());
    QVERIFY(find<LockScreen>(QStringLiteral("lockScreen"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("lockWho"))->text().contains(QStringLiteral("nc-counter-01")));
    // Locked stays locked however long it waits, and the clock does not lock it twice.
    idleFor(3600);
    QVERIFY(locker->isLocked());
}

void TestSessionLock::inputResetsTheIdleTime()
{
    startWindow(counter());
    DeskLocker* locker = m_window->deskLocker();
    auto* search = find<QLineEdit>(QStringLiteral("search"));
    idleFor(4 * 60);
    QTest::keyClick(search, Qt::Key_A); // a key anywhere in the program is activity
    idleFor(4 * 60);
    QVERIFY(!locker->isLocked());
    QTest::mouseMove(search, QPoint(5, 5)); // so is the mouse
    QTest::mouseClick(search, Qt::LeftButton);
    idleFor(4 * 60 + 59);
    QVERIFY(!locker->isLocked());
    idleFor(1);
    QVERIFY(locker->isLocked());
}

void TestSessionLock::lockedWindowShowsNothingAndIgnoresShortcuts()
{
    startWindow(counter());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->form()->hasApplication());
    typeInto(QStringLiteral("psn_name"), QStringLiteral("王秀英"));
    const QUuid uuid = m_window->form()->application().uuid;
    idleFor(300);
    QVERIFY(m_window->deskLocker()->isLocked());
    QVERIFY(!m_window->form()->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("search"))->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!find<QToolBar>(QStringLiteral("mainToolBar"))->isVisible());
    // Shortcuts of the window do nothing: no new application, no trash, no quit.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(m_window->form()->application().uuid, uuid);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->deskLocker()->isLocked());
}

void TestSessionLock::openDialogIsHiddenAndComesBackAsItWas()
{
    startWindow(counter());
    auto* dialog = new QDialog(m_window.get());
    auto* edit = new QLineEdit(dialog);
    dialog->open(); // window-modal, as the page editor and the camera dialog are opened
    test::typeText(edit, QStringLiteral("half-done correction"));
    auto* menu = new QMenu(m_window.get());
    menu->addAction(QStringLiteral("an item"));
    menu->popup(QPoint(10, 10));
    QTRY_VERIFY(menu->isVisible());

    idleFor(300);
    QVERIFY(m_window->deskLocker()->isLocked());
    QVERIFY(!dialog->isVisible());
    QVERIFY(!menu->isVisible());
    // The dialog is modal for the window, yet the lock screen takes the password.
    unlockWith(QStringLiteral("counter123"));
    QTRY_VERIFY(!m_window->deskLocker()->isLocked());
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("half-done correction"));
    QVERIFY(!menu->isVisible()); // a menu belongs to a moment: not brought back
}

void TestSessionLock::unlockWithWrongThenRightPasswordKeepsTheDraft()
{
    startWindow(counter());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeInto(QStringLiteral("psn_name"), QStringLiteral("王秀英"));
    typeInto(QStringLiteral("certno"), QStringLiteral("511302198001010013"));
    // The last field is still being typed when the desk locks: it must not be lost either.
    typeInto(QStringLiteral("tel"), QStringLiteral("13981730131"), false);
    QWidget* focused = QApplication::focusWidget();
    QCOMPARE(focused, find<QLineEdit>(QStringLiteral("tel")));
    const QUuid uuid = m_window->form()->application().uuid;

    idleFor(300);
    QVERIFY(m_window->deskLocker()->isLocked());
    const Application onScreen = m_window->form()->application();
    MTB_COMPARE_PERSONAL(onScreen.applicant.tel, QStringLiteral("13981730131")); // committed by the lock
    // Saved, not only kept on screen: the file holds exactly what was typed.
    QTRY_COMPARE(m_window->autosaver()->status(), Autosaver::Status::Saved);
    m_window->store()->waitForIdle();
    const Application inFile = stored(uuid);
    MTB_COMPARE_PERSONAL(inFile.applicant.psnName, QStringLiteral("王秀英"));
    MTB_COMPARE_PERSONAL(inFile.applicant.certno, QStringLiteral("511302198001010013"));
    MTB_COMPARE_PERSONAL(inFile.applicant.tel, QStringLiteral("13981730131"));

    unlockWith(QStringLiteral("counter124"));
    auto* message = find<QLabel>(QStringLiteral("lockMessage"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("Wrong password")));
    QVERIFY(m_window->deskLocker()->isLocked());
    QVERIFY(!m_window->form()->isVisible());

    unlockWith(QStringLiteral("counter123"));
    QTRY_VERIFY(!m_window->deskLocker()->isLocked());
    QVERIFY(m_window->form()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    // Exactly as it was: the same application, every field, and the cursor where it was.
    QVERIFY(m_window->form()->application() == onScreen);
    QCOMPARE(find<QLineEdit>(QStringLiteral("psn_name"))->text(), QStringLiteral("王秀英"));
    MTB_COMPARE_PERSONAL(find<QLineEdit>(QStringLiteral("tel"))->text(), QStringLiteral("13981730131"));
    QTRY_COMPARE(QApplication::focusWidget(), focused);
    // And the idle time runs again from the unlock.
    idleFor(299);
    QVERIFY(!m_window->deskLocker()->isLocked());
}

void TestSessionLock::colleagueTakesOverAndSeesTheirScope()
{
    startWindow(counter());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeInto(QStringLiteral("psn_name"), QStringLiteral("张桂兰"));
    const QUuid counterDraft = m_window->form()->application().uuid;
    idleFor(300);

    // A hospital clerk takes over: the counter's draft is saved and no longer theirs to see.
    find<QPushButton>(QStringLiteral("lockSwitchUser"))->click();
    auto* user = find<QLineEdit>(QStringLiteral("lockOtherUser"));
    auto* password = find<QLineEdit>(QStringLiteral("lockOtherPassword"));
    test::typeText(user, QStringLiteral("nc-hosp-01"));
    test::typeText(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("lockMessage"))->text().contains(QStringLiteral("Wrong password")));
    QVERIFY(m_window->deskLocker()->isLocked());
    test::typeText(password, QStringLiteral("hospital123"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!m_window->deskLocker()->isLocked());

    QCOMPARE(m_window->session().staff->opterId, QStringLiteral("nc-hosp-01"));
    QVERIFY(!m_window->form()->hasApplication());
    QTRY_VERIFY(m_window->isListReady());
    QCOMPARE(m_window->listModel()->rowCount(), 0);
    MTB_COMPARE_PERSONAL(stored(counterDraft).applicant.psnName, QStringLiteral("张桂兰"));
    // The lock screen now belongs to the clerk: the counter's password no longer unlocks it.
    idleFor(300);
    QVERIFY(m_window->deskLocker()->isLocked());
    QVERIFY(find<QLabel>(QStringLiteral("lockWho"))->text().contains(QStringLiteral("nc-hosp-01")));
    unlockWith(QStringLiteral("counter123"));
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("lockMessage"))->text().contains(QStringLiteral("Wrong password")));
    unlockWith(QStringLiteral("hospital123"));
    QTRY_VERIFY(!m_window->deskLocker()->isLocked());
}

void TestSessionLock::clerkCannotOpenAnotherInstitutionsApplication()
{
    // A draft of the counter, on this PC.
    Application counterApp;
    {
        Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("lock-test-writer"));
        QVERIFY(db.open().usable());
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        repo.setScope(AccessScope::forStaff(counter()));
        counterApp = Application::createNew(QDateTime::currentDateTimeUtc());
        counterApp.applicant.psnName = QStringLiteral("陈建国");
        QVERIFY(repo.save(counterApp, QDateTime::currentDateTimeUtc(), nullptr));
    }
    startWindow(clerk());
    QCOMPARE(m_window->listModel()->rowCount(), 0);
    m_window->openApplication(counterApp.uuid);
    auto* status = find<QLabel>(QStringLiteral("saveStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("another site or institution")));
    QVERIFY(!m_window->form()->hasApplication());
}

void TestSessionLock::handOverWaitsUntilTheDraftsAreSaved()
{
    startWindow(counter());
    // A full disk: each new draft needs room in the capped file; within a few saving fails.
    m_window->store()->simulateFullDiskForTesting(true);
    for (int i = 0; i < 40 && m_window->autosaver()->status() != Autosaver::Status::Failed; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        typeInto(QStringLiteral("psn_name"), QStringLiteral("刘志强%1").arg(i));
        typeInto(QStringLiteral("addr"), QString(150, QChar(u'路')));
        QTRY_VERIFY(m_window->autosaver()->status() == Autosaver::Status::Saved ||
                    m_window->autosaver()->status() == Autosaver::Status::Failed);
    }
    QCOMPARE(m_window->autosaver()->status(), Autosaver::Status::Failed);
    idleFor(300);
    QVERIFY(m_window->deskLocker()->isLocked());

    find<QPushButton>(QStringLiteral("lockSwitchUser"))->click();
    test::typeText(find<QLineEdit>(QStringLiteral("lockOtherUser")), QStringLiteral("nc-counter-02"));
    auto* password = find<QLineEdit>(QStringLiteral("lockOtherPassword"));
    test::typeText(password, QStringLiteral("colleague123"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("lockMessage"))->text().contains(QStringLiteral("could not be saved")));
    QVERIFY(m_window->deskLocker()->isLocked());
    QCOMPARE(m_window->session().staff->opterId, QStringLiteral("nc-counter-01"));

    // Once saving works again the colleague may take over.
    m_window->store()->simulateFullDiskForTesting(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->autosaver()->hasUnsaved(), 10000);
    test::typeText(password, QStringLiteral("colleague123"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!m_window->deskLocker()->isLocked());
    QCOMPARE(m_window->session().staff->opterId, QStringLiteral("nc-counter-02"));
    // Same site: the colleague sees every draft, the last one included, saved with what was typed.
    QTRY_VERIFY(m_window->isListReady());
    bool found = false;
    for (int row = 0; row < m_window->listModel()->rowCount(); ++row)
        found |= m_window->listModel()->summaryAt(row)->psnName.startsWith(QStringLiteral("刘志强"));
    QVERIFY(found);
    QVERIFY(!m_window->autosaver()->hasUnsaved());
}

void TestSessionLock::screenLockOnTheSessionBusLocks()
{
#ifndef MTB_HAVE_DBUS
    QSKIP("built without Qt D-Bus");
#else
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (ctest runs this case again under dbus-run-session)");
    startWindow(counter());
    QVERIFY(m_window->deskLocker()->screenLock()->isListening());
    // What a desktop's screen saver sends when the screen locks.
    QDBusMessage deactivated = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                          QStringLiteral("org.freedesktop.ScreenSaver"),
                                                          QStringLiteral("ActiveChanged"));
    deactivated << false;
    QVERIFY(QDBusConnection::sessionBus().send(deactivated));
    QTest::qWait(200);
    QVERIFY(!m_window->deskLocker()->isLocked()); // the screen saver ending locks nothing
    QDBusMessage activated = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                        QStringLiteral("org.freedesktop.ScreenSaver"),
                                                        QStringLiteral("ActiveChanged"));
    activated << true;
    QVERIFY(QDBusConnection::sessionBus().send(activated));
    QTRY_VERIFY(m_window->deskLocker()->isLocked());
#endif
}

QTEST_MAIN(TestSessionLock)
#include "test_session_lock.moc"
