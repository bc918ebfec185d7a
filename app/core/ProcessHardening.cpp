#include "ProcessHardening.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace mtb::ProcessHardening {

Outcome decide(bool releaseBuild, const QByteArray& allowCoreDumpsValue)
{
    if (!releaseBuild)
        return Outcome::SkippedDebugBuild;
    if (allowCoreDumpsValue == "1")
        return Outcome::SkippedByEnvironment;
#if defined(Q_OS_UNIX)
    return Outcome::Applied;
#else
    return Outcome::Unsupported;
#endif
}

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    // Soft and hard: a child process (or a later setrlimit) cannot raise it again.
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    // RLIMIT_CORE alone does not stop a core_pattern pipe (systemd-coredump, apport), which the
    // kernel feeds whatever the limit; a process that is not dumpable gets no core at all.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if !defined(Q_OS_UNIX)
    ok = false;
#endif
    return ok;
}

Outcome applyAtStartup()
{
#if defined(NDEBUG)
    constexpr bool releaseBuild = true;
#else
    constexpr bool releaseBuild = false;
#endif
    Outcome outcome = decide(releaseBuild, qgetenv(kAllowCoreDumpsVariable));
    if (outcome == Outcome::Applied && !disableCoreDumps())
        outcome = Outcome::Failed;
    if (qgetenv(kReportVariable) == "1") {
        // stdio, not qDebug: this runs before the QCoreApplication and its message handler exist.
        std::fprintf(stderr, "process-hardening: %s %s\n", outcomeName(outcome).toLatin1().constData(),
                     describeState().toLatin1().constData());
        std::fflush(stderr);
    }
    return outcome;
}

QString describeState()
{
    QString state;
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        const auto text = [](rlim_t v) {
            return v == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(quint64(v));
        };
        state = QStringLiteral("core-limit=%1/%2").arg(text(limit.rlim_cur), text(limit.rlim_max));
    } else {
        state = QStringLiteral("core-limit=?");
    }
#else
    state = QStringLiteral("core-limit=n/a");
#endif
#if defined(Q_OS_LINUX)
    state += QStringLiteral(" dumpable=%1").arg(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0));
#endif
    return state;
}

bool coreDumpsOff()
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#if defined(Q_OS_LINUX)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
#else
    return false;
#endif
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied: return QStringLiteral("applied");
    case Outcome::SkippedDebugBuild: return QStringLiteral("skipped-debug-build");
    case Outcome::SkippedByEnvironment: return QStringLiteral("skipped-by-environment");
    case Outcome::Unsupported: return QStringLiteral("unsupported");
    case Outcome::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace mtb::ProcessHardening
