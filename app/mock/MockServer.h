#pragma once

#include "MockRules.h"
#include "session/SessionEvent.h"

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

class MockConnection;

struct MockSettings
{
    QHostAddress address = QHostAddress::LocalHost; // another only when the user types it
    quint16 port = 0;                               // 0: a free one
    quint64 maxMessageSize = 64ull << 20;           // a bigger client message is closed with 1009
    int closeTimeoutMs = 2000;                      // how long a client has to answer the server's close frame
    int handshakeTimeoutMs = 10000;                 // how long a client has to send its whole handshake (a rules file may say otherwise)
};

// The mock server (the "Server" tab and `wsinspector-cli serve --rules`): listens, and runs the
// rules for each client that connects, each through its own MockConnection. Every event of every
// client comes out of eventOccurred with its connection id, "dir" from the server's side (out:
// what the mock server sent). A caller may answer any client by hand or close it with a code.
class MockServer final : public QObject
{
    Q_OBJECT

public:
    MockServer(const MockSettings &settings, const MockRules &rules, QObject *parent = nullptr);
    ~MockServer() override;

    // False with *error (the port in use, say) when it cannot listen.
    bool listen(QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // ws://ADDRESS:PORT/
    const MockSettings &settings() const { return m_settings; }
    QList<int> connections() const { return m_connections.keys(); }
    // New clients follow these; connected ones keep theirs.
    void setRules(const MockRules &rules);
    // For new clients, unless the rules file sets "handshakeTimeoutSeconds".
    void setHandshakeTimeout(int ms) { m_settings.handshakeTimeoutMs = ms; }

    // A message to one client, typed by the user ({{placeholders}} are the caller's business).
    // False when that client is not connected or is closing.
    bool send(int connection, bool text, const QByteArray &payload);
    // Starts the closing handshake with one client. False when it is not open.
    bool closeClient(int connection, int code, const QString &reason);

signals:
    void eventOccurred(const wsi::SessionEvent &event);
    void connectionStarted(int connection);
    void connectionFinished(int connection);

private:
    void onNewConnection();

    MockSettings m_settings;
    std::shared_ptr<const MockRules> m_rules;
    QTcpServer *m_server;
    QMap<int, MockConnection *> m_connections;
    int m_nextId = 1;
};

} // namespace wsi
