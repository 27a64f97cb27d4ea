#include "ProtocolDecoder.h"

#include "GraphQlDecoder.h"
#include "JsonRpcDecoder.h"
#include "MqttDecoder.h"
#include "StompDecoder.h"

namespace wsi {

namespace {
constexpr const char *Names[ProtocolDecoder::Count] = {"auto", "none", "graphql", "stomp", "mqtt", "jsonrpc"};
} // namespace

std::unique_ptr<ProtocolDecoder> ProtocolDecoder::create(MessageProtocol protocol)
{
    switch (protocol) {
    case MessageProtocol::GraphQl: return std::make_unique<GraphQlDecoder>();
    case MessageProtocol::Stomp: return std::make_unique<StompDecoder>();
    case MessageProtocol::Mqtt: return std::make_unique<MqttDecoder>();
    case MessageProtocol::JsonRpc: return std::make_unique<JsonRpcDecoder>();
    case MessageProtocol::Auto:
    case MessageProtocol::None: break;
    }
    return nullptr;
}

MessageProtocol ProtocolDecoder::forSubprotocol(const QString &subprotocol)
{
    const QString name = subprotocol.trimmed().toLower();
    if (name == QLatin1String("graphql-transport-ws") || name == QLatin1String("graphql-ws"))
        return MessageProtocol::GraphQl;
    if (name == QLatin1String("v12.stomp") || name == QLatin1String("v11.stomp") || name == QLatin1String("v10.stomp")
        || name == QLatin1String("stomp"))
        return MessageProtocol::Stomp;
    if (name == QLatin1String("mqtt") || name == QLatin1String("mqttv3.1"))
        return MessageProtocol::Mqtt;
    if (name.contains(QLatin1String("jsonrpc")) || name.contains(QLatin1String("json-rpc")))
        return MessageProtocol::JsonRpc;
    return MessageProtocol::None;
}

QString ProtocolDecoder::name(MessageProtocol protocol)
{
    return QString::fromLatin1(Names[int(protocol)]);
}

std::optional<MessageProtocol> ProtocolDecoder::fromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (int i = 0; i < Count; ++i) {
        if (lower == QLatin1String(Names[i]))
            return MessageProtocol(i);
    }
    return std::nullopt;
}

QString ProtocolDecoder::label(MessageProtocol protocol)
{
    switch (protocol) {
    case MessageProtocol::Auto: return tr("Auto (subprotocol)");
    case MessageProtocol::None: return tr("None");
    case MessageProtocol::GraphQl: return tr("GraphQL over WebSocket");
    case MessageProtocol::Stomp: return tr("STOMP");
    case MessageProtocol::Mqtt: return tr("MQTT");
    case MessageProtocol::JsonRpc: return tr("JSON-RPC 2.0");
    }
    return QString();
}

} // namespace wsi
