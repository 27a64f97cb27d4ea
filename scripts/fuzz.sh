#!/usr/bin/env bash
# Builds the libFuzzer target over the session reader, the HAR importer and the payload and
# protocol decoders (CBOR, MessagePack, protobuf, inflate, GraphQL, STOMP, MQTT, JSON-RPC) and the JSON
# tree's index with clang
# (ASan + UBSan) and runs it for a short while from the seed corpus.
#   scripts/fuzz.sh [--seconds N] [--build-dir DIR]
# Exits non-zero when the fuzzer finds a crash; the reproducer is left in the build dir.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=20
out="${WSI_BUILD_DIR:-$root/build}/fuzz"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build-dir) out="$2/fuzz"; shift 2 ;;
        *) echo "usage: $0 [--seconds N] [--build-dir DIR]" >&2; exit 2 ;;
    esac
done
mkdir -p "$out/corpus"
sources=(app/record/SessionFile.cpp app/record/HarFile.cpp app/session/Redaction.cpp app/session/EventJson.cpp
         app/session/SessionEvent.cpp app/session/CloseCode.cpp app/session/SessionOptions.cpp
         app/session/SessionOptionsStorage.cpp app/session/Heartbeat.cpp app/session/ReconnectPolicy.cpp
         app/i18n/Translation.cpp app/record/PrivateFile.cpp app/prefs/SecretStore.cpp app/prefs/Preferences.cpp
         app/record/InputFile.cpp app/record/SessionReader.cpp app/session/SystemMemory.cpp
         app/log/PlainText.cpp app/log/JsonIndex.cpp app/decode/DecodeSettings.cpp app/decode/CborDecoder.cpp app/decode/MsgPackDecoder.cpp
         app/decode/ProtobufRaw.cpp app/decode/Inflater.cpp app/decode/ProtocolDecoder.cpp app/decode/GraphQlDecoder.cpp
         app/decode/StompDecoder.cpp app/decode/MqttDecoder.cpp app/decode/JsonRpcDecoder.cpp
         tests/fuzz/fuzz_session_reader.cpp)
binary="$out/fuzz_session_reader"
newest=$(cd "$root" && ls -t "${sources[@]}" app/record/*.h app/session/*.h app/i18n/*.h app/decode/*.h app/prefs/*.h app/log/JsonIndex.h | head -1)
if [ ! -x "$binary" ] || [ "$root/$newest" -nt "$binary" ]; then
    qt_include=$(pkg-config --variable=includedir Qt6Core)
    (cd "$root" && clang++ -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -fPIC -DWSI_VERSION='"fuzz"' -DMSGPACK_NO_BOOST -DMSGPACK_DEFAULT_API_VERSION=3 -Iapp -I"$qt_include" -I"$qt_include/QtCore" \
        "${sources[@]}" -o "$binary" $(pkg-config --libs Qt6Core) -lqt6keychain -lprotobuf -lz)
fi
cd "$out"
# -rss_limit_mb stays well inside the machine; the seeds are the hand-made samples.
"$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 corpus "$root/tests/fuzz/corpus" 2>&1 | tail -n 12
echo "fuzz_session_reader: ${seconds}s, no crash"
