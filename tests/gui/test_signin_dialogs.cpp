// The start-up sign-in dialog and the supervisor's approval of a quality-gate override, offscreen,
// with no central service configured (so the password is checked on this PC).
#include "AsyncAuthenticator.h"
#include "Database.h"
#include "KeyRing.h"
#include "KeyboardInput.h"
#include "OfflineVerifier.h"
#include "OverrideApprovalDialog.h"
#include "PasswordHash.h"
#include "SignInDialog.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mtb;

namespace {
StaffIdentity staff(const char* id, const char* name, const char* role, const char* optins)
{
    return *StaffIdentity::fromJson(QJsonObject{{"opter_id", id},
                                                {"opter_name", QString::fromUtf8(name)},
                                                {"role", role},
                                                {"optins", optins},
                                                {"site_name", "site"},
                                                {"fixmedins_code", ""}});
}
StaffIdentity counter()
{
    return staff("nc-counter-01", "李敏", "counter", "511302");
}
StaffIdentity supervisor()
{
    return staff("nc-super-01", "张审核", "supervisor", "511300");
}
} // namespace

class TestSignInDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInDialogRefusesTheWrongPasswordAndAcceptsTheRightOne();
    void counterNeedsASupervisorToApproveAnOverride();
    void signedInSupervisorApprovesWithAReasonOnly();

private:
    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    static void type(QWidget* parent, const QString& name, const QString& text)
    {
        auto* edit = find<QLineEdit>(parent, name);
        edit->clear();
        test::typeText(edit, text);
    }

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<AsyncAuthenticator> m_auth;
};

void TestSignInDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-signin-test"));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    qunsetenv("MTBDESK_SERVER_URL");
}

void TestSignInDialogs::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    const QString path = m_dir->file(QStringLiteral("mtbdesk.sqlite"));
    {
        Database db(path, QStringLiteral("signin-dialog-setup"));
        QVERIFY(db.open().usable());
        OfflineVerifier verifier(db.connection(), nullptr);
        verifier.setKeys(KeyRing::forTesting());
        QVERIFY(verifier.remember(counter(), QStringLiteral("counter123"), nullptr,
                                  PasswordHash::kMinimumIterations));
        QVERIFY(verifier.remember(supervisor(), QStringLiteral("supervisor123"), nullptr,
                                  PasswordHash::kMinimumIterations));
    }
    AsyncAuthenticator::Options options;
    options.databasePath = path; // no server: offline checks only
    options.keys = KeyRing::forTesting();
    m_auth = std::make_unique<AsyncAuthenticator>(options);
}

void TestSignInDialogs::cleanup()
{
    m_auth.reset();
    m_dir.reset();
}

void TestSignInDialogs::signInDialogRefusesTheWrongPasswordAndAcceptsTheRightOne()
{
    SignInDialog dialog(m_auth.get(), QStringLiteral("nc-counter-01"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* password = find<QLineEdit>(&dialog, QStringLiteral("signInPassword"));
    auto* message = find<QLabel>(&dialog, QStringLiteral("signInMessage"));
    QTRY_COMPARE(QApplication::focusWidget(), password); // the user name is remembered

    QTest::keyClick(password, Qt::Key_Return); // nothing typed
    QVERIFY(message->text().contains(QStringLiteral("Enter your user name and password")));

    test::typeText(password, QStringLiteral("counter12"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(message->text().contains(QStringLiteral("Wrong password")));
    QVERIFY(message->text().contains(QStringLiteral("No central service is configured")));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(accepted.count(), 0);

    test::typeText(password, QStringLiteral("counter123"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(dialog.result().ok);
    QCOMPARE(dialog.result().mode, SignInResult::Mode::Offline);
    QCOMPARE(*dialog.result().staff, counter());
}

void TestSignInDialogs::counterNeedsASupervisorToApproveAnOverride()
{
    OverrideApprovalDialog dialog(m_auth.get(), std::make_shared<const StaffIdentity>(counter()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* accept = find<QPushButton>(&dialog, QStringLiteral("overrideAccept"));
    auto* message = find<QLabel>(&dialog, QStringLiteral("overrideMessage"));

    accept->click();
    QVERIFY(message->text().contains(QStringLiteral("reason")));
    type(&dialog, QStringLiteral("overrideReason"), QStringLiteral("原件本身字迹模糊"));

    // The counter's own password does not make them a supervisor.
    type(&dialog, QStringLiteral("overrideSupervisor"), QStringLiteral("nc-counter-01"));
    type(&dialog, QStringLiteral("overridePassword"), QStringLiteral("counter123"));
    accept->click();
    QTRY_VERIFY(message->text().contains(QStringLiteral("not a supervisor")));
    QCOMPARE(accepted.count(), 0);

    type(&dialog, QStringLiteral("overrideSupervisor"), QStringLiteral("nc-super-01"));
    type(&dialog, QStringLiteral("overridePassword"), QStringLiteral("supervisor12"));
    accept->click();
    QTRY_VERIFY(message->text().contains(QStringLiteral("Wrong password")));
    QCOMPARE(accepted.count(), 0);

    type(&dialog, QStringLiteral("overridePassword"), QStringLiteral("supervisor123"));
    accept->click();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(dialog.approver().opterId, QStringLiteral("nc-super-01"));
    QCOMPARE(dialog.reason(), QStringLiteral("原件本身字迹模糊"));
    QCOMPARE(OverrideApprovalDialog::approvalLabel(dialog.approver()),
             QStringLiteral("张审核 (nc-super-01)"));
}

void TestSignInDialogs::signedInSupervisorApprovesWithAReasonOnly()
{
    OverrideApprovalDialog dialog(m_auth.get(), std::make_shared<const StaffIdentity>(supervisor()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("overridePassword")));
    type(&dialog, QStringLiteral("overrideReason"), QStringLiteral("扫描件为原件复印"));
    find<QPushButton>(&dialog, QStringLiteral("overrideAccept"))->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.approver(), supervisor());
}

QTEST_MAIN(TestSignInDialogs)
#include "test_signin_dialogs.moc"
