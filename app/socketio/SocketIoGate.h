#pragma once

#include "session/SessionEvent.h"

#include <QByteArray>
#include <QString>

namespace wsi {

// The session's side of Socket.IO v4 over Engine.IO's websocket transport, without a socket:
// which incoming frames are Engine.IO's own and which Socket.IO's, what must be answered (the
// namespace joined after Engine.IO's open, a pong for every ping, or the server drops us after
// its pingTimeout), and whether what the user sends must wait (a server drops events sent
// before the namespace said yes).
class SocketIoGate
{
public:
    explicit SocketIoGate(QString nameSpace = QStringLiteral("/"));

    // A new connection: the namespace has not said yes.
    void reset() { m_joined = false; }
    bool holdsSends() const { return !m_joined; }

    struct Reaction
    {
        MessageTag tag = MessageTag::EngineIo; // how the incoming frame is tagged
        QByteArray reply;                      // to send at once (tagged EngineIo), if not empty
        bool joinedNow = false;                // the namespace said yes: what waited goes now
    };
    Reaction onIncoming(const QByteArray &frame);

private:
    QString m_namespace;
    bool m_joined = false;
};

} // namespace wsi
