// mtbdesk-cli detect / scan, the real binary: the JSON contract, input order, per-file error objects,
// exit codes, and no half-written PDF.
#include "ImagingTestPages.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(MTBDESK_CLI), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "the CLI did not start or finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonArray jsonArray(const Run& r, bool* ok)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    *ok = e.error == QJsonParseError::NoError && doc.isArray();
    return doc.array();
}

} // namespace

class TestCliImaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectJsonContract();
    void detectAllGood();
    void scanWritesPdf();
    void scanModes();
    void scanNothingReadableWritesNothing();
    void usage();

private:
    mtb::test::TempDataDir m_dir;
    QString m_good, m_good2, m_text, m_empty, m_cut, m_pdf;
};

void TestCliImaging::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MTBDESK_CLI)), MTBDESK_CLI);
    using namespace mtb::test;
    m_good = m_dir.file(QStringLiteral("page one.jpg"));
    QVERIFY(writeFileBytes(m_good, encodeBytes(textPage(150, 1, 20), ".jpg")));
    m_good2 = m_dir.file(QStringLiteral("第二页.png"));
    QVERIFY(writeFileBytes(m_good2, encodeBytes(textPage(100, 2, 20), ".png")));
    m_text = m_dir.file(QStringLiteral("notes.jpg"));
    QVERIFY(writeFileBytes(m_text, QByteArray("not an image\n").repeated(10)));
    m_empty = m_dir.file(QStringLiteral("empty.png"));
    QVERIFY(writeFileBytes(m_empty, QByteArray()));
    const QByteArray jpeg = encodeBytes(textPage(100, 3, 20), ".jpg");
    m_cut = m_dir.file(QStringLiteral("cut.jpg"));
    QVERIFY(writeFileBytes(m_cut, jpeg.left(jpeg.size() / 2)));
}

void TestCliImaging::detectJsonContract()
{
    const QStringList files{m_good, m_text, m_good2, m_empty, m_cut};
    const Run r = cli(QStringList{QStringLiteral("detect"), QStringLiteral("--json")} + files);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // some files could not be read
    bool ok = false;
    const QJsonArray a = jsonArray(r, &ok);
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(a.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), files.at(i)); // as given, in order
        for (const char* key : {"corners", "complete", "issues", "ms"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("ms")).isDouble());
        QVERIFY(o.value(QStringLiteral("issues")).isArray());
        const QJsonValue corners = o.value(QStringLiteral("corners"));
        QVERIFY(corners.isNull() || (corners.isArray() && corners.toArray().size() == 4));
        if (corners.isArray())
            for (const QJsonValue& c : corners.toArray())
                QVERIFY(c.toArray().size() == 2 && c.toArray().at(0).isDouble());
        const bool bad = i == 1 || i == 3 || i == 4;
        QCOMPARE(o.contains(QStringLiteral("error")), bad);
        if (bad) // a translated message naming the file
            QVERIFY(o.value(QStringLiteral("error")).toString().startsWith(QFileInfo(files.at(i)).fileName()));
        const QStringList known{QStringLiteral("blur"), QStringLiteral("glare"), QStringLiteral("cut_off"),
                                QStringLiteral("low_resolution"), QStringLiteral("too_dark"), QStringLiteral("blank")};
        for (const QJsonValue& issue : o.value(QStringLiteral("issues")).toArray())
            QVERIFY(known.contains(issue.toString()));
    }
}

void TestCliImaging::detectAllGood()
{
    const Run r = cli({QStringLiteral("detect"), QStringLiteral("--json"), m_good});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool ok = false;
    const QJsonArray a = jsonArray(r, &ok);
    QVERIFY(ok);
    QCOMPARE(a.size(), 1);
    QVERIFY(a.at(0).toObject().value(QStringLiteral("complete")).isBool());
}

void TestCliImaging::scanWritesPdf()
{
    // A PDF input too: its page is rendered and passed through.
    const QString pdf = m_dir.file(QStringLiteral("first.pdf"));
    Run r = cli({QStringLiteral("scan"), m_good, QStringLiteral("-o"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    const QString out = m_dir.file(QStringLiteral("out.pdf"));
    r = cli({QStringLiteral("scan"), m_good, m_text, pdf, m_good2, QStringLiteral("-o"), out, QStringLiteral("--json"),
             QStringLiteral("--dpi"), QStringLiteral("100")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // notes.jpg is not an image
    bool ok = false;
    const QJsonArray a = jsonArray(r, &ok);
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(a.size(), 4);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("file")).toString(), m_good);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("page")).toInt(), 1);
    QVERIFY(a.at(0).toObject().value(QStringLiteral("bytes")).toInt() > 1000);
    QVERIFY(a.at(1).toObject().contains(QStringLiteral("error")));
    QCOMPARE(a.at(2).toObject().value(QStringLiteral("file")).toString(), pdf);
    QCOMPARE(a.at(3).toObject().value(QStringLiteral("file")).toString(), m_good2);
    for (int i : {0, 2, 3})
        for (const char* key : {"file", "page", "corners", "complete", "issues", "bytes"})
            QVERIFY2(a.at(i).toObject().contains(QLatin1String(key)), key);

    QPdfDocument doc;
    QCOMPARE(doc.load(out), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), 3);
}

void TestCliImaging::scanModes()
{
    for (const char* mode : {"gray", "bw"}) {
        const QString out = m_dir.file(QStringLiteral("mode-%1.pdf").arg(QLatin1String(mode)));
        const Run r = cli({QStringLiteral("scan"), m_good, QStringLiteral("-o"), out, QStringLiteral("--mode"), QLatin1String(mode)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QPdfDocument doc;
        QCOMPARE(doc.load(out), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1);
    }
    const Run r = cli({QStringLiteral("scan"), m_good, QStringLiteral("-o"), m_dir.file(QStringLiteral("x.pdf")),
                       QStringLiteral("--mode"), QStringLiteral("sepia")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliImaging::scanNothingReadableWritesNothing()
{
    const QString out = m_dir.file(QStringLiteral("keep.pdf"));
    QVERIFY(mtb::test::writeFileBytes(out, "previous content"));
    const Run r = cli({QStringLiteral("scan"), m_text, m_empty, m_cut, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(mtb::test::readFileBytes(out), QByteArray("previous content")); // untouched
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.pdf.*")}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestCliImaging::usage()
{
    QCOMPARE(cli({QStringLiteral("detect")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("scan"), m_good}).exitCode, 2); // no -o
    QCOMPARE(cli({QStringLiteral("scan"), m_good, QStringLiteral("-o"), m_dir.file(QStringLiteral("y.pdf")),
                  QStringLiteral("--dpi"), QStringLiteral("5")})
                 .exitCode,
             2);
    const Run help = cli({QStringLiteral("--help")});
    QVERIFY(help.out.contains("detect") && help.out.contains("scan"));
}

QTEST_GUILESS_MAIN(TestCliImaging)
#include "test_cli_imaging.moc"
