#include "RelayServer.h"

#include "RelayConnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace wsi {

RelayServer::RelayServer(const RelaySettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_rules(std::make_shared<const RelayRules>(settings.rules))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RelayServer::onNewConnection);
}

RelayServer::~RelayServer()
{
    close();
}

bool RelayServer::listen(QString *error)
{
    if (m_server->listen(m_settings.address, m_settings.port))
        return true;
    *error = tr("cannot listen on %1:%2: %3")
                 .arg(m_settings.address.toString())
                 .arg(m_settings.port)
                 .arg(m_server->serverError() == QAbstractSocket::AddressInUseError ? tr("the port is in use") : m_server->errorString());
    return false;
}

void RelayServer::close()
{
    m_server->close();
    const auto connections = m_connections;
    for (RelayConnection *c : connections)
        c->abort();
}

quint16 RelayServer::port() const
{
    return m_server->serverPort();
}

QUrl RelayServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void RelayServer::setRules(const RelayRules &rules)
{
    m_settings.rules = rules;
    m_rules = std::make_shared<const RelayRules>(rules);
    for (RelayConnection *c : std::as_const(m_connections))
        c->setRules(m_rules);
}

void RelayServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const int id = m_nextId++;
        auto *c = new RelayConnection(id, socket, m_settings, m_rules, this);
        m_connections.insert(id, c);
        connect(c, &RelayConnection::eventOccurred, this, &RelayServer::eventOccurred);
        connect(c, &RelayConnection::messageHeld, this, [this](int connection, bool toServer, quint64 heldId) {
            RelayConnection *rc = this->connection(connection);
            if (!rc)
                return;
            for (const InterceptQueue::Item &item : rc->queue(toServer).held()) {
                if (item.id == heldId)
                    emit messageHeld(HeldMessage{connection, toServer, heldId, item.opcode, item.payload});
            }
        });
        connect(c, &RelayConnection::finished, this, [this](int connection) {
            if (RelayConnection *rc = m_connections.take(connection))
                rc->deleteLater();
            emit connectionFinished(connection);
        });
        emit connectionStarted(id);
        c->start();
    }
}

RelayConnection *RelayServer::connection(int id) const
{
    return m_connections.value(id, nullptr);
}

QList<HeldMessage> RelayServer::held() const
{
    QList<HeldMessage> out;
    for (RelayConnection *c : std::as_const(m_connections)) {
        for (bool toServer : {true, false}) {
            for (const InterceptQueue::Item &item : c->queue(toServer).held())
                out.append(HeldMessage{c->id(), toServer, item.id, item.opcode, item.payload});
        }
    }
    return out;
}

bool RelayServer::forward(const HeldMessage &message)
{
    RelayConnection *c = connection(message.connection);
    if (!c || !c->queue(message.toServer).forward(message.id))
        return false;
    c->resumeReading();
    return true;
}

bool RelayServer::edit(const HeldMessage &message, const QByteArray &payload, bool text)
{
    RelayConnection *c = connection(message.connection);
    if (!c || (text && !message.isControl() && !QByteArrayView(payload).isValidUtf8()))
        return false;
    if (!c->queue(message.toServer).edit(message.id, payload, text))
        return false;
    c->resumeReading();
    return true;
}

bool RelayServer::drop(const HeldMessage &message)
{
    RelayConnection *c = connection(message.connection);
    if (!c || !c->queue(message.toServer).drop(message.id))
        return false;
    c->resumeReading();
    return true;
}

void RelayServer::forwardAll()
{
    const auto connections = m_connections;
    for (RelayConnection *c : connections) {
        c->queue(true).forwardAll();
        c->queue(false).forwardAll();
        c->resumeReading();
    }
}

bool RelayServer::inject(int connection, bool toServer, bool text, const QByteArray &payload)
{
    RelayConnection *c = this->connection(connection);
    if (!c || (text && !QByteArrayView(payload).isValidUtf8()))
        return false;
    return c->inject(toServer, text, payload);
}

} // namespace wsi
