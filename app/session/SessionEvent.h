#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace wsi {

enum class Direction : quint8 { Incoming, Outgoing, Local };

enum class EventKind : quint8 {
    State,   // payload: the new state's name
    Open,    // payload: the URL; code: unused
    Text,    // payload: UTF-8 text
    Binary,  // payload: raw bytes
    Ping,
    Pong,
    Close,   // payload: UTF-8 reason; code: close code; closedBy set
    Error,   // payload: UTF-8 message; code: HTTP status of a rejected handshake, else 0
};

enum class ClosedBy : quint8 { Nobody, Client, Server, Network };

// One thing that happened on a session. Everything a log row, a JSON line or a
// recording needs is here, so the session is the only place that decides it.
struct SessionEvent
{
    qint64 timestampUs = 0; // microseconds since the Unix epoch
    EventKind kind = EventKind::State;
    Direction direction = Direction::Local;
    ClosedBy closedBy = ClosedBy::Nobody;
    int code = 0;
    QByteArray payload;

    QString payloadText() const { return QString::fromUtf8(payload); }
};

QString kindName(EventKind kind);
QString directionName(Direction direction);
QString closedByName(ClosedBy closedBy);
qint64 nowUs();

} // namespace wsi
