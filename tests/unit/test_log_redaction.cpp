// The log redaction layer (app/core/LogRedaction): personal data is masked in every message, ordinary
// numbers that make logs useful are not. Failure messages print the shape of a string (digits as #),
// never the string itself, so a failing run does not put a test ID number in the logs.
#include "LogRedaction.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace mtb;

namespace {
QString shape(QString s)
{
    for (QChar& c : s) {
        if (c.isDigit())
            c = u'#';
    }
    return s;
}
} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT
private slots:
    void masksPersonalData_data();
    void masksPersonalData();
    void leavesOrdinaryNumbers_data();
    void leavesOrdinaryNumbers();
    void documentedOverMasking();
    void installedHandlerRedactsEveryMessage();
    void redactsFromSeveralThreads();
};

void TestLogRedaction::masksPersonalData_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    // ID numbers (GB 11643): 18 characters, whether or not the check digit is right.
    QTest::newRow("18-digit ID") << QStringLiteral("checked 511302198001010013 ok")
                                 << QStringLiteral("checked [id] ok");
    QTest::newRow("ID ending in X") << QStringLiteral("id=11010519491231002X;") << QStringLiteral("id=[id];");
    QTest::newRow("ID ending in lower-case x")
        << QStringLiteral("(11010519491231002x)") << QStringLiteral("([id])");
    QTest::newRow("ID with a wrong check digit")
        << QStringLiteral("bad 511302198001010012.") << QStringLiteral("bad [id].");
    QTest::newRow("ID right after letters")
        << QStringLiteral("ID511302198001010013,") << QStringLiteral("ID[id],");
    QTest::newRow("ID at the start and the end")
        << QStringLiteral("511302198001010013 and 110105194912310021") << QStringLiteral("[id] and [id]");
    QTest::newRow("full-width ID") << QStringLiteral("证件号５１１３０２１９８００１０１００１３。")
                                   << QStringLiteral("证件号[id]。");
    QTest::newRow("full-width X") << QStringLiteral("号码11010519491231002Ｘ") << QStringLiteral("号码[id]");
    QTest::newRow("ID in groups with spaces")
        << QStringLiteral("is 511302 19800101 0013 here") << QStringLiteral("is [id] here");
    QTest::newRow("ID in groups with hyphens")
        << QStringLiteral("is 110105-19491231-002X.") << QStringLiteral("is [id].");
    QTest::newRow("15-digit legacy ID")
        << QStringLiteral("old 511302800101001 card") << QStringLiteral("old [id] card");
    QTest::newRow("15-digit legacy ID in groups")
        << QStringLiteral("old 511302 800101 001 card") << QStringLiteral("old [id] card");
    QTest::newRow("Chinese text around an ID") << QStringLiteral("申请人身份证号511302198001010013已核验")
                                               << QStringLiteral("申请人身份证号[id]已核验");

    // Phone numbers.
    QTest::newRow("mobile") << QStringLiteral("call 13812345678 now") << QStringLiteral("call [phone] now");
    QTest::newRow("mobile 19x") << QStringLiteral("mobile 19912345678") << QStringLiteral("mobile [phone]");
    QTest::newRow("mobile in a tel field")
        << QStringLiteral("tel:19912345678") << QStringLiteral("tel:[redacted]");
    QTest::newRow("mobile in groups")
        << QStringLiteral("call 138 1234 5678") << QStringLiteral("call [phone]");
    QTest::newRow("mobile with +86") << QStringLiteral("call +86 138-1234-5678.")
                                     << QStringLiteral("call [phone].");
    QTest::newRow("mobile with +86, no spaces")
        << QStringLiteral("call +8613812345678") << QStringLiteral("call [phone]");
    QTest::newRow("mobile with 86") << QStringLiteral("call 8613812345678") << QStringLiteral("call [phone]");
    QTest::newRow("landline") << QStringLiteral("office 0817-2223344 or 010-12345678")
                              << QStringLiteral("office [phone] or [phone]");

    // Cards and e-mail.
    QTest::newRow("19-digit bank card")
        << QStringLiteral("card 6222021234567890128") << QStringLiteral("card [card]");
    QTest::newRow("16-digit bank card")
        << QStringLiteral("card 6217000000001236.") << QStringLiteral("card [card].");
    QTest::newRow("e-mail") << QStringLiteral("mail zhang.san+mtb@example.com.cn;")
                            << QStringLiteral("mail [email];");

    // Named fields: JSON and key=value, whatever the value looks like.
    QTest::newRow("JSON document") << QStringLiteral(
                                          "{\"psn_name\":\"张三\",\"certno\":\"511302198001010013\","
                                          "\"tel\": \"13812345678\",\"state\":\"draft\"}")
                                   << QStringLiteral("{\"psn_name\":\"[redacted]\",\"certno\":\"[redacted]\","
                                                     "\"tel\": \"[redacted]\",\"state\":\"draft\"}");
    QTest::newRow("JSON with an escaped quote") << QStringLiteral("{\"addr\":\"人民路\\\"3\\\"号\",\"x\":1}")
                                                << QStringLiteral("{\"addr\":\"[redacted]\",\"x\":1}");
    QTest::newRow("diagnosis and agent")
        << QStringLiteral("\"opsp_dise_name\":\"糖尿病\",\"agnter_name\":\"李四\"")
        << QStringLiteral("\"opsp_dise_name\":\"[redacted]\",\"agnter_name\":\"[redacted]\"");
    QTest::newRow("query string") << QStringLiteral("GET /x?certno=511302198001010013&page=2")
                                  << QStringLiteral("GET /x?certno=[redacted]&page=2");
    QTest::newRow("name in key=value")
        << QStringLiteral("psn_name=王芳 state=draft") << QStringLiteral("psn_name=[redacted] state=draft");
    QTest::newRow("password and token") << QStringLiteral("password=hunter2 refresh_token: abc.def")
                                        << QStringLiteral("password=[redacted] refresh_token: [redacted]");
    QTest::newRow("key case does not matter")
        << QStringLiteral("CertNo=1234") << QStringLiteral("CertNo=[redacted]");
}

void TestLogRedaction::masksPersonalData()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const QString actual = LogRedaction::redact(message);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("got %1, want %2").arg(shape(actual), shape(expected))));
    QCOMPARE(LogRedaction::redact(actual), actual); // redacting twice changes nothing
}

void TestLogRedaction::leavesOrdinaryNumbers_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("no digits") << QStringLiteral("the database is open");
    QTest::newRow("ISO time") << QStringLiteral("saved at 2026-11-25T01:20:17.123Z (UTC+8 09:20)");
    QTest::newRow("dates") << QStringLiteral("from 2026-11-25 to 2026/12/31");
    QTest::newRow("milliseconds since the epoch") << QStringLiteral("t=1732500000123 ms");
    QTest::newRow("microseconds since the epoch") << QStringLiteral("t=1732500000123456 us");
    QTest::newRow("sizes and counts") << QStringLiteral("wrote 3145728 bytes in 12 pages, 100 of 600 done");
    QTest::newRow("HTTP") << QStringLiteral("HTTP 503 Retry-After: 30 port 8443 req=r-000042");
    QTest::newRow("version") << QStringLiteral("MTB Desk 0.1.0 Qt 6.4.2");
    QTest::newRow("application number") << QStringLiteral("appl_no NC20261124000123 returned");
    QTest::newRow("UUID with a phone-like run")
        << QStringLiteral("uuid 0d9f8e7c-6b5a-4c3d-9e2f-a13812345678 done");
    QTest::newRow("digest with an ID-like run")
        << QStringLiteral("sha256 3a511302198001010013bcdef0123456789abcdef0123456789abcdef0123456");
    QTest::newRow("11 digits not starting 13-19") << QStringLiteral("number 12345678901");
    QTest::newRow("15 digits with no possible date") << QStringLiteral("number 511302991399123");
    QTest::newRow("16 digits failing Luhn") << QStringLiteral("number 1234567812345678");
    QTest::newRow("17 digits") << QStringLiteral("number 12345678901234567");
    QTest::newRow("20 digits") << QStringLiteral("number 12345678901234567890");
    QTest::newRow("coordinates") << QStringLiteral("corners (10,12) (900.5,15) 1240x1754 px at 150 dpi");
    QTest::newRow("region code and disease code")
        << QStringLiteral("insu_admdvs 511302 opsp_dise_code M03900");
}

void TestLogRedaction::leavesOrdinaryNumbers()
{
    QFETCH(QString, message);
    QCOMPARE(LogRedaction::redact(message), message);
}

// The trade-offs docs/audit.md states, pinned so that a change to them is a decision.
void TestLogRedaction::documentedOverMasking()
{
    QCOMPARE(LogRedaction::redact(QStringLiteral("13958643712 bytes")), QStringLiteral("[phone] bytes"));
    QCOMPARE(LogRedaction::redact(QStringLiteral("n=123456789012345678")), QStringLiteral("n=[id]"));
    QCOMPARE(LogRedaction::redact(QStringLiteral("file name=scan.pdf")),
             QStringLiteral("file name=[redacted]"));
}

void TestLogRedaction::installedHandlerRedactsEveryMessage()
{
    LogRedaction::install();
    LogRedaction::install(); // twice is harmless
    // QtTest's own handler sits behind ours: it must see only the redacted text.
    QTest::ignoreMessage(QtWarningMsg, "applicant [id] phone [phone]");
    qWarning("applicant %s phone %s", "511302198001010013", "13812345678");
    QTest::ignoreMessage(QtInfoMsg, "{\"certno\":\"[redacted]\"}");
    qInfo().noquote() << QStringLiteral("{\"certno\":\"11010519491231002X\"}");
    QTest::ignoreMessage(QtDebugMsg, "nothing personal 42");
    qDebug("nothing personal %d", 42);
}

// The storage, sync and GUI threads all log: the shared patterns must give the same answer everywhere.
void TestLogRedaction::redactsFromSeveralThreads()
{
    const QString message =
        QStringLiteral("{\"certno\":\"511302198001010013\"} tel 13812345678 id 11010519491231002X");
    const QString expected = QStringLiteral("{\"certno\":\"[redacted]\"} tel [phone] id [id]");
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                if (LogRedaction::redact(message) != expected)
                    ++wrong;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "test_log_redaction.moc"
