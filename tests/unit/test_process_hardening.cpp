// Core dumps off (app/core/ProcessHardening): the policy, the system calls, and the real binaries.
#include "ProcessHardening.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace mtb;
namespace PH = mtb::ProcessHardening;

namespace {

#if defined(NDEBUG)
constexpr bool kReleaseBuild = true;
#else
constexpr bool kReleaseBuild = false;
#endif

// Starts a binary with --version and the report variable; returns its "process-hardening:" line.
QString reportLine(const QString& program, bool allowCoreDumps)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(PH::kReportVariable), QStringLiteral("1"));
    if (allowCoreDumps)
        env.insert(QString::fromLatin1(PH::kAllowCoreDumpsVariable), QStringLiteral("1"));
    else
        env.remove(QString::fromLatin1(PH::kAllowCoreDumpsVariable));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("--version")});
    p.closeWriteChannel(); // the PDF render helper reads its requests from stdin: end of input, it exits
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("(did not finish: %1)").arg(p.errorString());
    }
    const QList<QByteArray> lines = p.readAllStandardError().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("process-hardening: "))
            return QString::fromLatin1(line);
    }
    return QStringLiteral("(no report line; exit code %1)").arg(p.exitCode());
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void policy()
    {
        QCOMPARE(PH::decide(false, {}), PH::Outcome::SkippedDebugBuild);
        QCOMPARE(PH::decide(false, "1"), PH::Outcome::SkippedDebugBuild);
        QCOMPARE(PH::decide(true, "1"), PH::Outcome::SkippedByEnvironment);
#if defined(Q_OS_UNIX)
        QCOMPARE(PH::decide(true, {}), PH::Outcome::Applied);
        // Only exactly "1" keeps core dumps: a stray value is not an opt-out.
        QCOMPARE(PH::decide(true, "0"), PH::Outcome::Applied);
        QCOMPARE(PH::decide(true, "yes"), PH::Outcome::Applied);
#else
        QCOMPARE(PH::decide(true, {}), PH::Outcome::Unsupported);
#endif
    }

    // The real programs call it first thing in main(): their report line shows the kernel's view.
    void realBinaries_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("mtbdesk-cli") << QStringLiteral(MTBDESK_CLI);
        QTest::newRow("mtbdesk") << QStringLiteral(MTBDESK_GUI);
        QTest::newRow("mtbdesk-pdf-render") << QStringLiteral(MTBDESK_PDF_RENDER);
    }

    void realBinaries()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("the report line is checked on Linux only");
#endif
        QFETCH(QString, program);
        const QString line = reportLine(program, false);
        if (kReleaseBuild)
            QCOMPARE(line, QStringLiteral("process-hardening: applied core-limit=0/0 dumpable=0"));
        else
            QVERIFY2(line.startsWith(QStringLiteral("process-hardening: skipped-debug-build ")), qPrintable(line));

        // The developer switch leaves the process dumpable (the core limit is whatever ctest had).
        const QString allowed = reportLine(program, true);
        QVERIFY2(allowed.startsWith(kReleaseBuild ? QStringLiteral("process-hardening: skipped-by-environment ")
                                                  : QStringLiteral("process-hardening: skipped-debug-build ")),
                 qPrintable(allowed));
        QVERIFY2(allowed.endsWith(QStringLiteral(" dumpable=1")), qPrintable(allowed));
    }

    // Last: it changes this test process for good.
    void disableCoreDumpsInThisProcess()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("Unix only");
#else
        QVERIFY(PH::disableCoreDumps());
        QVERIFY(PH::coreDumpsOff());
        // Read back independently of the code under test.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(PH::describeState(), QStringLiteral("core-limit=0/0 dumpable=0"));
#endif
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "test_process_hardening.moc"
