#pragma once

#include <QByteArray>
#include <QString>

namespace mtb::ProcessHardening {

// No core dumps of MTB Desk processes (issue 5; docs/hardening.md).
//
// Why: a core file of the GUI is a copy of its memory written to disk in plain text: the decrypted
// applications on screen (names, ID numbers, diagnoses), page images, and the data key that
// decrypts everything else at rest. systemd-coredump, apport or a plain `core` file would keep it
// where the encryption at rest cannot reach it, readable by whoever looks at crash reports. The
// same flag also keeps other processes of the same OS account (a curious colleague's script, a
// debugger) from attaching to the process or reading /proc/<pid>/mem.
//
// On Linux: setrlimit(RLIMIT_CORE, 0) (no core file) and prctl(PR_SET_DUMPABLE, 0) (no core even for
// a core_pattern pipe such as systemd-coredump, no ptrace, /proc/<pid>/ owned by root). On other
// Unix systems only the rlimit; on Windows nothing yet (Windows Error Reporting is set up by the
// installer there).

// The variable a developer sets to 1 to keep core dumps in a release build (e.g. to debug a crash
// on a test PC with no real data). Debug builds never turn core dumps off.
inline constexpr char kAllowCoreDumpsVariable[] = "MTBDESK_ALLOW_CORE_DUMPS";
// Set to 1, the programs print one line about it on stderr at start-up ("process-hardening: ..."):
// a diagnostic for tests and support, not a user feature.
inline constexpr char kReportVariable[] = "MTBDESK_PROCESS_HARDENING_REPORT";

enum class Outcome {
    Applied,               // core dumps are off
    SkippedDebugBuild,     // a debug build (NDEBUG not defined): left as the OS set it
    SkippedByEnvironment,  // MTBDESK_ALLOW_CORE_DUMPS=1
    Unsupported,           // no way to do it on this platform
    Failed,                // a system call failed (the process goes on: losing it is not worth
                           // refusing to start; the report line and the log say so)
};

// The policy, without side effects: apply in release builds unless the developer variable is "1".
Outcome decide(bool releaseBuild, const QByteArray& allowCoreDumpsValue);

// Call first thing in main(), before any data is read. Applies the policy above with this build's
// type and the environment; prints the report line when kReportVariable is set.
Outcome applyAtStartup();

// Unconditionally: core limit 0 (soft and hard) and not dumpable. True when everything succeeded.
bool disableCoreDumps();

// The state of this process as the OS sees it: "core-limit=0/0 dumpable=0" (Linux), for the report
// line and tests. coreDumpsOff() is true when the core limit is 0 and (on Linux) the process is not
// dumpable.
QString describeState();
bool coreDumpsOff();

QString outcomeName(Outcome outcome); // "applied", "skipped-debug-build", ... (untranslated, for logs)

} // namespace mtb::ProcessHardening
