#!/usr/bin/env bash
# Takes the README's Intercept screenshot: the window under Xvfb, driven with xdotool. A node
# "ws" server (tests/servers/relay_upstream.js) is the upstream, a node script the intercepted
# program; a breakpoint "$.op = buy" to the server holds its order while the server's messages flow.
#   scripts/screenshot-intercept.sh [OUT.png] [WIDTHxHEIGHT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/intercept.png}"
size="${2:-1280x800}"
width="${size%x*}"
height="${size#*x}"
display="${WSI_DISPLAY:-:$((90 + RANDOM % 9))}"
config="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
node "$root/tests/servers/relay_upstream.js" >"$config/upstream.txt" &
upstream=$!
app=""
client=""
trap 'kill $app $client $xvfb $upstream 2>/dev/null || true; rm -rf "$config"' EXIT
upstream_port=""
for _ in $(seq 40); do
    sleep 0.25
    upstream_port="$(head -1 "$config/upstream.txt" 2>/dev/null || true)"
    [ -n "$upstream_port" ] && break
done
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$config"
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" &
app=$!
sleep 3
window=$(xdotool search --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
sleep 0.5
# File → New intercept… (Ctrl+Shift+I): the upstream field has the focus; the port is before it.
xdotool mousemove 300 400 click 1
xdotool key ctrl+shift+i
sleep 1
xdotool type --delay 2 "ws://127.0.0.1:$upstream_port/"
# The port field (left of the upstream, at the same place at any width), then Start (top right).
xdotool mousemove 262 71 click --repeat 2 1
xdotool key ctrl+a
xdotool type "$port"
xdotool mousemove $((width - 50)) 71 click 1
sleep 0.5
# The breakpoint: To server · Text · JSON path equals, $.op = buy (the side panel's combos).
side=$((width - 450))
xdotool mousemove $((side + 80)) 202 click 1
sleep 0.4
xdotool key Down Return
xdotool mousemove $((width - 90)) 202 click 1
sleep 0.4
xdotool key Down Down Return
xdotool mousemove $((side + 80)) 230 click 1
xdotool type --delay 2 '$.op'
xdotool key Tab
xdotool type --delay 2 'buy'
xdotool key Return
# The intercepted program: subscribes, orders, pings.
cat >"$config/client.js" <<JS
const WebSocket = require('$root/tests/servers/node_modules/ws');
const ws = new WebSocket(process.argv[2]);
ws.on('open', () => {
  ws.send(JSON.stringify({op: 'subscribe', channel: 'ticker', symbols: ['BTC', 'ETH']}));
  setTimeout(() => ws.send(JSON.stringify({op: 'buy', symbol: 'BTC', qty: 0.25, limit: 64210.5})), 600);
  setTimeout(() => ws.send(JSON.stringify({op: 'ping', t: 1733000000000})), 1100);
});
setTimeout(() => process.exit(0), 120000);
JS
node "$config/client.js" "ws://127.0.0.1:$port/greet?n=3" >/dev/null &
client=$!
sleep 2.5
# The held order's editor: the limit price changed, not yet forwarded.
import -window root -crop "${width}x${height}+0+0" "$out"
echo "wrote $out"
