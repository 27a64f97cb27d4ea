# Sourced by the screenshot scripts (with root set): the dependencies and a build, a 1280x800
# Xvfb display, the socket.io article's server pinging every ${ping_interval:-2000} ms, and a
# fresh profile; DISPLAY and friends are exported, io_port is the server's port. The caller
# starts the window as $app; everything is stopped on exit. WSI_SKIP_BUILD=1 takes the build as
# it is (the window built already; a whole build takes long on a busy machine).
if [ -z "${WSI_SKIP_BUILD:-}" ]; then
    "$root/scripts/install-deps.sh" test
    "$root/scripts/install-deps.sh" run
    "$root/scripts/build.sh"
fi
command -v xdotool >/dev/null && command -v import >/dev/null || {
    apt-get install -y -qq xdotool imagemagick >/dev/null
}
# WSI_DISPLAY picks the X display (several people on one machine each keep their own).
display="${WSI_DISPLAY:-:$((90 + RANDOM % 9))}"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
node "$root/tests/servers/socketio_server.js" --ping-interval "${ping_interval:-2000}" --ping-timeout 2000 >"$root/build/socketio-port.txt" &
io=$!
config="$(mktemp -d)"
trap 'kill $app $xvfb $io 2>/dev/null || true; rm -rf "$config"' EXIT
# The server prints its port once it listens: up to 10 s on a busy machine.
io_port=""
for _ in $(seq 40); do
    sleep 0.25
    io_port="$(head -1 "$root/build/socketio-port.txt" 2>/dev/null || true)"
    [ -n "$io_port" ] && break
done
# A fresh profile: no tabs or snippets from earlier runs in the picture.
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$config"
