#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace wsi {

// The server a first-time user talks to: answers every text and binary message
// with the same message. Loopback only.
class EchoServer final : public QObject
{
    Q_OBJECT
public:
    explicit EchoServer(QObject *parent = nullptr);
    ~EchoServer() override;

    // Port 0 picks a free one. False (see errorString()) when it cannot listen.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    QUrl url() const;
    quint16 port() const;
    QString errorString() const;
    int clientCount() const { return int(m_clients.size()); }

signals:
    void clientConnected();
    void clientDisconnected();

private:
    void onNewConnection();

    QWebSocketServer *m_server;
    QList<QWebSocket *> m_clients;
};

} // namespace wsi
