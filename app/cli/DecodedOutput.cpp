#include "DecodedOutput.h"

#include "i18n/Translation.h"

#include "decode/PayloadDecoder.h"
#include "decode/ProtobufSchema.h"
#include "decode/ProtocolDecoder.h"
#include "log/PlainText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {

bool isMessage(const SessionEvent &event)
{
    return (event.kind == EventKind::Text || event.kind == EventKind::Binary) && event.tag != MessageTag::SocketIo
        && event.tag != MessageTag::EngineIo && event.direction != Direction::Local;
}

} // namespace

DecodeArguments::DecodeArguments()
    : m_decode(QStringLiteral("decode"),
               tr("Decode binary messages as auto, cbor, msgpack, protobuf, gzip, zlib or deflate (none: only the protocol "
                  "labels): JSON output adds a \"decoded\" field, text and human output show the decoded form. "
                  "The recording keeps the raw bytes."),
               QStringLiteral("FORMAT"))
    , m_protocol(QStringLiteral("decode-protocol"),
                 tr("Read messages as graphql, stomp, mqtt or jsonrpc (adds \"protocol\" with a label to JSON lines); "
                    "default auto: from the subprotocol the server accepted."),
                 QStringLiteral("NAME"))
    , m_proto(QStringLiteral("proto"), tr("With --decode protobuf: the .proto file that describes the messages."), QStringLiteral("FILE"))
    , m_protoType(QStringLiteral("proto-type"), tr("With --proto: the message type (e.g. demo.Ticker)."), QStringLiteral("TYPE"))
{
}

void DecodeArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_decode, m_protocol, m_proto, m_protoType});
}

DecodeArguments::Result DecodeArguments::apply(const QCommandLineParser &parser, qint64 maxOutputBytes, bool *decode,
                                               DecodeSettings *settings, QString *error) const
{
    settings->maxOutputBytes = maxOutputBytes;
    if (parser.isSet(m_decode)) {
        const auto format = DecodeSettings::formatFromName(parser.value(m_decode));
        if (!format) {
            *error = tr("--decode wants one of: %1").arg(DecodeSettings::formatNames().join(QStringLiteral(", ")));
            return Result::Usage;
        }
        *decode = true; // none: payloads as they are, but the protocol decoder still labels
        settings->binaryAs = *format;
    }
    if (parser.isSet(m_protocol)) {
        const auto protocol = ProtocolDecoder::fromName(parser.value(m_protocol));
        if (!protocol) {
            *error = tr("--decode-protocol wants auto, none, graphql, stomp, mqtt or jsonrpc");
            return Result::Usage;
        }
        settings->protocol = *protocol;
        *decode = true; // alone, binary payloads are taken as Auto takes them
    }
    if ((parser.isSet(m_proto) || parser.isSet(m_protoType)) && settings->binaryAs != BinaryFormat::Protobuf) {
        *error = tr("--proto and --proto-type go with --decode protobuf");
        return Result::Usage;
    }
    if (parser.isSet(m_protoType) && !parser.isSet(m_proto)) {
        *error = tr("--proto-type needs --proto FILE");
        return Result::Usage;
    }
    if (!parser.isSet(m_proto))
        return Result::Ok;
    ProtobufSchema schema;
    if (!schema.load(parser.value(m_proto), error))
        return Result::Failed;
    const QStringList types = schema.messageTypes();
    QString type = parser.value(m_protoType);
    if (type.isEmpty() && types.size() == 1)
        type = types.first();
    const Decoded probe = schema.decode(QByteArray(), type);
    if (!probe.ok()) {
        *error = probe.error;
        return Result::Failed;
    }
    settings->protoFile = parser.value(m_proto);
    settings->protoMessage = type;
    return Result::Ok;
}

DecodedOutput::DecodedOutput(const DecodeSettings &settings)
    : m_payloads(std::make_unique<PayloadDecoder>())
    , m_chosen(settings.protocol)
{
    m_payloads->setSettings(settings);
}

DecodedOutput::~DecodedOutput() = default;

void DecodedOutput::opened(const QString &subprotocol)
{
    m_framing[0] = m_framing[1] = MqttDecoder::Framing();
    m_before[0].clear();
    m_before[1].clear();
    m_protocol = ProtocolDecoder::create(m_chosen == MessageProtocol::Auto ? ProtocolDecoder::forSubprotocol(subprotocol) : m_chosen);
}

void DecodedOutput::follow(const SessionEvent &event)
{
    if (!m_protocol || !isMessage(event))
        return;
    if (event.direction == Direction::Outgoing)
        m_protocol->learn(true, event.payload);
    if (m_protocol->protocol() != MessageProtocol::Mqtt)
        return;
    const int side = event.direction == Direction::Outgoing ? 1 : 0;
    if (m_framing[side].atBoundary())
        m_before[side].clear();
    MqttDecoder::advance(&m_framing[side], event.payload);
    if (m_framing[side].atBoundary())
        m_before[side].clear();
    else
        m_before[side] += event.payload;
}

QString DecodedOutput::view(const SessionEvent &event, QJsonObject *json) const
{
    if (!m_protocol || !isMessage(event))
        return QString();
    const bool binary = event.kind == EventKind::Binary;
    const int side = event.direction == Direction::Outgoing ? 1 : 0;
    const ProtocolView v = m_protocol->protocol() == MessageProtocol::Mqtt
        ? static_cast<const MqttDecoder *>(m_protocol.get())
              ->viewInStream(binary, m_before[side].isEmpty() ? QByteArrayView("", 0) : QByteArrayView(m_before[side]), event.payload)
        : m_protocol->view(side == 1, binary, event.payload);
    if (json) {
        json->insert(QStringLiteral("name"), ProtocolDecoder::name(m_protocol->protocol()));
        json->insert(QStringLiteral("label"), v.label);
        if (v.keepAlive)
            json->insert(QStringLiteral("keep_alive"), true);
        if (!v.problem.isEmpty())
            json->insert(QStringLiteral("problem"), v.problem);
    }
    return v.problem.isEmpty() ? v.label : v.label + QStringLiteral(" ⚠ ") + v.problem;
}

QString DecodedOutput::label(const SessionEvent &event) const
{
    return view(event, nullptr);
}

QByteArray DecodedOutput::decorateJsonLine(QByteArray line, const SessionEvent &event) const
{
    // The line's closing "}\n" gives way to "protocol" and "decoded": derived, never recorded.
    // A JSON line is the same in every language: labels, problems and reasons in English.
    const Translation::SourceText english;
    QJsonObject protocol;
    view(event, &protocol);
    const QJsonObject decoded = event.kind == EventKind::Binary && protocol.isEmpty()
        ? PayloadDecoder::toJson(m_payloads->decode(event.payload))
        : QJsonObject();
    if (protocol.isEmpty() && decoded.isEmpty())
        return line;
    line.chop(2);
    if (!protocol.isEmpty())
        line += ",\"protocol\":" + QJsonDocument(protocol).toJson(QJsonDocument::Compact);
    if (!decoded.isEmpty())
        line += ",\"decoded\":" + QJsonDocument(decoded).toJson(QJsonDocument::Compact);
    return line + "}\n";
}

QByteArray DecodedOutput::textLine(const QByteArray &payload) const
{
    const Decoded decoded = m_payloads->decode(payload);
    if (!decoded.ok() || decoded.format.isEmpty())
        return QByteArray();
    if (decoded.json.isObject())
        return QJsonDocument(decoded.json.toObject()).toJson(QJsonDocument::Compact);
    if (decoded.json.isArray())
        return QJsonDocument(decoded.json.toArray()).toJson(QJsonDocument::Compact);
    const QString text = decoded.json.isString() ? decoded.json.toString() : decoded.text;
    return PlainText::escape(text, PlainText::Newlines::Escape).toUtf8();
}

QString DecodedOutput::binarySection(const QByteArray &payload) const
{
    return PayloadDecoder::describe(m_payloads->decode(payload), 64 * 1024).trimmed();
}

} // namespace wsi
