// The reference central service (app/central-sim), started as a real process and driven over real
// TLS on loopback, as the client will drive it: docs/api.md end to end, plus its fault switches.

#include "ApiError.h"
#include "CanonicalJson.h"
#include "IdNumber.h"
#include "SampleData.h"
#include "SimHarness.h"
#include "TestPaths.h"
#include "WireApplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace mtb;
using namespace mtb::test;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QString kCounter = QStringLiteral("nc-counter-01");
const QString kCounterPassword = QStringLiteral("counter123");
const Headers kAdmin{{"X-Admin-Token", "test-admin"}};

QByteArray randomBytes(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Headers key(const QString& k)
{
    return {{"Idempotency-Key", k.toUtf8()}};
}
} // namespace

class TestCentralSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void tlsClientWithoutProjectCaIsRefused();
    void tlsUntrustedAndExpiredServerCertificatesAreRefused();
    void loginAndWrongPassword();
    void requestIdIsEchoedAndErrorsParse();
    void catalogEtagAnd304();
    void uploadResumesAfterServerCrash();
    void uploadKilledBeforeFinishingIsSettled();
    void uploadDedupeAndChecksumMismatch();
    void submitCreatesThenReplaysThenConflicts();
    void duplicatePersonAndDisease();
    void validationErrorsNameTheFields();
    void missingAttachments();
    void changesFeedFollowsAdminTransitions();
    void returnAndResubmission();
    void partialApprovalFreesTheRejectedDisease();
    void rolesLimitWhatAccountsSee();
    void reviewAndListCommandsWorkBesideTheServer();
    void faultLatency();
    void fault503WithRetryAfter();
    void fault429RateLimit();
    void faultDropAfterBytesLosesTheAnswerNotTheWork();
    void faultExpireTokensThenRefresh();
    void autoReviewMovesApplicationsAlong();

private:
    QString certDir() const { return m_tmp->file(QStringLiteral("certs")); }
    QString dataDir() const { return m_tmp->file(QStringLiteral("data")); }
    TestHttp::Response admin(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    void setFaults(const QJsonObject& faults);
    QString uploadPage(const QByteArray& bytes);
    wire::WireApplication newApplication(const QStringList& pageHashes);
    TestHttp::Response submit(const wire::WireApplication& w);
    QString submitOk(const wire::WireApplication& w);

    std::unique_ptr<TempDataDir> m_tmp;
    CentralSimProcess m_server;
    std::unique_ptr<TestHttp> m_http;
    SampleData m_sample{quint32(QDateTime::currentMSecsSinceEpoch())};
    QString m_page; // one uploaded page every application can use
};

void TestCentralSim::initTestCase()
{
    m_tmp = std::make_unique<TempDataDir>();
    QProcess ca;
    ca.start(QStringLiteral("bash"), {QStringLiteral(MTB_DEV_CA_SCRIPT), certDir()});
    QVERIFY(ca.waitForFinished(60000));
    QVERIFY2(ca.exitCode() == 0, ca.readAllStandardError().constData());
    for (const char* f : {"ca.pem", "server.pem", "server.key", "untrusted.pem", "expired.pem"})
        QVERIFY2(QFile::exists(QDir(certDir()).filePath(QLatin1String(f))), f);

    QVERIFY2(m_server.start(dataDir(), certDir()), m_server.lastOutput().constData());
    m_http = std::make_unique<TestHttp>(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    m_http->setBaseUrl(m_server.baseUrl());
    QCOMPARE(m_http->login(kCounter, kCounterPassword).status, 200);
    m_page = uploadPage(randomBytes(3000));
}

void TestCentralSim::cleanupTestCase()
{
    const QByteArray log = m_server.stderrLog();
    m_server.kill();
    // The request log must never contain personal data: no ID numbers, no names from the bodies.
    static const QRegularExpression idNumber(QStringLiteral("\\b\\d{17}[\\dX]\\b"));
    QVERIFY2(!idNumber.match(QString::fromUtf8(log)).hasMatch(), "an ID number reached the server log");
    QVERIFY(log.contains("POST /api/v1/applications "));
}

void TestCentralSim::init()
{
    // Every test starts with the switches off and a valid token.
    if (m_http && m_server.port()) {
        setFaults({{"latency_ms", 0},
                   {"failure_rate", QJsonObject()},
                   {"drop_after_bytes", 0},
                   {"rate_limit_retry_after", 0}});
        if (m_http->send("GET", QStringLiteral("/changes?limit=1")).status != 200)
            QCOMPARE(m_http->login(kCounter, kCounterPassword).status, 200);
    }
}

TestHttp::Response TestCentralSim::admin(const QByteArray& method, const QString& path,
                                         const QJsonObject& body)
{
    TestHttp http(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    http.setBaseUrl(m_server.baseUrl());
    return method == "GET"
               ? http.send(method, path, {}, kAdmin)
               : http.send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), kAdmin);
}

void TestCentralSim::setFaults(const QJsonObject& faults)
{
    const auto r = admin("POST", QStringLiteral("/admin/faults"), faults);
    QVERIFY2(r.status == 200, r.body.constData());
}

QString TestCentralSim::uploadPage(const QByteArray& bytes)
{
    const QString sha = sha256Hex(bytes);
    const auto start = m_http->postJson(QStringLiteral("/uploads"),
                                        {{"sha256", sha}, {"size", bytes.size()}, {"format", "jpeg"}});
    if (start.json.value(QLatin1String("complete")).toBool())
        return sha;
    const QString id = start.json.value(QLatin1String("upload_id")).toString();
    const int chunk = start.json.value(QLatin1String("chunk_bytes")).toInt();
    qint64 offset = start.json.value(QLatin1String("offset")).toInteger();
    while (offset < bytes.size()) {
        const auto r = m_http->send("PUT", QStringLiteral("/uploads/%1?offset=%2").arg(id).arg(offset),
                                    bytes.mid(offset, chunk), {{"Content-Type", "application/octet-stream"}});
        if (r.status != 200)
            return {};
        offset = r.json.value(QLatin1String("offset")).toInteger();
    }
    return sha;
}

wire::WireApplication TestCentralSim::newApplication(const QStringList& pageHashes)
{
    Application a = m_sample.application();
    a.acceptance.site = QStringLiteral("511302"); // the counter account's site
    a.catalogVersion = QStringLiteral("2026.11-bundled");
    wire::WireApplication w{a, {}};
    for (const QString& sha : pageHashes)
        w.pages.append(
            {QStringLiteral("diagnosis_certificate"), sha, QStringLiteral("jpeg"), 210, 297, {}, {}});
    return w;
}

TestHttp::Response TestCentralSim::submit(const wire::WireApplication& w)
{
    return m_http->postJson(QStringLiteral("/applications"), w.toJson(),
                            key(w.application.uuid.toString(QUuid::WithoutBraces)));
}

QString TestCentralSim::submitOk(const wire::WireApplication& w)
{
    const auto r = submit(w);
    if (r.status != 201)
        qWarning() << "submit failed" << r.status << r.body;
    return r.json.value(QLatin1String("appl_no")).toString();
}

// --- TLS ------------------------------------------------------------------------------------------

void TestCentralSim::tlsClientWithoutProjectCaIsRefused()
{
    TestHttp stranger; // system CAs only
    stranger.setBaseUrl(m_server.baseUrl());
    const auto r = stranger.send("GET", QStringLiteral("/catalog"));
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(r.status, 0);
}

void TestCentralSim::tlsUntrustedAndExpiredServerCertificatesAreRefused()
{
    for (const QString& cert : {QStringLiteral("untrusted"), QStringLiteral("expired")}) {
        CentralSimProcess other;
        QVERIFY2(other.start(m_tmp->file(QStringLiteral("data-") + cert), certDir(), cert),
                 other.lastOutput().constData());
        TestHttp client(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
        client.setBaseUrl(other.baseUrl());
        const auto r = client.send("GET", QStringLiteral("/catalog"));
        QVERIFY2(r.error == QNetworkReply::SslHandshakeFailedError, qPrintable(cert));
    }
}

// --- Authentication -------------------------------------------------------------------------------

void TestCentralSim::loginAndWrongPassword()
{
    TestHttp http(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    http.setBaseUrl(m_server.baseUrl());
    const auto ok = http.login(kCounter, kCounterPassword);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value("expires_in").toInt(), 900);
    QVERIFY(!ok.json.value("refresh_token").toString().isEmpty());
    const QJsonObject staff = ok.json.value("staff").toObject();
    QCOMPARE(staff.value("role").toString(), QStringLiteral("counter"));
    QCOMPARE(staff.value("optins").toString(), QStringLiteral("511302"));
    QCOMPARE(staff.value("site_name").toString(), QStringLiteral("顺庆区医保服务大厅"));

    const auto wrong = http.login(kCounter, QStringLiteral("nope"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    const auto unknown = http.login(QStringLiteral("nobody"), kCounterPassword);
    QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_credentials"));

    http.setToken(QStringLiteral("made-up"));
    const auto bad = http.send("GET", QStringLiteral("/catalog"));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.errorCode(), QStringLiteral("token_invalid"));
}

void TestCentralSim::requestIdIsEchoedAndErrorsParse()
{
    const auto r = m_http->send("GET", QStringLiteral("/applications/NC00000000000000"), {},
                                {{"X-Request-ID", "client-req-42"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("X-Request-ID"), QByteArray("client-req-42"));
    const auto error = wire::ApiError::parse(r.status, r.body);
    QVERIFY(error);
    QCOMPARE(error->code, wire::ErrorCode::NotFound);
    QCOMPARE(error->requestId, QStringLiteral("client-req-42"));
    QCOMPARE(error->classification(), wire::Classification::NeedsStaff);

    const auto generated = m_http->send("GET", QStringLiteral("/nowhere"));
    QVERIFY(!generated.header("X-Request-ID").isEmpty());
}

// --- Catalogue ------------------------------------------------------------------------------------

void TestCentralSim::catalogEtagAnd304()
{
    const auto first = m_http->send("GET", QStringLiteral("/catalog"));
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QCOMPARE(etag, '"' + QCryptographicHash::hash(first.body, QCryptographicHash::Sha256).toHex() + '"');
    QVERIFY(first.json.value("diseases").toArray().size() > 10);
    QCOMPARE(first.json.value("upload_limits").toObject().value("chunk_bytes").toInt(), 262144);
    QVERIFY(!first.json.value("statuses").toArray().isEmpty());

    const auto again = m_http->send("GET", QStringLiteral("/catalog"), {}, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    const auto stale = m_http->send("GET", QStringLiteral("/catalog"), {}, {{"If-None-Match", "\"old\""}});
    QCOMPARE(stale.status, 200);
}

// --- Uploads --------------------------------------------------------------------------------------

void TestCentralSim::uploadResumesAfterServerCrash()
{
    const QByteArray bytes = randomBytes(700 * 1024); // three chunks
    const QString sha = sha256Hex(bytes);
    const auto start = m_http->postJson(QStringLiteral("/uploads"),
                                        {{"sha256", sha}, {"size", bytes.size()}, {"format", "png"}});
    QCOMPARE(start.status, 201);
    const QString id = start.json.value("upload_id").toString();
    const int chunk = start.json.value("chunk_bytes").toInt();
    QCOMPARE(start.json.value("offset").toInt(), 0);

    const Headers octets{{"Content-Type", "application/octet-stream"}};
    auto r = m_http->send("PUT", QStringLiteral("/uploads/%1?offset=0").arg(id), bytes.left(chunk), octets);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("offset").toInt(), chunk);
    QCOMPARE(r.json.value("complete").toBool(), false);

    r = m_http->send("PUT", QStringLiteral("/uploads/%1?offset=0").arg(id), bytes.left(chunk), octets);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("offset_mismatch"));
    QCOMPARE(r.details().value("offset").toInt(), chunk);

    // Crash the server mid-upload and start it again on the same data.
    m_server.kill();
    QVERIFY2(m_server.start(dataDir(), certDir()), m_server.lastOutput().constData());
    m_http->setBaseUrl(m_server.baseUrl());

    // The token survived the restart; the upload continues where the server says.
    r = m_http->send("GET", QStringLiteral("/uploads/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("offset").toInt(), chunk);
    QCOMPARE(r.json.value("size").toInt(), bytes.size());
    const auto resume = m_http->postJson(QStringLiteral("/uploads"),
                                         {{"sha256", sha}, {"size", bytes.size()}, {"format", "png"}});
    QCOMPARE(resume.status, 200);
    QCOMPARE(resume.json.value("upload_id").toString(), id);
    qint64 offset = resume.json.value("offset").toInteger();
    while (offset < bytes.size()) {
        r = m_http->send("PUT", QStringLiteral("/uploads/%1?offset=%2").arg(id).arg(offset),
                         bytes.mid(offset, chunk), octets);
        QCOMPARE(r.status, 200);
        offset = r.json.value("offset").toInteger();
    }
    QCOMPARE(r.json.value("complete").toBool(), true);
    QCOMPARE(m_http->send("HEAD", QStringLiteral("/blobs/") + sha).status, 200);
    QCOMPARE(m_http->send("GET", QStringLiteral("/uploads/") + id).json.value("complete").toBool(), true);
    // Stored under its hash, byte for byte.
    QCOMPARE(readFileBytes(QDir(dataDir()).filePath(QStringLiteral("blobs/") + sha)), bytes);
}

void TestCentralSim::uploadKilledBeforeFinishingIsSettled()
{
    // Every byte arrived but the service died before it checked the hash and filed the image: on the
    // next start the upload must finish, not report "offset = size, not complete" for ever.
    const QByteArray bytes = randomBytes(300 * 1024);
    const QString sha = sha256Hex(bytes);
    const auto start = m_http->postJson(QStringLiteral("/uploads"),
                                        {{"sha256", sha}, {"size", bytes.size()}, {"format", "png"}});
    QCOMPARE(start.status, 201);
    const QString id = start.json.value("upload_id").toString();
    const int chunk = start.json.value("chunk_bytes").toInt();
    const Headers octets{{"Content-Type", "application/octet-stream"}};
    for (qint64 offset = 0; offset < bytes.size(); offset += chunk)
        QCOMPARE(m_http->send("PUT", QStringLiteral("/uploads/%1?offset=%2").arg(id).arg(offset),
                              bytes.mid(offset, chunk), octets).status, 200);
    m_server.kill();
    {
        // Put the files and rows back as they were between the last chunk and the finish.
        const QDir data(dataDir());
        QVERIFY(QFile::rename(data.filePath(QStringLiteral("blobs/") + sha),
                              data.filePath(QStringLiteral("uploads/%1.part").arg(id))));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewind"));
        db.setDatabaseName(data.filePath(QStringLiteral("central.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE uploads SET complete = 0 WHERE upload_id = '%1'").arg(id)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM blobs WHERE sha256 = '%1'").arg(sha)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rewind"));
    QVERIFY2(m_server.start(dataDir(), certDir()), m_server.lastOutput().constData());
    m_http->setBaseUrl(m_server.baseUrl());
    const auto status = m_http->send("GET", QStringLiteral("/uploads/") + id);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json.value("complete").toBool(), true);
    QCOMPARE(m_http->send("HEAD", QStringLiteral("/blobs/") + sha).status, 200);
    QCOMPARE(readFileBytes(QDir(dataDir()).filePath(QStringLiteral("blobs/") + sha)), bytes);
}

void TestCentralSim::uploadDedupeAndChecksumMismatch()
{
    const int blobsBefore = admin("GET", QStringLiteral("/admin/stats")).json.value("blobs").toInt();
    const auto known = m_http->postJson(QStringLiteral("/uploads"),
                                        {{"sha256", m_page}, {"size", 3000}, {"format", "jpeg"}});
    QCOMPARE(known.status, 200);
    QCOMPARE(known.json.value("complete").toBool(), true);
    QVERIFY(!known.json.contains("upload_id"));
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).json.value("blobs").toInt(), blobsBefore);

    const QByteArray announced = randomBytes(1000);
    const QByteArray sent = randomBytes(1000);
    const auto start = m_http->postJson(
        QStringLiteral("/uploads"), {{"sha256", sha256Hex(announced)}, {"size", 1000}, {"format", "jpeg"}});
    QCOMPARE(start.status, 201);
    const QString id = start.json.value("upload_id").toString();
    const auto r = m_http->send("PUT", QStringLiteral("/uploads/%1?offset=0").arg(id), sent,
                                {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("checksum_mismatch"));
    QCOMPARE(wire::ApiError::parse(r.status, r.body)->classification(), wire::Classification::RetryNow);
    QCOMPARE(m_http->send("GET", QStringLiteral("/uploads/") + id).json.value("offset").toInt(), 0);
    QCOMPARE(m_http->send("HEAD", QStringLiteral("/blobs/") + sha256Hex(announced)).status, 404);

    const auto tooBig =
        m_http->postJson(QStringLiteral("/uploads"),
                         {{"sha256", sha256Hex("x")}, {"size", 6 * 1024 * 1024}, {"format", "jpeg"}});
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.errorCode(), QStringLiteral("too_large"));
}

// --- Applications ---------------------------------------------------------------------------------

void TestCentralSim::submitCreatesThenReplaysThenConflicts()
{
    const auto before = admin("GET", QStringLiteral("/admin/stats")).json;
    const wire::WireApplication w = newApplication({m_page});

    const auto created = submit(w);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString applNo = created.json.value("appl_no").toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^NC\\d{8}\\d{6}$")).match(applNo).hasMatch(),
             qPrintable(applNo));
    QCOMPARE(created.json.value("status").toString(), QStringLiteral("accepted"));
    QCOMPARE(created.json.value("client_uuid").toString(), w.application.uuid.toString(QUuid::WithoutBraces));

    // The answer was "lost": the same request again.
    const auto replay = submit(w);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(replay.json, created.json);

    // Same content spelled differently (indented, keys in another order) is the same content.
    const QByteArray pretty = QJsonDocument(w.toJson()).toJson(QJsonDocument::Indented);
    const auto spelled = m_http->send("POST", QStringLiteral("/applications"), pretty,
                                      key(w.application.uuid.toString(QUuid::WithoutBraces)));
    QCOMPARE(spelled.status, 200);

    const auto after = admin("GET", QStringLiteral("/admin/stats")).json;
    QCOMPARE(after.value("applications").toInt(), before.value("applications").toInt() + 1);
    QCOMPARE(after.value("replays").toInt(), before.value("replays").toInt() + 2);

    wire::WireApplication changed = w;
    changed.application.applicant.tel = QStringLiteral("13800000000");
    const auto conflict = submit(changed);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("idempotency_conflict"));
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).json.value("applications").toInt(),
             after.value("applications").toInt());

    const auto noKey = m_http->postJson(QStringLiteral("/applications"), w.toJson());
    QCOMPARE(noKey.status, 400);
}

void TestCentralSim::duplicatePersonAndDisease()
{
    const wire::WireApplication first = newApplication({m_page});
    const QString applNo = submitOk(first);
    QVERIFY(!applNo.isEmpty());

    wire::WireApplication second = newApplication({m_page});
    second.application.applicant = first.application.applicant; // same person, same disease, new draft
    second.application.diseases = {first.application.diseases.first()};
    const auto r = submit(second);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("duplicate_application"));
    QCOMPARE(r.details().value("existing_appl_no").toString(), applNo);
    QCOMPARE(r.details().value("opsp_dise_code").toString(), first.application.diseases.first().code);

    // Once the first one is rejected, the person may apply again.
    QCOMPARE(admin("POST", QStringLiteral("/admin/applications/%1/transitions").arg(applNo),
                   {{"action", "initial_review"}})
                 .status,
             200);
    QCOMPARE(admin("POST", QStringLiteral("/admin/applications/%1/transitions").arg(applNo),
                   {{"action", "reject"}, {"opinion", "不符合"}})
                 .status,
             200);
    QCOMPARE(submit(second).status, 201);
}

void TestCentralSim::validationErrorsNameTheFields()
{
    wire::WireApplication w = newApplication({m_page});
    QString certno = w.application.applicant.certno;
    certno[17] = certno[17] == u'1' ? u'2' : u'1'; // a wrong check digit
    w.application.applicant.certno = certno;
    w.application.applicant.psnName.clear();
    const auto r = submit(w);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
    QHash<QString, QString> codes;
    for (const QJsonValue& f : r.details().value("fields").toArray())
        codes.insert(f.toObject().value("field").toString(), f.toObject().value("code").toString());
    QCOMPARE(codes.value(QStringLiteral("certno")), QStringLiteral("checksum"));
    QCOMPARE(codes.value(QStringLiteral("psn_name")), QStringLiteral("required"));
    // Nothing was stored, so the corrected application can still use the same key.
    w.application.applicant.certno = m_sample.randomIdNumber();
    const IdNumber id = IdNumber::parse(w.application.applicant.certno);
    w.application.applicant.brdy = id.birthDate();
    w.application.applicant.gend =
        id.gender() == IdNumber::Gender::Male ? QStringLiteral("1") : QStringLiteral("2");
    w.application.applicant.psnName = QStringLiteral("测试");
    QCOMPARE(submit(w).status, 201);
}

void TestCentralSim::missingAttachments()
{
    const QString notUploaded = sha256Hex("never uploaded");
    const wire::WireApplication w = newApplication({m_page, notUploaded});
    const auto r = submit(w);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("missing_attachments"));
    QCOMPARE(r.details().value("sha256").toArray(), QJsonArray{notUploaded});
    QCOMPARE(wire::ApiError::parse(r.status, r.body)->classification(), wire::Classification::RetryNow);
}

// --- Status and changes ---------------------------------------------------------------------------

void TestCentralSim::changesFeedFollowsAdminTransitions()
{
    const QString applNo = submitOk(newApplication({m_page}));
    QVERIFY(!applNo.isEmpty());
    // Read the feed to its end, then review.
    QString cursor;
    for (;;) {
        const auto page = m_http->send("GET", QStringLiteral("/changes?cursor=%1&limit=5").arg(cursor));
        QCOMPARE(page.status, 200);
        cursor = page.json.value("next_cursor").toString();
        if (page.json.value("changes").toArray().isEmpty())
            break;
    }
    const QString path = QStringLiteral("/admin/applications/%1/transitions").arg(applNo);
    QCOMPARE(admin("POST", path, {{"action", "initial_review"}, {"by", "审核员张"}}).status, 200);
    QCOMPARE(admin("POST", path, {{"action", "expert_review"}}).status, 200);
    QCOMPARE(admin("POST", path, {{"action", "approve"}, {"opinion", "符合认定标准"}}).status, 200);
    const auto invalid = admin("POST", path, {{"action", "approve"}});
    QCOMPARE(invalid.status, 409);
    QCOMPARE(invalid.errorCode(), QStringLiteral("invalid_state"));

    const auto feed = m_http->send("GET", QStringLiteral("/changes?cursor=%1&limit=100").arg(cursor));
    QCOMPARE(feed.status, 200);
    const QJsonArray changes = feed.json.value("changes").toArray();
    QStringList statuses;
    qint64 lastSeq = cursor.toLongLong();
    for (const QJsonValue& c : changes) {
        QCOMPARE(c.toObject().value("appl_no").toString(), applNo);
        QVERIFY(c.toObject().value("seq").toInteger() > lastSeq); // oldest first
        lastSeq = c.toObject().value("seq").toInteger();
        statuses << c.toObject().value("status").toString();
    }
    QCOMPARE(statuses, (QStringList{"initial_review", "expert_review", "approved"}));
    QCOMPARE(feed.json.value("next_cursor").toString(), QString::number(lastSeq));
    const auto empty = m_http->send("GET", QStringLiteral("/changes?cursor=%1").arg(lastSeq));
    QVERIFY(empty.json.value("changes").toArray().isEmpty());
    QCOMPARE(empty.json.value("next_cursor").toString(), QString::number(lastSeq));

    const auto status = m_http->send("GET", QStringLiteral("/applications/") + applNo);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json.value("status").toString(), QStringLiteral("approved"));
    QCOMPARE(status.json.value("status_name").toString(), QStringLiteral("通过"));
    QCOMPARE(status.json.value("history").toArray().size(), 4);
    QCOMPARE(status.json.value("history").toArray().at(1).toObject().value("by").toString(),
             QStringLiteral("审核员张"));
    for (const QJsonValue& d : status.json.value("diseases").toArray())
        QCOMPARE(d.toObject().value("decision").toString(), QStringLiteral("approved"));
}

void TestCentralSim::returnAndResubmission()
{
    wire::WireApplication w = newApplication({m_page});
    const QString applNo = submitOk(w);
    QVERIFY(!applNo.isEmpty());
    const QString uuid = w.application.uuid.toString(QUuid::WithoutBraces);
    const QString resubmissions = QStringLiteral("/applications/%1/resubmissions").arg(applNo);

    w.application.revision = 2;
    const auto early = m_http->postJson(resubmissions, w.toJson(), key(uuid + QStringLiteral(":2")));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.errorCode(), QStringLiteral("invalid_state"));

    const QString message = QStringLiteral("请补充近半年血压记录");
    QCOMPARE(admin("POST", QStringLiteral("/admin/applications/%1/transitions").arg(applNo),
                   {{"action", "return"}, {"opinion", message}, {"by", "审核员张"}})
                 .status,
             200);
    const auto returned = m_http->send("GET", QStringLiteral("/applications/") + applNo);
    QCOMPARE(returned.json.value("status").toString(), QStringLiteral("returned"));
    QCOMPARE(returned.json.value("return_message").toString(), message);

    w.pages.append({QStringLiteral("exam_report"),
                    uploadPage(randomBytes(2000)),
                    QStringLiteral("png"),
                    210,
                    297,
                    {},
                    {}});
    const auto resubmitted = m_http->postJson(resubmissions, w.toJson(), key(uuid + QStringLiteral(":2")));
    QVERIFY2(resubmitted.status == 201, resubmitted.body.constData());
    QCOMPARE(resubmitted.json.value("status").toString(), QStringLiteral("resubmitted"));
    QCOMPARE(resubmitted.json.value("revision").toInt(), 2);

    const auto replay = m_http->postJson(resubmissions, w.toJson(), key(uuid + QStringLiteral(":2")));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(replay.json, resubmitted.json);

    w.application.revision = 3;
    const auto notReturned = m_http->postJson(resubmissions, w.toJson(), key(uuid + QStringLiteral(":3")));
    QCOMPARE(notReturned.errorCode(), QStringLiteral("invalid_state"));

    const auto status = m_http->send("GET", QStringLiteral("/applications/") + applNo);
    QCOMPARE(status.json.value("revision").toInt(), 2);
    QCOMPARE(status.json.value("return_message").toString(), QString());
}

void TestCentralSim::partialApprovalFreesTheRejectedDisease()
{
    wire::WireApplication w = newApplication({m_page});
    w.application.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")},
                              {QStringLiteral("M01600"), QStringLiteral("糖尿病")}};
    const QString applNo = submitOk(w);
    QVERIFY(!applNo.isEmpty());
    const QString path = QStringLiteral("/admin/applications/%1/transitions").arg(applNo);
    QCOMPARE(admin("POST", path, {{"action", "initial_review"}}).status, 200);
    // Every line must be decided, with both outcomes.
    QCOMPARE(admin("POST", path,
                   {{"action", "partially_approve"}, {"decisions", QJsonObject{{"M03900", "approved"}}}})
                 .errorCode(),
             QStringLiteral("bad_request"));
    const auto done = admin("POST", path,
                            {{"action", "partially_approve"},
                             {"decisions", QJsonObject{{"M03900", "approved"}, {"M01600", "rejected"}}}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value("status").toString(), QStringLiteral("partially_approved"));
    QHash<QString, QString> decisions;
    for (const QJsonValue& d : done.json.value("diseases").toArray())
        decisions.insert(d.toObject().value("opsp_dise_code").toString(),
                         d.toObject().value("decision").toString());
    QCOMPARE(decisions.value(QStringLiteral("M03900")), QStringLiteral("approved"));
    QCOMPARE(decisions.value(QStringLiteral("M01600")), QStringLiteral("rejected"));
    QCOMPARE(admin("POST", path, {{"action", "withdraw"}}).errorCode(),
             QStringLiteral("invalid_state")); // final

    // The rejected disease may be applied for again; the approved one may not.
    wire::WireApplication again = newApplication({m_page});
    again.application.applicant = w.application.applicant;
    again.application.diseases = {w.application.diseases.at(1)};
    QCOMPARE(submit(again).status, 201);
    wire::WireApplication approvedAgain = newApplication({m_page});
    approvedAgain.application.applicant = w.application.applicant;
    approvedAgain.application.diseases = {w.application.diseases.at(0)};
    QCOMPARE(submit(approvedAgain).errorCode(), QStringLiteral("duplicate_application"));
}

void TestCentralSim::rolesLimitWhatAccountsSee()
{
    wire::WireApplication other = newApplication({m_page});
    other.application.provenance.fixmedinsNo = QStringLiteral("H51130200001");
    other.application.provenance.fixmedinsName = QStringLiteral("川北医学院附属医院");
    const QString otherNo = submitOk(other);
    wire::WireApplication own = newApplication({m_page});
    own.application.provenance.fixmedinsNo = QStringLiteral("H51130200002");
    own.application.provenance.fixmedinsName = QStringLiteral("南充市中心医院");
    const QString ownNo = submitOk(own);
    QVERIFY(!otherNo.isEmpty() && !ownNo.isEmpty());

    TestHttp hospital(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    hospital.setBaseUrl(m_server.baseUrl());
    const auto login = hospital.login(QStringLiteral("nc-hosp-01"), QStringLiteral("hospital123"));
    QCOMPARE(login.json.value("staff").toObject().value("fixmedins_code").toString(),
             QStringLiteral("H51130200002"));
    QCOMPARE(hospital.send("GET", QStringLiteral("/applications/") + ownNo).status, 200);
    const auto refused = hospital.send("GET", QStringLiteral("/applications/") + otherNo);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
    for (const QJsonValue& c :
         hospital.send("GET", QStringLiteral("/changes")).json.value("changes").toArray())
        QVERIFY(c.toObject().value("appl_no").toString() != otherNo);

    // A hospital clerk may not submit for another institution.
    wire::WireApplication foreign = newApplication({m_page});
    foreign.application.provenance.fixmedinsNo = QStringLiteral("H51130200001");
    QCOMPARE(hospital
                 .postJson(QStringLiteral("/applications"), foreign.toJson(),
                           key(foreign.application.uuid.toString(QUuid::WithoutBraces)))
                 .status,
             403);

    TestHttp supervisor(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    supervisor.setBaseUrl(m_server.baseUrl());
    QCOMPARE(supervisor.login(QStringLiteral("nc-super-01"), QStringLiteral("supervisor123")).status, 200);
    QCOMPARE(supervisor.send("GET", QStringLiteral("/applications/") + otherNo).status, 200);

    // Admin endpoints need the admin token, not a staff token.
    QCOMPARE(m_http->send("GET", QStringLiteral("/admin/stats")).status, 403);
}

void TestCentralSim::reviewAndListCommandsWorkBesideTheServer()
{
    const QString applNo = submitOk(newApplication({m_page}));
    QVERIFY(!applNo.isEmpty());
    QProcess review;
    review.start(QStringLiteral(MTB_CENTRAL_SIM_BINARY),
                 {QStringLiteral("review"), QStringLiteral("--data"), dataDir(), applNo,
                  QStringLiteral("initial_review")});
    QVERIFY(review.waitForFinished(15000));
    QVERIFY2(review.exitCode() == 0, review.readAllStandardError().constData());
    QCOMPARE(m_http->send("GET", QStringLiteral("/applications/") + applNo).json.value("status").toString(),
             QStringLiteral("initial_review"));

    QProcess bad;
    bad.start(QStringLiteral(MTB_CENTRAL_SIM_BINARY), {QStringLiteral("review"), QStringLiteral("--data"),
                                                       dataDir(), applNo, QStringLiteral("accept")});
    QVERIFY(bad.waitForFinished(15000));
    QVERIFY(bad.exitCode() != 0);
    QVERIFY(bad.readAllStandardError().contains("invalid_state"));

    QProcess list;
    list.start(QStringLiteral(MTB_CENTRAL_SIM_BINARY),
               {QStringLiteral("list"), QStringLiteral("--data"), dataDir()});
    QVERIFY(list.waitForFinished(15000));
    const QByteArray out = list.readAllStandardOutput();
    QVERIFY(out.contains(QByteArray(applNo.toLatin1() + "\tinitial_review")));
}

// --- Fault switches -------------------------------------------------------------------------------

void TestCentralSim::faultLatency()
{
    setFaults({{"latency_ms", 400}});
    QCOMPARE(admin("GET", QStringLiteral("/admin/faults")).json.value("latency_ms").toInt(), 400);
    const auto slow = m_http->send("GET", QStringLiteral("/changes?limit=1"));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 380, qPrintable(QString::number(slow.elapsedMs)));
    setFaults({{"latency_ms", 0}});
    QVERIFY(m_http->send("GET", QStringLiteral("/changes?limit=1")).elapsedMs < 380);
}

void TestCentralSim::fault503WithRetryAfter()
{
    const int before = admin("GET", QStringLiteral("/admin/stats")).json.value("applications").toInt();
    setFaults({{"failure_rate", QJsonObject{{"/applications", 1.0}}}, {"failure_status", 503}});
    const auto r = submit(newApplication({m_page}));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.errorCode(), QStringLiteral("unavailable"));
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    QCOMPARE(wire::ApiError::parse(r.status, r.body)->classification(), wire::Classification::RetryLater);
    QCOMPARE(m_http->send("GET", QStringLiteral("/changes?limit=1")).status,
             200); // other prefixes unaffected
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).json.value("applications").toInt(), before);

    setFaults({{"failure_rate", QJsonObject{{"/changes", 1.0}}}, {"failure_status", 500}});
    const auto internal = m_http->send("GET", QStringLiteral("/changes"));
    QCOMPARE(internal.status, 500);
    QCOMPARE(internal.errorCode(), QStringLiteral("server_error"));
}

void TestCentralSim::fault429RateLimit()
{
    setFaults({{"rate_limit_retry_after", 7}});
    for (int i = 0; i < 2; ++i) {
        const auto r = m_http->send("GET", QStringLiteral("/catalog"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    }
    setFaults({{"rate_limit_retry_after", 0}});
    QCOMPARE(m_http->send("GET", QStringLiteral("/catalog")).status, 200);
}

void TestCentralSim::faultDropAfterBytesLosesTheAnswerNotTheWork()
{
    const int before = admin("GET", QStringLiteral("/admin/stats")).json.value("applications").toInt();
    const wire::WireApplication w = newApplication({m_page});
    setFaults({{"drop_after_bytes", 40}});
    const auto lost = submit(w);
    QVERIFY2(lost.error != QNetworkReply::NoError, qPrintable(QString::number(lost.status)));
    QVERIFY(lost.json.isEmpty());
    setFaults({{"drop_after_bytes", 0}});

    // The server did the work; the retry gets the original answer and creates nothing.
    const auto retry = submit(w);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).json.value("applications").toInt(), before + 1);
}

void TestCentralSim::faultExpireTokensThenRefresh()
{
    TestHttp http(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    http.setBaseUrl(m_server.baseUrl());
    const auto login = http.login(kCounter, kCounterPassword);
    const QString refresh = login.json.value("refresh_token").toString();
    QCOMPARE(http.send("GET", QStringLiteral("/changes?limit=1")).status, 200);

    setFaults({{"expire_tokens", true}});
    const auto expired = http.send("GET", QStringLiteral("/changes?limit=1"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
    QCOMPARE(wire::ApiError::parse(expired.status, expired.body)->classification(),
             wire::Classification::Reauthenticate);

    http.setToken({});
    const auto renewed = http.postJson(QStringLiteral("/auth/refresh"), {{"refresh_token", refresh}});
    QCOMPARE(renewed.status, 200);
    http.setToken(renewed.json.value("access_token").toString());
    QCOMPARE(http.send("GET", QStringLiteral("/changes?limit=1")).status, 200);

    // Refresh tokens rotate: the old one is spent.
    const auto reused = http.postJson(QStringLiteral("/auth/refresh"), {{"refresh_token", refresh}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("token_invalid"));
}

// --- Demo mode ------------------------------------------------------------------------------------

void TestCentralSim::autoReviewMovesApplicationsAlong()
{
    CentralSimProcess demo;
    QVERIFY2(demo.start(m_tmp->file(QStringLiteral("data-auto")), certDir(), QStringLiteral("server"),
                        {QStringLiteral("--auto-review"), QStringLiteral("1")}),
             demo.lastOutput().constData());
    TestHttp http(QDir(certDir()).filePath(QStringLiteral("ca.pem")));
    http.setBaseUrl(demo.baseUrl());
    QCOMPARE(http.login(kCounter, kCounterPassword).status, 200);
    const QByteArray page = randomBytes(500);
    const QString sha = sha256Hex(page);
    const auto up =
        http.postJson(QStringLiteral("/uploads"), {{"sha256", sha}, {"size", 500}, {"format", "jpeg"}});
    QCOMPARE(http.send("PUT",
                       QStringLiteral("/uploads/%1?offset=0").arg(up.json.value("upload_id").toString()),
                       page, {{"Content-Type", "application/octet-stream"}})
                 .status,
             200);
    const wire::WireApplication w = newApplication({sha});
    const auto created = http.postJson(QStringLiteral("/applications"), w.toJson(),
                                       key(w.application.uuid.toString(QUuid::WithoutBraces)));
    QCOMPARE(created.status, 201);
    const QString applNo = created.json.value("appl_no").toString();
    QString status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status =
             http.send("GET", QStringLiteral("/applications/") + applNo).json.value("status").toString()) ==
            u"approved",
        10000);
    QCOMPARE(
        http.send("GET", QStringLiteral("/applications/") + applNo).json.value("history").toArray().size(),
        4);
}

QTEST_GUILESS_MAIN(TestCentralSim)
#include "test_central_sim.moc"
