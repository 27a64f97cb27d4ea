#pragma once

#include "i18n/Translation.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsi {

// What a binary message is decoded as in the detail pane and by `connect --decode`.
// Auto takes only what the bytes say unambiguously (a gzip or zlib header that inflates,
// the CBOR self-describe tag); None shows the hex dump as it always did.
enum class BinaryFormat { Auto, None, Cbor, MessagePack, Protobuf, Gzip, Zlib, Deflate };
// What a connection's messages are read as, above the payload (ProtocolDecoder): chosen by the
// subprotocol the server accepted (Auto), or by the user.
enum class MessageProtocol { Auto, None, GraphQl, Stomp, Mqtt, JsonRpc };

struct DecodeSettings
{
    WSI_DECLARE_TR_FUNCTIONS(DecodeSettings)
public:
    BinaryFormat binaryAs = BinaryFormat::Auto;
    // protobuf with a schema: a .proto file and the message type in it; without, the wire is
    // decoded raw (field numbers and wire types, as `protoc --decode_raw`).
    QString protoFile;
    QString protoMessage;
    MessageProtocol protocol = MessageProtocol::Auto;
    // Inflated output stops here (a decompression bomb); the session's message size limit.
    qint64 maxOutputBytes = 64ll * 1024 * 1024;

    bool operator==(const DecodeSettings &other) const
    {
        return binaryAs == other.binaryAs && protoFile == other.protoFile && protoMessage == other.protoMessage
            && protocol == other.protocol && maxOutputBytes == other.maxOutputBytes;
    }
    bool operator!=(const DecodeSettings &other) const { return !(*this == other); }

    // The names used on the command line, in settings and in JSON: "auto", "none", "cbor",
    // "msgpack", "protobuf", "gzip", "zlib", "deflate".
    static QString formatName(BinaryFormat format);
    static std::optional<BinaryFormat> formatFromName(const QString &name);
    static QStringList formatNames();
    // What the window shows for it ("Auto", "None (hex)", "CBOR", ...), translated.
    static QString formatLabel(BinaryFormat format);
    static constexpr int FormatCount = 8;
};

} // namespace wsi
