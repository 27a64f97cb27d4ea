#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWebSocketServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace wsi::test {

// A Qt WebSocket server whose behaviour is chosen by the request path, so one
// server covers the cases: /echo, /close1011 (close 1011 "boom" at once),
// /drop (TCP abort, no close frame, after the first message).
class ScriptedWebSocketServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedWebSocketServer(QObject *parent = nullptr);
    QUrl url(const QString &path) const;
    // The close code each client sent when it left ("code reason"), in order.
    QStringList closesReceived() const { return m_closes; }

private:
    void onNewConnection();
    QWebSocketServer *m_server;
    QStringList m_closes;
};

// A TCP server that answers every connection with fixed bytes (e.g. an HTTP
// 404) and then keeps the connection open, or never answers at all.
class RawHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit RawHttpServer(QByteArray response, QObject *parent = nullptr);
    QUrl url() const;
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    QByteArray m_response;
    QList<QTcpSocket *> m_sockets;
    int m_connections = 0;
};

// A port nobody listens on: bound once, then released.
quint16 unusedPort();

// A self-signed certificate for CN=localhost, made with openssl in dir.
bool makeSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error);

// A WebSocket server that is not Qt's: a script of tests/servers (python3-websockets,
// tornado, or node with the npm packages of tests/servers/package.json), started on
// 127.0.0.1 with a free port and stopped with this object.
class ServerProcess
{
public:
    // script: a file in tests/servers that prints its port first (ws_server.py by default);
    // .py runs on /usr/bin/python3, .js on node.
    explicit ServerProcess(const QString &script = QStringLiteral("ws_server.py"));
    ~ServerProcess();
    // port 0 picks a free one; a restart passes the old port to come back on it.
    bool start(QString *error, quint16 port = 0, const QStringList &extraArguments = {});
    QUrl url(const QString &path, const QString &scheme = QStringLiteral("ws")) const;
    quint16 port() const { return m_port; }
    void kill();          // SIGKILL: the server dies without a close frame
    void freeze();        // SIGSTOP: the connection stays up, nothing answers
    void thaw();          // SIGCONT
    // Waits up to timeoutMs for a line of the server's stdout (after the port) containing needle.
    QByteArray waitForLine(const QByteArray &needle, int timeoutMs = 5000);

private:
    void stop();
    QString m_script;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace wsi::test
