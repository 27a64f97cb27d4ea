#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace wsi {

// What the servers a user starts (the mock server; the relay has its own copy) say about
// listening: why they cannot ("the port is in use" from the socket's error, not its sentence)
// and the ws:// URL a client connects to.
struct Listener
{
    // False with *error ("cannot listen on 127.0.0.1:9001: the port is in use").
    static bool listen(QTcpServer *server, const QHostAddress &address, quint16 port, QString *error);
    static QUrl url(const QTcpServer *server); // ws://ADDRESS:PORT/
};

} // namespace wsi
