#!/bin/sh
# Runs the example checks against the built-in echo server: ./run-examples.sh WSINSPECTOR-CLI [JUNIT.xml]
# (ctest's example_checks). The server picks a free port; the checks get it with --var host=...
set -eu
cli="$1"
junit="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp)"
"$cli" serve --port 0 > "$out" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 1 100); do
    grep -q 'ws://' "$out" && break
    sleep 0.05
done
host="$(grep -o 'ws://[^/ ]*' "$out" | head -n 1 | cut -c6-)"
[ -n "$host" ] || { echo "run-examples.sh: the echo server did not start" >&2; exit 2; }
set -- "$here/echo.json" --var "host=$host"
[ -n "$junit" ] && set -- "$@" --junit "$junit"
"$cli" check "$@"
