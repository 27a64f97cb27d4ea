#!/usr/bin/env bash
# Installs the Debian 12 packages WebSocket Inspector needs, only those missing.
#   install-deps.sh build   compiler, CMake, Qt 6 (Core, Network, WebSockets, Widgets, Test)
#   install-deps.sh test    build + the non-Qt servers the integration tests start
#   install-deps.sh run     build + Xvfb, used only when there is no display
set -euo pipefail

build_packages=(g++ cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev qt6-l10n-tools qt6-tools-dev qt6-translations-l10n libmsgpack-cxx-dev libprotobuf-dev libprotoc-dev zlib1g-dev qtkeychain-qt6-dev)
test_packages=(python3 python3-websockets python3-tornado openssl clang libclang-rt-14-dev appstream desktop-file-utils jq man-db groff-base)
run_packages=(xvfb xauth)

wanted=("${build_packages[@]}")
case "${1:-build}" in
    build) ;;
    test) wanted+=("${test_packages[@]}") ;;
    run) wanted+=("${run_packages[@]}") ;;
    *) echo "usage: $0 [build|test|run]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# The node servers of the tests: Debian's nodejs and npm unless a node is already there.
if [ "${1:-build}" = test ]; then
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm socket.io and websocket, pinned by tests/servers/package-lock.json, for the articles' servers.
if [ "${1:-build}" = test ]; then
    servers="$root/tests/servers"
    if [ ! -d "$servers/node_modules" ] || [ "$servers/package-lock.json" -nt "$servers/node_modules/.package-lock.json" ]; then
        echo "Installing the test servers' npm packages"
        (cd "$servers" && npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
