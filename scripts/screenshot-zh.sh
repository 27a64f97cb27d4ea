#!/usr/bin/env bash
# Takes the Chinese screenshot of the README and README.zh_CN.md: the real window in Simplified
# Chinese under Xvfb, against the tornado article's server answering "接收到客户端的消息：…".
#   scripts/screenshot-zh.sh [OUT.png]
# Xvfb has no CJK font: this script (only this one) installs Debian's fonts-noto-cjk. A desktop
# set to Chinese has one already; the program itself needs none.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/resources/screenshots/main-window-zh_CN.png}"
"$root/scripts/install-deps.sh" test
"$root/scripts/install-deps.sh" run
missing=()
for package in fonts-noto-cjk xdotool imagemagick; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
"$root/scripts/build.sh"
display="${WSI_DISPLAY:-:77}"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
ports="$(mktemp)"
/usr/bin/python3 "$root/tests/servers/tornado_server.py" --prefix '接收到客户端的消息：' >"$ports" &
server=$!
config="$(mktemp -d)"
trap 'kill $app $xvfb $server 2>/dev/null || true; rm -rf "$config" "$ports"' EXIT
sleep 1
port="$(head -1 "$ports")"
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$config"
# The window in Chinese (whether or not glibc has a zh_CN locale: Qt reads LANGUAGE itself);
# xdotool keeps a UTF-8 locale it has, to type the Chinese.
env -u LC_ALL -u LC_MESSAGES LANGUAGE=zh_CN LANG=zh_CN.UTF-8 \
    "${WSI_BUILD_DIR:-$root/build}/app/wsinspector" "ws://127.0.0.1:$port/chat" --heartbeat ping --heartbeat-interval 4 &
app=$!
export LC_ALL=C.UTF-8
sleep 2
window=$(xdotool search --sync --name "WebSocket Inspector" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
sleep 1
xdotool mousemove 300 700 click 1
for message in '你好，服务器' 'heartCheck 心跳测试' '{"type":"subscribe","channel":"news"}'; do
    xdotool key ctrl+a
    xdotool type --delay 120 "$message"
    xdotool key ctrl+Return
    sleep 0.5
done
sleep 3
# The first reply selected: the detail pane shows it whole.
xdotool mousemove 450 254 click 1
sleep 0.5
import -window root -crop 1280x800+0+0 "$out"
echo "$out"
