#include "SessionEvent.h"

#include <QDateTime>

#include <chrono>

namespace wsi {

QString kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::State: return QStringLiteral("state");
    case EventKind::Open: return QStringLiteral("open");
    case EventKind::Text: return QStringLiteral("text");
    case EventKind::Binary: return QStringLiteral("binary");
    case EventKind::Ping: return QStringLiteral("ping");
    case EventKind::Pong: return QStringLiteral("pong");
    case EventKind::Close: return QStringLiteral("close");
    case EventKind::Error: return QStringLiteral("error");
    case EventKind::Reconnect: return QStringLiteral("reconnect");
    case EventKind::Info: return QStringLiteral("info");
    }
    return QString();
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Incoming: return QStringLiteral("in");
    case Direction::Outgoing: return QStringLiteral("out");
    case Direction::Local: return QStringLiteral("local");
    }
    return QString();
}

QString closedByName(ClosedBy closedBy)
{
    switch (closedBy) {
    case ClosedBy::Nobody: return QString();
    case ClosedBy::Client: return QStringLiteral("client");
    case ClosedBy::Server: return QStringLiteral("server");
    case ClosedBy::Network: return QStringLiteral("network");
    }
    return QString();
}

QString tagName(MessageTag tag)
{
    switch (tag) {
    case MessageTag::None: return QString();
    case MessageTag::OnConnect: return QStringLiteral("on-connect");
    case MessageTag::Heartbeat: return QStringLiteral("heartbeat");
    case MessageTag::Queued: return QStringLiteral("queued");
    case MessageTag::EngineIo: return QStringLiteral("engine.io");
    case MessageTag::SocketIo: return QStringLiteral("socket.io");
    case MessageTag::Resent: return QStringLiteral("resent");
    case MessageTag::Injected: return QStringLiteral("injected");
    case MessageTag::Edited: return QStringLiteral("edited");
    case MessageTag::Dropped: return QStringLiteral("dropped");
    }
    return QString();
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

qint64 SessionEvent::number() const
{
    switch (kind) {
    case EventKind::Close: return closeCode;
    case EventKind::Open:
    case EventKind::Error: return httpStatus;
    case EventKind::Reconnect: return attempt;
    case EventKind::Pong: return rttUs;
    case EventKind::Text:
    case EventKind::Binary: return frames;
    default: return 0;
    }
}

void SessionEvent::setNumber(qint64 value)
{
    switch (kind) {
    case EventKind::Close: closeCode = int(value); break;
    case EventKind::Open:
    case EventKind::Error: httpStatus = int(value); break;
    case EventKind::Reconnect: attempt = int(value); break;
    case EventKind::Pong: rttUs = value; break;
    case EventKind::Text:
    case EventKind::Binary: frames = int(value); break;
    default: break;
    }
}

} // namespace wsi
