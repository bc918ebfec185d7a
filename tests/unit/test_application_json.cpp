// The application document: JSON with the national field names, and the privacy masks used in lists.
#include "Application.h"
#include "PersonalText.h"
#include "Privacy.h"
#include "SampleData.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mtb;

namespace {

// Every key at every depth of a JSON value.
void collectKeys(const QJsonValue& v, QSet<QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(it.key());
            collectKeys(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectKeys(item, out);
    }
}

// A sample with every optional part filled in too, so that a field dropped by toJson or fromJson shows.
Application fullApplication(quint32 seed = 42)
{
    mtb::test::SampleData sample(seed);
    Application a = sample.application();
    a.state = LocalState::RejectedByServer;
    a.revision = 7;
    a.applicationNumber = QStringLiteral("MTB5113002026000123");
    a.remoteStatus = QStringLiteral("30");
    a.catalogVersion = QStringLiteral("2026.11-bundled");
    a.appyRea = QStringLiteral("长期服药，申请门诊慢特病待遇。");
    a.applicant.psnNo = QStringLiteral("51000019800101001301");
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")},
                  {QStringLiteral("M00503"), QStringLiteral("恶性肿瘤放、化、介入或核素治疗")}};
    a.agent.enabled = true;
    a.agent.name = sample.name();
    a.agent.certType = QStringLiteral("01");
    a.agent.certno = sample.idNumber(QStringLiteral("511303"), QDate(1968, 8, 8), false);
    a.agent.tel = sample.mobile();
    a.agent.rlts = QStringLiteral("02");
    a.acceptance.channel = QStringLiteral("2");
    a.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 15, 30, 123), Qt::UTC);
    a.updatedAt = QDateTime(QDate(2026, 11, 21), QTime(16, 2, 0, 7), Qt::UTC);
    a.acceptance.acceptedAt = a.createdAt;
    return a;
}

Application throughBytes(const Application& a)
{
    const QByteArray bytes = QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("toJson produced invalid JSON: %s", qPrintable(error.errorString()));
    return Application::fromJson(doc.object());
}

} // namespace

class TestApplicationJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripFull();
    void roundTripSamples();
    void roundTripEveryState();
    void roundTripEmpty();
    void nationalFieldNames();
    void timesAreUtcWithMilliseconds();
    void unknownStateFallsBack();
    void unknownKeysAreIgnored();
    void missingUuidIsNull();
    void createNew();
    void maskIdNumber_data();
    void maskIdNumber();
    void maskPhone_data();
    void maskPhone();
};

void TestApplicationJson::roundTripFull()
{
    const Application a = fullApplication();
    const Application b = throughBytes(a);
    QCOMPARE(b.uuid, a.uuid);
    QCOMPARE(b.applicant, a.applicant);
    QCOMPARE(b.diseases, a.diseases);
    QCOMPARE(b.provenance, a.provenance);
    QCOMPARE(b.agent, a.agent);
    QCOMPARE(b.acceptance, a.acceptance);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.updatedAt, a.updatedAt);
    QVERIFY(b == a);

    // operator== really compares: a one-field change is noticed.
    Application c = b;
    c.agent.rlts = QStringLiteral("03");
    QVERIFY(!(c == a));
    c = b;
    c.diseases.last().name += u'x';
    QVERIFY(!(c == a));
}

void TestApplicationJson::roundTripSamples()
{
    mtb::test::SampleData sample(2026);
    for (int i = 0; i < 50; ++i) {
        const Application a = sample.application();
        QVERIFY(!a.uuid.isNull());
        QVERIFY(throughBytes(a) == a);
    }
}

void TestApplicationJson::roundTripEveryState()
{
    for (LocalState s : {LocalState::Draft, LocalState::Ready, LocalState::Sending, LocalState::Sent,
                         LocalState::SendFailed, LocalState::RejectedByServer}) {
        Application a = fullApplication();
        a.state = s;
        QCOMPARE(throughBytes(a).state, s);
        bool ok = false;
        QCOMPARE(localStateFromKey(localStateKey(s), &ok), s);
        QVERIFY(ok);
    }
    QCOMPARE(localStateKey(LocalState::SendFailed), QStringLiteral("send_failed"));
    QCOMPARE(localStateKey(LocalState::RejectedByServer), QStringLiteral("rejected_by_server"));
}

void TestApplicationJson::roundTripEmpty()
{
    Application a; // nothing set: null uuid, invalid dates
    const Application b = throughBytes(a);
    QVERIFY(b == a);
    QVERIFY(b.uuid.isNull());
    QVERIFY(!b.applicant.brdy.isValid());
    QVERIFY(!b.createdAt.isValid());
}

void TestApplicationJson::nationalFieldNames()
{
    const Application a = fullApplication();
    const QJsonObject json = a.toJson();
    QSet<QString> keys;
    collectKeys(json, keys);
    for (const char* name : {"psn_name", "psn_cert_type", "certno", "gend", "brdy", "naty", "tel", "addr", "insutype",
                             "insu_admdvs", "psn_no", "opsp_dise_code", "opsp_dise_name", "ide_fixmedins_no",
                             "ide_fixmedins_name", "hosp_ide_date", "diag_dr_name", "diag_dr_codg", "agnter_name",
                             "agnter_cert_type", "agnter_certno", "agnter_tel", "agnter_rlts", "dcla_souc",
                             "opter_name", "optins", "appy_rea", "appl_no", "uuid", "revision", "state"})
        QVERIFY2(keys.contains(QLatin1String(name)), name);

    // And the values are where they belong.
    const QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
    MTB_COMPARE_PERSONAL(applicant.value(QStringLiteral("psn_name")).toString(), a.applicant.psnName);
    MTB_COMPARE_PERSONAL(applicant.value(QStringLiteral("certno")).toString(), a.applicant.certno);
    QCOMPARE(applicant.value(QStringLiteral("brdy")).toString(), a.applicant.brdy.toString(Qt::ISODate));
    const QJsonArray diseases = json.value(QStringLiteral("diseases")).toArray();
    QCOMPARE(diseases.size(), 2);
    QCOMPARE(diseases.at(1).toObject().value(QStringLiteral("opsp_dise_code")).toString(), QStringLiteral("M00503"));
    const QJsonObject provenance = json.value(QStringLiteral("provenance")).toObject();
    QCOMPARE(provenance.value(QStringLiteral("ide_fixmedins_no")).toString(), a.provenance.fixmedinsNo);
    QCOMPARE(provenance.value(QStringLiteral("hosp_ide_date")).toString(),
             a.provenance.hospIdeDate.toString(Qt::ISODate));
    QCOMPARE(json.value(QStringLiteral("agent")).toObject().value(QStringLiteral("agnter_name")).toString(),
             a.agent.name);
    QCOMPARE(json.value(QStringLiteral("acceptance")).toObject().value(QStringLiteral("dcla_souc")).toString(),
             QStringLiteral("2"));
    QCOMPARE(json.value(QStringLiteral("uuid")).toString(), a.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("rejected_by_server"));
    QCOMPARE(json.value(QStringLiteral("revision")).toInt(), 7);
}

void TestApplicationJson::timesAreUtcWithMilliseconds()
{
    Application a = fullApplication();
    // A local time (UTC+8 at a Chinese counter) is stored as the same instant in UTC.
    a.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 30, 0, 250), QTimeZone(8 * 3600));
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-22T00:30:00.250Z"));
    QCOMPARE(json.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-20T09:15:30.123Z"));
    QCOMPARE(throughBytes(a).updatedAt, a.updatedAt);
}

void TestApplicationJson::unknownStateFallsBack()
{
    QJsonObject json = fullApplication().toJson();
    json.insert(QStringLiteral("state"), QStringLiteral("archived_in_2030"));
    QCOMPARE(Application::fromJson(json).state, LocalState::Draft);
    json.remove(QStringLiteral("state"));
    QCOMPARE(Application::fromJson(json).state, LocalState::Draft);
    bool ok = true;
    QCOMPARE(localStateFromKey(QStringLiteral("archived_in_2030"), &ok), LocalState::Draft);
    QVERIFY(!ok);
    QCOMPARE(localStateFromKey(QStringLiteral("READY"), &ok), LocalState::Draft); // keys are exact
    QVERIFY(!ok);
}

void TestApplicationJson::unknownKeysAreIgnored()
{
    const Application a = fullApplication();
    QJsonObject json = a.toJson();
    json.insert(QStringLiteral("future_field"), QStringLiteral("x"));
    QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("emp_name"), QStringLiteral("南充某公司"));
    json.insert(QStringLiteral("applicant"), applicant);
    QVERIFY(Application::fromJson(json) == a);

    json.remove(QStringLiteral("revision"));
    QCOMPARE(Application::fromJson(json).revision, 1);
}

void TestApplicationJson::missingUuidIsNull()
{
    QJsonObject json = fullApplication().toJson();
    json.remove(QStringLiteral("uuid"));
    QVERIFY(Application::fromJson(json).uuid.isNull());
    json.insert(QStringLiteral("uuid"), QStringLiteral("not-a-uuid"));
    QVERIFY(Application::fromJson(json).uuid.isNull());
}

void TestApplicationJson::createNew()
{
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const Application a = Application::createNew(now);
    const Application b = Application::createNew(now);
    QVERIFY(!a.uuid.isNull());
    QVERIFY(a.uuid != b.uuid);
    QCOMPARE(a.createdAt, now);
    QCOMPARE(a.updatedAt, now);
    QCOMPARE(a.acceptance.acceptedAt, now);
    QCOMPARE(a.state, LocalState::Draft);
    QCOMPARE(a.revision, 1);
    QVERIFY(a.isEditable());
    Application sent = a;
    sent.state = LocalState::Sent;
    QVERIFY(!sent.isEditable());
}

void TestApplicationJson::maskIdNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 digits") << QStringLiteral("511302198001010011") << QStringLiteral("5113**********0011");
    QTest::newRow("18 with X") << QStringLiteral("11010519491231002X") << QStringLiteral("1101**********002X");
    QTest::newRow("15 digits") << QStringLiteral("511302800101001") << QStringLiteral("5113*******1001");
    QTest::newRow("blanks around") << QStringLiteral(" 511302198001010011 ") << QStringLiteral("5113**********0011");
    QTest::newRow("10 characters") << QStringLiteral("E123456789") << QStringLiteral("E123**6789");
    QTest::newRow("short: all masked") << QStringLiteral("123456789") << QStringLiteral("*********");
    QTest::newRow("empty") << QString() << QString();
}

void TestApplicationJson::maskIdNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(mtb::maskIdNumber(number), masked);
}

void TestApplicationJson::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("landline") << QStringLiteral("0817-2222222") << QStringLiteral("081*****2222");
    // A local number without area code: showing 3 + 4 characters would show all of it.
    QTest::newRow("7 characters") << QStringLiteral("2345678") << QStringLiteral("*******");
    QTest::newRow("8 characters") << QStringLiteral("23456789") << QStringLiteral("234*6789");
    QTest::newRow("short: all masked") << QStringLiteral("110") << QStringLiteral("***");
    QTest::newRow("empty") << QString() << QString();
}

void TestApplicationJson::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(mtb::maskPhone(phone), masked);
}

QTEST_GUILESS_MAIN(TestApplicationJson)
#include "test_application_json.moc"
