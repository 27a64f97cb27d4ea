#!/usr/bin/env bash
# Runs every benchmark and prints the table for the README. --quick: a tenth of the sizes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" test
"$root/scripts/build.sh"
echo "WebSocket Inspector benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m)"
QT_QPA_PLATFORM=offscreen "${WSI_BUILD_DIR:-$root/build}/tests/bench/bench_inspector" "$@"
