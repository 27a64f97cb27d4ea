// libFuzzer target over everything that reads untrusted bytes: the session reader and the HAR
// importer (and writing back what they read), the payload and protocol decoders of issue 13, and the
// JSON tree's index.
#include "decode/CborDecoder.h"
#include "decode/GraphQlDecoder.h"
#include "decode/Inflater.h"
#include "decode/JsonRpcDecoder.h"
#include "decode/MqttDecoder.h"
#include "decode/MsgPackDecoder.h"
#include "decode/ProtobufRaw.h"
#include "decode/StompDecoder.h"
#include "log/JsonIndex.h"
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

    // The JSON tree's index (issue 18): whatever the bytes, a document or why not; what it
    // accepts, every value's text, key and compact form can be asked for, and the compact
    // document reads again into as many values.
    QString jsonError;
    if (const std::optional<wsi::JsonIndex> index = wsi::JsonIndex::read(input, &jsonError)) {
        for (int i = 0; i < index->size(); ++i) {
            (void)index->key(i);
            (void)index->text(i);
            for (int row = 0; row < index->childCount(i); ++row)
                if (index->parent(index->child(i, row)) != i)
                    __builtin_trap();
        }
        if (index->size() > 0) {
            const std::optional<wsi::JsonIndex> again = wsi::JsonIndex::read(index->compact(0), &jsonError);
            if (!again || again->size() != index->size())
                __builtin_trap();
        }
        bool cut = false;
        (void)index->indented(4096, &cut);
    }
    return 0;
}
