#!/usr/bin/env bash
# MTB Desk: one script to set up a Debian 12 (bookworm) machine, build, and run or test.
#
#   bash installer/debian/setup.sh run  [ARGS...]   install deps, build, start the GUI (ARGS go to mtbdesk)
#   bash installer/debian/setup.sh test [ARGS...]   install deps, build, run every test headless,
#                                                   build and check the .deb, run the tests again
#                                                   under ASan+UBSan, fuzz (ARGS go to ctest)
#
# It works from any directory, as root or as a user with sudo. On a machine that has everything
# already, apt is not touched at all, so a repeated run costs only an incremental build.
# CI runs the `test` mode through .ci/run on a fresh Debian 12 machine with no stdin.
#
# Environment knobs (all optional):
#   MTB_BUILD_DIR       build directory, relative to the repo root or absolute   (default: build)
#   MTB_HEADLESS=1      run: with no display, start the GUI under `xvfb-run -a` instead of failing
#   MTB_CENTRAL_PORT    run: port of the reference central service started beside the GUI (default: 8443)
#   MTB_TEST_XVFB=1     test: run ctest under `xvfb-run -a` too, for tests that need a real X server
#                       (by default tests use QT_QPA_PLATFORM=offscreen and need no display)
#   MTB_TEST_JOBS       test: parallel ctest jobs                                  (default: 2)
#   MTB_TEST_TIMEOUT    test: seconds per test without its own TIMEOUT property    (default: 300)
#   MTB_CTEST_TIMEOUT   test: seconds for the whole ctest run before it is killed  (default: 2400)
#   MTB_TEST_STAGES     test: which stages to run, in this order          (default: "tests asan fuzz")
#                         tests  build in MTB_BUILD_DIR, ctest, then build and check the .deb
#                         asan   the whole project built with -DMTB_SANITIZE=address,undefined in
#                                MTB_ASAN_BUILD_DIR, and ctest there (LeakSanitizer on; suppressions
#                                for system libraries only: tests/sanitizers/)
#                         fuzz   the libFuzzer targets (clang) built in MTB_FUZZ_BUILD_DIR, each run for
#                                MTB_FUZZ_SECONDS; a finding fails and leaves its reproducer there
#                       e.g. MTB_TEST_STAGES=asan to re-run only the sanitizer stage (docs/hardening.md)
#   MTB_ASAN_BUILD_DIR  test: build directory of the asan stage                    (default: build-asan)
#   MTB_FUZZ_BUILD_DIR  test: build directory of the fuzz stage                    (default: build-fuzz)
#   MTB_FUZZ_SECONDS    test: seconds each fuzz target runs                        (default: 45)
set -euo pipefail

# --- Where we are --------------------------------------------------------------------------------
# The repo root is two levels above this file, whatever the caller's working directory is.
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
# Build directories: relative ones are relative to the repo root, not to $PWD.
in_repo() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s\n' "${REPO_ROOT}/$1" ;;
    esac
}
BUILD_DIR="$(in_repo "${MTB_BUILD_DIR:-build}")"
ASAN_BUILD_DIR="$(in_repo "${MTB_ASAN_BUILD_DIR:-build-asan}")"
FUZZ_BUILD_DIR="$(in_repo "${MTB_FUZZ_BUILD_DIR:-build-fuzz}")"

# The Debian packages the project needs to build, test and package (all exist in bookworm).
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
    qt6-translations-l10n
    libopencv-dev qtkeychain-qt6-dev libssl-dev libgl-dev
    fonts-noto-cjk
    xvfb xauth
    dpkg-dev file git ca-certificates openssl
)
# Only for the fuzz stage of `test`: clang and its runtime libraries (libFuzzer, ASan, UBSan). The
# asan stage uses GCC's sanitizer runtimes, which come with build-essential (libasan8, libubsan1).
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# --- Small helpers -------------------------------------------------------------------------------
log() { printf '\n==> %s\n' "$*"; }
die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat <<'EOF'
Usage: bash installer/debian/setup.sh run  [ARGS...]   build and start the MTB Desk GUI
       bash installer/debian/setup.sh test [ARGS...]   build, run all tests headless, check the .deb
See the comment at the top of this script for the MTB_* environment variables.
EOF
}

# Prefix for commands that need root: nothing when we are root, else sudo.
as_root() {
    if [[ ${EUID} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "not root and sudo is not installed: cannot run '$*'"
    fi
}

# --- 1. System packages --------------------------------------------------------------------------
# Print the packages from PACKAGES that are not fully installed, one per line.
# One dpkg-query call for all of them: it prints a line per package it knows (and exits non-zero
# if some are unknown, which is fine: those are simply missing).
missing_packages() {
    local installed
    # ${db:Status-Abbrev} is e.g. "ii " (wanted install, is installed, no error). The second letter
    # 'i' means installed; a third non-blank letter means dpkg flags it for reinstallation.
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null \
        | awk 'substr($2, 2, 1) == "i" && length($2) == 2 { print $1 }' || true)"
    local p
    for p in "${PACKAGES[@]}"; do
        grep -qxF -- "${p}" <<<"${installed}" || printf '%s\n' "${p}"
    done
}

install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script is for Debian 12"
    local missing=()
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "All ${#PACKAGES[@]} Debian packages are installed: skipping apt"
        return 0
    fi
    log "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    # Non-interactive (CI has no stdin), no recommends, and wait for a dpkg lock held by someone
    # else (e.g. unattended-upgrades on a freshly booted machine) rather than failing at once.
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
    as_root "${apt[@]}" update
    as_root "${apt[@]}" install -y --no-install-recommends "${missing[@]}"
    # Make sure apt really delivered everything (a package could be held back, for instance).
    mapfile -t missing < <(missing_packages)
    [[ ${#missing[@]} -eq 0 ]] || die "still missing after apt-get install: ${missing[*]}"
}

# --- 2. Configure and build ----------------------------------------------------------------------
# build_in DIR [CONFIGURE_ARGS...] [-- BUILD_ARGS...]: configure DIR and build it.
build_in() {
    local dir="$1"
    shift
    local configure=(cmake -S "${REPO_ROOT}" -B "${dir}" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    while [[ $# -gt 0 && "$1" != "--" ]]; do
        configure+=("$1")
        shift
    done
    if [[ $# -gt 0 ]]; then
        shift # the "--"
    fi
    # A build dir that already exists keeps its generator (CMake refuses to switch); a new one
    # uses Ninja.
    if [[ ! -f "${dir}/CMakeCache.txt" ]]; then
        configure+=(-G Ninja)
    fi
    log "Configuring in ${dir}"
    "${configure[@]}"
    log "Building in ${dir} with $(nproc) job(s)"
    cmake --build "${dir}" --parallel "$(nproc)" "$@"
}

# Extra arguments are passed to the CMake configure step.
build() {
    build_in "${BUILD_DIR}" "$@"
}

# --- 3a. run: the reference central service, then the GUI ---------------------------------------
# No public central service exists: `run` starts the project's reference implementation on loopback
# (docs/central-sim.md) with a development CA, and points the GUI at it. It is stopped when the GUI
# exits (EXIT trap), however the script ends.
SIM_PID=""

stop_central_sim() {
    if [[ -n "${SIM_PID}" ]]; then
        kill "${SIM_PID}" 2>/dev/null || true
        wait "${SIM_PID}" 2>/dev/null || true
        SIM_PID=""
    fi
}

start_central_sim() {
    local sim="${BUILD_DIR}/app/central-sim/mtbdesk-central-sim"
    [[ -x "${sim}" ]] || die "${sim} was not built"
    local port="${MTB_CENTRAL_PORT:-8443}"
    local ca="${BUILD_DIR}/dev-ca"
    log "Development certificates in ${ca}"
    bash "${REPO_ROOT}/installer/dev-ca.sh" "${ca}" >/dev/null
    local out="${BUILD_DIR}/central-sim.out" errlog="${BUILD_DIR}/central-sim.log"
    log "Starting the reference central service on https://127.0.0.1:${port} (log: ${errlog})"
    "${sim}" serve --data "${BUILD_DIR}/central-data" --port "${port}" \
        --cert "${ca}/server.pem" --key "${ca}/server.key" --admin-token dev --auto-review 20 \
        >"${out}" 2>"${errlog}" &
    SIM_PID=$!
    trap stop_central_sim EXIT
    local i
    for ((i = 0; i < 150; i++)); do # up to 15 s
        grep -q '^listening on ' "${out}" 2>/dev/null && break
        if ! kill -0 "${SIM_PID}" 2>/dev/null; then
            SIM_PID=""
            tail -n 5 "${errlog}" >&2 || true
            die "the central service did not start (port ${port} in use? set MTB_CENTRAL_PORT)"
        fi
        sleep 0.1
    done
    grep -q '^listening on ' "${out}" || die "the central service did not report ready within 15 s"
    export MTBDESK_SERVER_URL="https://127.0.0.1:${port}/api/v1"
    export MTBDESK_CA_FILE="${ca}/ca.pem"
    echo "Demo accounts: nc-counter-01 / counter123, nc-hosp-01 / hospital123 (docs/central-sim.md)"
}

run_gui() {
    local gui="${BUILD_DIR}/ui/mtbdesk"
    [[ -x "${gui}" ]] || die "${gui} was not built (is the mtbdesk target in ui/CMakeLists.txt yet?)"
    local runner=()
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "setup.sh: there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set." >&2
        [[ "${MTB_HEADLESS:-0}" == "1" ]] \
            || die "start it from a graphical session, or set MTB_HEADLESS=1 to run it under Xvfb"
        log "MTB_HEADLESS=1: starting ${gui} under xvfb-run -a (an invisible X server)"
        runner=(xvfb-run -a -s "-screen 0 1600x1000x24")
    fi
    start_central_sim
    log "Starting ${gui} $*"
    # Not exec: the EXIT trap must still stop the central service when the GUI exits. Then the
    # script ends here with the GUI's exit code (run mode never goes on to the tests).
    local rc=0
    "${runner[@]}" "${gui}" "$@" || rc=$?
    exit "${rc}"
}

# --- 3b. test: stages (ctest and cpack; ctest under sanitizers; fuzzing) -------------------------
CTEST_LOG=""    # the output of the ctest run whose summary comes last, kept in its build dir
TESTS_RC=0      # the exit code of the first failed stage (0: all passed)
STAGE_REPORT=() # one line per stage that ran: name, wall time, result
declare -A STAGE_RC=() # exit code per stage that ran

# run_tests DIR [CTEST_ARGS...]: ctest in DIR, bounded in time; its log becomes CTEST_LOG.
run_tests() {
    local dir="$1"
    shift
    local ctest=(ctest --test-dir "${dir}" --output-on-failure
                 -j "${MTB_TEST_JOBS:-2}" --timeout "${MTB_TEST_TIMEOUT:-300}" "$@")
    # Tests draw with the offscreen platform plugin: no display needed. MtbTest.cmake sets the
    # same per test; this covers tests registered by other means.
    export QT_QPA_PLATFORM=offscreen
    # `timeout` bounds the whole run: it kills ctest and its test processes if they hang (it puts
    # them in a process group of their own and signals the group). At a terminal, --foreground
    # keeps them in the terminal's group instead so that Ctrl-C still reaches them.
    local runner=(timeout -k 30)
    if [[ -t 0 ]]; then
        runner+=(--foreground)
    fi
    runner+=("${MTB_CTEST_TIMEOUT:-2400}")
    if [[ "${MTB_TEST_XVFB:-0}" == "1" ]]; then
        runner+=(xvfb-run -a -s "-screen 0 1600x1000x24")
        log "Running the tests (offscreen, under xvfb-run -a)"
    else
        log "Running the tests (QT_QPA_PLATFORM=offscreen)"
    fi
    CTEST_LOG="${dir}/ctest-last-run.log"
    local rc=0
    "${runner[@]}" "${ctest[@]}" 2>&1 | tee "${CTEST_LOG}" || rc=$?
    if [[ ${rc} -eq 124 ]]; then
        echo "setup.sh: the test run took longer than ${MTB_CTEST_TIMEOUT:-2400}s and was killed" >&2
    fi
    return "${rc}"
}

# Repeat ctest's own closing lines so that they are the last thing printed, after cpack's output,
# preceded by one line per stage. Installed as an EXIT trap once the stages start, so it also comes
# last when a later step fails.
print_test_summary() {
    local rc=$?
    if [[ -n "${NOTE_FILE}" ]]; then
        rm -f "${NOTE_FILE}"
    fi
    if [[ ${#STAGE_REPORT[@]} -gt 0 ]]; then
        log "Stages (MTB_TEST_STAGES=\"${STAGES[*]}\")"
        printf '  %s\n' "${STAGE_REPORT[@]}"
    fi
    [[ -n "${CTEST_LOG}" && -f "${CTEST_LOG}" ]] || return 0
    log "Test summary (from ctest, $(dirname "${CTEST_LOG}"))"
    local line
    # The last "NN% tests passed, N tests failed out of N" line and everything after it.
    line="$(grep -n 'tests passed, .* failed out of' "${CTEST_LOG}" | tail -n 1 | cut -d: -f1 || true)"
    if [[ -n "${line}" ]]; then
        tail -n "+${line}" "${CTEST_LOG}"
    else
        # e.g. "No tests were found!!!", or a run killed before its summary.
        tail -n 5 "${CTEST_LOG}"
    fi
    if [[ ${rc} -ne 0 && ${TESTS_RC} -eq 0 ]]; then
        echo "setup.sh: FAILED: the tests passed but a later step failed (exit code ${rc}), see above" >&2
    fi
}

package_and_check() {
    log "Packaging: cpack -G DEB"
    rm -f "${BUILD_DIR}"/mtbdesk_*.deb
    (cd "${BUILD_DIR}" && cpack -G DEB)
    local debs=("${BUILD_DIR}"/mtbdesk_*.deb)
    [[ -f "${debs[0]}" ]] || die "cpack did not produce ${BUILD_DIR}/mtbdesk_*.deb"
    local deb="${debs[0]}"

    log "Checking $(basename "${deb}") ($(du -h "${deb}" | cut -f1))"
    dpkg-deb -I "${deb}"
    local contents
    contents="$(dpkg-deb -c "${deb}")"
    printf '%s\n' "${contents}"
    # Paths as dpkg-deb prints them ("./usr/bin/x"), symlink targets cut off.
    local paths
    paths="$(awk '{ print $6 }' <<<"${contents}")"

    # dpkg-shlibdeps must have filled in the Qt libraries: proof that SHLIBDEPS works.
    local depends
    depends="$(dpkg-deb -f "${deb}" Depends)"
    [[ "${depends}" == *libqt6core6* ]] \
        || die "the .deb's Depends lacks libqt6core6: did dpkg-shlibdeps run? (Depends: ${depends})"

    local required=(./usr/bin/mtbdesk-cli
                    ./usr/libexec/mtbdesk/mtbdesk-pdf-render
                    ./usr/share/applications/mtbdesk.desktop
                    ./usr/share/icons/hicolor/scalable/apps/mtbdesk.svg)
    # The GUI is required as soon as ui/CMakeLists.txt defines an executable (add_executable or
    # qt_add_executable, not in a comment); until then its absence is only a warning.
    if grep -Eq '^[[:space:]]*(qt6?_)?add_executable[[:space:]]*\(' "${REPO_ROOT}/ui/CMakeLists.txt"; then
        required+=(./usr/bin/mtbdesk)
    elif ! grep -qxF ./usr/bin/mtbdesk <<<"${paths}"; then
        echo "setup.sh: warning: /usr/bin/mtbdesk is not in the package yet (ui/CMakeLists.txt has" \
             "no add_executable); this check becomes strict once it has one." >&2
    fi
    local f
    for f in "${required[@]}"; do
        grep -qxF -- "${f}" <<<"${paths}" || die "${f#.} is missing from ${deb}"
    done
    log "Package OK: ${deb}"
}

# --- 3c. the stages of `test` -------------------------------------------------------------------
STAGES=()
NOTE_FILE="" # a stage runs in a subshell: it leaves a short note for its report line here

# Reads MTB_TEST_STAGES into STAGES (known names only, in the canonical order).
select_stages() {
    local wanted=" ${MTB_TEST_STAGES:-tests asan fuzz} " s
    for s in ${wanted}; do
        case "${s}" in
            tests | asan | fuzz) ;;
            *) die "MTB_TEST_STAGES: unknown stage '${s}' (known: tests asan fuzz)" ;;
        esac
    done
    for s in tests asan fuzz; do
        if [[ "${wanted}" == *" ${s} "* ]]; then
            STAGES+=("${s}")
        fi
    done
    [[ ${#STAGES[@]} -gt 0 ]] || die "MTB_TEST_STAGES selects no stage"
}

has_stage() {
    [[ " ${STAGES[*]} " == *" $1 "* ]]
}

note() {
    printf '%s' "$*" >"${NOTE_FILE}"
}

# stage NAME FUNCTION [ARGS...]: runs FUNCTION in a subshell with `set -e` in force (so that `die`
# or a failed command ends that stage only), times it and records the outcome.
stage() {
    local name="$1" fn="$2"
    shift 2
    local start=${SECONDS} rc=0
    log "Stage ${name}"
    : >"${NOTE_FILE}"
    set +e
    (
        set -e
        "${fn}" "$@"
    )
    rc=$?
    set -e
    STAGE_RC[${name}]=${rc}
    local took=$((SECONDS - start)) extra
    extra="$(cat "${NOTE_FILE}")"
    extra="${extra:+ (${extra})}"
    if [[ ${rc} -eq 0 ]]; then
        STAGE_REPORT+=("$(printf '%-6s %3dm%02ds  ok%s' "${name}" $((took / 60)) $((took % 60)) "${extra}")")
    else
        STAGE_REPORT+=("$(printf '%-6s %3dm%02ds  FAILED (exit code %d)%s' "${name}" $((took / 60)) \
            $((took % 60)) "${rc}" "${extra}")")
        if [[ ${TESTS_RC} -eq 0 ]]; then
            TESTS_RC=${rc}
        fi
    fi
    return 0
}

# The last "NN% tests passed, N tests failed out of N" line of a ctest log.
ctest_result_line() {
    grep 'tests passed, .* failed out of' "$1" 2>/dev/null | tail -n 1 || true
}

# tests: the normal build, ctest, and the .deb (only when the tests passed).
stage_tests() {
    rm -f "${BUILD_DIR}/ctest-last-run.log" # no summary from an earlier run if the build fails
    build -DMTB_BUILD_TESTS=ON # even if an older configure of this build dir turned them off
    local rc=0
    run_tests "${BUILD_DIR}" "$@" || rc=$?
    note "$(ctest_result_line "${BUILD_DIR}/ctest-last-run.log")"
    if [[ ${rc} -ne 0 ]]; then
        echo "setup.sh: tests failed (ctest exit code ${rc}): skipping the package check" >&2
        return "${rc}"
    fi
    package_and_check
}

# asan: everything again, built with AddressSanitizer (LeakSanitizer included) and
# UndefinedBehaviorSanitizer, then ctest there. Benchmarks are left out (they are not tests).
stage_asan() {
    rm -f "${ASAN_BUILD_DIR}/ctest-last-run.log"
    build_in "${ASAN_BUILD_DIR}" -DMTB_BUILD_TESTS=ON -DMTB_BUILD_BENCH=OFF -DMTB_SANITIZE=address,undefined
    local supp="${REPO_ROOT}/tests/sanitizers"
    # Stop at the first error; leaks are checked as each test process exits. Child processes
    # (mtbdesk-cli, the reference service) inherit these settings and are checked as well.
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1${ASAN_OPTIONS:+:${ASAN_OPTIONS}}"
    export LSAN_OPTIONS="suppressions=${supp}/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:${LSAN_OPTIONS}}"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=${supp}/ubsan.supp${UBSAN_OPTIONS:+:${UBSAN_OPTIONS}}"
    local rc=0
    run_tests "${ASAN_BUILD_DIR}" "$@" || rc=$?
    note "$(ctest_result_line "${ASAN_BUILD_DIR}/ctest-last-run.log")"
    if [[ ${rc} -ne 0 ]]; then
        echo "setup.sh: tests failed under ASan+UBSan (ctest exit code ${rc}): the sanitizer report is" \
             "in the failed test's output above (and in ${ASAN_BUILD_DIR}/ctest-last-run.log)" >&2
    fi
    return "${rc}"
}

# fuzz: the libFuzzer targets of tests/fuzz, built with clang, each run for MTB_FUZZ_SECONDS.
stage_fuzz() {
    local clang
    clang="$(command -v clang++-14 || command -v clang++ || true)"
    [[ -n "${clang}" ]] || die "clang++ not found (package clang-14)"
    build_in "${FUZZ_BUILD_DIR}" -DCMAKE_CXX_COMPILER="${clang}" -DMTB_FUZZ=ON -DMTB_BUILD_TESTS=OFF \
        -DMTB_BUILD_BENCH=OFF -- --target mtb_fuzzers
    local rc=0 out="${FUZZ_BUILD_DIR}/fuzz-summary.log"
    bash "${REPO_ROOT}/tests/fuzz/run_fuzzers.sh" "${FUZZ_BUILD_DIR}" "${MTB_FUZZ_SECONDS:-45}" 2>&1 \
        | tee "${out}" || rc=$?
    note "$(grep -cE '^fuzz_[a-z_]+: .*: OK$' "${out}" || true) of $(grep -cE '^fuzz_[a-z_]+: [0-9]+ s, ' "${out}" \
        || true) targets without findings, ${MTB_FUZZ_SECONDS:-45} s each"
    return "${rc}"
}

# --- Main ----------------------------------------------------------------------------------------
main() {
    local mode="${1:-}"
    case "${mode}" in
        run | test) shift ;;
        -h | --help | help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac

    if [[ "${mode}" == "run" ]]; then
        install_packages
        build
        run_gui "$@" # ends the script
    fi

    select_stages
    if has_stage fuzz; then
        PACKAGES+=("${FUZZ_PACKAGES[@]}")
    fi
    install_packages
    NOTE_FILE="$(mktemp)"
    trap print_test_summary EXIT
    local s
    for s in "${STAGES[@]}"; do
        stage "${s}" "stage_${s}" "$@"
    done
    # The summary that comes last: the normal test run's, as before the sanitizer and fuzz stages
    # existed; the sanitizer run's when the normal run passed (or did not run) and it failed.
    CTEST_LOG=""
    if has_stage tests; then
        CTEST_LOG="${BUILD_DIR}/ctest-last-run.log"
    fi
    if has_stage asan && { ! has_stage tests || [[ ${STAGE_RC[tests]} -eq 0 && ${STAGE_RC[asan]} -ne 0 ]]; }; then
        CTEST_LOG="${ASAN_BUILD_DIR}/ctest-last-run.log"
    fi
    exit "${TESTS_RC}"
}

main "$@"
