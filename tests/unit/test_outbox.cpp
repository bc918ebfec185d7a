// The outbox's decisions, driven by a fake network (ownCloud's FakeQNAM pattern): what is retried,
// when, what needs staff or a new sign-in, and that resumed uploads continue where they stopped.
// The real service over TLS is exercised by tests/central; this suite covers the error paths.
#include "ApiClient.h"
#include "BlobStore.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "DraftRepository.h"
#include "FakeNetworkAccessManager.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "OutboxWorker.h"
#include "SampleData.h"
#include "TestPaths.h"
#include "WireApplication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QTest>

using namespace mtb;
using test::FakeResponse;

namespace {
FakeResponse jsonResponse(int status, const QJsonObject& body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, QNetworkReply::NoError};
}
FakeResponse errorResponse(int status, const QString& code, const QJsonObject& details = {},
                           QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return jsonResponse(status, {{"error", QJsonObject{{"code", code}, {"message", code}, {"details", details}}}}, headers);
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void uploadsPagesThenSubmitsWithTheIdempotencyKey();
    void serviceUnavailableBacksOffHonouringRetryAfter();
    void transportFailureStopsThePass();
    void expiredTokenIsRefreshedOnce();
    void fieldErrorsNeedStaff();
    void duplicateNeedsStaff();
    void bareOkWithoutApplicationNumberIsNotSuccess();
    void resumesAnInterruptedUploadWhereTheServiceIs();
    void offsetMismatchContinuesFromTheServiceOffset();
    void missingAttachmentsAreUploadedAgain();
    void frozenPayloadCannotBeReplacedOnceSending();

private:
    QUuid queue(int pages = 2, int revision = 1);
    OutboxWorker::Result drain(test::FakeNetworkAccessManager::Handler handler, bool refreshOk = true);

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<test::FakeNetworkAccessManager> m_nam;
    int m_refreshes = 0;
    test::SampleData m_sample;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_db = std::make_unique<Database>(m_dir->file(QStringLiteral("d.sqlite")), QStringLiteral("outbox-test"));
    QVERIFY(m_db->open().usable());
    m_drafts = std::make_unique<DraftRepository>(m_db->connection(), KeyRing::forTesting());
    m_outbox = std::make_unique<OutboxRepository>(m_db->connection(), KeyRing::forTesting());
    m_blobs = std::make_unique<BlobStore>(m_dir->path(), KeyRing::forTesting());
    m_refreshes = 0;
}

void TestOutbox::cleanup()
{
    m_nam.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_db.reset();
    m_dir.reset();
}

QUuid TestOutbox::queue(int pages, int revision)
{
    Application app = m_sample.application();
    app.state = LocalState::Ready;
    app.revision = revision;
    m_drafts->save(app, QDateTime::currentDateTimeUtc(), nullptr);
    wire::WireApplication w{app, {}};
    for (int i = 0; i < pages; ++i) {
        const QByteArray bytes = QByteArray(250 + i, char('a' + i)) + app.uuid.toByteArray();
        const QString sha = m_blobs->put(bytes, nullptr);
        w.pages.append({QStringLiteral("medical_record"), sha, QStringLiteral("jpeg"), 210, 297, {}, {}});
    }
    OutboxItem item;
    item.applicationUuid = app.uuid;
    item.revision = revision;
    item.payload = wire::CanonicalJson::serialize(w.toJson());
    item.nextAttemptAt = QDateTime::currentDateTimeUtc();
    item.createdAt = item.updatedAt = item.nextAttemptAt;
    QString error;
    if (!m_outbox->enqueue(item, &error))
        qFatal("enqueue failed: %s", qPrintable(error));
    return app.uuid;
}

OutboxWorker::Result TestOutbox::drain(test::FakeNetworkAccessManager::Handler handler, bool refreshOk)
{
    m_nam = std::make_unique<test::FakeNetworkAccessManager>(std::move(handler));
    ServerConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://central.test/api/v1"));
    ApiClient api(m_nam.get(), config);
    api.setAccessToken(QStringLiteral("t1"));
    OutboxWorker worker(&api, m_outbox.get(), m_drafts.get(), m_blobs.get(), BackoffPolicy(std::chrono::seconds(10), std::chrono::minutes(15)));
    worker.setTokenRefresher([&] {
        ++m_refreshes;
        api.setAccessToken(QStringLiteral("t2"));
        return refreshOk;
    });
    return worker.drainOnce();
}

// A well-behaved service: uploads in chunks of 100 bytes, then creates the application.
static FakeResponse happyService(const QByteArray& verb, const QNetworkRequest& req, const QByteArray& body, QHash<QString, qint64>& offsets)
{
    const QString path = req.url().path();
    if (verb == "POST" && path.endsWith(u"/uploads")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString id = QStringLiteral("u-") + o.value(QStringLiteral("sha256")).toString().left(8);
        offsets[id] = 0;
        offsets[id + QStringLiteral("#size")] = o.value(QStringLiteral("size")).toInteger();
        return jsonResponse(201, {{"upload_id", id}, {"offset", 0}, {"chunk_bytes", 100}});
    }
    if (verb == "PUT" && path.contains(u"/uploads/")) {
        const QString id = path.section(u'/', -1);
        offsets[id] += body.size();
        return jsonResponse(200, {{"offset", offsets[id]}, {"complete", offsets[id] >= offsets[id + QStringLiteral("#size")]}});
    }
    if (verb == "POST" && path.endsWith(u"/applications"))
        return jsonResponse(201, {{"appl_no", "NC20261124000001"}, {"status", "accepted"}});
    return errorResponse(404, QStringLiteral("not_found"));
}

void TestOutbox::uploadsPagesThenSubmitsWithTheIdempotencyKey()
{
    const QUuid uuid = queue(2);
    QHash<QString, qint64> offsets;
    const auto result = drain([&](auto verb, auto req, auto body) { return happyService(verb, req, body, offsets); });
    QCOMPARE(result.sent, 1);
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/v1/uploads")), 2);
    QCOMPARE(m_nam->count("PUT", QStringLiteral("/api/v1/uploads/")), 6); // ~290 bytes each in 100-byte chunks
    const auto submit = m_nam->requests().last();
    QCOMPARE(submit.request.rawHeader("Idempotency-Key"), uuid.toString(QUuid::WithoutBraces).toLatin1());
    QCOMPARE(submit.body, m_outbox->item(uuid, 1)->payload); // the frozen bytes, exactly
    QVERIFY(!submit.request.rawHeader("X-Request-ID").isEmpty());
    const OutboxItem item = *m_outbox->item(uuid, 1);
    QCOMPARE(item.state, OutboxItem::State::Sent);
    QCOMPARE(item.applicationNumber, QStringLiteral("NC20261124000001"));
    const Application app = *m_drafts->load(uuid);
    QCOMPARE(app.state, LocalState::Sent);
    QCOMPARE(app.applicationNumber, QStringLiteral("NC20261124000001"));
    QVERIFY(!m_outbox->attempts(uuid).isEmpty());
    QCOMPARE(m_outbox->attempts(uuid).last().outcome, QStringLiteral("ok"));
}

void TestOutbox::serviceUnavailableBacksOffHonouringRetryAfter()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = drain([&](auto verb, auto req, auto body) {
        if (req.url().path().endsWith(u"/applications"))
            return errorResponse(503, QStringLiteral("unavailable"), {}, {{"Retry-After", "120"}});
        return happyService(verb, req, body, offsets);
    });
    QCOMPARE(result.retryLater, 1);
    const OutboxItem item = *m_outbox->item(uuid, 1);
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QCOMPARE(item.attempts, 1);
    QVERIFY2(item.nextAttemptAt >= before.addSecs(119), qPrintable(item.nextAttemptAt.toString(Qt::ISODate)));
    QCOMPARE(item.lastErrorCode, QStringLiteral("unavailable"));
    QCOMPARE(m_drafts->load(uuid)->state, LocalState::SendFailed);
    // Not due yet: the next pass sends nothing.
    QCOMPARE(drain([&](auto verb, auto req, auto body) { return happyService(verb, req, body, offsets); }).sent, 0);
}

void TestOutbox::transportFailureStopsThePass()
{
    queue(1);
    queue(1);
    const auto result = drain([](auto, auto, auto) {
        return FakeResponse{0, {}, {}, QNetworkReply::ConnectionRefusedError};
    });
    QVERIFY(result.stoppedByTransportError);
    QCOMPARE(m_nam->requests().size(), 1); // the second application was not even tried
}

void TestOutbox::expiredTokenIsRefreshedOnce()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    const auto result = drain([&](auto verb, auto req, auto body) {
        if (req.rawHeader("Authorization") == "Bearer t1")
            return errorResponse(401, QStringLiteral("token_expired"));
        return happyService(verb, req, body, offsets);
    });
    QCOMPARE(result.sent, 1);
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(m_outbox->item(uuid, 1)->state, OutboxItem::State::Sent);

    // When refreshing fails too, the item waits for a new sign-in instead of hammering the service.
    const QUuid second = queue(1);
    const auto stuck = drain([&](auto, auto, auto) { return errorResponse(401, QStringLiteral("token_expired")); }, false);
    QCOMPARE(stuck.needsLogin, 1);
    QCOMPARE(m_outbox->item(second, 1)->state, OutboxItem::State::NeedsLogin);
}

void TestOutbox::fieldErrorsNeedStaff()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    const QJsonArray fields{QJsonObject{{"field", "certno"}, {"code", "checksum"}, {"message", "bad check digit"}}};
    const auto result = drain([&](auto verb, auto req, auto body) {
        if (req.url().path().endsWith(u"/applications"))
            return errorResponse(422, QStringLiteral("validation_failed"), {{"fields", fields}});
        return happyService(verb, req, body, offsets);
    });
    QCOMPARE(result.needsStaff, 1);
    const OutboxItem item = *m_outbox->item(uuid, 1);
    QCOMPARE(item.state, OutboxItem::State::NeedsStaff);
    QCOMPARE(QJsonDocument::fromJson(item.fieldErrors).array(), fields);
    QCOMPARE(m_drafts->load(uuid)->state, LocalState::RejectedByServer);
}

void TestOutbox::duplicateNeedsStaff()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    drain([&](auto verb, auto req, auto body) {
        if (req.url().path().endsWith(u"/applications"))
            return errorResponse(409, QStringLiteral("duplicate_application"),
                                 {{"existing_appl_no", "NC20261001000007"}, {"opsp_dise_code", "M03900"}});
        return happyService(verb, req, body, offsets);
    });
    const OutboxItem item = *m_outbox->item(uuid, 1);
    QCOMPARE(item.state, OutboxItem::State::NeedsStaff);
    QCOMPARE(item.lastErrorCode, QStringLiteral("duplicate_application"));
}

void TestOutbox::bareOkWithoutApplicationNumberIsNotSuccess()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    drain([&](auto verb, auto req, auto body) {
        if (req.url().path().endsWith(u"/applications"))
            return FakeResponse{200, "<html>Wi-Fi login</html>", {}, QNetworkReply::NoError};
        return happyService(verb, req, body, offsets);
    });
    QCOMPARE(m_outbox->item(uuid, 1)->state, OutboxItem::State::Queued);
    QVERIFY(m_drafts->load(uuid)->applicationNumber.isEmpty());
}

void TestOutbox::resumesAnInterruptedUploadWhereTheServiceIs()
{
    const QUuid uuid = queue(1);
    const QString sha = wire::WireApplication::fromJson(QJsonDocument::fromJson(m_outbox->item(uuid, 1)->payload).object())->pageHashes().first();
    const qint64 size = m_blobs->get(sha, nullptr).size();
    // A crash after the first chunk was confirmed: we know offset 100, the service got to 200.
    QVERIFY(m_outbox->saveUpload({sha, QStringLiteral("u-resume"), 100, size, false}, nullptr));
    QList<qint64> putOffsets;
    const auto result = drain([&](auto verb, auto req, auto body) {
        const QString path = req.url().path();
        if (verb == "GET" && path.endsWith(u"/uploads/u-resume"))
            return jsonResponse(200, {{"offset", 200}, {"size", size}, {"complete", false}});
        if (verb == "PUT") {
            const qint64 offset = QUrlQuery(req.url()).queryItemValue(QStringLiteral("offset")).toLongLong();
            putOffsets << offset;
            return jsonResponse(200, {{"offset", offset + body.size()}, {"complete", offset + body.size() >= size}});
        }
        if (verb == "POST" && path.endsWith(u"/applications"))
            return jsonResponse(201, {{"appl_no", "NC1"}});
        return errorResponse(500, QStringLiteral("server_error"));
    });
    QCOMPARE(result.sent, 1);
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/v1/uploads")), 0); // no new upload was started
    QVERIFY(!putOffsets.isEmpty());
    QCOMPARE(putOffsets.first(), 200);
}

void TestOutbox::offsetMismatchContinuesFromTheServiceOffset()
{
    queue(1);
    QList<qint64> putOffsets;
    bool mismatched = false;
    const auto result = drain([&](auto verb, auto req, auto body) {
        const QString path = req.url().path();
        if (verb == "POST" && path.endsWith(u"/uploads"))
            return jsonResponse(201, {{"upload_id", "u-1"}, {"offset", 0}, {"chunk_bytes", 100}});
        if (verb == "PUT") {
            const qint64 offset = QUrlQuery(req.url()).queryItemValue(QStringLiteral("offset")).toLongLong();
            putOffsets << offset;
            if (!mismatched) {
                mismatched = true;
                return errorResponse(409, QStringLiteral("offset_mismatch"), {{"offset", 100}});
            }
            return jsonResponse(200, {{"offset", offset + body.size()}, {"complete", offset + body.size() >= 250}});
        }
        if (path.endsWith(u"/applications"))
            return jsonResponse(201, {{"appl_no", "NC2"}});
        return errorResponse(500, QStringLiteral("server_error"));
    });
    QCOMPARE(result.sent, 1);
    QCOMPARE(putOffsets.value(0), 0);
    QCOMPARE(putOffsets.value(1), 100);
}

void TestOutbox::missingAttachmentsAreUploadedAgain()
{
    const QUuid uuid = queue(1);
    QHash<QString, qint64> offsets;
    drain([&](auto verb, auto req, auto body) { return happyService(verb, req, body, offsets); });
    // Pretend a second revision whose page the service has lost.
    const QUuid again = queue(1);
    const QString sha = wire::WireApplication::fromJson(QJsonDocument::fromJson(m_outbox->item(again, 1)->payload).object())->pageHashes().first();
    m_outbox->saveUpload({sha, QStringLiteral("u-old"), 251, 251, true}, nullptr);
    const auto result = drain([&](auto verb, auto req, auto body) {
        if (req.url().path().endsWith(u"/applications"))
            return errorResponse(422, QStringLiteral("missing_attachments"), {{"sha256", QJsonArray{sha}}});
        return happyService(verb, req, body, offsets);
    });
    QCOMPARE(result.retryLater, 1);
    QVERIFY(!m_outbox->upload(sha)->complete);
    QVERIFY(m_outbox->item(again, 1)->nextAttemptAt <= QDateTime::currentDateTimeUtc()); // at once, not after a backoff
    Q_UNUSED(uuid);
}

void TestOutbox::frozenPayloadCannotBeReplacedOnceSending()
{
    const QUuid uuid = queue(1);
    OutboxItem item = *m_outbox->item(uuid, 1);
    item.state = OutboxItem::State::Sending;
    QVERIFY(m_outbox->update(item, nullptr));
    OutboxItem changed = item;
    changed.state = OutboxItem::State::Queued;
    changed.payload = "{\"something\":\"else\"}";
    QString error;
    QVERIFY(!m_outbox->enqueue(changed, &error));
    QCOMPARE(m_outbox->item(uuid, 1)->payload, item.payload);
    QVERIFY(!m_outbox->withdrawQueued(uuid, 1, &error)); // too late to take it back
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
