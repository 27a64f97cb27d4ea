#!/usr/bin/env bash
# Installs what is missing, builds, and starts the window connected to the built-in echo server.
# Arguments go to wsinspector (for example a ws:// URL to open instead).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" run
"$root/scripts/build.sh"
binary="${WSI_BUILD_DIR:-$root/build}/app/wsinspector"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under Xvfb (xvfb-run). Set DISPLAY to see the window."
    exec xvfb-run -a "$binary" "$@"
fi
exec "$binary" "$@"
