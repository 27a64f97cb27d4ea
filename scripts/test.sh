#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
# WSI_SANITIZE=1 builds and runs them with AddressSanitizer + UBSan in build-asan/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" test
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [ "${WSI_SANITIZE:-0}" = 1 ]; then
    export WSI_BUILD_DIR="${WSI_BUILD_DIR:-$root/build-asan}" WSI_BUILD_TYPE=Debug
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    # OpenSSL's per-thread state is not ours to free: see the reason in the file.
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}"
    "$root/scripts/build.sh" -DWSI_SANITIZE=ON
else
    "$root/scripts/build.sh"
fi
cd "${WSI_BUILD_DIR:-$root/build}"
ctest --output-on-failure --timeout 300 -j2
