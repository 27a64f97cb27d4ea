#include "SocketIoPacket.h"

#include "i18n/Translation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SocketIoPacket)
};
} // namespace

namespace {
QJsonValue parseJson(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + text + ']', &error).array();
    if (error.error != QJsonParseError::NoError || wrapped.size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return wrapped.at(0);
}

QString compactJson(const QJsonValue &value)
{
    QByteArray out = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(out.mid(1, out.size() - 2));
}

QByteArray header(char type, const QString &nameSpace)
{
    QByteArray out;
    out += '4';
    out += type;
    if (nameSpace != QLatin1String("/") && !nameSpace.isEmpty())
        out += nameSpace.toUtf8() + ',';
    return out;
}
} // namespace

QString SocketIoPacket::eventName() const
{
    const QJsonArray array = data.toArray();
    return array.isEmpty() ? QString() : array.at(0).toString();
}

QJsonArray SocketIoPacket::arguments() const
{
    QJsonArray array = data.toArray();
    if (type == Type::Event || type == Type::BinaryEvent)
        array.removeFirst();
    return array;
}

SocketIoPacket SocketIoPacket::parse(const QByteArray &frame)
{
    SocketIoPacket packet;
    if (frame.isEmpty() || frame.at(0) < '0' || frame.at(0) > '6')
        return packet;
    packet.engine = Engine(frame.at(0) - '0');
    if (packet.engine != Engine::Message) {
        packet.data = parseJson(frame.mid(1));
        return packet;
    }
    if (frame.size() < 2 || frame.at(1) < '0' || frame.at(1) > '6') {
        packet.type = Type::Invalid;
        return packet;
    }
    packet.type = Type(frame.at(1) - '0' + 1);
    qsizetype at = 2;
    if (packet.type == Type::BinaryEvent || packet.type == Type::BinaryAck) {
        const qsizetype dash = frame.indexOf('-', at);
        at = dash < 0 ? at : dash + 1;
    }
    if (at < frame.size() && frame.at(at) == '/') {
        const qsizetype comma = frame.indexOf(',', at);
        const qsizetype end = comma < 0 ? frame.size() : comma;
        packet.nameSpace = QString::fromUtf8(frame.mid(at, end - at));
        at = comma < 0 ? frame.size() : comma + 1;
    }
    qsizetype digits = at;
    while (digits < frame.size() && frame.at(digits) >= '0' && frame.at(digits) <= '9')
        ++digits;
    if (digits > at)
        packet.ackId = frame.mid(at, digits - at).toLongLong();
    packet.data = parseJson(frame.mid(digits));
    return packet;
}

QByteArray SocketIoPacket::encodeEvent(const QString &nameSpace, const QString &event, const QJsonArray &arguments)
{
    QJsonArray array{event};
    for (const QJsonValue &argument : arguments)
        array.append(argument);
    return header('2', nameSpace) + QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray SocketIoPacket::encodeConnect(const QString &nameSpace)
{
    QByteArray out = header('0', nameSpace);
    if (out.endsWith(','))
        out.chop(1); // "40/chat," and "40/chat" are both accepted; the shorter is what clients send
    return out;
}

QByteArray SocketIoPacket::pong(const QByteArray &ping)
{
    // An Engine.IO pong echoes the ping's payload (used by the "probe" upgrade exchange).
    return '3' + ping.mid(1);
}

QString SocketIoPacket::describe(const QByteArray &frame)
{
    const SocketIoPacket packet = parse(frame);
    switch (packet.engine) {
    case Engine::Open: {
        const QJsonObject open = packet.data.toObject();
        return Tr::tr("Engine.IO open: sid %1, ping every %2 ms, timeout %3 ms")
            .arg(open.value(QStringLiteral("sid")).toString())
            .arg(open.value(QStringLiteral("pingInterval")).toInt())
            .arg(open.value(QStringLiteral("pingTimeout")).toInt());
    }
    case Engine::Close: return Tr::tr("Engine.IO close");
    case Engine::Ping: return Tr::tr("Engine.IO ping");
    case Engine::Pong: return Tr::tr("Engine.IO pong");
    case Engine::Upgrade: return Tr::tr("Engine.IO upgrade");
    case Engine::Noop: return Tr::tr("Engine.IO noop");
    case Engine::Invalid: return Tr::tr("not a Socket.IO packet: %1").arg(QString::fromUtf8(frame.left(200)));
    case Engine::Message: break;
    }
    const QString on = packet.nameSpace == QLatin1String("/") ? QString() : QStringLiteral(" on ") + packet.nameSpace;
    const QString ack = packet.ackId >= 0 ? Tr::tr(" (ack %1)").arg(packet.ackId) : QString();
    QStringList arguments;
    for (const QJsonValue &argument : packet.arguments())
        arguments << compactJson(argument);
    switch (packet.type) {
    case Type::Connect:
        return Tr::tr("connect namespace %1%2").arg(packet.nameSpace,
            packet.data.isObject() ? QStringLiteral(" ") + compactJson(packet.data) : QString());
    case Type::Disconnect: return Tr::tr("disconnect namespace %1").arg(packet.nameSpace);
    case Type::ConnectError:
        return Tr::tr("connect error on %1: %2").arg(packet.nameSpace,
            packet.data.isObject() ? packet.data.toObject().value(QStringLiteral("message")).toString() : compactJson(packet.data));
    case Type::Event:
    case Type::BinaryEvent:
        if (!packet.data.isArray() || !packet.data.toArray().at(0).isString())
            return Tr::tr("malformed event: %1").arg(QString::fromUtf8(frame.left(200)));
        return Tr::tr("event %1%2%3%4").arg(packet.eventName(), arguments.isEmpty() ? QString() : QStringLiteral(" ") + arguments.join(QStringLiteral(", ")), on, ack);
    case Type::Ack:
    case Type::BinaryAck:
        return Tr::tr("ack %1 %2%3").arg(QString::number(packet.ackId), arguments.join(QStringLiteral(", ")), on);
    case Type::None:
    case Type::Invalid: break;
    }
    return Tr::tr("not a Socket.IO packet: %1").arg(QString::fromUtf8(frame.left(200)));
}

QUrl SocketIoPacket::engineIoUrl(const QUrl &url)
{
    QUrl out = url;
    if (out.path().isEmpty() || out.path() == QLatin1String("/"))
        out.setPath(QStringLiteral("/socket.io/"));
    QUrlQuery query(out);
    query.removeAllQueryItems(QStringLiteral("EIO"));
    query.removeAllQueryItems(QStringLiteral("transport"));
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    out.setQuery(query);
    return out;
}

bool SocketIoPacket::looksLikeSocketIo(const QUrl &url)
{
    return url.path().startsWith(QLatin1String("/socket.io"));
}

} // namespace wsi
