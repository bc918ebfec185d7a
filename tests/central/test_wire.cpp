// mtb_wire: canonical JSON, the submission body mapping, and the error table of docs/api.md.

#include "ApiError.h"
#include "CanonicalJson.h"
#include "WireApplication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mtb;
using namespace mtb::wire;

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void canonicalSortsKeysAndDropsWhitespace();
    void canonicalNumbersAndStrings();
    void canonicalHashIgnoresSpellingButNotContent();
    void wireApplicationRoundTrip();
    void wireApplicationRejectsBrokenBodies();
    void errorCodesMatchTheTable_data();
    void errorCodesMatchTheTable();
    void unknownCodesFallBackToTheStatus();
    void errorBodyParsesAndRejectsNonErrors();
};

void TestWire::canonicalSortsKeysAndDropsWhitespace()
{
    const QJsonDocument doc = QJsonDocument::fromJson(R"({ "b": [1, {"z": true, "a": null}], "a": "x" })");
    QCOMPARE(CanonicalJson::serialize(doc.object()), QByteArray(R"({"a":"x","b":[1,{"a":null,"z":true}]})"));
}

void TestWire::canonicalNumbersAndStrings()
{
    QCOMPARE(CanonicalJson::serialize(QJsonValue(1.0)), QByteArray("1"));
    QCOMPARE(CanonicalJson::serialize(QJsonValue(-0.5)), QByteArray("-0.5"));
    QCOMPARE(CanonicalJson::serialize(QJsonValue(0.1)), QByteArray("0.1"));
    QCOMPARE(CanonicalJson::serialize(QJsonValue(210.0)), QByteArray("210"));
    QCOMPARE(CanonicalJson::serialize(QJsonValue(1e300)), QByteArray("1e+300"));
    QCOMPARE(CanonicalJson::serialize(QJsonValue(QStringLiteral("高血压\"\\\n\x01"))),
             QByteArray("\"高血压\\\"\\\\\\n\\u0001\"")); // the source file is UTF-8
}

void TestWire::canonicalHashIgnoresSpellingButNotContent()
{
    const QByteArray a = R"({"x": 1, "y": [1.0, "a"]})";
    const QByteArray b = "{\n  \"y\": [1, \"a\"],\n  \"x\": 1.0\n}";
    const QByteArray c = R"({"x": 2, "y": [1, "a"]})";
    const auto hash = [](const QByteArray& json) {
        return CanonicalJson::sha256Hex(QJsonDocument::fromJson(json).object());
    };
    QCOMPARE(hash(a), hash(b));
    QVERIFY(hash(a) != hash(c));
    QCOMPARE(hash(a).size(), 64);
}

void TestWire::wireApplicationRoundTrip()
{
    WireApplication w;
    w.application = Application::createNew(QDateTime(QDate(2026, 11, 24), QTime(8, 30, 0, 250), Qt::UTC));
    w.application.revision = 2;
    w.application.catalogVersion = QStringLiteral("2026.11-bundled");
    w.application.applicant.psnName = QStringLiteral("王秀英");
    w.application.applicant.certno = QStringLiteral("511302196803150027");
    w.application.applicant.brdy = QDate(1968, 3, 15);
    w.application.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    w.application.provenance.hospIdeDate = QDate(2026, 10, 9);
    w.application.acceptance.site = QStringLiteral("511302");
    const QString a(64, u'a'), b(64, u'b'), c(64, u'c');
    w.pages = {{QStringLiteral("diagnosis_certificate"), a, QStringLiteral("jpeg"), 210, 297, {}, {}},
               {QStringLiteral("exam_report"),
                b,
                QStringLiteral("png"),
                210.5,
                297,
                {QStringLiteral("blurry")},
                QStringLiteral("only copy")},
               {QStringLiteral("exam_report"), c, QStringLiteral("png"), 210, 297, {}, {}}};

    const QJsonObject json = w.toJson();
    QCOMPARE(json.value("client_uuid").toString(), w.application.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(json.value("revision").toInt(), 2);
    QCOMPARE(json.value("applicant").toObject().value("brdy").toString(), QStringLiteral("1968-03-15"));
    QCOMPARE(json.value("acceptance").toObject().value("accepted_at").toString(),
             QStringLiteral("2026-11-24T08:30:00.250Z"));
    QCOMPARE(json.value("materials").toArray().size(), 2); // grouped by material
    QCOMPARE(json.value("materials").toArray().at(1).toObject().value("pages").toArray().size(), 2);
    QVERIFY(!json.contains("state")); // local bookkeeping stays local

    QString error;
    const auto back = WireApplication::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->pages, w.pages);
    QCOMPARE(back->application.applicant, w.application.applicant);
    QCOMPARE(back->application.diseases, w.application.diseases);
    QCOMPARE(back->application.acceptance, w.application.acceptance);
    QCOMPARE(back->application.uuid, w.application.uuid);
    QCOMPARE(back->application.revision, 2);
    QCOMPARE(back->pageHashes(), (QStringList{a, b, c}));
    QCOMPARE(CanonicalJson::serialize(back->toJson()), CanonicalJson::serialize(json));
}

void TestWire::wireApplicationRejectsBrokenBodies()
{
    WireApplication w;
    w.application = Application::createNew(QDateTime::currentDateTimeUtc());
    w.pages = {{QStringLiteral("other"), QString(64, u'f'), QStringLiteral("jpeg"), 1, 1, {}, {}}};
    QJsonObject json = w.toJson();
    QVERIFY(WireApplication::fromJson(json));

    QJsonObject noUuid = json;
    noUuid.insert("client_uuid", "not-a-uuid");
    QString error;
    QVERIFY(!WireApplication::fromJson(noUuid, &error));
    QVERIFY(error.contains("client_uuid"));

    QJsonObject badRevision = json;
    badRevision.insert("revision", 0);
    QVERIFY(!WireApplication::fromJson(badRevision));

    QJsonObject badHash = json;
    badHash.insert("materials", QJsonArray{QJsonObject{
                                    {"material", "other"},
                                    {"pages", QJsonArray{QJsonObject{{"sha256", QString(64, u'F')}}}}}});
    QVERIFY(!WireApplication::fromJson(badHash));
    QVERIFY(!isSha256Hex(QString(63, u'a')));
}

void TestWire::errorCodesMatchTheTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("classification");
    const auto row = [](const char* code, int status, Classification c) {
        QTest::newRow(code) << QString::fromLatin1(code) << status << int(c);
    };
    row("bad_request", 400, Classification::NeedsStaff);
    row("invalid_credentials", 401, Classification::Reauthenticate);
    row("token_expired", 401, Classification::Reauthenticate);
    row("token_invalid", 401, Classification::Reauthenticate);
    row("forbidden", 403, Classification::NeedsStaff);
    row("not_found", 404, Classification::NeedsStaff);
    row("idempotency_conflict", 409, Classification::NeedsStaff);
    row("duplicate_application", 409, Classification::NeedsStaff);
    row("offset_mismatch", 409, Classification::RetryNow);
    row("invalid_state", 409, Classification::NeedsStaff);
    row("too_large", 413, Classification::NeedsStaff);
    row("validation_failed", 422, Classification::NeedsStaff);
    row("missing_attachments", 422, Classification::RetryNow);
    row("checksum_mismatch", 422, Classification::RetryNow);
    row("rate_limited", 429, Classification::RetryLater);
    row("server_error", 500, Classification::RetryLater);
    row("unavailable", 503, Classification::RetryLater);
}

void TestWire::errorCodesMatchTheTable()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(int, classification);
    const ErrorCode e = errorCodeFromString(code);
    QVERIFY(e != ErrorCode::Unknown);
    QCOMPARE(errorCodeString(e), code);
    QCOMPARE(httpStatusFor(e), status);
    QCOMPARE(int(classify(e, status)), classification);
    const ApiError made = ApiError::make(e, QStringLiteral("m"));
    QCOMPARE(made.httpStatus, status);
    QCOMPARE(ApiError::parse(status, made.toBody())->code, e);
}

void TestWire::unknownCodesFallBackToTheStatus()
{
    QCOMPARE(errorCodeFromString(QStringLiteral("brand_new")), ErrorCode::Unknown);
    QCOMPARE(classify(ErrorCode::Unknown, 502), Classification::RetryLater);
    QCOMPARE(classify(ErrorCode::Unknown, 504), Classification::RetryLater);
    QCOMPARE(classify(ErrorCode::Unknown, 429), Classification::RetryLater);
    QCOMPARE(classify(ErrorCode::Unknown, 401), Classification::Reauthenticate);
    QCOMPARE(classify(ErrorCode::Unknown, 418), Classification::NeedsStaff);
    const auto parsed = ApiError::parse(502, R"({"error":{"code":"brand_new","message":"m"}})");
    QVERIFY(parsed);
    QCOMPARE(parsed->codeString, QStringLiteral("brand_new"));
    QCOMPARE(parsed->classification(), Classification::RetryLater);
}

void TestWire::errorBodyParsesAndRejectsNonErrors()
{
    const auto e =
        ApiError::parse(409, R"({"error":{"code":"duplicate_application","message":"dup","request_id":"r1",
        "details":{"existing_appl_no":"NC20261124000123","opsp_dise_code":"M03900"}}})");
    QVERIFY(e);
    QCOMPARE(e->code, ErrorCode::DuplicateApplication);
    QCOMPARE(e->requestId, QStringLiteral("r1"));
    QCOMPARE(e->details.value("existing_appl_no").toString(), QStringLiteral("NC20261124000123"));
    QVERIFY(!ApiError::parse(502, "<html>Bad gateway</html>"));
    QVERIFY(!ApiError::parse(500, R"({"message":"no error object"})"));
    QVERIFY(!ApiError::parse(500, R"({"error":{"message":"no code"}})"));
}

QTEST_GUILESS_MAIN(TestWire)
#include "test_wire.moc"
