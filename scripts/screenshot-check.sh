#!/usr/bin/env bash
# Takes the README's check-run screenshot: examples/checks/login.json run in the window against
# tests/servers/login_server.py, under Xvfb; its second check fails on purpose.
#   scripts/screenshot-check.sh [OUT.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/check-run.png}"
display="${WSI_DISPLAY:-:$((90 + RANDOM % 9))}"
config="$(mktemp -d)"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
/usr/bin/python3 "$root/tests/servers/login_server.py" --port 8765 >/dev/null &
server=$!
trap 'kill $app $xvfb $server 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$config"
# The check of examples/checks/login.json, its server reached through a collection whose
# environment holds the password as a secret (so the window masks it).
cat > "$config/shop.json" <<'JSON'
{"wsinspectorCollection": 1, "name": "Shop (staging)",
 "folders": [{"name": "Auth", "connections": [{"name": "Login server", "url": "ws://{{host}}/"}]}],
 "environments": [{"name": "staging", "variables": [{"name": "host", "value": "127.0.0.1:8765"},
     {"name": "password", "value": "opensesame", "secret": true}]}]}
JSON
sed -e 's|"url": "ws://{{host}}/",|"collection": "shop.json", "connection": "Auth/Login server", "environment": "staging",|' \
    -e 's|"host": "127.0.0.1:8765", ||' "$root/examples/checks/login.json" > "$config/login.json"
"${WSI_BUILD_DIR:-$root/build}/app/wsinspector" --check "$config/login.json" &
app=$!
sleep 3
window=$(xdotool search --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
xdotool windowraise "$window"
sleep 0.8
import -window root -crop 1280x800+0+0 "$out"
