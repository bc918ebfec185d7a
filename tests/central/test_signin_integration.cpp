// Staff sign-in against the real reference service over TLS (issue 5, item 1): an online sign-in
// returns the staff member's role and scope and leaves a local hash; the sync engine takes the
// session over without signing in again; with the service stopped, the same password signs in
// offline and a wrong one, or an account never signed in on this PC, does not.
#include "ApiClient.h"
#include "AsyncAuthenticator.h"
#include "KeyRing.h"
#include "SimHarness.h"
#include "SyncEngine.h"
#include "TestPaths.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace mtb;

class TestSignInIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void onlineSignInThenOfflineWithTheServiceStopped();

private:
    QString certDir() const { return m_tmp->file(QStringLiteral("certs")); }
    ServerConfig config() const;
    SignInResult signIn(AsyncAuthenticator& auth, const QString& user, const QString& password);

    std::unique_ptr<test::TempDataDir> m_tmp;
    test::CentralSimProcess m_server;
};

void TestSignInIntegration::initTestCase()
{
    m_tmp = std::make_unique<test::TempDataDir>();
    QProcess ca;
    ca.start(QStringLiteral("bash"), {QStringLiteral(MTB_DEV_CA_SCRIPT), certDir()});
    QVERIFY(ca.waitForFinished(60000));
    QVERIFY2(ca.exitCode() == 0, ca.readAllStandardError().constData());
    QVERIFY2(m_server.start(m_tmp->file(QStringLiteral("server")), certDir()),
             m_server.lastOutput().constData());
}

ServerConfig TestSignInIntegration::config() const
{
    ServerConfig c;
    c.baseUrl = QUrl(m_server.baseUrl());
    c.caFile = QDir(certDir()).filePath(QStringLiteral("ca.pem"));
    c.timeoutMs = 15000;
    return c;
}

SignInResult TestSignInIntegration::signIn(AsyncAuthenticator& auth, const QString& user,
                                           const QString& password)
{
    QSignalSpy done(&auth, &AsyncAuthenticator::signInFinished);
    const quint64 id = auth.signIn(user, password);
    if (!done.wait(30000))
        return {};
    if (done.first().at(0).toULongLong() != id)
        return {};
    return done.first().at(1).value<SignInResult>();
}

void TestSignInIntegration::onlineSignInThenOfflineWithTheServiceStopped()
{
    qRegisterMetaType<SignInResult>();
    test::TempDataDir client;
    AsyncAuthenticator::Options options;
    options.databasePath = client.file(QStringLiteral("mtbdesk.sqlite"));
    options.keys = KeyRing::forTesting();
    options.server = config();
    AsyncAuthenticator auth(options);

    // Online: the service says who this is.
    const SignInResult online = signIn(auth, QStringLiteral("nc-hosp-01"), QStringLiteral("hospital123"));
    QVERIFY2(online.ok, qPrintable(online.message));
    QCOMPARE(online.mode, SignInResult::Mode::Online);
    QVERIFY(online.staff);
    QCOMPARE(online.staff->role, StaffIdentity::Role::HospitalClerk);
    QCOMPARE(online.staff->fixmedinsCode, QStringLiteral("H51130200002"));
    QCOMPARE(online.staff->optins, QStringLiteral("511302"));
    QVERIFY(!online.credentials.accessToken.isEmpty());
    QVERIFY(!online.credentials.refreshToken.isEmpty());
    // The token is a real one: the catalogue answers it.
    {
        QNetworkAccessManager nam;
        ApiClient api(&nam, config());
        api.setAccessToken(online.credentials.accessToken);
        QCOMPARE(api.catalog({}).httpStatus, 200);
    }
    // A wrong password online is refused by the service, with no local fallback.
    const SignInResult refused = signIn(auth, QStringLiteral("nc-hosp-01"), QStringLiteral("hospital124"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.mode, SignInResult::Mode::Online);
    QVERIFY(!refused.offlineOutcome);

    // The sync engine takes the session over: online without a second sign-in.
    {
        SyncEngine engine(client.path(), config(), KeyRing::forTesting());
        QSignalSpy connectivity(&engine, &SyncEngine::connectivityChanged);
        QSignalSpy logins(&engine, &SyncEngine::loginFinished);
        engine.adoptSession(online.staff->opterId, online.credentials.accessToken,
                            online.credentials.refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(!connectivity.isEmpty() &&
                                     connectivity.last().at(0).value<SyncEngine::Connectivity>() ==
                                         SyncEngine::Connectivity::Online,
                                 15000);
        QCOMPARE(logins.count(), 0);
    }

    // The service goes away: the same password still signs in, checked on this PC.
    m_server.kill();
    const SignInResult offline = signIn(auth, QStringLiteral("nc-hosp-01"), QStringLiteral("hospital123"));
    QVERIFY2(offline.ok, qPrintable(offline.message));
    QCOMPARE(offline.mode, SignInResult::Mode::Offline);
    QCOMPARE(*offline.staff, *online.staff);
    QVERIFY(offline.credentials.isEmpty());

    const SignInResult wrong = signIn(auth, QStringLiteral("nc-hosp-01"), QStringLiteral("hospital124"));
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.offlineOutcome, std::optional(OfflineVerifier::Outcome::WrongPassword));
    QVERIFY(wrong.message.contains(QStringLiteral("Wrong password")));

    // A real account that never signed in on this PC cannot be checked offline.
    const SignInResult stranger =
        signIn(auth, QStringLiteral("nc-super-01"), QStringLiteral("supervisor123"));
    QVERIFY(!stranger.ok);
    QCOMPARE(stranger.offlineOutcome, std::optional(OfflineVerifier::Outcome::UnknownAccount));
    QVERIFY(stranger.message.contains(QStringLiteral("never signed in online")));
}

QTEST_GUILESS_MAIN(TestSignInIntegration)
#include "test_signin_integration.moc"
