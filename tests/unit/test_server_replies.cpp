// Server answers read into structs (app/sync/ServerReplies, ApiReply::readBody): good answers as
// docs/api.md shows them, and broken or hostile ones that must be bounded, not trusted.
#include "ApiReply.h"
#include "ServerReplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mtb;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestServerReplies : public QObject
{
    Q_OBJECT

private slots:
    void uploadAnswerAsDocumented()
    {
        const UploadAnswer a = UploadAnswer::read(
            parse(R"({"upload_id": "u-00000000deadbeef", "offset": 131072, "size": 183942, "chunk_bytes": 262144})"),
            183942);
        QCOMPARE(a.uploadId, QStringLiteral("u-00000000deadbeef"));
        QCOMPARE(a.offset, std::optional<qint64>(131072));
        QCOMPARE(a.chunkBytes, qint64(262144));
        QVERIFY(!a.complete);
        QVERIFY(UploadAnswer::read(parse(R"({"sha256": "ab", "complete": true})"), 10).complete);
    }

    void uploadAnswerOutOfBounds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("negative offset") << QByteArray(R"({"upload_id": "u-1", "offset": -5, "chunk_bytes": 0})");
        QTest::newRow("offset past the end") << QByteArray(R"({"upload_id": "u-1", "offset": 1001, "chunk_bytes": 0})");
        QTest::newRow("fractional offset") << QByteArray(R"({"upload_id": "u-1", "offset": 1.5, "chunk_bytes": -1})");
        QTest::newRow("offset as text") << QByteArray(R"({"upload_id": "u-1", "offset": "10", "chunk_bytes": 1e300})");
        QTest::newRow("huge chunk") << QByteArray(R"({"upload_id": "u-1", "offset": 1e300, "chunk_bytes": 99999999999})");
    }

    void uploadAnswerOutOfBounds()
    {
        QFETCH(QByteArray, json);
        const UploadAnswer a = UploadAnswer::read(QJsonDocument::fromJson(json).object(), 1000);
        QVERIFY(!a.offset.has_value());
        QCOMPARE(a.chunkBytes, qint64(0)); // the caller keeps its default chunk size
    }

    void uploadIdMustBeSafeInAPath()
    {
        for (const char* bad : {"", "..", "../applications/NC1", "u-1?offset=0", "u 1", "u-1/x", "u%2F1"}) {
            const UploadAnswer a = UploadAnswer::read(QJsonObject{{"upload_id", QString::fromLatin1(bad)}}, 10);
            QVERIFY2(a.uploadId.isEmpty(), bad);
        }
        QVERIFY(UploadAnswer::read(QJsonObject{{"upload_id", QString(129, u'a')}}, 10).uploadId.isEmpty());
        QCOMPARE(UploadAnswer::read(QJsonObject{{"upload_id", QString(128, u'a')}}, 10).uploadId.size(), qsizetype(128));
    }

    void changeFeed()
    {
        const ChangeFeedPage page = ChangeFeedPage::read(parse(R"({"changes": [
            {"seq": 17, "appl_no": "NC20261124000123", "client_uuid": "6b7e4f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
             "status": "returned", "at": "2026-11-24T08:30:00.250Z", "opinion": "请补充近半年血压记录"},
            {"seq": 18, "client_uuid": "not-a-uuid", "status": "approved"},
            {"seq": 19, "client_uuid": "6b7e4f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5c"},
            42, null, "text"],
            "next_cursor": "19"})"));
        QCOMPARE(page.received, qsizetype(6));
        QCOMPARE(page.changes.size(), qsizetype(1));
        const ChangeFeedPage::Change& c = page.changes.first();
        QCOMPARE(c.clientUuid, QUuid::fromString(QStringLiteral("6b7e4f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b")));
        QCOMPARE(c.status, QStringLiteral("returned"));
        QCOMPARE(c.applicationNumber, QStringLiteral("NC20261124000123"));
        QCOMPARE(c.opinion, QStringLiteral("请补充近半年血压记录"));
        QCOMPARE(page.nextCursor, QStringLiteral("19"));

        const ChangeFeedPage odd = ChangeFeedPage::read(parse(R"({"changes": {"a": 1}, "next_cursor": 19})"));
        QCOMPARE(odd.received, qsizetype(0));
        QVERIFY(odd.nextCursor.isEmpty());
    }

    void replyBody()
    {
        ApiReply r;
        r.httpStatus = 409;
        r.readBody(R"({"error": {"code": "offset_mismatch", "message": "m", "request_id": "r", "details": {"offset": 7}}})");
        QVERIFY(r.error.has_value());
        QCOMPARE(r.errorCode(), wire::ErrorCode::OffsetMismatch);
        QCOMPARE(UploadAnswer::read(r.error->details, 100).offset, std::optional<qint64>(7));

        r.httpStatus = 502;
        r.readBody("<html>Bad gateway</html>"); // a proxy's page: no error document, no JSON
        QVERIFY(!r.error.has_value());
        QVERIFY(r.json.isEmpty());
        QCOMPARE(r.classification(), wire::Classification::RetryLater);

        r.httpStatus = 200;
        r.readBody(R"({"appl_no": "NC1"})");
        QVERIFY(!r.error.has_value());
        QCOMPARE(r.json.value(QStringLiteral("appl_no")).toString(), QStringLiteral("NC1"));
    }
};

QTEST_GUILESS_MAIN(TestServerReplies)
#include "test_server_replies.moc"
