#include "MockServer.h"

#include "MockConnection.h"
#include "server/Listener.h"
#include "session/CloseCode.h"

#include "i18n/Translation.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace wsi {

MockServer::MockServer(const MockSettings &settings, const MockRules &rules, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_rules(std::make_shared<const MockRules>(rules))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockServer::onNewConnection);
}

MockServer::~MockServer()
{
    close();
}

bool MockServer::listen(QString *error)
{
    return Listener::listen(m_server, m_settings.address, m_settings.port, error);
}

void MockServer::close()
{
    m_server->close();
    const auto connections = m_connections;
    for (MockConnection *c : connections)
        c->abort();
}

bool MockServer::isListening() const
{
    return m_server->isListening();
}

quint16 MockServer::port() const
{
    return m_server->serverPort();
}

QUrl MockServer::url() const
{
    return Listener::url(m_server);
}

void MockServer::setRules(const MockRules &rules)
{
    m_rules = std::make_shared<const MockRules>(rules);
}

void MockServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const int id = m_nextId++;
        auto *c = new MockConnection(id, socket, m_settings, m_rules, this);
        m_connections.insert(id, c);
        connect(c, &MockConnection::eventOccurred, this, &MockServer::eventOccurred);
        connect(c, &MockConnection::finished, this, [this](int connection) {
            if (MockConnection *mc = m_connections.take(connection))
                mc->deleteLater();
            emit connectionFinished(connection);
        });
        emit connectionStarted(id);
        c->start();
    }
}

bool MockServer::send(int connection, bool text, const QByteArray &payload)
{
    MockConnection *c = m_connections.value(connection, nullptr);
    if (!c || (text && !QByteArrayView(payload).isValidUtf8()))
        return false;
    const Translation::SourceText english;
    return c->send(text, payload);
}

bool MockServer::closeClient(int connection, int code, const QString &reason)
{
    if (!CloseCode::isValidToSend(code)) // 1005, 1006, 1015 and what RFC 6455 reserves never go on the wire
        return false;
    MockConnection *c = m_connections.value(connection, nullptr);
    const Translation::SourceText english;
    return c && c->closeWith(code, reason);
}

} // namespace wsi
