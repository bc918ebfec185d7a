// "Logs from a full test run contain no test person's ID number" (issue 5). CTest runs this test after
// every other one (tests/unit/audit.cmake makes it depend on all of them) and it reads what the run
// has logged so far: Testing/Temporary/LastTest.log.tmp (ctest appends each finished test's output to
// it), the log that installer/debian/setup.sh tees (ctest-last-run.log) and any *.log file the tests
// left in their temporary folders.
//
// A test person's ID number is either one written in the test sources (found there at run time, so new
// ones are covered without a list to maintain) or one SampleData generates (any seed): those all carry
// a correct GB 11643 check digit and a real birth date, so every 18-character number that passes
// IdNumber's validation counts as well. Findings are reported by file, line and masked number only.
#include "IdNumber.h"
#include "Privacy.h"
#include "SampleData.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace mtb;

namespace {

struct Finding
{
    QString file;
    int line = 0;
    QString masked;
};

// Full-width digits and X as ASCII, one UTF-16 unit each.
QString normalised(QString s)
{
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == 0xFF38 || u == 0xFF58)
            c = QChar(u'X');
    }
    return s;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ID-shaped tokens: maximal digit runs of 18, or 17 followed by X; and runs of 15.
template <typename F> void forEachIdShapedToken(const QString& text, F&& f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isDigit(text.at(j)))
            ++j;
        const qsizetype len = j - i;
        if (len == 17 && j < n && (text.at(j) == u'X' || text.at(j) == u'x'))
            f(text.mid(i, 17) + u'X', i);
        else if (len == 18 || len == 15)
            f(text.mid(i, len), i);
        i = j;
    }
}

bool plausibleBirthDate(const QString& token)
{
    if (token.size() == 18)
        return QDate::fromString(token.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid() &&
               token.mid(6, 2).toInt() >= 18 && token.mid(6, 2).toInt() <= 20;
    return QDate::fromString(QStringLiteral("19") + token.mid(6, 6), QStringLiteral("yyyyMMdd")).isValid();
}

class IdScanner
{
public:
    void addKnown(const QString& number) { m_known.insert(number.toUpper()); }
    int knownCount() const { return int(m_known.size()); }

    // Every ID-shaped literal with a possible birth date in the test sources.
    void learnFromSources(const QString& testsDir)
    {
        QDirIterator it(testsDir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            forEachIdShapedToken(normalised(QString::fromUtf8(f.readAll())),
                                 [this](const QString& token, qsizetype) {
                                     if (plausibleBirthDate(token))
                                         addKnown(token);
                                 });
        }
    }

    QList<Finding> scan(const QString& name, const QString& text) const
    {
        QList<Finding> out;
        const QStringList lines = normalised(text).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            forEachIdShapedToken(lines.at(i), [&](const QString& token, qsizetype) {
                const bool known = m_known.contains(token.toUpper());
                const bool generated = token.size() == 18 && IdNumber::parse(token).isValid();
                if (known || generated)
                    out.append({name, i + 1, maskIdNumber(token)});
            });
        }
        return out;
    }

private:
    QSet<QString> m_known;
};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings.mid(0, 20))
        lines << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.masked);
    if (findings.size() > 20)
        lines << QStringLiteral("... and %1 more").arg(findings.size() - 20);
    return lines.join(u'\n');
}

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scannerFindsPlantedNumbers();
    void logsOfThisRunHaveNoIdNumbers();

private:
    IdScanner m_scanner;
};

void TestLogPrivacy::initTestCase()
{
    m_scanner.learnFromSources(QStringLiteral(MTB_SOURCE_DIR "/tests"));
    // The sources hold well-known test numbers (test_idnumber, test_validator ...): if none were
    // found, the source folder is wrong and the scan below would prove little.
    QVERIFY2(m_scanner.knownCount() >= 5, MTB_SOURCE_DIR);
}

// The scan must be able to fail: numbers planted in a log the way tests print them are all found,
// masked ones and ordinary numbers are not.
void TestLogPrivacy::scannerFindsPlantedNumbers()
{
    test::SampleData sample(quint32(QDateTime::currentMSecsSinceEpoch()));
    const QString generated = sample.randomIdNumber();
    QString lowerX;
    while (!lowerX.endsWith(u'X'))
        lowerX = sample.randomIdNumber();
    lowerX = lowerX.left(17) + u'x';
    QString fullWidth;
    for (QChar c : sample.randomIdNumber())
        fullWidth += c == u'X' ? QChar(0xFF38) : QChar(char16_t(0xFF10 + (c.unicode() - u'0')));
    IdScanner scanner = m_scanner;
    scanner.addKnown(QStringLiteral("511302800101001")); // a 15-digit literal, as a test could spell it
    const QString log = QStringLiteral("1/40 Test #1: test_x ....   Passed    0.05 sec\n"
                                       "PASS   : TestX::parse(%1)\n"
                                       "   Actual   (a.certno): \"%2\"\n"
                                       "QDEBUG : TestX::y() stored %3 and 511302800101001\n"
                                       "masked %4 and [id]; t=1732500000123 size=3145728 uuid "
                                       "6b7e1c2a-1380-4123-8456-138123456789 appl NC20261124000123\n"
                                       "also 123456789012345678 (not an ID: impossible date)\n")
                            .arg(generated, lowerX, fullWidth, maskIdNumber(generated));
    const QList<Finding> found = scanner.scan(QStringLiteral("planted.log"), log);
    QCOMPARE(found.size(), 4);
    QCOMPARE(found.at(0).line, 2);
    QCOMPARE(found.at(1).line, 3);
    QCOMPARE(found.at(2).line, 4);
    QCOMPARE(found.at(3).line, 4);
    for (const Finding& f : found)
        QVERIFY(f.masked.contains(u'*'));
    QVERIFY(scanner.scan(QStringLiteral("clean.log"), log.section(u'\n', 4)).isEmpty());
}

void TestLogPrivacy::logsOfThisRunHaveNoIdNumbers()
{
    const QString temporary = QStringLiteral(MTB_BINARY_DIR "/Testing/Temporary");
    QStringList logs;
    // During a ctest run its log is LastTest.log.tmp; afterwards (running this test by hand) LastTest.log.
    for (const QString& name : {QStringLiteral("LastTest.log.tmp"), QStringLiteral("LastTest.log")}) {
        if (QFileInfo::exists(temporary + u'/' + name)) {
            logs << temporary + u'/' + name;
            break;
        }
    }
    if (logs.isEmpty())
        QSKIP("No ctest log: run the suite with ctest (this test runs after all others).");
    // setup.sh tees the run to ctest-last-run.log; read it when it belongs to this run.
    const QFileInfo ctestLog(temporary + QStringLiteral("/LastTest.log.tmp"));
    const QFileInfo teeLog(QStringLiteral(MTB_BINARY_DIR "/ctest-last-run.log"));
    if (ctestLog.exists() && teeLog.exists() && ctestLog.birthTime().isValid() &&
        teeLog.lastModified() >= ctestLog.birthTime())
        logs << teeLog.filePath();
    // Logs the tests left behind in their temporary folders (MTB_KEEP_TEST_FILES keeps them).
    QDirIterator it(QStringLiteral(MTB_BINARY_DIR "/tests"), {QStringLiteral("*.log")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        logs << it.next();

    QList<Finding> findings;
    qint64 bytes = 0;
    for (const QString& path : std::as_const(logs)) {
        const QString text = readText(path);
        bytes += text.size();
        findings += m_scanner.scan(QFileInfo(path).fileName(), text);
    }
    qInfo("scanned %lld characters in %lld log file(s) for %d known and any valid ID numbers", bytes,
          qlonglong(logs.size()), m_scanner.knownCount());
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("ID numbers in the logs:\n") + describe(findings)));
}

QTEST_GUILESS_MAIN(TestLogPrivacy)
#include "test_log_privacy.moc"
