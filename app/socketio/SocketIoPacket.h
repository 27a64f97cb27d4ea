#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>

namespace wsi {

// One text frame of Socket.IO v4 over the Engine.IO v4 websocket transport:
// "2" is an Engine.IO ping, "40" connects the default namespace,
// "42/chat,7[\"news\",{...}]" is event "news" on /chat asking for ack 7.
// Pure parsing and formatting; the Session decides what to answer.
struct SocketIoPacket
{
    enum class Engine { Open, Close, Ping, Pong, Message, Upgrade, Noop, Invalid };
    enum class Type { None, Connect, Disconnect, Event, Ack, ConnectError, BinaryEvent, BinaryAck, Invalid };

    Engine engine = Engine::Invalid;
    Type type = Type::None;      // for Engine::Message
    QString nameSpace = QStringLiteral("/");
    qint64 ackId = -1;
    QJsonValue data;             // the JSON after the header; an array for events and acks

    QString eventName() const;
    QJsonArray arguments() const; // an event's arguments, without its name

    static SocketIoPacket parse(const QByteArray &frame);
    static QByteArray encodeEvent(const QString &nameSpace, const QString &event, const QJsonArray &arguments);
    static QByteArray encodeConnect(const QString &nameSpace);
    static QByteArray pong(const QByteArray &ping);
    // What a log row shows: "event news {"hello":"world"}", "Engine.IO ping"...
    static QString describe(const QByteArray &frame);

    // The Engine.IO websocket endpoint for what the user typed: /socket.io/ when no path was
    // given, EIO=4&transport=websocket added (other query items, such as a token, kept).
    static QUrl engineIoUrl(const QUrl &url);
    static bool looksLikeSocketIo(const QUrl &url);
};

} // namespace wsi
