// libFuzzer target over everything that reads untrusted bytes: the session reader and the HAR
// importer (and writing back what they read), and the payload and protocol decoders of issue 13.
#include "decode/CborDecoder.h"
#include "decode/GraphQlDecoder.h"
#include "decode/Inflater.h"
#include "decode/JsonRpcDecoder.h"
#include "decode/MqttDecoder.h"
#include "decode/MsgPackDecoder.h"
#include "decode/ProtobufRaw.h"
#include "decode/StompDecoder.h"
#include "record/HarFile.h"
#include "record/SessionFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const wsi::SessionFile::Contents session = wsi::SessionFile::parse(input, QStringLiteral("fuzz.jsonl"));
    if (session.ok()) {
        // What was read must write and read back to the same number of events.
        const QByteArray again = wsi::SessionFile::serialize(session.header, session.events);
        const wsi::SessionFile::Contents reread = wsi::SessionFile::parse(again, QStringLiteral("again.jsonl"));
        if (reread.events.size() != session.events.size())
            __builtin_trap();
    }
    const wsi::SessionFile::Contents har = wsi::HarFile::parse(input, QStringLiteral("fuzz.har"));
    if (har.ok())
        (void)wsi::HarFile::serialize(har.header, har.events);

    // The decoders: whatever the bytes, an answer (decoded, or why not), never a crash.
    (void)wsi::CborDecoder::decode(input);
    (void)wsi::MsgPackDecoder::decode(input);
    (void)wsi::ProtobufRaw::decode(input);
    (void)wsi::ProtobufRaw::decode(input, 3);
    for (auto format : {wsi::Inflater::Format::Gzip, wsi::Inflater::Format::Zlib, wsi::Inflater::Format::Deflate}) {
        const wsi::Inflater::Result inflated = wsi::Inflater::inflate(input, format, 1 << 20);
        if (inflated.bytes.size() > (1 << 20))
            __builtin_trap(); // the bound holds
    }
    wsi::MqttDecoder mqtt;
    mqtt.learn(true, input);
    for (bool outgoing : {false, true}) {
        (void)mqtt.view(outgoing, true, input);
        (void)wsi::StompDecoder().view(outgoing, false, input);
        (void)wsi::GraphQlDecoder().view(outgoing, false, input);
        (void)wsi::JsonRpcDecoder().view(outgoing, false, input);
    }
    return 0;
}
