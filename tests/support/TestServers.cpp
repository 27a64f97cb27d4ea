#include "TestServers.h"

#include <QDeadlineTimer>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace wsi::test {

ScriptedWebSocketServer::ScriptedWebSocketServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &ScriptedWebSocketServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedWebSocketServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

void ScriptedWebSocketServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QString path = socket->requestUrl().path();
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_closes << QStringLiteral("%1 %2").arg(int(socket->closeCode())).arg(socket->closeReason());
        });
        if (path == QStringLiteral("/close1011")) {
            socket->close(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("boom"));
        } else if (path == QStringLiteral("/drop")) {
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket] { socket->abort(); });
        } else {
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &message) { socket->sendTextMessage(message); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
        }
    }
}

RawHttpServer::RawHttpServer(QByteArray response, QObject *parent)
    : QTcpServer(parent)
    , m_response(std::move(response))
{
    connect(this, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
    listen(QHostAddress::LocalHost, 0);
}

QUrl RawHttpServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(serverPort()));
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        m_sockets.append(socket);
        if (m_response.isEmpty())
            continue;
        // Answer once the request is in, as a real server does.
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (socket->readAll().contains("\r\n\r\n"))
                socket->write(m_response);
        });
    }
}

quint16 unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

ServerProcess::ServerProcess(const QString &script)
    : m_script(script)
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
}

void ServerProcess::freeze()
{
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void ServerProcess::thaw()
{
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        thaw();
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool ServerProcess::start(QString *error, quint16 port, const QStringList &extraArguments)
{
    stop();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const bool node = m_script.endsWith(QLatin1String(".js"));
    const QString program = node ? QStringLiteral("node") : QStringLiteral("/usr/bin/python3");
    m_process.start(program,
                    QStringList{QStringLiteral(WSI_TEST_SERVERS_DIR "/") + m_script, QStringLiteral("--port"), QString::number(port)}
                        + extraArguments);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    const QByteArray line = m_process.readLine().trimmed();
    bool ok = false;
    m_port = quint16(line.toUInt(&ok));
    if (!ok || m_port == 0) {
        *error = QStringLiteral("%1 did not print its port (got \"%2\"); did scripts/install-deps.sh test run?")
                     .arg(m_script, QString::fromUtf8(line));
        return false;
    }
    return true;
}

QByteArray ServerProcess::waitForLine(const QByteArray &needle, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.contains(needle))
                return line;
        }
        // The test's own event loop must keep running: the inspector under test lives in it.
        QTest::qWait(20);
        m_process.waitForReadyRead(0);
    }
    return QByteArray();
}

QUrl ServerProcess::url(const QString &path, const QString &scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
}

bool makeSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error)
{
    *certPath = dir + QStringLiteral("/cert.pem");
    *keyPath = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyPath, QStringLiteral("-out"), *certPath,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + openssl.errorString() + u' ' + QString::fromUtf8(openssl.readAll());
        return false;
    }
    return true;
}

} // namespace wsi::test
