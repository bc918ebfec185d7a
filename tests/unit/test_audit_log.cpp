// The tamper-evident audit log (app/audit, docs/audit.md): entries appended through AuditLog, then the
// SQLite file is changed behind the application's back in every way an insider could try. Each change
// must be found by AuditVerifier, and by `mtbdesk-cli audit verify` run as a separate process.
#include "AuditAction.h"
#include "AuditChain.h"
#include "AuditExport.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "KeyRing.h"
#include "TestPaths.h"
#include "TestVault.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace mtb;
using Problem = AuditReport::Problem;

namespace {

constexpr int kEntries = 10;
const QDateTime kStart(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);

std::shared_ptr<const KeyRing> otherKeys()
{
    return KeyRing::fromDataKey(QByteArray(KeyRing::DataKeySize, '\x5a'));
}

QString passphraseFile(const QString& dataDir)
{
    return test::vaultPassphraseFile(dataDir);
}

// Appends kEntries entries, one a minute, by ten staff accounts with distinct names, into a data folder
// whose vault holds the testing keys.
void seed(const QString& path, int count = kEntries)
{
    QString error;
    QVERIFY2(test::prepareTestVault(QFileInfo(path).absolutePath(), &error), qPrintable(error));
    Database db(path, QStringLiteral("seed"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY2(db.open().usable(), qPrintable(path));
    AuditLog log(db.connection(), KeyRing::forTesting());
    const QStringList actions = AuditAction::all();
    for (int i = 1; i <= count; ++i) {
        const AuditActor actor{QStringLiteral("staff-%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("counter"), QStringLiteral("511302")};
        QString error;
        QVERIFY2(
            log.append({actor, actions.at(i % actions.size()),
                        QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("n=%1").arg(i)},
                       kStart.addSecs(60 * i), &error),
            qPrintable(error));
    }
}

// A connection that is not the application's: the insider with a SQLite tool.
class RawFile
{
public:
    explicit RawFile(const QString& path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qWarning("raw SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.lastError().type() == QSqlError::NoError;
    }
    QSqlDatabase db() { return QSqlDatabase::database(m_name); }

    AuditEntry entry(qint64 seq)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT seq, at, actor, role, site, action, object, detail, prev_hash, hash"
                                 " FROM audit_log WHERE seq = :seq"));
        q.bindValue(QStringLiteral(":seq"), seq);
        AuditEntry e;
        if (q.exec() && q.next()) {
            e.seq = q.value(0).toLongLong();
            e.at = q.value(1).toString();
            e.actor = q.value(2).toString();
            e.role = q.value(3).toString();
            e.site = q.value(4).toString();
            e.action = q.value(5).toString();
            e.object = q.value(6).toString();
            e.detail = q.value(7).toString();
            e.prevHash = q.value(8).toString();
            e.hash = q.value(9).toString();
        }
        return e;
    }
    bool write(const AuditEntry& e)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO audit_log (seq, at, actor, role, site, action, object,"
                           " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(e.seq), QVariant(e.at), QVariant(e.actor), QVariant(e.role),
                                  QVariant(e.site), QVariant(e.action), QVariant(e.object),
                                  QVariant(e.detail), QVariant(e.prevHash), QVariant(e.hash)})
            q.addBindValue(v);
        return q.exec();
    }
    // What someone who knows the format but not the key can do: recompute every hash from `from` on.
    void rehashFrom(qint64 from)
    {
        QString prev = from > 1 ? entry(from - 1).hash : AuditChain::genesisHash();
        for (qint64 seq = from;; ++seq) {
            AuditEntry e = entry(seq);
            if (e.seq == 0)
                break;
            e.prevHash = prev;
            e.hash = AuditChain::hashOf(e);
            write(e);
            prev = e.hash;
        }
    }
    void setHead(qint64 seq, const QString& hash, const QString& mac)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE app_meta SET value = ? WHERE key = 'audit_head'"));
        q.addBindValue(AuditChain::encodeHead({seq, hash, mac}));
        q.exec();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

AuditReport verifyFile(const QString& path, const KeyRing* keys)
{
    Database db(path, QStringLiteral("verify"));
    db.setKeyRing(KeyRing::forTesting());
    if (!db.open().usable()) {
        AuditReport unreadable;
        unreadable.problem = Problem::Unreadable;
        return unreadable;
    }
    return AuditVerifier::verify(db.connection(), keys);
}

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

CliRun cliVerify(const QString& dataDir)
{
    QProcess p;
    p.start(QStringLiteral(MTBDESK_CLI),
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--passphrase-file"),
             passphraseFile(dataDir), QStringLiteral("audit"), QStringLiteral("verify"),
             QStringLiteral("--json")});
    CliRun r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = p.readAllStandardError();
    return r;
}

using Tamper = std::function<void(const QString& path)>;

} // namespace

Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(Problem)

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void appendAndVerifyIntact();
    void entriesAreFilteredAndOrdered();
    void withoutTheKeyTheHeadIsNotChecked();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void aBrokenChainIsNeverResigned_data();
    void aBrokenChainIsNeverResigned();
    void twoConnectionsKeepOneChain();
    void exportCarriesEveryEntry();
    void cliExportWritesAndIsAudited();
};

void TestAuditLog::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MTBDESK_CLI)), MTBDESK_CLI);
    QVERIFY(KeyRing::forTesting());
    QVERIFY(otherKeys());
}

void TestAuditLog::appendAndVerifyIntact()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path);
    const AuditReport r = verifyFile(path, KeyRing::forTesting().get());
    QVERIFY2(r.intact(), qPrintable(r.message()));
    QVERIFY(r.headChecked);
    QCOMPARE(r.entries, qint64(kEntries));
    QCOMPARE(r.headSeq, qint64(kEntries));

    // The stored chain is what the format says: genesis, links, hashes over the canonical encoding.
    RawFile raw(path);
    QCOMPARE(raw.entry(1).prevHash, AuditChain::genesisHash());
    for (qint64 seq = 1; seq <= kEntries; ++seq) {
        const AuditEntry e = raw.entry(seq);
        QCOMPARE(e.hash, AuditChain::hashOf(e));
        if (seq > 1)
            QCOMPARE(e.prevHash, raw.entry(seq - 1).hash);
    }
    // The encoding cannot be shifted: moving a character between neighbouring fields changes the hash.
    AuditEntry a = raw.entry(3);
    AuditEntry b = a;
    b.actor = a.actor + a.role.left(1);
    b.role = a.role.mid(1);
    QVERIFY(AuditChain::hashOf(a) != AuditChain::hashOf(b));
}

void TestAuditLog::entriesAreFilteredAndOrdered()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path);
    Database db(path, QStringLiteral("query"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    AuditLog log(db.connection(), KeyRing::forTesting());
    QCOMPARE(log.count(), qint64(kEntries));
    QCOMPARE(log.entries({}).size(), kEntries);

    AuditQuery byActor;
    byActor.actor = QStringLiteral("staff-04");
    const QList<AuditEntry> four = log.entries(byActor);
    QCOMPARE(four.size(), 1);
    QCOMPARE(four.first().seq, qint64(4));

    AuditQuery window; // entries 3, 4 and 5 (one a minute from kStart + 1 min)
    window.from = kStart.addSecs(180);
    window.to = kStart.addSecs(360);
    const QList<AuditEntry> middle = log.entries(window);
    QCOMPARE(middle.size(), 3);
    QCOMPARE(middle.first().seq, qint64(3));
    QCOMPARE(middle.last().seq, qint64(5));

    AuditQuery newest;
    newest.limit = 4;
    const QList<AuditEntry> last = log.entries(newest);
    QCOMPARE(last.size(), 4);
    QCOMPARE(last.first().seq, qint64(kEntries - 3)); // oldest first
    QCOMPARE(last.last().seq, qint64(kEntries));

    AuditQuery byAction;
    byAction.action = AuditAction::all().at(2);
    for (const AuditEntry& e : log.entries(byAction))
        QCOMPARE(e.action, byAction.action);
}

void TestAuditLog::withoutTheKeyTheHeadIsNotChecked()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path);
    const AuditReport r = verifyFile(path, nullptr);
    QVERIFY2(r.intact(), qPrintable(r.message()));
    QVERIFY(!r.headChecked);
    // The command line unlocks the keys, so it checks the head and calls the intact log intact.
    const CliRun cli = cliVerify(dir.path());
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(cli.json.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(cli.json.value(QLatin1String("head_checked")).toBool(), true);
    QCOMPARE(cli.json.value(QLatin1String("entries")).toInteger(), qint64(kEntries));
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<bool>("needsKey"); // only the head signature can show it

    QTest::newRow("edit a detail") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("UPDATE audit_log SET detail = 'n=40' WHERE seq = 4"));
    }) << Problem::Edited << qint64(4)
                                   << false;
    QTest::newRow("edit the time") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("UPDATE audit_log SET at = '2026-11-01T08:00:00.000Z' WHERE seq = 7"));
    }) << Problem::Edited << qint64(7)
                                   << false;
    QTest::newRow("edit the action") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("UPDATE audit_log SET action = CASE action WHEN 'view' THEN 'edit' "
                                       "ELSE 'view' END WHERE seq = 2"));
    }) << Problem::Edited << qint64(2)
                                     << false;
    QTest::newRow("edit the actor's bytes in the file") << Tamper([](const QString& p) {
        {
            RawFile raw(p);
        } // checkpointed: every entry is in the main file, none in the WAL
        QByteArray bytes = test::readFileBytes(p);
        const qsizetype at = bytes.indexOf("staff-06");
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf("staff-06", at + 1), qsizetype(-1));
        bytes[at + 6] = '9';
        QVERIFY(test::writeFileBytes(p, bytes));
    }) << Problem::Edited << qint64(6) << false;
    QTest::newRow("edit an entry and recompute its hash") << Tamper([](const QString& p) {
        RawFile raw(p);
        AuditEntry e = raw.entry(4);
        e.detail = QStringLiteral("n=0");
        e.hash = AuditChain::hashOf(e);
        raw.write(e);
    }) << Problem::Edited << qint64(4) << false;
    QTest::newRow("edit the last entry and recompute its hash") << Tamper([](const QString& p) {
        RawFile raw(p);
        AuditEntry e = raw.entry(kEntries);
        e.object.clear();
        e.hash = AuditChain::hashOf(e);
        raw.write(e);
    }) << Problem::Edited << qint64(kEntries) << false;
    QTest::newRow("delete an entry") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    }) << Problem::Removed << qint64(5)
                                     << false;
    QTest::newRow("delete the first entry") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    }) << Problem::Removed << qint64(1) << false;
    QTest::newRow("delete an entry and renumber the rest") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 5"));
    }) << Problem::Removed << qint64(5) << false;
    QTest::newRow("swap two entries") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3"));
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -3"));
    }) << Problem::Reordered << qint64(3)
                                      << false;
    QTest::newRow("reverse three entries") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq BETWEEN 6 AND 8"));
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = 14 + seq WHERE seq BETWEEN -8 AND -6"));
    }) << Problem::Reordered << qint64(6) << false;
    QTest::newRow("insert an entry and renumber the rest") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 6"));
        raw.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000"));
        AuditEntry fake = raw.entry(5);
        fake.seq = 6;
        fake.actor = QStringLiteral("staff-99");
        fake.prevHash = raw.entry(5).hash;
        fake.hash = AuditChain::hashOf(fake);
        raw.write(fake);
    }) << Problem::Inserted << qint64(6) << false;
    QTest::newRow("append an entry after the head") << Tamper([](const QString& p) {
        RawFile raw(p);
        AuditEntry fake = raw.entry(kEntries);
        fake.seq = kEntries + 1;
        fake.prevHash = fake.hash;
        fake.hash = AuditChain::hashOf(fake);
        raw.write(fake);
    }) << Problem::Inserted << qint64(kEntries + 1) << false;
    QTest::newRow("cut off the last entries") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8"));
    }) << Problem::Truncated << qint64(8) << false;
    QTest::newRow("delete every entry")
        << Tamper([](const QString& p) { RawFile(p).exec(QStringLiteral("DELETE FROM audit_log")); })
        << Problem::Truncated << qint64(1) << false;
    QTest::newRow("delete the signed head") << Tamper([](const QString& p) {
        RawFile(p).exec(QStringLiteral("DELETE FROM app_meta WHERE key = 'audit_head'"));
    }) << Problem::HeadMissing << qint64(0) << false;
    QTest::newRow("rebuild the chain, old head kept") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'n=0' WHERE seq = 3"));
        raw.rehashFrom(3);
    }) << Problem::Edited << qint64(kEntries) << false;
    QTest::newRow("rebuild the chain and its head without the key") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'n=0' WHERE seq = 3"));
        raw.rehashFrom(3);
        const AuditEntry last = raw.entry(kEntries);
        raw.setHead(last.seq, last.hash, AuditChain::headMac(*otherKeys(), last.seq, last.hash));
    }) << Problem::HeadMacWrong << qint64(0) << true;
    QTest::newRow("cut off the end and move the head without the key") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8"));
        const AuditEntry last = raw.entry(7);
        raw.setHead(last.seq, last.hash, QString());
    }) << Problem::HeadUnsigned << qint64(0) << true;
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(Tamper, tamper);
    QFETCH(Problem, problem);
    QFETCH(qint64, firstBad);
    QFETCH(bool, needsKey);

    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path);
    QVERIFY(verifyFile(path, KeyRing::forTesting().get()).intact());
    tamper(path);
    if (QTest::currentTestFailed())
        return;

    const AuditReport r = verifyFile(path, KeyRing::forTesting().get());
    QVERIFY2(!r.intact(), "the change was not detected");
    AuditReport expected;
    expected.problem = problem;
    QCOMPARE(r.problemKey(), expected.problemKey());
    QCOMPARE(r.firstBadSeq, firstBad);
    QVERIFY(!r.message().isEmpty());

    // Without the key every change but a re-signed head is still found.
    const AuditReport keyless = verifyFile(path, nullptr);
    if (!needsKey)
        QVERIFY(!keyless.intact());

    // The command line finds it too, as a separate process reading the same file.
    const CliRun cli = cliVerify(dir.path());
    QVERIFY2(cli.exitCode == 1, cli.err.constData());
    QCOMPARE(cli.json.value(QLatin1String("intact")).toBool(true), false);
    QCOMPARE(cli.json.value(QLatin1String("problem")).toString(), r.problemKey());
    QCOMPARE(cli.json.value(QLatin1String("first_bad_seq")).toInteger(), firstBad);
}

void TestAuditLog::aBrokenChainIsNeverResigned_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::newRow("cut off the end") << Tamper(
        [](const QString& p) { RawFile(p).exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8")); });
    QTest::newRow("rebuilt chain and head") << Tamper([](const QString& p) {
        RawFile raw(p);
        raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'n=0' WHERE seq = 3"));
        raw.rehashFrom(3);
        const AuditEntry last = raw.entry(kEntries);
        raw.setHead(last.seq, last.hash, AuditChain::headMac(*otherKeys(), last.seq, last.hash));
    });
    QTest::newRow("appended after the head") << Tamper([](const QString& p) {
        RawFile raw(p);
        AuditEntry fake = raw.entry(kEntries);
        fake.seq = kEntries + 1;
        fake.prevHash = fake.hash;
        fake.hash = AuditChain::hashOf(fake);
        raw.write(fake);
    });
}

// The application goes on recording after the damage; its next signed head must not make the damaged
// log look intact again.
void TestAuditLog::aBrokenChainIsNeverResigned()
{
    QFETCH(Tamper, tamper);
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path);
    tamper(path);
    {
        Database db(path, QStringLiteral("after"));
        db.setKeyRing(KeyRing::forTesting());
        QVERIFY(db.open().usable());
        AuditLog log(db.connection(), KeyRing::forTesting());
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(
                log.append({{QStringLiteral("staff-01"), QStringLiteral("counter"), QStringLiteral("511302")},
                            AuditAction::View,
                            QString(),
                            QString()},
                           kStart.addDays(1).addSecs(i), &error),
                qPrintable(error));
    }
    const AuditReport r = verifyFile(path, KeyRing::forTesting().get());
    QVERIFY2(!r.intact(), "appending after the damage made the log look intact");
}

void TestAuditLog::twoConnectionsKeepOneChain()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    Database first(path, QStringLiteral("first"));
    Database second(path, QStringLiteral("second"));
    first.setKeyRing(KeyRing::forTesting());
    second.setKeyRing(KeyRing::forTesting());
    QVERIFY(first.open().usable());
    QVERIFY(second.open().usable());
    AuditLog a(first.connection(), KeyRing::forTesting());
    AuditLog b(second.connection(), KeyRing::forTesting());
    const AuditActor actor{QStringLiteral("staff-01"), QStringLiteral("counter"), QStringLiteral("511302")};
    QString error;
    for (int i = 0; i < 40; ++i) {
        AuditLog& log = i % 3 == 0 ? b : a; // interleaved, as the GUI and the CLI would
        QVERIFY2(
            log.append({actor, AuditAction::Edit, QString(), QString::number(i)}, kStart.addSecs(i), &error),
            qPrintable(error));
    }
    const AuditReport r = AuditVerifier::verify(first.connection(), KeyRing::forTesting().get());
    QVERIFY2(r.intact(), qPrintable(r.message()));
    QCOMPARE(r.entries, qint64(40));
}

void TestAuditLog::exportCarriesEveryEntry()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    seed(path, 5);
    Database db(path, QStringLiteral("export"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    AuditLog log(db.connection(), KeyRing::forTesting());
    QVERIFY(log.append({{QStringLiteral("=HYPERLINK(\"x\")"), QString(), QString()},
                        AuditAction::View,
                        QString(),
                        QStringLiteral("a,b \"c\"")},
                       kStart.addDays(1), nullptr));
    const QList<AuditEntry> entries = log.entries({});
    QCOMPARE(entries.size(), 6);

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(AuditExport::write(entries, AuditExport::Format::Json, &json));
    const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(array.size(), 6);
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("seq")).toInteger(), entries.at(i).seq);
        QCOMPARE(o.value(QLatin1String("hash")).toString(), entries.at(i).hash);
        QCOMPARE(o.value(QLatin1String("prev_hash")).toString(), entries.at(i).prevHash);
        QCOMPARE(o.value(QLatin1String("actor")).toString(), entries.at(i).actor);
    }

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(AuditExport::write(entries, AuditExport::Format::Csv, &csv));
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"
                                  "seq,at,actor,"));
    const QList<QByteArray> lines = csv.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 6);
    QVERIFY(lines.at(3).contains(entries.at(2).hash.toLatin1()));
    // A cell that a spreadsheet would run as a formula is defused; quotes and commas are quoted.
    QVERIFY(lines.last().contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(lines.last().contains("\"a,b \"\"c\"\"\""));
}

void TestAuditLog::cliExportWritesAndIsAudited()
{
    test::TempDataDir dir;
    seed(dir.file(QStringLiteral("mtbdesk.sqlite")));
    const QString out = dir.file(QStringLiteral("audit.json"));
    QProcess p;
    p.start(QStringLiteral(MTBDESK_CLI),
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--passphrase-file"),
             passphraseFile(dir.path()), QStringLiteral("audit"), QStringLiteral("export"),
             QStringLiteral("-o"), out, QStringLiteral("--from"), kStart.date().toString(Qt::ISODate),
             QStringLiteral("--actor"), QStringLiteral("staff-03")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray exported = QJsonDocument::fromJson(test::readFileBytes(out)).array();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().toObject().value(QLatin1String("actor")).toString(),
             QStringLiteral("staff-03"));

    Database db(dir.file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("check"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    AuditQuery exports;
    exports.action = AuditAction::AuditExport;
    const QList<AuditEntry> recorded = AuditLog(db.connection(), nullptr).entries(exports);
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.first().actor.startsWith(QLatin1String("cli:")));
    QVERIFY(!recorded.first().detail.contains(out)); // never the path: it may name a person
    // Written by another process under the same keys: the chain and its signed head are still intact.
    const AuditReport r = AuditVerifier::verify(db.connection(), KeyRing::forTesting().get());
    QVERIFY2(r.intact(), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
