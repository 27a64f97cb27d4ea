#!/usr/bin/env bash
# Takes the README's screenshot: the real window under Xvfb, driven with xdotool.
#   scripts/screenshot.sh [OUT.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/main-window.png}"
"$root/scripts/install-deps.sh" run
command -v xdotool >/dev/null && command -v import >/dev/null || {
    apt-get install -y -qq xdotool imagemagick >/dev/null
}
"$root/scripts/build.sh"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1320x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
# A protocol heartbeat every second gives the panel's chart something to show.
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" --heartbeat ping --heartbeat-interval 1 "$@" &
app=$!
sleep 2
window=$(xdotool search --sync --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1320 800
sleep 0.5
xdotool mousemove 300 740 click 1
xdotool type --delay 2 '{"type":"subscribe","channel":"ticker","symbols":["BTC","ETH"]}'
xdotool key ctrl+Return
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 2 '<b>not bold</b> <img src=x onerror=alert(1)>'
xdotool key ctrl+Return
for burst in 1 2 3 4 5 6; do
    sleep 1
    for n in $(seq "$burst"); do xdotool key ctrl+Return; done
done
sleep 1.5
xdotool mousemove 300 165 click 1
sleep 0.5
import -window root -crop 1320x800+0+0 "$out"
echo "wrote $out"
