#include "DecodeSettings.h"

namespace wsi {

namespace {
constexpr const char *Names[DecodeSettings::FormatCount] = {"auto", "none", "cbor", "msgpack", "protobuf", "gzip", "zlib", "deflate"};
} // namespace

QString DecodeSettings::formatName(BinaryFormat format)
{
    return QString::fromLatin1(Names[int(format)]);
}

std::optional<BinaryFormat> DecodeSettings::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (int i = 0; i < FormatCount; ++i) {
        if (lower == QLatin1String(Names[i]))
            return BinaryFormat(i);
    }
    if (lower == QLatin1String("messagepack"))
        return BinaryFormat::MessagePack;
    if (lower == QLatin1String("proto"))
        return BinaryFormat::Protobuf;
    return std::nullopt;
}

QStringList DecodeSettings::formatNames()
{
    QStringList names;
    for (const char *name : Names)
        names << QString::fromLatin1(name);
    return names;
}

QString DecodeSettings::formatLabel(BinaryFormat format)
{
    switch (format) {
    case BinaryFormat::Auto: return tr("Auto");
    case BinaryFormat::None: return tr("None (hex)");
    case BinaryFormat::Cbor: return tr("CBOR");
    case BinaryFormat::MessagePack: return tr("MessagePack");
    case BinaryFormat::Protobuf: return tr("Protobuf");
    case BinaryFormat::Gzip: return tr("gzip");
    case BinaryFormat::Zlib: return tr("zlib");
    case BinaryFormat::Deflate: return tr("Raw deflate");
    }
    return QString();
}

} // namespace wsi
