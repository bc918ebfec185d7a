// Staff sign-in without the central service (issue 5, item 1): the password hash kept after an
// online sign-in, checked offline with the right and the wrong password, unknown and never-online
// accounts, the lockout and the validity limit on a test clock; and the online-then-offline order of
// SignInService against a fake network.
#include "ApiClient.h"
#include "Database.h"
#include "FakeNetworkAccessManager.h"
#include "KeyRing.h"
#include "ManualClock.h"
#include "OfflineVerifier.h"
#include "PasswordHash.h"
#include "SignInService.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;
using Outcome = OfflineVerifier::Outcome;
using test::FakeResponse;

namespace {
StaffIdentity counterStaff()
{
    return *StaffIdentity::fromJson(QJsonObject{{"opter_id", "nc-counter-01"},
                                                {"opter_name", QStringLiteral("李敏")},
                                                {"role", "counter"},
                                                {"optins", "511302"},
                                                {"site_name", QStringLiteral("顺庆区医保服务大厅")},
                                                {"fixmedins_code", ""}});
}

QString connectionName()
{
    static int n = 0;
    return QStringLiteral("test-offline-signin-%1").arg(++n);
}

FakeResponse json(int status, const QJsonObject& body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, QNetworkReply::NoError};
}

FakeResponse loginAnswer(const StaffIdentity& staff)
{
    return json(200, {{"access_token", "access-1"},
                      {"refresh_token", "refresh-1"},
                      {"expires_in", 900},
                      {"staff", staff.toJson()}});
}

FakeResponse invalidCredentials()
{
    return json(401, {{"error", QJsonObject{{"code", "invalid_credentials"}, {"message", "invalid"}}}});
}

const QString kPassword = QStringLiteral("counter123");

// Tests about the lockout, the validity limit and the fallback order do not need the full (slow)
// iteration count: the lowest count the verifier still accepts keeps the suite fast.
bool rememberQuickly(OfflineVerifier& v, const QString& password = kPassword)
{
    return v.remember(counterStaff(), password, nullptr, PasswordHash::kMinimumIterations);
}
} // namespace

class TestOfflineSignIn : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rightPasswordSignsInOffline();
    void wrongPasswordIsRefused();
    void unknownAccountIsRefused();
    void storedBytesAreNotThePassword();
    void iterationCountIsStoredAndWeakHashesRefused();
    void lockoutAfterRepeatedWrongPasswords();
    void lockoutSurvivesARestart();
    void validityLimitFollowsTheClock();
    void onlineSignInRefreshesTheHashAndForgetsFailures();
    void plantedOrEditedRowsAreRefused();

    void onlineSuccessRemembersThePassword();
    void neverOnlineAccountCannotSignInOffline();
    void unreachableServiceFallsBackToTheLocalCheck();
    void serverErrorFallsBackToTheLocalCheck();
    void refusedPasswordOnlineIsFinal();
    void staffWithoutScopeIsRefused();

private:
    std::unique_ptr<OfflineVerifier> verifier();
    SignInResult signInThrough(test::FakeNetworkAccessManager::Handler handler, const QString& user,
                               const QString& password);

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<test::ManualClock> m_clock;
};

void TestOfflineSignIn::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_db = std::make_unique<Database>(m_dir->file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(m_db->open().usable());
    m_clock = std::make_shared<test::ManualClock>();
}

void TestOfflineSignIn::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<OfflineVerifier> TestOfflineSignIn::verifier()
{
    auto v = std::make_unique<OfflineVerifier>(m_db->connection(), m_clock);
    v->setKeys(KeyRing::forTesting()); // as the program and the CLI do
    return v;
}

void TestOfflineSignIn::rightPasswordSignsInOffline()
{
    auto v = verifier();
    QString error;
    QVERIFY2(v->remember(counterStaff(), kPassword, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const auto r = v->verify(QStringLiteral(" nc-counter-01 "), kPassword);
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.outcome, Outcome::Verified);
    QVERIFY(r.ok());
    QVERIFY(r.staff);
    QCOMPARE(*r.staff, counterStaff());
    QCOMPARE(r.staff->role, StaffIdentity::Role::Counter);
    qInfo("one offline verification: %lld ms", ms);
}

// Someone who can write the database file but does not hold the data key: raising a role, extending
// the validity, planting a row written without the key or under another key: each row is refused.
// Wrong passwords (the failure counter) do not break a row's signature.
void TestOfflineSignIn::plantedOrEditedRowsAreRefused()
{
    auto v = verifier();
    QVERIFY(rememberQuickly(*v));
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("wrong")).outcome,
             Outcome::WrongPassword);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);

    auto sql = [&](const QString& statement) {
        QSqlQuery q(m_db->connection());
        return q.exec(statement);
    };
    QVERIFY(sql(QStringLiteral("UPDATE staff_accounts SET staff_json = replace(staff_json, '\"counter\"',"
                               " '\"supervisor\"')")));
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::UnknownAccount);

    QVERIFY(rememberQuickly(*v)); // an online sign-in rewrites the row, signed
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);
    QVERIFY(sql(QStringLiteral("UPDATE staff_accounts SET online_at = '2099-01-01T00:00:00.000Z'")));
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::UnknownAccount);

    // Written without the data key (a copy of the program's logic, or a row from before migration 9).
    OfflineVerifier unkeyed(m_db->connection(), m_clock);
    QVERIFY(unkeyed.remember(counterStaff(), kPassword, nullptr, PasswordHash::kMinimumIterations));
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::UnknownAccount);

    // Written under another data key.
    OfflineVerifier otherKey(m_db->connection(), m_clock);
    otherKey.setKeys(KeyRing::fromDataKey(QByteArray(KeyRing::DataKeySize, '\x5a')));
    QVERIFY(otherKey.remember(counterStaff(), kPassword, nullptr, PasswordHash::kMinimumIterations));
    QCOMPARE(otherKey.verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::UnknownAccount);
}

void TestOfflineSignIn::wrongPasswordIsRefused()
{
    auto v = verifier();
    QVERIFY(rememberQuickly(*v));
    const QStringList wrongs{QStringLiteral("counter124"), QStringLiteral("Counter123"), QString(),
                             kPassword + QLatin1Char(' ')};
    for (const QString& wrong : wrongs) {
        const auto r = v->verify(QStringLiteral("nc-counter-01"), wrong);
        QCOMPARE(r.outcome, Outcome::WrongPassword);
        QVERIFY(!r.staff);
        QVERIFY(r.message().contains(QStringLiteral("Wrong password")));
        m_clock->advanceSeconds(3600);                                       // keep clear of the lockout
        QVERIFY(v->verify(QStringLiteral("nc-counter-01"), kPassword).ok()); // resets the count
    }
}

void TestOfflineSignIn::unknownAccountIsRefused()
{
    auto v = verifier();
    QVERIFY(rememberQuickly(*v));
    const auto r = v->verify(QStringLiteral("nc-counter-02"), kPassword);
    QCOMPARE(r.outcome, Outcome::UnknownAccount);
    QVERIFY(!r.staff);
    QVERIFY(r.message().contains(QStringLiteral("never signed in online")));
}

void TestOfflineSignIn::storedBytesAreNotThePassword()
{
    auto v = verifier();
    QVERIFY(v->remember(counterStaff(), kPassword, nullptr));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT salt, hash, iterations, kdf FROM staff_accounts WHERE opter_id = 'nc-counter-01'")));
    QVERIFY(q.next());
    const QByteArray salt = q.value(0).toByteArray();
    const QByteArray hash = q.value(1).toByteArray();
    const int iterations = q.value(2).toInt();
    QCOMPARE(q.value(3).toString(), QStringLiteral("pbkdf2-hmac-sha256"));
    QCOMPARE(salt.size(), 16);
    QCOMPARE(hash.size(), 32);
    // The hash is PBKDF2-HMAC-SHA256 of the password under that salt, computed independently by Qt.
    QCOMPARE(hash, QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, kPassword.toUtf8(), salt,
                                                      iterations, 32));
    QVERIFY(hash != QCryptographicHash::hash(kPassword.toUtf8(), QCryptographicHash::Sha256));
    q.finish();

    // The password appears nowhere in the file (UTF-8 or UTF-16), nor in the write-ahead log.
    m_db->close();
    const QString path = m_dir->file(QStringLiteral("drafts.sqlite"));
    const QByteArray bytes = test::readFileBytes(path) + test::readFileBytes(path + QStringLiteral("-wal"));
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains(kPassword.toUtf8()));
    QVERIFY(
        !bytes.contains(QByteArray(reinterpret_cast<const char*>(kPassword.utf16()), kPassword.size() * 2)));
    QVERIFY(bytes.contains(hash)); // the check above looked at the right bytes

    // A new online sign-in draws a new salt: equal passwords never give equal stored hashes.
    QVERIFY(m_db->open().usable());
    auto again = verifier();
    QVERIFY(again->remember(counterStaff(), kPassword, nullptr));
    QSqlQuery after(m_db->connection());
    QVERIFY(after.exec(QStringLiteral("SELECT salt, hash FROM staff_accounts")));
    QVERIFY(after.next());
    QVERIFY(after.value(0).toByteArray() != salt);
    QVERIFY(after.value(1).toByteArray() != hash);
}

void TestOfflineSignIn::iterationCountIsStoredAndWeakHashesRefused()
{
    QVERIFY(PasswordHash::kDefaultIterations >= 200000);
    auto v = verifier();
    QVERIFY(v->remember(counterStaff(), kPassword, nullptr));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT iterations FROM staff_accounts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), PasswordHash::kDefaultIterations);
    q.finish();

    // Someone with the file lowers the count to make guessing cheap: the row is no longer accepted.
    const PasswordHash weak = PasswordHash::derive(kPassword, 1000);
    QVERIFY(q.prepare(QStringLiteral("UPDATE staff_accounts SET salt = ?, hash = ?, iterations = 1000")));
    q.addBindValue(weak.salt);
    q.addBindValue(weak.hash);
    QVERIFY(q.exec());
    const auto r = v->verify(QStringLiteral("nc-counter-01"), kPassword);
    QVERIFY(!r.ok());
    QCOMPARE(r.outcome, Outcome::UnknownAccount);
}

void TestOfflineSignIn::lockoutAfterRepeatedWrongPasswords()
{
    auto v = verifier();
    QCOMPARE(v->policy().maxFailures, 5);
    QVERIFY(rememberQuickly(*v));
    for (int i = 1; i <= 4; ++i) {
        const auto r = v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("guess%1").arg(i));
        QCOMPARE(r.outcome, Outcome::WrongPassword);
        QCOMPARE(r.attemptsLeft, 5 - i);
        QVERIFY(!r.lockedUntil.isValid());
    }
    const auto fifth = v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("guess5"));
    QCOMPARE(fifth.outcome, Outcome::WrongPassword);
    QCOMPARE(fifth.lockedUntil, m_clock->nowUtc().addSecs(5 * 60));

    // Locked: even the right password is refused.
    const auto locked = v->verify(QStringLiteral("nc-counter-01"), kPassword);
    QCOMPARE(locked.outcome, Outcome::LockedOut);
    QVERIFY(!locked.staff);
    QVERIFY(locked.message().contains(QStringLiteral("Too many wrong passwords")));
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword, OfflineVerifier::Purpose::Unlock).outcome,
             Outcome::LockedOut);

    m_clock->advanceSeconds(5 * 60 - 1);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::LockedOut);
    m_clock->advanceSeconds(1);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);
    // A full set of attempts again after the lock ended.
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("x")).attemptsLeft, 4);
}

void TestOfflineSignIn::lockoutSurvivesARestart()
{
    {
        auto v = verifier();
        QVERIFY(rememberQuickly(*v));
        for (int i = 0; i < 5; ++i)
            v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("wrong"));
    }
    m_db->close();
    QVERIFY(m_db->open().usable());
    auto v = verifier();
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::LockedOut);
}

void TestOfflineSignIn::validityLimitFollowsTheClock()
{
    auto v = verifier();
    QCOMPARE(v->policy().validityDays, 30);
    QVERIFY(rememberQuickly(*v));
    m_clock->advanceDays(30);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);
    m_clock->advanceSeconds(60);
    const auto expired = v->verify(QStringLiteral("nc-counter-01"), kPassword);
    QCOMPARE(expired.outcome, Outcome::Expired);
    QVERIFY(!expired.staff);
    QCOMPARE(expired.validityDays, 30);
    QVERIFY(expired.message().contains(QStringLiteral("30 day")));
    // The person already at the desk may still unlock it.
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword, OfflineVerifier::Purpose::Unlock).outcome,
             Outcome::Verified);
    // The site may allow a shorter (or longer) period.
    v->setPolicy({7, 5, 5});
    m_clock->advanceDays(-24);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Verified);
    m_clock->advanceDays(1);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::Expired);
}

void TestOfflineSignIn::onlineSignInRefreshesTheHashAndForgetsFailures()
{
    auto v = verifier();
    QVERIFY(rememberQuickly(*v));
    for (int i = 0; i < 3; ++i)
        v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("wrong"));
    m_clock->advanceDays(29);
    // The password was changed centrally and the new one used online.
    QVERIFY(rememberQuickly(*v, QStringLiteral("new-secret-9")));
    m_clock->advanceDays(29);
    QCOMPARE(v->verify(QStringLiteral("nc-counter-01"), kPassword).outcome, Outcome::WrongPassword);
    const auto r = v->verify(QStringLiteral("nc-counter-01"), QStringLiteral("new-secret-9"));
    QCOMPARE(r.outcome, Outcome::Verified);
}

SignInResult TestOfflineSignIn::signInThrough(test::FakeNetworkAccessManager::Handler handler,
                                              const QString& user, const QString& password)
{
    test::FakeNetworkAccessManager nam(std::move(handler));
    ServerConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://central.test/api/v1"));
    ApiClient api(&nam, config);
    auto v = verifier();
    SignInService service(&api, v.get());
    return service.signIn(user, password, QStringLiteral("device-1"));
}

void TestOfflineSignIn::onlineSuccessRemembersThePassword()
{
    QByteArray sentBody;
    const SignInResult r = signInThrough(
        [&](const QByteArray&, const QNetworkRequest& req, const QByteArray& body) {
            if (!req.url().path().endsWith(QStringLiteral("/auth/login")))
                return FakeResponse{404, {}, {}, QNetworkReply::NoError};
            sentBody = body;
            return loginAnswer(counterStaff());
        },
        QStringLiteral("nc-counter-01"), kPassword);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.mode, SignInResult::Mode::Online);
    QCOMPARE(*r.staff, counterStaff());
    QCOMPARE(r.credentials.accessToken, QStringLiteral("access-1"));
    QCOMPARE(r.credentials.refreshToken, QStringLiteral("refresh-1"));
    QVERIFY(!r.offlineOutcome);
    QCOMPARE(QJsonDocument::fromJson(sentBody).object().value("username").toString(),
             QStringLiteral("nc-counter-01"));
    // Kept for offline use.
    QVERIFY(verifier()->verify(QStringLiteral("nc-counter-01"), kPassword).ok());
}

void TestOfflineSignIn::neverOnlineAccountCannotSignInOffline()
{
    // The account exists centrally, but this PC has never seen it signed in.
    const SignInResult r = signInThrough(
        [](const QByteArray&, const QNetworkRequest&, const QByteArray&) {
            return FakeResponse{0, {}, {}, QNetworkReply::ConnectionRefusedError};
        },
        QStringLiteral("nc-hosp-01"), QStringLiteral("hospital123"));
    QVERIFY(!r.ok);
    QCOMPARE(r.mode, SignInResult::Mode::Offline);
    QCOMPARE(r.offlineOutcome, std::optional(Outcome::UnknownAccount));
    QVERIFY(!r.staff);
    QVERIFY(r.message.contains(QStringLiteral("cannot be reached")));
    QVERIFY(r.message.contains(QStringLiteral("never signed in online")));
}

void TestOfflineSignIn::unreachableServiceFallsBackToTheLocalCheck()
{
    QVERIFY(rememberQuickly(*verifier()));
    const auto down = [](const QByteArray&, const QNetworkRequest&, const QByteArray&) {
        return FakeResponse{0, {}, {}, QNetworkReply::HostNotFoundError};
    };
    const SignInResult ok = signInThrough(down, QStringLiteral("nc-counter-01"), kPassword);
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(ok.mode, SignInResult::Mode::Offline);
    QCOMPARE(*ok.staff, counterStaff());
    QVERIFY(ok.credentials.isEmpty());
    QVERIFY(ok.message.contains(QStringLiteral("offline")));

    const SignInResult wrong =
        signInThrough(down, QStringLiteral("nc-counter-01"), QStringLiteral("counter321"));
    QVERIFY(!wrong.ok);
    QVERIFY(!wrong.staff);
    QCOMPARE(wrong.offlineOutcome, std::optional(Outcome::WrongPassword));
    QVERIFY(wrong.message.contains(QStringLiteral("Wrong password")));
}

void TestOfflineSignIn::serverErrorFallsBackToTheLocalCheck()
{
    QVERIFY(rememberQuickly(*verifier()));
    const SignInResult r = signInThrough(
        [](const QByteArray&, const QNetworkRequest&, const QByteArray&) {
            return json(503, {{"error", QJsonObject{{"code", "unavailable"}, {"message", "maintenance"}}}});
        },
        QStringLiteral("nc-counter-01"), kPassword);
    QVERIFY(r.ok);
    QCOMPARE(r.mode, SignInResult::Mode::Offline);
}

void TestOfflineSignIn::refusedPasswordOnlineIsFinal()
{
    // The local hash still matches the old password, but the service says no: no fallback.
    QVERIFY(rememberQuickly(*verifier()));
    const SignInResult r = signInThrough(
        [](const QByteArray&, const QNetworkRequest&, const QByteArray&) { return invalidCredentials(); },
        QStringLiteral("nc-counter-01"), kPassword);
    QVERIFY(!r.ok);
    QCOMPARE(r.mode, SignInResult::Mode::Online);
    QVERIFY(!r.offlineOutcome);
    QCOMPARE(r.message, QStringLiteral("Wrong user name or password."));
}

void TestOfflineSignIn::staffWithoutScopeIsRefused()
{
    // A hospital clerk without an institution could not be scoped: no sign-in, nothing remembered.
    QJsonObject clerk = counterStaff().toJson();
    clerk.insert("opter_id", "nc-hosp-09");
    clerk.insert("role", "hospital");
    const SignInResult r = signInThrough(
        [&](const QByteArray&, const QNetworkRequest&, const QByteArray&) {
            return json(200, {{"access_token", "a"}, {"refresh_token", "r"}, {"staff", clerk}});
        },
        QStringLiteral("nc-hosp-09"), QStringLiteral("pw"));
    QVERIFY(!r.ok);
    QCOMPARE(verifier()->verify(QStringLiteral("nc-hosp-09"), QStringLiteral("pw")).outcome,
             Outcome::UnknownAccount);
}

QTEST_GUILESS_MAIN(TestOfflineSignIn)
#include "test_offline_signin.moc"
