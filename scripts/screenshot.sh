#!/usr/bin/env bash
# Takes the README's screenshot: the real window under Xvfb, driven with xdotool.
# Two tabs: the built-in echo server, and the socket.io article's server in Socket.IO mode.
#   scripts/screenshot.sh [OUT.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/main-window.png}"
source "$root/scripts/screenshot-start.sh"
# A protocol heartbeat every second gives the panel's chart something to show.
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" --heartbeat ping --heartbeat-interval 1 &
app=$!
sleep 2
window=$(xdotool search --sync --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
sleep 0.5
# Tab 1: a few messages to the echo server.
xdotool mousemove 300 700 click 1
xdotool type --delay 2 '{"type":"subscribe","channel":"ticker","symbols":["BTC","ETH"]}'
xdotool key ctrl+Return
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 2 '<b>not bold</b> <img src=x onerror=alert(1)>'
xdotool key ctrl+Return
# Tab 2: the socket.io server, Socket.IO mode chosen from the keyboard, then an emit.
xdotool key ctrl+t
sleep 0.3
xdotool type --delay 2 "ws://127.0.0.1:$io_port/socket.io/"
# The URL field suggests recent URLs in a popup; give it a moment to close before the next key.
sleep 0.3
xdotool key Tab
sleep 0.3
xdotool key Down
xdotool key ctrl+o
sleep 1
# Opened: the cursor is in the event name; Enter moves to the arguments.
xdotool type --delay 2 'anotherNews'
xdotool key Return
xdotool type --delay 2 '{"my": "data"}'
xdotool key ctrl+Return
sleep 4.5
xdotool mousemove 300 265 click 1
sleep 0.5
import -window root -crop 1280x800+0+0 "$out"
echo "wrote $out"
