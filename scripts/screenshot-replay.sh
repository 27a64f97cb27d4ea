#!/usr/bin/env bash
# The README's replay screenshot: a session recorded by the CLI, one reply changed
# by hand, opened read-only in the window and replayed against the echo server.
#   scripts/screenshot-replay.sh [OUT.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/replay-result.png}"
bin="${WSI_BUILD_DIR:-$root/build}/app"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
"$bin/wsinspector-cli" serve --port "$port" >/dev/null &
server=$!
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1320x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $server $xvfb ${app:-} 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5
"$bin/wsinspector-cli" connect "ws://127.0.0.1:$port/" --quiet --record "$work/orders.jsonl" --wait 0.3 \
    --send '{"op":"subscribe","channel":"orders","id":1}' --send '{"op":"order","side":"buy","qty":5,"id":2}' \
    --send '{"op":"order","side":"sell","qty":3,"id":3}' --send '{"op":"unsubscribe","id":4}'
# Pretend the server once answered the sell order differently: the replay must catch it.
sed -i 's/\("dir":"in".*\\"side\\":\\"sell\\",\\"qty\\":\)3/\17/' "$work/orders.jsonl"
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
"$bin/wsinspector" "ws://127.0.0.1:$port/" &
app=$!
sleep 2
main=$(xdotool search --sync --name "WebSocket Inspector" | head -1)
xdotool windowmove "$main" 0 0 windowsize "$main" 1300 780
sleep 0.3
xdotool mousemove 300 740 click 1
xdotool key ctrl+shift+o
sleep 1
picker=$(xdotool search --name "Open session" | head -1)
xdotool windowfocus "$picker" 2>/dev/null || true
xdotool type --delay 2 "$work/orders.jsonl"
xdotool key Return
sleep 1.5
view=$(xdotool search --name "orders.jsonl" | head -1)
xdotool windowmove "$view" 0 0 windowsize "$view" 1300 780
sleep 0.5
xdotool mousemove 300 400 click 1
xdotool key ctrl+shift+p
sleep 1
dialog=$(xdotool search --name "^Replay$" | head -1)
xdotool windowmove "$dialog" 420 150
xdotool windowfocus "$dialog" 2>/dev/null || true
xdotool key Return
sleep 2
import -window "$dialog" "$out"
echo "wrote $out"
