// The promise behind "drafts are the only copy of what staff typed": once save() has returned, the draft
// survives the process being killed at any moment (power cut, task manager, OOM killer).
//
// crash_writer saves drafts in a loop and prints "committed <uuid> <revision>" only after each save has
// returned. We SIGKILL it at a random moment, many times over the same file, and after every kill open
// the file as MTB Desk would: it must open normally (never "recovered from corrupt"), pass
// PRAGMA integrity_check, and hold every draft that was reported committed, at that revision or later.
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

namespace {

const int kRounds = 25;
const int kMinDelayMs = 20;
const int kMaxDelayMs = 300;

// Complete "committed <uuid> <revision>" lines; a line cut short by the kill is ignored.
int parseCommitted(const QByteArray& output, QHash<QUuid, int>& committed, QString* problem)
{
    int count = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline: incomplete or empty
        const QList<QByteArray> parts = lines.at(i).split(' ');
        bool ok = false;
        const QUuid uuid = parts.size() == 3 ? QUuid::fromString(QLatin1String(parts.at(1))) : QUuid();
        const int revision = parts.size() == 3 ? parts.at(2).toInt(&ok) : 0;
        if (parts.size() != 3 || parts.at(0) != "committed" || uuid.isNull() || !ok) {
            *problem = QStringLiteral("unexpected output line: %1").arg(QString::fromUtf8(lines.at(i)));
            return -1;
        }
        int& best = committed[uuid];
        best = qMax(best, revision);
        ++count;
    }
    return count;
}

} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNoCommittedDraft();
};

void TestCrashDurability::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CRASH_WRITER)), CRASH_WRITER);
}

void TestCrashDurability::killedWriterLosesNoCommittedDraft()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    QRandomGenerator rng(20261124); // reproducible kill delays
    QHash<QUuid, int> committed;    // every draft ever reported, with its highest reported revision
    int totalLines = 0;
    int updatesSeen = 0;
    QElapsedTimer total;
    total.start();

    for (int round = 1; round <= kRounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(CRASH_WRITER), {path, QString::number(round)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        // Wait for the first commit, so that the kill always lands while it is writing.
        QByteArray output;
        QElapsedTimer wait;
        wait.start();
        while (!output.contains('\n') && wait.elapsed() < 15000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(output.contains('\n'), qPrintable(QStringLiteral("round %1: no commit within 15 s; stderr: %2")
                                                       .arg(round)
                                                       .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

        // Keep draining stdout while waiting, so that the writer never blocks on a full pipe.
        const int delayMs = int(rng.bounded(kMinDelayMs, kMaxDelayMs + 1));
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        while (sinceFirst.elapsed() < delayMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(int(qMax<qint64>(1, delayMs - sinceFirst.elapsed())));
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                                .arg(round)
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        writer.kill(); // SIGKILL: no destructors, no atexit, no SQLite close
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();

        QString problem;
        const int lines = parseCommitted(output, committed, &problem);
        QVERIFY2(lines > 0, qPrintable(problem));
        totalLines += lines;

        // Open the file exactly as MTB Desk would after the crash.
        const QString connection = QStringLiteral("verify-%1").arg(round);
        Database db(path, connection);
        const OpenReport report = db.open();
        QVERIFY2(report.outcome == OpenReport::Outcome::Opened,
                 qPrintable(QStringLiteral("round %1: outcome %2, %3 (kept at %4)")
                                .arg(round)
                                .arg(int(report.outcome))
                                .arg(report.detail, report.preservedPath)));
        {
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral("PRAGMA integrity_check")), qPrintable(q.lastError().text()));
            QStringList rows;
            while (q.next())
                rows << q.value(0).toString();
            QCOMPARE(rows, QStringList{QStringLiteral("ok")});
        }
        {
            QHash<QUuid, int> stored;
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT uuid, revision FROM applications")));
            while (q.next())
                stored.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt());
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                const auto found = stored.constFind(it.key());
                QVERIFY2(found != stored.cend(), qPrintable(QStringLiteral("round %1: committed draft %2 is missing")
                                                                .arg(round)
                                                                .arg(it.key().toString())));
                QVERIFY2(*found >= it.value(), qPrintable(QStringLiteral("round %1: draft %2 has revision %3, "
                                                                         "but revision %4 was committed")
                                                              .arg(round)
                                                              .arg(it.key().toString())
                                                              .arg(*found)
                                                              .arg(it.value())));
                if (it.value() > 1)
                    ++updatesSeen;
            }
            // The document and its list row agree (one statement, one transaction).
            DraftRepository repo(db.connection(), KeyRing::forTesting());
            int sampled = 0;
            for (auto it = committed.cbegin(); it != committed.cend() && sampled < 20; ++it, ++sampled) {
                const std::optional<Application> doc = repo.load(it.key());
                QVERIFY(doc);
                QCOMPARE(doc->revision, stored.value(it.key()));
            }
        }
        db.close();
    }

    QVERIFY2(updatesSeen > 0, "the writer never updated a draft: the 30% update path was not exercised");
    qInfo("crash durability: %d rounds, %d committed lines, %lld distinct drafts checked after the last round, "
          "%.1f s",
          kRounds, totalLines, qlonglong(committed.size()), total.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "test_crash_durability.moc"
