// mtbdesk-cli, the real binary, over a temporary --data-dir.
#include "Application.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "TestKeys.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace mtb;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    // For failure messages: the CLI's output lists people (drafts list --json), so it is redacted.
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(LogRedaction::redact(QString::fromUtf8(out)), LogRedaction::redact(QString::fromUtf8(err)));
    }
};

Run cli(QStringList args)
{
    // Every data folder gets a test key vault, and the CLI the passphrase that opens it.
    const int dataDir = args.indexOf(QStringLiteral("--data-dir"));
    if (dataDir >= 0 && dataDir + 1 < args.size()) {
        mtb::test::ensureTestKeyVault(args.at(dataDir + 1));
        args << QStringLiteral("--passphrase-file") << mtb::test::testPassphraseFile();
    }
    QProcess p;
    p.start(QStringLiteral(MTBDESK_CLI), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = "the CLI did not start or did not finish: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList drafts(const QString& dataDir, const QStringList& rest)
{
    return QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("drafts")} + rest;
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList nonEmptyLines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void usageErrors();
    void importListExport();
    void draftCommandsAreAudited(); // on the data of importListExport
    void malformedImportChangesNothing();
    void conflictingImportChangesNothing();
    void exportUnknownId();
    void garbageDatabaseIsKeptAside();
    void passphraseChangeIsAudited();

private:
    mtb::test::TempDataDir m_dir;
    QList<Application> m_imported;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MTBDESK_CLI)), MTBDESK_CLI);
}

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(MTB_VERSION), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("mtbdesk"), qPrintable(r.describe()));
}

void TestCli::usageErrors()
{
    mtb::test::TempDataDir dir;
    Run r = cli({QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    r = cli(drafts(dir.path(), {QStringLiteral("export")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::importListExport()
{
    mtb::test::SampleData sample(3);
    QJsonArray array;
    for (int i = 0; i < 3; ++i) {
        m_imported << sample.application();
        array.append(m_imported.last().toJson());
    }
    const QString file = m_dir.file(QStringLiteral("three.json"));
    QVERIFY(writeAll(file, QJsonDocument(array).toJson()));
    const QString data = m_dir.file(QStringLiteral("data"));

    // import prints one uuid per imported application, in order.
    Run r = cli(drafts(data, {QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList ids = nonEmptyLines(r.out);
    QCOMPARE(ids.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QUuid::fromString(ids.at(i)), m_imported.at(i).uuid);
    QVERIFY(QFile::exists(data + QStringLiteral("/mtbdesk.sqlite")));

    // list --json: an array of 3 with the national field names.
    r = cli(drafts(data, {QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.describe()));
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 3);
    QSet<QUuid> listed;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        for (const char* key :
             {"uuid", "state", "psn_name", "certno", "tel", "appl_no", "diseases", "updated_at"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QUuid uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
        listed.insert(uuid);
        const auto source = std::find_if(m_imported.cbegin(), m_imported.cend(),
                                         [&](const Application& a) { return a.uuid == uuid; });
        QVERIFY(source != m_imported.cend());
        MTB_COMPARE_PERSONAL(o.value(QStringLiteral("psn_name")).toString(), source->applicant.psnName);
        MTB_COMPARE_PERSONAL(o.value(QStringLiteral("certno")).toString(), source->applicant.certno);
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(o.value(QStringLiteral("in_trash")).toBool(), false);
    }
    QCOMPARE(listed.size(), 3);

    // The plain list: one tab-separated row per draft.
    r = cli(drafts(data, {QStringLiteral("list")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(nonEmptyLines(r.out).size(), 3);

    // export gives back what was imported (updated_at is the store's business).
    for (const Application& source : m_imported) {
        r = cli(drafts(data, {QStringLiteral("export"), source.uuid.toString(QUuid::WithoutBraces)}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonDocument exported = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(exported.isObject(), qPrintable(r.describe()));
        Application back = Application::fromJson(exported.object());
        back.updatedAt = source.updatedAt;
        QVERIFY2(back == source, qPrintable(r.describe()));
    }
    // Braces are accepted too.
    r = cli(drafts(data, {QStringLiteral("export"), m_imported.first().uuid.toString()}));
    QCOMPARE(r.exitCode, 0);
}

void TestCli::draftCommandsAreAudited()
{
    const QString data = m_dir.file(QStringLiteral("data"));
    const QString file = m_dir.file(QStringLiteral("audit.json"));
    Run r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("audit"), QStringLiteral("export"),
                 QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QHash<QString, QMultiHash<QString, QString>> byAction; // action -> object -> detail
    for (const QJsonValue& v : QJsonDocument::fromJson(exported.readAll()).array()) {
        const QJsonObject e = v.toObject();
        byAction[e.value(QStringLiteral("action")).toString()].insert(
            e.value(QStringLiteral("object")).toString(), e.value(QStringLiteral("detail")).toString());
        QVERIFY(e.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    }
    // importListExport imported three, listed them twice and exported each (the first twice).
    for (const Application& a : m_imported) {
        const QString id = a.uuid.toString(QUuid::WithoutBraces);
        QCOMPARE(byAction.value(QStringLiteral("edit")).values(id),
                 QStringList{QStringLiteral("cli drafts import")});
        QCOMPARE(byAction.value(QStringLiteral("view")).count(id), 2);
        QCOMPARE(byAction.value(QStringLiteral("export")).count(id),
                 a.uuid == m_imported.first().uuid ? 2 : 1);
    }
    // And the chain is intact.
    r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCli::malformedImportChangesNothing()
{
    QVERIFY(!m_imported.isEmpty());
    const QString data = m_dir.file(QStringLiteral("data"));
    const QString before =
        QString::fromUtf8(cli(drafts(data, {QStringLiteral("list"), QStringLiteral("--json")})).out);

    mtb::test::SampleData sample(4);
    QByteArray json =
        QJsonDocument(QJsonArray{sample.application().toJson(), sample.application().toJson()}).toJson();
    json.chop(json.size() / 3); // cut short, as by a failed copy
    const QString file = m_dir.file(QStringLiteral("broken-batch.json"));
    QVERIFY(writeAll(file, json));

    const Run r = cli(drafts(data, {QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("broken-batch.json"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());

    const QByteArray after = cli(drafts(data, {QStringLiteral("list"), QStringLiteral("--json")})).out;
    QCOMPARE(QJsonDocument::fromJson(after).array().size(), 3);
    QCOMPARE(QString::fromUtf8(after), before);

    // A file that does not exist is named too.
    const Run missing =
        cli(drafts(data, {QStringLiteral("import"), m_dir.file(QStringLiteral("nope.json"))}));
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("nope.json"), qPrintable(missing.describe()));
}

void TestCli::conflictingImportChangesNothing()
{
    QVERIFY(!m_imported.isEmpty());
    const QString data = m_dir.file(QStringLiteral("data"));
    mtb::test::SampleData sample(5);
    const Application fresh = sample.application();
    const QJsonArray array{fresh.toJson(), m_imported.at(1).toJson()}; // the 2nd is already there
    const QString file = m_dir.file(QStringLiteral("conflict.json"));
    QVERIFY(writeAll(file, QJsonDocument(array).toJson()));

    Run r = cli(drafts(data, {QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("conflict.json"), qPrintable(r.describe()));
    r = cli(drafts(data, {QStringLiteral("export"), fresh.uuid.toString(QUuid::WithoutBraces)}));
    QVERIFY2(r.exitCode != 0, "the first item of a refused batch was imported");
    QCOMPARE(
        QJsonDocument::fromJson(cli(drafts(data, {QStringLiteral("list"), QStringLiteral("--json")})).out)
            .array()
            .size(),
        3);
}

void TestCli::exportUnknownId()
{
    const QString data = m_dir.file(QStringLiteral("data"));
    Run r = cli(drafts(data, {QStringLiteral("export"), QUuid::createUuid().toString(QUuid::WithoutBraces)}));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    r = cli(drafts(data, {QStringLiteral("export"), QStringLiteral("not-an-id")}));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("not-an-id"), qPrintable(r.describe()));
}

void TestCli::garbageDatabaseIsKeptAside()
{
    mtb::test::TempDataDir dir;
    const QString dbPath = dir.file(QStringLiteral("mtbdesk.sqlite"));
    QByteArray garbage(32 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(99);
    for (char& c : garbage)
        c = char(rng.bounded(256));
    QVERIFY(writeAll(dbPath, garbage));

    Run r = cli(drafts(dir.path(), {QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0); // still works, on a new empty database

    const QDir damaged(dir.file(QStringLiteral("damaged")));
    const QStringList kept = damaged.entryList(QDir::Files);
    QCOMPARE(kept.size(), 1);
    const QString keptPath = damaged.filePath(kept.first());
    QVERIFY2(QString::fromUtf8(r.err).contains(QDir::toNativeSeparators(keptPath)), qPrintable(r.describe()));
    QCOMPARE(readAll(keptPath), garbage);

    // And it keeps working: import, then list.
    mtb::test::SampleData sample(6);
    const QString file = dir.file(QStringLiteral("one.json"));
    QVERIFY(writeAll(file, QJsonDocument(sample.application().toJson()).toJson()));
    r = cli(drafts(dir.path(), {QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(nonEmptyLines(r.out).size(), 1);
    QVERIFY2(!r.err.contains("damaged"), qPrintable(r.describe())); // reported once, not on every run
    r = cli(drafts(dir.path(), {QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    QCOMPARE(damaged.entryList(QDir::Files).size(), 1);
}

void TestCli::passphraseChangeIsAudited()
{
    const QString data = m_dir.file(QStringLiteral("rekey"));
    const QString fresh = m_dir.file(QStringLiteral("new-passphrase.txt"));
    QVERIFY(writeAll(fresh, "another-site-passphrase-2026\n"));
    Run r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("keys"), QStringLiteral("passphrase"),
                 QStringLiteral("--new-passphrase-file"), fresh});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Opened with the new passphrase (given before the command, it wins over the helper's old one).
    const QString exported = m_dir.file(QStringLiteral("rekey-audit.json"));
    r = cli({QStringLiteral("--passphrase-file"), fresh, QStringLiteral("--data-dir"), data,
             QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("-o"), exported});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray entries = QJsonDocument::fromJson(readAll(exported)).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("key_change"));
    QCOMPARE(e.value(QStringLiteral("object")).toString(), QStringLiteral("keyvault"));
    QVERIFY(e.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    QVERIFY(!QString::fromUtf8(readAll(exported)).contains(QStringLiteral("another-site-passphrase")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
