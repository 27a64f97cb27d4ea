#!/usr/bin/env bash
# Takes the README's three "log at a glance" screenshots: a Socket.IO tab (the socket.io
# article's server pinging every 250 ms) with Fold keep-alive on, then the echoed event's JSON
# in the Tree tab with a search, then the same as coloured text (the Text button, Alt+T). The real window under Xvfb, driven with xdotool, as
# scripts/screenshot.sh does.
#   scripts/screenshot-glance.sh [OUT_DIR]   (WSI_DISPLAY=:N picks the X display)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots}"
ping_interval=250
source "$root/scripts/screenshot-start.sh"
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" &
app=$!
sleep 2
window=$(xdotool search --sync --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
sleep 0.5
xdotool mousemove 400 300 click 1
sleep 0.3
# A Socket.IO tab: the URL, the mode chosen from the keyboard, then an "echo" emit with JSON.
xdotool key ctrl+t
sleep 0.5
xdotool type --delay 2 "ws://127.0.0.1:$io_port/socket.io/"
sleep 0.3
xdotool key Tab
sleep 0.3
xdotool key Down
xdotool key ctrl+o
sleep 1
xdotool type --delay 2 'echo'
xdotool key Return
xdotool type --delay 2 '{"items":[{"id":1,"name":"alpha","price":1.25},{"id":2,"name":"beta","price":3.5},{"id":3,"name":"gamma","price":0.75}],"user":{"name":"Ada","roles":["admin","dev"]},"ts":1764500000}'
xdotool key ctrl+Return
sleep 3
# Fold keep-alive (Alt+K), a few more seconds of pings, then the picture.
xdotool key alt+k
sleep 4
xdotool mousemove 560 358 click 1
sleep 0.5
import -window root -crop 1280x800+0+0 "$out/log-folded.png"
# The Tree tab of the echoed event, searched for "name".
xdotool mousemove 840 163 click 1
sleep 0.8
xdotool mousemove 825 187 click 1
xdotool type --delay 20 'name'
sleep 0.5
xdotool key Return
xdotool mousemove 870 560
sleep 0.5
import -window root -crop 1280x800+0+0 "$out/json-tree.png"
# The same document as coloured text beside the tree.
xdotool key alt+t
sleep 0.8
import -window root -crop 1280x800+0+0 "$out/json-text.png"
