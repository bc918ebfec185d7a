#!/usr/bin/env bash
# Runs every MTB Desk benchmark on a fresh temporary data folder and prints the figures.
# Usage: tests/bench/run_benchmarks.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/tests/bench/mtbdesk-bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
"$bench" seed "$work" 10000
"$bench" autosave "$work" 1000
"$bench" gui "$work"
"$bench" gui "$work"   # a second start, with the file in the page cache
