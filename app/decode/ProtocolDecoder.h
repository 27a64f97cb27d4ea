#pragma once

#include "i18n/Translation.h"
#include "DecodeSettings.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wsi {

// One message as its protocol says it: a short label for the log row, the detail for the
// Message tab, keep-alive traffic marked (the "All but pings" filter hides it), and bad input said.
struct ProtocolView
{
    QString label;        // "subscribe #1: OnTick", "MESSAGE /topic/prices", "PUBLISH sensors/t QoS 1"
    QStringList fields;   // "name: value" lines for the Message tab
    QString body;         // a frame's body, a query, a JSON document (shown below the fields)
    QByteArray inner;     // MQTT: a PUBLISH payload, for the payload decoders
    bool hasInner = false;
    bool keepAlive = false;
    QString problem;      // what is wrong with the bytes; empty when nothing is
    // JSON-RPC, for pairing a response with its request.
    enum class Rpc { None, Request, Notification, Response };
    Rpc rpc = Rpc::None;
    QString rpcId;        // the id as JSON text: 7 or "a7"
    QString rpcMethod;
};

class ProtocolDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(ProtocolDecoder)
public:
    virtual ~ProtocolDecoder() = default;
    virtual MessageProtocol protocol() const = 0;
    virtual ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const = 0;
    // Sees each outgoing message as it is logged, cheaply (MQTT learns its version from CONNECT).
    virtual void learn(bool /*outgoing*/, QByteArrayView /*payload*/) {}

    static std::unique_ptr<ProtocolDecoder> create(MessageProtocol protocol);
    // The decoder a subprotocol name calls for: graphql-transport-ws and graphql-ws, v12.stomp,
    // v11.stomp and v10.stomp, mqtt and mqttv3.1, anything with jsonrpc or json-rpc in it.
    static MessageProtocol forSubprotocol(const QString &subprotocol);
    // "auto", "none", "graphql", "stomp", "mqtt", "jsonrpc": settings and the command line.
    static QString name(MessageProtocol protocol);
    static std::optional<MessageProtocol> fromName(const QString &name);
    static QString label(MessageProtocol protocol); // translated, for the window
    static constexpr int Count = 6;
};

} // namespace wsi
