#!/usr/bin/env bash
# Checks the hardening of built executables with readelf (cmake/Hardening.cmake, docs/hardening.md):
#   check_binary_hardening.sh READELF EXPECT_FORTIFY BINARY...
# For each BINARY: a position-independent executable (PIE), a GNU_RELRO segment, BIND_NOW (so with
# RELRO the GOT is read-only: "full RELRO"), a non-executable stack, stack-protector canaries
# (__stack_chk_fail imported) and, when EXPECT_FORTIFY is 1, glibc's checked functions (*_chk).
# Not checked: the x86 CET property (IBT/SHSTK). Our objects carry endbr64 (-fcf-protection), but
# Debian 12's own start files (Scrt1.o, crti.o, crtn.o) are not CET-marked, so no executable linked
# on Debian 12 gets the property.
set -uo pipefail
readelf="$1"
expect_fortify="$2"
shift 2
failures=0
fail() {
    echo "FAIL: $1: $2"
    failures=$((failures + 1))
}
for bin in "$@"; do
    [[ -f "${bin}" ]] || { fail "${bin}" "not built"; continue; }
    name="$(basename "${bin}")"
    before=${failures}
    header="$("${readelf}" -hW "${bin}")"
    segments="$("${readelf}" -lW "${bin}")"
    dynamic="$("${readelf}" -dW "${bin}")"
    symbols="$("${readelf}" --dyn-syms -W "${bin}")"
    grep -q 'Type:[[:space:]]*DYN' <<<"${header}" || fail "${name}" "not a PIE (ELF type is not DYN)"
    grep -q 'FLAGS_1.*PIE' <<<"${dynamic}" || fail "${name}" "DT_FLAGS_1 lacks PIE"
    grep -q 'GNU_RELRO' <<<"${segments}" || fail "${name}" "no GNU_RELRO segment (-z relro)"
    grep -Eq 'BIND_NOW|FLAGS_1.*NOW' <<<"${dynamic}" || fail "${name}" "no BIND_NOW (-z now): only partial RELRO"
    stack="$(awk '$1 == "GNU_STACK" { print $7 }' <<<"${segments}")"
    [[ "${stack}" == "RW" ]] || fail "${name}" "stack is not RW-only (GNU_STACK flags: '${stack:-missing}')"
    grep -q '__stack_chk_fail' <<<"${symbols}" || fail "${name}" "no stack canaries (__stack_chk_fail not imported)"
    if [[ "${expect_fortify}" == "1" ]]; then
        grep -Eq '__[a-z0-9_]+_chk@' <<<"${symbols}" || fail "${name}" "no FORTIFY_SOURCE checked functions (*_chk)"
    fi
    chk="$(grep -oE '__[a-z0-9_]+_chk@' <<<"${symbols}" | sed 's/@$//' | sort -u | tr '\n' ' ')"
    if [[ ${failures} -eq ${before} ]]; then
        echo "${name}: PIE, RELRO + BIND_NOW, stack RW, canaries${chk:+, FORTIFY: ${chk}}"
    fi
done
[[ ${failures} -eq 0 ]] || { echo "${failures} hardening check(s) failed"; exit 1; }
