#include "instance/LinkChannel.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace wsi {

LinkChannel::LinkChannel(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // Other local users cannot hand this window a link (the socket is 0700).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &LinkChannel::onNewConnection);
}

LinkChannel::~LinkChannel() = default;

QString LinkChannel::socketPath()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime + QStringLiteral("/wsinspector-links");
    return QDir::tempPath() + QStringLiteral("/wsinspector-links-%1").arg(::getuid());
}

bool LinkChannel::sendToRunning(const QString &link, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.toUtf8().left(MaxLinkBytes - 1) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool LinkChannel::listen()
{
    const QString path = socketPath();
    if (m_server->listen(path))
        return true;
    // A socket file left by a program that crashed: nobody answers on it.
    QLocalSocket probe;
    probe.connectToServer(path);
    if (probe.waitForConnected(500))
        return false; // a running window owns it
    QLocalServer::removeServer(path);
    return m_server->listen(path);
}

bool LinkChannel::isListening() const
{
    return m_server->isListening();
}

void LinkChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() >= MaxLinkBytes)
                    socket->abort();
                return;
            }
            const QString link = QString::fromUtf8(socket->readLine(MaxLinkBytes)).trimmed();
            socket->write("ok\n");
            socket->disconnectFromServer();
            emit linkReceived(link);
        });
    }
}

} // namespace wsi
