#pragma once

#include "RelayRules.h"
#include "session/SessionEvent.h"

#include "i18n/Translation.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace wsi {

class RelayConnection;

struct RelaySettings
{
    QHostAddress address = QHostAddress::LocalHost; // another only when the user types it
    quint16 port = 0;                               // 0: a free one
    QUrl upstream;                                  // ws:// or wss://; a path of "/" or none takes the client's
    bool ignoreCertificateErrors = false;           // the upstream's TLS: only on purpose, as in a session
    quint64 maxMessageSize = 64ull << 20;           // either way; a bigger message closes both sides with 1009
    int connectTimeoutMs = 10000;                   // the upstream's TCP, TLS and 101
    int handshakeTimeoutMs = 10000;                 // a client's whole upgrade request, from its connect
    RelayRules rules;
};

// A message a breakpoint holds: which connection, which way, and its id in that queue.
struct HeldMessage
{
    int connection = 0;
    bool toServer = true;
    quint64 id = 0;
    quint8 opcode = 1;   // 1 text, 2 binary, 8 close, 9 ping, 10 pong
    QByteArray payload;  // unmasked; a close's is its code (2 bytes) and reason
    bool isText() const { return opcode == 0x1; }
    bool isControl() const { return opcode & 0x8; }
};

// The relay for other programs' WebSockets (the "Intercept" tab and `wsinspector-cli relay`):
// listens, and forwards each client that connects to the upstream through its own
// RelayConnection. Every event of every connection comes out of eventOccurred (with its
// connection id), in order per connection. Held messages are listed and released here.
class RelayServer final : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(const RelaySettings &settings, QObject *parent = nullptr);
    ~RelayServer() override;

    // False with *error (the port in use, say) when it cannot listen.
    bool listen(QString *error);
    void close();
    quint16 port() const;
    QUrl url() const; // ws://ADDRESS:PORT/
    const RelaySettings &settings() const { return m_settings; }
    int openConnections() const { return int(m_connections.size()); }
    // Rules and breakpoints may change while clients are connected: new messages follow them.
    void setRules(const RelayRules &rules);

    QList<HeldMessage> held() const; // every held message, connection by connection, in order
    bool forward(const HeldMessage &message);
    bool edit(const HeldMessage &message, const QByteArray &payload, bool text);
    bool drop(const HeldMessage &message);
    void forwardAll();
    // The user's own message into one connection's stream, either way (tagged "injected").
    bool inject(int connection, bool toServer, bool text, const QByteArray &payload);

signals:
    void eventOccurred(const wsi::SessionEvent &event);
    void messageHeld(const wsi::HeldMessage &message);
    void connectionStarted(int connection);
    void connectionFinished(int connection);

private:
    void onNewConnection();
    RelayConnection *connection(int id) const;

    RelaySettings m_settings;
    std::shared_ptr<const RelayRules> m_rules;
    QTcpServer *m_server;
    QMap<int, RelayConnection *> m_connections;
    int m_nextId = 1;
};

} // namespace wsi
