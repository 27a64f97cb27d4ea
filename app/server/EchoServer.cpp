#include "EchoServer.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace wsi {

EchoServer::EchoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("WebSocket Inspector echo"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &EchoServer::onNewConnection);
}

EchoServer::~EchoServer()
{
    close();
}

bool EchoServer::listen(quint16 port, const QHostAddress &address)
{
    return m_server->listen(address, port);
}

void EchoServer::close()
{
    m_server->close();
    const QList<QWebSocket *> clients = m_clients;
    m_clients.clear();
    for (QWebSocket *client : clients) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
}

QUrl EchoServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

quint16 EchoServer::port() const
{
    return m_server->serverPort();
}

QString EchoServer::errorString() const
{
    return m_server->errorString();
}

void EchoServer::onNewConnection()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        m_clients.append(client);
        connect(client, &QWebSocket::textMessageReceived, client,
                [client](const QString &message) { client->sendTextMessage(message); });
        connect(client, &QWebSocket::binaryMessageReceived, client,
                [client](const QByteArray &message) { client->sendBinaryMessage(message); });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
            emit clientDisconnected();
        });
        emit clientConnected();
    }
}

} // namespace wsi
