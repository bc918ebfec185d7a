// The client against the real reference service over TLS on loopback: the outbox drains, survives a
// server killed mid-upload and a client SIGKILLed mid-sync without creating any application twice,
// copes with the fault switches, refuses untrusted and expired certificates, reports duplicates to
// staff, and carries a returned application through resubmission.
#include "ApiClient.h"
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "OutboxWorker.h"
#include "PageRecord.h"
#include "SampleData.h"
#include "SimHarness.h"
#include "SubmissionBuilder.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "TestKeys.h"
#include "TestPaths.h"
#include "WireApplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mtb;

namespace {
const QString kUser = QStringLiteral("nc-counter-01");
const QString kPassword = QStringLiteral("counter123");
const QList<QPair<QByteArray, QByteArray>> kAdmin{{"X-Admin-Token", "test-admin"}};
} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hundredApplicationsWithSixPagesDrainExactlyOnce();
    void serverKilledMidUploadResumesWithoutDuplicates();
    void clientKilledMidSyncNeverDuplicatesNorLoses();
    void faultsAreRetriedAndExpiredTokensRefreshed();
    void lostResponseIsReplayedNotDuplicated();
    void serverErrorsAndTimeoutsAreRetriedLater();
    void untrustedAndExpiredCertificatesAreRefused();
    void duplicatePersonAndDiseaseIsReportedToStaff();
    void returnedApplicationIsResubmitted();

private:
    QString certDir() const { return m_tmp->file(QStringLiteral("certs")); }
    QString caFile() const { return QDir(certDir()).filePath(QStringLiteral("ca.pem")); }
    ServerConfig config() const;
    test::TestHttp::Response admin(const QByteArray& method, const QString& path,
                                   const QJsonObject& body = {});
    int serverApplications();
    // Queues `count` valid applications with `pages` distinct pages of `pageBytes` each.
    QList<QUuid> queue(int count, int pages, int pageBytes);
    // `prepare` may hook into the worker (its signals) before it starts sending.
    OutboxWorker::Result drain(const ServerConfig& cfg, std::function<void(OutboxWorker&)> prepare = {});

    std::unique_ptr<test::TempDataDir> m_tmp;
    std::unique_ptr<test::TempDataDir> m_client;
    test::CentralSimProcess m_server;
    std::unique_ptr<Database> m_db;
    test::SampleData m_sample{77};
    QRandomGenerator m_rng{99};
};

void TestSyncIntegration::initTestCase()
{
    m_tmp = std::make_unique<test::TempDataDir>();
    QProcess ca;
    ca.start(QStringLiteral("bash"), {QStringLiteral(MTB_DEV_CA_SCRIPT), certDir()});
    QVERIFY(ca.waitForFinished(60000));
    QVERIFY2(ca.exitCode() == 0, ca.readAllStandardError().constData());
    QVERIFY2(m_server.start(m_tmp->file(QStringLiteral("server")), certDir()),
             m_server.lastOutput().constData());
}

void TestSyncIntegration::init()
{
    m_client = std::make_unique<test::TempDataDir>();
    m_db = std::make_unique<Database>(m_client->file(QStringLiteral("mtbdesk.sqlite")),
                                      QStringLiteral("it-client"));
    QVERIFY(m_db->open().usable());
    // A test that failed between killing the service and restarting it must not take the rest down.
    if (!m_server.isRunning()) {
        const quint16 port = m_server.port();
        QVERIFY2(m_server.start(m_tmp->file(QStringLiteral("server")), certDir(), QStringLiteral("server"),
                                {}, port),
                 m_server.lastOutput().constData());
    }
    admin("POST", QStringLiteral("/admin/faults"),
          {{"latency_ms", 0},
           {"failure_rate", QJsonObject()},
           {"drop_after_bytes", 0},
           {"rate_limit_retry_after", 0}});
}

void TestSyncIntegration::cleanup()
{
    m_db.reset();
    m_client.reset();
}

ServerConfig TestSyncIntegration::config() const
{
    ServerConfig c;
    c.baseUrl = QUrl(m_server.baseUrl());
    c.caFile = caFile();
    c.timeoutMs = 15000;
    return c;
}

test::TestHttp::Response TestSyncIntegration::admin(const QByteArray& method, const QString& path,
                                                    const QJsonObject& body)
{
    test::TestHttp http(caFile());
    http.setBaseUrl(m_server.baseUrl());
    return method == "GET"
               ? http.send(method, path, {}, kAdmin)
               : http.send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), kAdmin);
}

int TestSyncIntegration::serverApplications()
{
    return admin("GET", QStringLiteral("/admin/stats")).json.value(QStringLiteral("applications")).toInt();
}

QList<QUuid> TestSyncIntegration::queue(int count, int pages, int pageBytes)
{
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    BlobStore blobs(m_client->path(), KeyRing::forTesting());
    QList<QUuid> ids;
    for (int i = 0; i < count; ++i) {
        Application app = m_sample.application();
        app.acceptance.site = QStringLiteral("511302"); // the counter account's site
        app.state = LocalState::Ready;
        drafts.save(app, QDateTime::currentDateTimeUtc(), nullptr);
        QList<PageRecord> records;
        for (int p = 0; p < pages; ++p) {
            QByteArray bytes(pageBytes, Qt::Uninitialized);
            for (int b = 0; b < pageBytes; b += 4) {
                const quint32 v = m_rng.generate();
                memcpy(bytes.data() + b, &v, size_t(std::min(4, pageBytes - b)));
            }
            PageRecord r;
            r.material = p == 0 ? QStringLiteral("application_form") : QStringLiteral("medical_record");
            r.processedSha256 = blobs.put(bytes, nullptr);
            r.widthMm = 210;
            r.heightMm = 297;
            records << r;
        }
        QString error;
        if (!outbox.enqueue(SubmissionBuilder::build(app, records, QDateTime::currentDateTimeUtc()), &error))
            qFatal("enqueue: %s", qPrintable(error));
        ids << app.uuid;
    }
    return ids;
}

OutboxWorker::Result TestSyncIntegration::drain(const ServerConfig& cfg,
                                                std::function<void(OutboxWorker&)> prepare)
{
    QNetworkAccessManager nam;
    ApiClient api(&nam, cfg);
    api.setDirectUploads(true); // chunk PUTs as the application sends them (HttpConnection)
    SyncSession session(&api, QStringLiteral("integration-test"));
    const ApiReply login = session.login(kUser, kPassword, QStringLiteral("it-device"));
    if (!login.ok())
        return {};
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    BlobStore blobs(m_client->path(), KeyRing::forTesting());
    OutboxWorker worker(&api, &outbox, &drafts, &blobs,
                        BackoffPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(200)));
    worker.setTokenRefresher([&] { return session.refresh(); });
    if (prepare)
        prepare(worker);
    return worker.sendAllNow();
}

void TestSyncIntegration::hundredApplicationsWithSixPagesDrainExactlyOnce()
{
    const int before = serverApplications();
    const QList<QUuid> ids = queue(100, 6, 6000);
    const OutboxWorker::Result r = drain(config());
    QCOMPARE(r.sent, 100);
    QCOMPARE(serverApplications(), before + 100);
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    QSet<QString> numbers;
    for (const QUuid& id : ids) {
        const OutboxItem item = *outbox.item(id, 1);
        QCOMPARE(item.state, OutboxItem::State::Sent);
        numbers.insert(item.applicationNumber);
        QCOMPARE(drafts.load(id)->state, LocalState::Sent);
        QCOMPARE(drafts.load(id)->applicationNumber, item.applicationNumber);
    }
    QCOMPARE(numbers.size(), 100);
    // Every page is on the service, verified by its hash there (HEAD /blobs/{sha256}).
    test::TestHttp http(caFile());
    http.setBaseUrl(m_server.baseUrl());
    QCOMPARE(http.login(kUser, kPassword).status, 200);
    const auto wire = wire::WireApplication::fromJson(
        QJsonDocument::fromJson(outbox.item(ids.first(), 1)->payload).object());
    for (const QString& sha : wire->pageHashes())
        QCOMPARE(http.send("HEAD", QStringLiteral("/blobs/") + sha).status, 200);
    // A second pass has nothing to do and creates nothing.
    QCOMPARE(drain(config()).sent, 0);
    QCOMPARE(serverApplications(), before + 100);
}

void TestSyncIntegration::serverKilledMidUploadResumesWithoutDuplicates()
{
    const int before = serverApplications();
    const QList<QUuid> ids = queue(4, 6, 700 * 1024); // several chunks per page
    const quint16 port = m_server.port();
    // Kill the service while the first application's third page is going up. A fixed delay after the
    // start is not enough: a fast machine sent all four before 400 ms (CI). Every answer is slowed by
    // 40 ms so that the kill, 100 ms after the second page was confirmed, falls inside the third page.
    admin("POST", QStringLiteral("/admin/faults"), {{"latency_ms", 40}});
    const QUuid firstApp = ids.first();
    const OutboxWorker::Result first = drain(config(), [&](OutboxWorker& worker) {
        connect(&worker, &OutboxWorker::progress, &worker, [&](const QUuid& app, int uploaded, int) {
            if (app == firstApp && uploaded == 2)
                QTimer::singleShot(100, &worker, [this] { m_server.kill(); });
        });
    });
    QVERIFY2(!m_server.isRunning(), "the service was not killed during the first application");
    QVERIFY2(first.sent < 4, "the service was killed too late to interrupt anything");
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    int partial = 0;
    for (const QUuid& id : ids) {
        const auto wire =
            wire::WireApplication::fromJson(QJsonDocument::fromJson(outbox.item(id, 1)->payload).object());
        for (const QString& sha : wire->pageHashes()) {
            const auto p = outbox.upload(sha);
            partial += (p && !p->complete && p->confirmedOffset > 0) ? 1 : 0;
        }
    }
    qInfo("after the kill: %d sent, %d pages part-way", first.sent, partial);
    QVERIFY2(
        m_server.start(m_tmp->file(QStringLiteral("server")), certDir(), QStringLiteral("server"), {}, port),
        m_server.lastOutput().constData());
    const OutboxWorker::Result second = drain(config());
    if (first.sent + second.sent != 4) {
        for (const QUuid& id : ids) {
            const OutboxItem item = *outbox.item(id, 1);
            qInfo("item %s: %s %s %s", qPrintable(OutboxItem::stateKey(item.state)),
                  qPrintable(item.lastErrorCode), qPrintable(item.lastErrorMessage),
                  qPrintable(item.lastRequestId));
        }
    }
    QCOMPARE(first.sent + second.sent, 4);
    QCOMPARE(serverApplications(), before + 4);
    for (const QUuid& id : ids)
        QCOMPARE(outbox.item(id, 1)->state, OutboxItem::State::Sent);
}

void TestSyncIntegration::clientKilledMidSyncNeverDuplicatesNorLoses()
{
    const int before = serverApplications();
    const QList<QUuid> ids = queue(12, 6, 200 * 1024);
    m_db.reset(); // the CLI opens the file itself
    const QString passwordFile = m_client->file(QStringLiteral("password"));
    QVERIFY(test::writeFileBytes(passwordFile, kPassword.toUtf8()));
    QVERIFY(test::ensureTestKeyVault(m_client->path())); // the CLI opens the keys this test writes with
    const QStringList args{QStringLiteral("--data-dir"),
                           m_client->path(),
                           QStringLiteral("--passphrase-file"),
                           test::testPassphraseFile(),
                           QStringLiteral("sync"),
                           QStringLiteral("--once"),
                           QStringLiteral("--json"),
                           QStringLiteral("--server"),
                           m_server.baseUrl(),
                           QStringLiteral("--ca-file"),
                           caFile(),
                           QStringLiteral("--user"),
                           kUser,
                           QStringLiteral("--password-file"),
                           passwordFile};
    // Every answer slowed by 30 ms: a full run takes seconds even on a fast machine, so the kills
    // below land in the uploads and submissions rather than before the first request or after the last.
    admin("POST", QStringLiteral("/admin/faults"), {{"latency_ms", 30}});
    QRandomGenerator rng(2026);
    int kills = 0;
    int killsMidway = 0; // kills after some but not all applications had reached the service
    for (int round = 0; round < 6; ++round) {
        QProcess cli;
        cli.start(QStringLiteral(MTBDESK_CLI), args);
        QVERIFY(cli.waitForStarted());
        if (!cli.waitForFinished(int(rng.bounded(700, 2200)))) {
            cli.kill(); // SIGKILL in the middle of uploads or of the submission itself
            cli.waitForFinished();
            ++kills;
            const int arrived = serverApplications() - before;
            killsMidway += (arrived > 0 && arrived < 12) ? 1 : 0;
        }
    }
    QProcess finalRun;
    finalRun.start(QStringLiteral(MTBDESK_CLI), args);
    QVERIFY(finalRun.waitForFinished(120000));
    const QJsonObject report = QJsonDocument::fromJson(finalRun.readAllStandardOutput()).object();
    qInfo("client killed %d times (%d between the first and the last application); the last run sent %d",
          kills, killsMidway, report.value(QStringLiteral("sent")).toInt());
    QVERIFY(killsMidway > 0);
    QCOMPARE(serverApplications(), before + 12); // each exactly once
    m_db = std::make_unique<Database>(m_client->file(QStringLiteral("mtbdesk.sqlite")),
                                      QStringLiteral("it-client-2"));
    QVERIFY(m_db->open().usable());
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    for (const QUuid& id : ids)
        QCOMPARE(outbox.item(id, 1)->state, OutboxItem::State::Sent);
}

void TestSyncIntegration::faultsAreRetriedAndExpiredTokensRefreshed()
{
    const int before = serverApplications();
    queue(1, 2, 4000);
    // 503 with Retry-After on every submission: the item waits at least that long.
    admin("POST", QStringLiteral("/admin/faults"),
          {{"failure_rate", QJsonObject{{"/applications", 1.0}}},
           {"failure_status", 503},
           {"failure_retry_after", 30}});
    const QDateTime start = QDateTime::currentDateTimeUtc();
    OutboxWorker::Result r = drain(config());
    QCOMPARE(r.retryLater, 1);
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    const OutboxItem waiting = outbox.all().first();
    QCOMPARE(waiting.state, OutboxItem::State::Queued);
    QVERIFY(waiting.nextAttemptAt >= start.addSecs(29));
    // Signed in before the next switches, which would otherwise also hit the sign-in itself.
    QNetworkAccessManager nam;
    ApiClient api(&nam, config());
    SyncSession session(&api, QStringLiteral("it-expire"));
    QVERIFY(session.login(kUser, kPassword, QStringLiteral("d")).ok());
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    BlobStore blobs(m_client->path(), KeyRing::forTesting());
    OutboxWorker worker(&api, &outbox, &drafts, &blobs,
                        BackoffPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(200)));
    int refreshes = 0;
    worker.setTokenRefresher([&] {
        ++refreshes;
        return session.refresh();
    });
    // 429: rate limited, same treatment.
    admin("POST", QStringLiteral("/admin/faults"),
          {{"failure_rate", QJsonObject()}, {"rate_limit_retry_after", 20}});
    r = worker.sendAllNow();
    QCOMPARE(r.retryLater, 1);
    QCOMPARE(outbox.all().first().lastErrorCode, QStringLiteral("rate_limited"));
    // Expired tokens: the worker refreshes and carries on.
    admin("POST", QStringLiteral("/admin/faults"), {{"rate_limit_retry_after", 0}});
    admin("POST", QStringLiteral("/admin/faults"), {{"expire_tokens", true}});
    r = worker.sendAllNow();
    QCOMPARE(r.sent, 1);
    QCOMPARE(refreshes, 1);
    QCOMPARE(serverApplications(), before + 1);
}

void TestSyncIntegration::lostResponseIsReplayedNotDuplicated()
{
    const int before = serverApplications();
    queue(1, 1, 3000);
    // The service processes the submission but the answer is cut off on the way back.
    admin("POST", QStringLiteral("/admin/faults"), {{"drop_after_bytes", 20}});
    OutboxWorker::Result r = drain(config());
    QCOMPARE(r.sent, 0);
    admin("POST", QStringLiteral("/admin/faults"), {{"drop_after_bytes", 0}});
    r = drain(config());
    QCOMPARE(r.sent, 1);
    QCOMPARE(serverApplications(), before + 1); // the retry was a replay
}

void TestSyncIntegration::serverErrorsAndTimeoutsAreRetriedLater()
{
    const int before = serverApplications();
    queue(1, 1, 3000);
    admin("POST", QStringLiteral("/admin/faults"),
          {{"failure_rate", QJsonObject{{"/applications", 1.0}}}, {"failure_status", 500}});
    OutboxWorker::Result r = drain(config());
    QCOMPARE(r.retryLater, 1);
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    QCOMPARE(outbox.all().first().state, OutboxItem::State::Queued);
    QCOMPARE(outbox.all().first().lastErrorCode, QStringLiteral("server_error"));
    // A service slower than the client's timeout: a transport failure, retried later, never a duplicate.
    admin("POST", QStringLiteral("/admin/faults"), {{"failure_rate", QJsonObject()}});
    ServerConfig impatient = config();
    impatient.timeoutMs = 800;
    QNetworkAccessManager nam;
    ApiClient api(&nam, impatient);
    SyncSession session(&api, QStringLiteral("it-timeout"));
    QVERIFY(session.login(kUser, kPassword, QStringLiteral("d")).ok()); // before the service slows down
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    BlobStore blobs(m_client->path(), KeyRing::forTesting());
    OutboxWorker worker(&api, &outbox, &drafts, &blobs,
                        BackoffPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(200)));
    admin("POST", QStringLiteral("/admin/faults"), {{"latency_ms", 2500}});
    const int attemptsBefore = outbox.all().first().attempts;
    r = worker.sendAllNow();
    QCOMPARE(r.sent, 0);
    QVERIFY(r.stoppedByTransportError);
    QCOMPARE(outbox.all().first().attempts, attemptsBefore + 1); // it really tried
    QCOMPARE(outbox.all().first().state, OutboxItem::State::Queued);
    admin("POST", QStringLiteral("/admin/faults"), {{"latency_ms", 0}});
    QCOMPARE(drain(config()).sent, 1);
    QCOMPARE(serverApplications(), before + 1);
}

void TestSyncIntegration::untrustedAndExpiredCertificatesAreRefused()
{
    for (const char* cert : {"untrusted", "expired"}) {
        test::CentralSimProcess other;
        QVERIFY2(other.start(m_tmp->file(QStringLiteral("other-") + QLatin1String(cert)), certDir(),
                             QLatin1String(cert)),
                 other.lastOutput().constData());
        ServerConfig cfg = config();
        cfg.baseUrl = QUrl(other.baseUrl());
        QNetworkAccessManager nam;
        ApiClient api(&nam, cfg);
        const ApiReply reply = api.login(kUser, kPassword, QStringLiteral("d"));
        QVERIFY2(reply.tlsFailure, cert);
        QCOMPARE(reply.classification(), wire::Classification::NeedsStaff);
        QVERIFY(!reply.networkErrorText.isEmpty());
        if (QLatin1String(cert) == QLatin1String("expired"))
            QVERIFY2(reply.networkErrorText.contains(QStringLiteral("expired")),
                     qPrintable(reply.networkErrorText));
    }
    // With the right CA but a pin for some other key, the real server is refused too.
    ServerConfig pinned = config();
    pinned.spkiPins = {QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
    QNetworkAccessManager nam;
    ApiClient api(&nam, pinned);
    QVERIFY(api.login(kUser, kPassword, QStringLiteral("d")).tlsFailure);
}

void TestSyncIntegration::duplicatePersonAndDiseaseIsReportedToStaff()
{
    const QList<QUuid> first = queue(1, 1, 3000);
    QCOMPARE(drain(config()).sent, 1);
    // The same person and disease again, as a new application.
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    Application again = *drafts.load(first.first());
    again.uuid = QUuid::createUuid();
    again.applicationNumber.clear();
    again.remoteStatus.clear();
    again.state = LocalState::Ready;
    drafts.save(again, QDateTime::currentDateTimeUtc(), nullptr);
    PageRecord page;
    page.material = QStringLiteral("application_form");
    page.processedSha256 = BlobStore(m_client->path(), KeyRing::forTesting()).put("another page", nullptr);
    outbox.enqueue(SubmissionBuilder::build(again, {page}, QDateTime::currentDateTimeUtc()), nullptr);
    const OutboxWorker::Result r = drain(config());
    QCOMPARE(r.needsStaff, 1);
    const OutboxItem item = *outbox.item(again.uuid, 1);
    QCOMPARE(item.state, OutboxItem::State::NeedsStaff);
    QCOMPARE(item.lastErrorCode, QStringLiteral("duplicate_application"));
    QCOMPARE(drafts.load(again.uuid)->state, LocalState::RejectedByServer);
}

void TestSyncIntegration::returnedApplicationIsResubmitted()
{
    const QList<QUuid> ids = queue(1, 1, 3000);
    QCOMPARE(drain(config()).sent, 1);
    OutboxRepository outbox(m_db->connection(), KeyRing::forTesting());
    const QString applNo = outbox.item(ids.first(), 1)->applicationNumber;
    // The reviewer returns it for more material.
    const QString path = QStringLiteral("/admin/applications/%1/transitions").arg(applNo);
    QCOMPARE(admin("POST", path, {{"action", "initial_review"}}).status, 200);
    QCOMPARE(admin("POST", path, {{"action", "return"}, {"opinion", QStringLiteral("请补充近半年血压记录")}})
                 .status,
             200);

    // The sync engine (its own thread, its own connection) follows the change feed and tells the window.
    m_db.reset();
    {
        qputenv("MTB_SYNC_INTERVAL_MS", "200");
        SyncEngine engine(m_client->path(), config(), KeyRing::forTesting());
        QSignalSpy statuses(&engine, &SyncEngine::remoteStatusChanged);
        QSignalSpy login(&engine, &SyncEngine::loginFinished);
        engine.login(kUser, kPassword);
        QVERIFY(login.wait(15000));
        QVERIFY(login.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(statuses.begin(), statuses.end(),
                        [](const QList<QVariant>& s) { return s.at(2).toString() == u"returned"; }),
            15000);
        qunsetenv("MTB_SYNC_INTERVAL_MS");
    }
    m_db = std::make_unique<Database>(m_client->file(QStringLiteral("mtbdesk.sqlite")),
                                      QStringLiteral("it-client-3"));
    QVERIFY(m_db->open().usable());
    DraftRepository drafts(m_db->connection(), KeyRing::forTesting());
    OutboxRepository outbox2(m_db->connection(), KeyRing::forTesting());
    Application app = *drafts.load(ids.first());
    QCOMPARE(app.remoteStatus, QStringLiteral("returned"));
    QCOMPARE(app.remoteMessage, QStringLiteral("请补充近半年血压记录"));

    // Staff add the page and resubmit: revision 2 of the same application number.
    ++app.revision;
    app.state = LocalState::Ready;
    drafts.save(app, QDateTime::currentDateTimeUtc(), nullptr);
    const auto rev1 =
        wire::WireApplication::fromJson(QJsonDocument::fromJson(outbox2.item(app.uuid, 1)->payload).object());
    QList<PageRecord> pages;
    for (const wire::WirePage& p : rev1->pages) {
        PageRecord r;
        r.material = p.material;
        r.processedSha256 = p.sha256;
        pages << r;
    }
    PageRecord added;
    added.material = QStringLiteral("exam_report");
    added.processedSha256 = BlobStore(m_client->path(), KeyRing::forTesting()).put("近半年血压记录", nullptr);
    pages << added;
    QVERIFY(outbox2.enqueue(SubmissionBuilder::build(app, pages, QDateTime::currentDateTimeUtc()), nullptr));
    QCOMPARE(drain(config()).sent, 1);
    QCOMPARE(outbox2.item(app.uuid, 2)->applicationNumber, applNo);
    test::TestHttp http(caFile());
    http.setBaseUrl(m_server.baseUrl());
    QCOMPARE(http.login(kUser, kPassword).status, 200);
    QCOMPARE(http.send("GET", QStringLiteral("/applications/") + applNo)
                 .json.value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("resubmitted"));
}

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "test_sync_integration.moc"
