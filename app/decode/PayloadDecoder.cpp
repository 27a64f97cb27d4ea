#include "PayloadDecoder.h"

#include "CborDecoder.h"
#include "Inflater.h"
#include "MsgPackDecoder.h"
#include "ProtobufRaw.h"
#include "ProtobufSchema.h"
#include "log/PlainText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace wsi {

namespace {

// gzip inside gzip inside ... is followed this far.
constexpr int MaxDepth = 4;

bool isUtf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    // Text, not binary that happens to be valid UTF-8: no control characters but whitespace.
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t')
            return false;
    }
    return true;
}

QString prettyJson(const QJsonDocument &json)
{
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

PayloadDecoder::PayloadDecoder() = default;
PayloadDecoder::~PayloadDecoder() = default;

void PayloadDecoder::setSettings(const DecodeSettings &settings)
{
    m_settings = settings;
}

Decoded PayloadDecoder::decode(QByteArrayView bytes) const
{
    return decodeAs(m_settings.binaryAs, bytes, 0);
}

Decoded PayloadDecoder::decodeAs(BinaryFormat format, QByteArrayView bytes) const
{
    return decodeAs(format, bytes, 0);
}

Decoded PayloadDecoder::decodeAs(BinaryFormat format, QByteArrayView bytes, int depth) const
{
    Decoded d;
    switch (format) {
    case BinaryFormat::None: return d;
    case BinaryFormat::Auto: return decodeAuto(bytes, depth);
    case BinaryFormat::Cbor: d = CborDecoder::decode(bytes); break;
    case BinaryFormat::MessagePack: d = MsgPackDecoder::decode(bytes); break;
    case BinaryFormat::Protobuf: d = decodeProtobuf(bytes); break;
    case BinaryFormat::Gzip:
    case BinaryFormat::Zlib:
    case BinaryFormat::Deflate: return inflateAndDecode(format, bytes, depth);
    }
    d.name = DecodeSettings::formatName(format);
    return d;
}

Decoded PayloadDecoder::decodeAuto(QByteArrayView bytes, int depth) const
{
    Decoded d;
    if (Inflater::hasGzipMagic(bytes)) {
        d = inflateAndDecode(BinaryFormat::Gzip, bytes, depth);
        d.name = d.name.isEmpty() ? DecodeSettings::formatName(BinaryFormat::Gzip) : d.name;
        d.reason = tr("auto: the gzip header 1f 8b 08");
        return d;
    }
    if (CborDecoder::hasSelfDescribeTag(bytes)) {
        d = CborDecoder::decode(bytes);
        d.name = DecodeSettings::formatName(BinaryFormat::Cbor);
        d.reason = tr("auto: the CBOR self-describe tag d9 d9 f7");
        return d;
    }
    if (Inflater::hasZlibHeader(bytes)) {
        // Two header bytes could be chance: taken only when the whole stream inflates and its checksum holds.
        const Inflater::Result inflated = Inflater::inflate(bytes, Inflater::Format::Zlib, m_settings.maxOutputBytes);
        if (inflated.ok() && !inflated.limitReached) {
            d = inflateAndDecode(BinaryFormat::Zlib, bytes, depth);
            d.reason = tr("auto: a zlib header, and the stream inflates with a good checksum");
            return d;
        }
    }
    d.reason = tr("auto recognised no format (no gzip or zlib header, no CBOR self-describe tag); "
                  "choose one in \"Binary as\"");
    return d;
}

Decoded PayloadDecoder::inflateAndDecode(BinaryFormat format, QByteArrayView bytes, int depth) const
{
    const auto zformat = format == BinaryFormat::Gzip ? Inflater::Format::Gzip
                       : format == BinaryFormat::Zlib ? Inflater::Format::Zlib
                                                      : Inflater::Format::Deflate;
    const QString name = DecodeSettings::formatLabel(format);
    const Inflater::Result inflated = Inflater::inflate(bytes, zformat, m_settings.maxOutputBytes);
    if (!inflated.ok() && inflated.bytes.isEmpty()) {
        Decoded failed = Decoded::failure(name, inflated.error);
        failed.name = DecodeSettings::formatName(format);
        return failed;
    }
    QStringList notes;
    if (!inflated.ok())
        notes << tr("%1; what inflated before it is shown").arg(inflated.error);
    if (inflated.limitReached)
        notes << tr("inflating stopped at %1 (the message size limit): the data inflates to more; the rest is not shown")
                     .arg(PlainText::humanSize(m_settings.maxOutputBytes));
    if (inflated.trailingBytes > 0)
        notes << tr("%1 bytes after the end of the compressed data are not shown").arg(inflated.trailingBytes);
    const QString size = PlainText::humanSize(inflated.bytes.size());

    Decoded d;
    // Cut short, the content can only be shown as it is, not parsed.
    const bool whole = inflated.ok() && !inflated.limitReached;
    if (isUtf8Text(inflated.bytes)) {
        QJsonParseError error;
        const QJsonDocument json = whole ? QJsonDocument::fromJson(inflated.bytes, &error) : QJsonDocument();
        if (whole && error.error == QJsonParseError::NoError && !json.isNull()) {
            d.format = tr("%1 → JSON (%2)").arg(name, size);
            d.name = DecodeSettings::formatName(format) + QStringLiteral("+json");
            d.text = prettyJson(json);
            d.json = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        } else {
            d.format = tr("%1 → text (%2)").arg(name, size);
            d.name = DecodeSettings::formatName(format) + QStringLiteral("+text");
            d.text = QString::fromUtf8(inflated.bytes);
            d.json = d.text;
        }
    } else if (const Decoded inner = whole && depth < MaxDepth ? decodeAuto(inflated.bytes, depth + 1) : Decoded();
               !inner.format.isEmpty()) {
        d = inner;
        d.format = tr("%1 → %2").arg(name, inner.format);
        d.name = DecodeSettings::formatName(format) + u'+' + inner.name;
    } else {
        d.format = tr("%1 → binary (%2)").arg(name, size);
        d.name = DecodeSettings::formatName(format) + QStringLiteral("+binary");
        d.text = PlainText::hexDump(inflated.bytes);
        d.json = QString::fromLatin1(inflated.bytes.left(64 * 1024).toBase64());
        if (inflated.bytes.size() > 64 * 1024)
            notes << tr("JSON output holds the first 64 KiB of the inflated bytes, as base64");
    }
    d.notes = notes + d.notes;
    return d;
}

const ProtobufSchema *PayloadDecoder::schema(QString *error) const
{
    const QFileInfo info(m_settings.protoFile);
    const QDateTime modified = info.lastModified();
    if (!m_schema || m_schemaPath != m_settings.protoFile || m_schemaModified != modified) {
        m_schema = std::make_unique<ProtobufSchema>();
        m_schemaPath = m_settings.protoFile;
        m_schemaModified = modified;
        m_schemaError.clear();
        if (!m_schema->load(m_settings.protoFile, &m_schemaError))
            m_schema.reset();
    }
    *error = m_schemaError;
    return m_schema.get();
}

Decoded PayloadDecoder::decodeProtobuf(QByteArrayView bytes) const
{
    const int most = m_forDisplay ? DisplayElements : 0;
    if (m_settings.protoFile.isEmpty())
        return ProtobufRaw::decode(bytes, most);
    QString error;
    const ProtobufSchema *proto = schema(&error);
    // For the pane, only the first top-level fields are read with the schema: a 1 MiB message of
    // 100,000 repeated elements stays quick to select. Fields are independent on the wire, so a
    // prefix is a message of its own.
    QByteArrayView read = bytes;
    int fields = 0;
    qsizetype end = bytes.size();
    if (most > 0 && ProtobufRaw::prefix(bytes, most * 10, &end, &fields).isEmpty() && end < bytes.size())
        read = bytes.first(end);
    Decoded d = proto ? proto->decode(read, m_settings.protoMessage, most)
                      : Decoded::failure(tr("protobuf (%1)").arg(QFileInfo(m_settings.protoFile).fileName()),
                                         tr("the .proto file cannot be read:\n%1").arg(error));
    if (d.ok()) {
        if (read.size() < bytes.size())
            d.notes << tr("the first %1 of %2 fields are read here (--decode in the CLI reads them all)").arg(most * 10).arg(fields);
        return d;
    }
    // The schema does not fit: the wire as it is, with why the schema was not used.
    Decoded raw = ProtobufRaw::decode(bytes, most);
    if (!raw.ok())
        return d;
    raw.notes.prepend(tr("not decoded with the schema: %1").arg(d.error));
    return raw;
}

QString PayloadDecoder::describe(const Decoded &d, qsizetype maxChars)
{
    if (d.format.isEmpty() && d.reason.isEmpty())
        return QString();
    QString out;
    if (d.format.isEmpty()) {
        out = tr("Not decoded: %1").arg(d.reason) + u'\n';
        return out;
    }
    if (!d.ok()) {
        out = tr("Not decoded as %1: %2").arg(d.format, PlainText::escape(d.error, PlainText::Newlines::Keep)) + u'\n';
        return out;
    }
    out = d.reason.isEmpty() ? tr("── Decoded as %1 ──").arg(d.format) : tr("── Decoded as %1 (%2) ──").arg(d.format, d.reason);
    out += u'\n';
    for (const QString &note : d.notes)
        out += tr("Note: %1").arg(PlainText::escape(note, PlainText::Newlines::Keep)) + u'\n';
    const bool cut = d.text.size() > maxChars;
    out += PlainText::escape(cut ? QStringView(d.text).first(maxChars) : QStringView(d.text), PlainText::Newlines::Keep);
    if (cut)
        out += u'\n' + tr("… %1 more characters of the decoded form not shown here").arg(d.text.size() - maxChars);
    return out + u'\n';
}

QJsonObject PayloadDecoder::toJson(const Decoded &d)
{
    QJsonObject out;
    if (!d.name.isEmpty())
        out.insert(QStringLiteral("as"), d.name);
    if (!d.format.isEmpty())
        out.insert(QStringLiteral("format"), d.format);
    if (!d.reason.isEmpty())
        out.insert(QStringLiteral("reason"), d.reason);
    if (!d.ok()) {
        out.insert(QStringLiteral("error"), d.error);
        return out;
    }
    if (!d.json.isUndefined())
        out.insert(QStringLiteral("json"), d.json);
    else if (!d.text.isEmpty())
        out.insert(QStringLiteral("text"), d.text);
    if (!d.notes.isEmpty())
        out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(d.notes));
    return out;
}

} // namespace wsi
