#!/usr/bin/env bash
# Configures once and builds into build/ (or $WSI_BUILD_DIR). Extra arguments go to CMake's configure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WSI_BUILD_DIR:-$root/build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${WSI_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
