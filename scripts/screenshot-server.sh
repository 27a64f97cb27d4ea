#!/usr/bin/env bash
# Takes the README's Server screenshot: the window under Xvfb, driven with xdotool. The Server tab
# runs examples/mock/chat-backend.json; two python3-websockets clients (tests/servers/relay_client.py)
# talk to it, and one is answered by hand from the composer.
#   scripts/screenshot-server.sh [OUT.png] [WIDTHxHEIGHT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/server.png}"
size="${2:-1280x800}"
width="${size%x*}"
height="${size#*x}"
display="${WSI_DISPLAY:-:$((90 + RANDOM % 9))}"
config="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
app=""
first=""
second=""
trap 'kill $app $first $second $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$config"
for _ in $(seq 40); do
    xdotool getmouselocation >/dev/null 2>&1 && break
    sleep 0.25
done
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" &
app=$!
window=""
for _ in $(seq 60); do
    sleep 0.5
    window=$(xdotool search --name "WebSocket Inspector" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
done
sleep 2
xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
sleep 0.5
# File → New mock server… (Ctrl+Shift+M): the port field has the focus.
xdotool mousemove 300 400 click 1
xdotool key ctrl+shift+m
sleep 2
xdotool key ctrl+a
xdotool type "$port"
# Load rules… (Alt+L): the file dialog takes the path typed.
xdotool key alt+l
sleep 2
xdotool type --delay 2 "$root/examples/mock/chat-backend.json"
xdotool key Return
sleep 1.5
# Start: the button after the port.
xdotool mousemove 350 70 click 1
sleep 1
client="$root/tests/servers/relay_client.py"
/usr/bin/python3 "$client" "ws://127.0.0.1:$port/room/kitchen" --send '{"type":"ping","id":7}' --send 'hello ann' \
    --send '{"type":"join","room":"kitchen"}' --expect 5 --wait-close >/dev/null 2>&1 &
first=$!
sleep 0.6
/usr/bin/python3 "$client" "ws://127.0.0.1:$port/room/hall" --send 'hello bob' --send 'what?' --expect 4 --wait-close >/dev/null 2>&1 &
second=$!
sleep 3
# A reply by hand to the client chosen in "Send to" (#1: the first to connect stays chosen), typed into the Reply tab's composer and sent with Ctrl+Enter.
xdotool mousemove $((width - 250)) $((height - 250)) click 1
sleep 0.3
xdotool type --delay 2 '{"type":"notice","text":"typed by hand"}'
xdotool key ctrl+Return
sleep 1.5
import -window root -crop "${width}x${height}+0+0" "$out"
echo "wrote $out"
