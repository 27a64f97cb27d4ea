#include "MessageDraft.h"

#include "i18n/Translation.h"

#include "JsonText.h"
#include "Placeholders.h"
#include "decode/GraphQlDecoder.h"
#include "socketio/SocketIoPacket.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::MessageDraft)
};
} // namespace

namespace {
std::optional<QByteArray> decodeHex(const QString &text, QString *error)
{
    // Accepts "de ad be ef", "DEADBEEF", "0xde, 0xad": what people paste from dumps.
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("0[xX](?=[0-9a-fA-F])")));
    digits.remove(QRegularExpression(QStringLiteral("[\\s,:]")));
    const QRegularExpressionMatch bad = QRegularExpression(QStringLiteral("[^0-9a-fA-F]")).match(digits);
    if (bad.hasMatch()) {
        *error = Tr::tr("not hex: '%1' is not a hex digit").arg(bad.captured());
        return std::nullopt;
    }
    if (digits.size() % 2 != 0) {
        *error = Tr::tr("odd number of hex digits (%1): each byte takes two").arg(digits.size());
        return std::nullopt;
    }
    return QByteArray::fromHex(digits.toLatin1());
}

std::optional<QByteArray> decodeBase64(const QString &text, QString *error)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto result = QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        *error = Tr::tr("not valid base64");
        return std::nullopt;
    }
    return *result;
}

std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes, QString *error)
{
    if (path.trimmed().isEmpty()) {
        *error = Tr::tr("choose a file to send");
        return std::nullopt;
    }
    QFile file(path.trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(QFileInfo(file).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = Tr::tr("%1 is larger than %2 MiB").arg(QFileInfo(file).fileName()).arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return file.readAll();
}
} // namespace

std::optional<MessageDraft::Wire> MessageDraft::compose(const Context &context, QString *error) const
{
    QString ignored;
    QString &why = error ? *error : ignored;
    Wire wire;
    switch (format) {
    case Format::Text:
        wire.payload = Placeholders::expand(text, context.counter).toUtf8();
        return wire;
    case Format::Json: {
        const QString expanded = Placeholders::expand(text, context.counter);
        const JsonText::Check check = JsonText::check(expanded);
        if (!check.ok) {
            why = Tr::tr("not JSON: %1").arg(check.message);
            return std::nullopt;
        }
        wire.payload = expanded.toUtf8();
        return wire;
    }
    case Format::Hex:
    case Format::Base64:
    case Format::File: {
        const auto bytes = format == Format::Hex      ? decodeHex(text, &why)
                           : format == Format::Base64 ? decodeBase64(text, &why)
                                                      : readFile(text, context.maxFileBytes, &why);
        if (!bytes)
            return std::nullopt;
        wire.binary = true;
        wire.payload = *bytes;
        return wire;
    }
    case Format::SocketIoEvent: {
        if (event.trimmed().isEmpty()) {
            why = Tr::tr("name the event to emit");
            return std::nullopt;
        }
        const QString expanded = Placeholders::expand(text, context.counter);
        QJsonArray arguments;
        if (!JsonText::parseArguments(expanded, &arguments, &why))
            return std::nullopt;
        // The arguments go out as typed (key order, "1.50"), only the whitespace between
        // tokens taken out: 42["name",<arguments>].
        wire.payload = SocketIoPacket::encodeEvent(context.socketIoNamespace, event.trimmed(), QJsonArray());
        if (!arguments.isEmpty()) {
            wire.payload.chop(1); // the closing ]
            wire.payload += ',' + JsonText::compact(QLatin1Char('[') + expanded + QLatin1Char(']')).mid(1).toUtf8();
        }
        wire.socketIo = true;
        return wire;
    }
    case Format::GraphQlSubscribe: {
        const QString query = Placeholders::expand(text, context.counter);
        if (query.trimmed().isEmpty()) {
            why = QStringLiteral("write the query: subscription { … }");
            return std::nullopt;
        }
        // Each subscribe gets the send counter as its id: the next/complete rows show it.
        wire.payload = GraphQlDecoder::subscribeMessage(QString::number(context.counter), query,
                                                        Placeholders::expand(event, context.counter), &why);
        if (wire.payload.isEmpty())
            return std::nullopt;
        return wire;
    }
    }
    return std::nullopt;
}

QList<MessageDraft::Format> MessageDraft::formats()
{
    return {Format::Text, Format::Json, Format::Hex, Format::Base64, Format::File, Format::SocketIoEvent, Format::GraphQlSubscribe};
}

QString MessageDraft::formatName(Format format)
{
    switch (format) {
    case Format::Text: return Tr::tr("Text");
    case Format::Json: return QStringLiteral("JSON");
    case Format::Hex: return Tr::tr("Binary (hex)");
    case Format::Base64: return Tr::tr("Binary (base64)");
    case Format::File: return Tr::tr("Binary (file)");
    case Format::SocketIoEvent: return Tr::tr("Socket.IO event");
    case Format::GraphQlSubscribe: return Tr::tr("GraphQL subscribe");
    }
    return QString();
}

std::optional<MessageDraft::Format> MessageDraft::formatFromName(const QString &name)
{
    const Translation::SourceText english; // the stored names are the English ones
    for (Format format : formats())
        if (formatName(format) == name)
            return format;
    return std::nullopt;
}

QString MessageDraft::formatKey(Format format)
{
    switch (format) {
    case Format::Text: return QStringLiteral("text");
    case Format::Json: return QStringLiteral("json");
    case Format::Hex: return QStringLiteral("hex");
    case Format::Base64: return QStringLiteral("base64");
    case Format::File: return QStringLiteral("file");
    case Format::SocketIoEvent: return QStringLiteral("socketio");
    case Format::GraphQlSubscribe: return QStringLiteral("graphql");
    }
    return QString();
}

std::optional<MessageDraft::Format> MessageDraft::formatFromKey(const QString &key)
{
    for (Format format : formats())
        if (formatKey(format) == key)
            return format;
    return std::nullopt;
}

} // namespace wsi
