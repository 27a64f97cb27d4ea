#include "RelayConnection.h"
#include "wire/FrameRules.h"

#include "RelayServer.h"
#include "wire/FrameReader.h"
#include "wire/WireTap.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtEndian>

namespace wsi {

namespace {
// What this file words are facts for the record (events, the HTTP answers to the client, close
// reasons): English in every language, as a session's are. Each way in from the event loop
// holds a Translation::SourceText so Tr::tr() gives the source text.
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::RelayConnection)
};
} // namespace

// One direction's frame reading: every data message taken whole, every control frame held
// and queued in wire order behind the messages before it.
class RelayConnection::Pump final : public FrameReader::Observer
{
public:
    Pump(RelayConnection *connection, bool fromClient)
        : m_connection(connection), m_fromClient(fromClient), m_reader(this), m_rules(connection->m_settings.maxMessageSize, sender())
    {
        m_reader.setTakeMessages(true);
    }
    // False when the stream broke a rule (the connection is being failed).
    bool feed(const QByteArray &bytes)
    {
        bool ok = true;
        m_reader.feed(bytes, &ok); // everything is taken or queued: nothing passes on by itself
        return ok && !m_failed;
    }

    bool frameStarted(const FrameHeader &h) override
    {
        // RFC 6455's rules for what this side may send: the same checks as the tap's and the mock server's.
        const FrameRules::Fault fault = m_rules.check(h);
        if (fault.closeCode == 0)
            return true;
        m_failed = true;
        m_connection->failProtocol(m_fromClient, fault.closeCode, fault.why);
        return false;
    }

    void controlFrame(const FrameHeader &header, const QByteArray &payload, QByteArray *wire) override
    {
        InterceptQueue::Item item;
        item.opcode = header.opcode;
        item.payload = payload;
        item.wire = std::exchange(*wire, QByteArray());
        RelayConnection &c = *m_connection;
        const RelayRules &rules = *c.m_rules;
        if (rules.hasControlHolds(m_fromClient))
            item.held = rules.holds(m_fromClient, item.opcode, item.payload);
        const bool held = item.held;
        const quint64 id = c.queue(m_fromClient).push(std::move(item));
        if (held && c.queue(m_fromClient).isHeld(id))
            emit c.messageHeld(c.m_id, m_fromClient, id);
    }

    void dataFrameEnded(const FrameHeader &, int frames) override { m_frames = frames; }

    bool message(quint8 opcode, QByteArrayView payload, QByteArray *assembled) override
    {
        RelayConnection &c = *m_connection;
        InterceptQueue::Item item;
        item.opcode = opcode;
        item.payload = assembled ? std::move(*assembled) : payload.toByteArray();
        item.frames = m_frames;
        const FrameRules::Fault fault = FrameRules::checkMessage(opcode, item.payload, sender());
        if (fault.closeCode != 0) {
            m_failed = true;
            c.failProtocol(m_fromClient, fault.closeCode, fault.why);
            return false;
        }
        const RelayRules &rules = *c.m_rules;
        if (opcode == 1 && !rules.isEmpty()) {
            if (rules.hasEdits(m_fromClient)) {
                QString text = QString::fromUtf8(item.payload);
                switch (rules.apply(m_fromClient, &text)) {
                case RelayRules::Verdict::Pass: break;
                case RelayRules::Verdict::Rewritten:
                    item.payload = text.toUtf8();
                    item.tag = MessageTag::Edited;
                    break;
                case RelayRules::Verdict::Drop:
                    item.tag = MessageTag::Dropped;
                    c.deliver(m_fromClient, std::move(item), false);
                    return !m_failed;
                }
            }
        }
        if (rules.hasHolds(m_fromClient))
            item.held = rules.holds(m_fromClient, opcode, item.payload);
        const bool held = item.held;
        const quint64 id = c.queue(m_fromClient).push(std::move(item));
        if (held && c.queue(m_fromClient).isHeld(id))
            emit c.messageHeld(c.m_id, m_fromClient, id);
        return !m_failed;
    }

private:
    FrameRules::Sender sender() const { return m_fromClient ? FrameRules::Sender::Client : FrameRules::Sender::Server; }

    RelayConnection *m_connection;
    bool m_fromClient;
    FrameReader m_reader;
    FrameRules m_rules;
    int m_frames = 0;
    bool m_failed = false;
};

RelayConnection::RelayConnection(int id, QTcpSocket *client, const RelaySettings &settings, std::shared_ptr<const RelayRules> rules,
                                 QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_settings(settings)
    , m_rules(std::move(rules))
    , m_client(client)
    , m_fromClient(std::make_unique<Pump>(this, true))
    , m_fromServer(std::make_unique<Pump>(this, false))
    , m_toServerQueue(std::make_unique<InterceptQueue>([this](InterceptQueue::Item &&item, bool delivered) {
        deliver(true, std::move(item), delivered);
    }))
    , m_toClientQueue(std::make_unique<InterceptQueue>([this](InterceptQueue::Item &&item, bool delivered) {
        deliver(false, std::move(item), delivered);
    }))
{
    m_client->setParent(this);
    ChunkedRead::bound(m_client);
    connect(m_client, &QTcpSocket::readyRead, this, &RelayConnection::onClientReadable);
    connect(m_client, &QTcpSocket::disconnected, this, &RelayConnection::onClientGone);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_upstream && m_client->bytesToWrite() < WriteLimit / 2)
            onUpstreamReadable();
    });
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        const Translation::SourceText english;
        if (m_stage == Stage::Request) {
            // A client that connects and says nothing (or half a request) holds no socket for long.
            answerClient(408, "Request Timeout", Tr::tr("the client sent no complete WebSocket handshake within %1 s")
                                                     .arg(m_settings.handshakeTimeoutMs / 1000.0));
            return;
        }
        if (m_stage == Stage::Connecting || m_stage == Stage::Response) {
            if (m_upstream) {
                m_upstream->disconnect(this);
                m_upstream->abort();
            }
            m_upstreamGone = true;
            answerClient(504, "Gateway Timeout", Tr::tr("the upstream %1 did not answer the handshake within %2 s")
                                                      .arg(m_target.toString()).arg(m_settings.connectTimeoutMs / 1000.0));
        }
    });
}

void RelayConnection::start()
{
    const Translation::SourceText english;
    SessionEvent info;
    info.kind = EventKind::Info;
    info.payload = Tr::tr("client %1:%2 connected").arg(m_client->peerAddress().toString()).arg(m_client->peerPort()).toUtf8();
    emitEvent(std::move(info));
    m_connectTimer.start(m_settings.handshakeTimeoutMs); // the client's request first, then the upstream's answer
    if (m_client->bytesAvailable() > 0)
        onClientReadable();
}

RelayConnection::~RelayConnection()
{
    if (m_client)
        m_client->disconnect(this);
    if (m_upstream)
        m_upstream->disconnect(this);
}

QTcpSocket *RelayConnection::writerFor(bool toServer) const
{
    return toServer ? m_upstream : m_client;
}

void RelayConnection::emitEvent(SessionEvent event)
{
    if (event.timestampUs == 0)
        event.timestampUs = m_readUs ? m_readUs : nowUs();
    event.connection = m_id;
    emit eventOccurred(event);
}

void RelayConnection::emitError(const QString &message, int httpStatus)
{
    SessionEvent e;
    e.kind = EventKind::Error;
    e.payload = message.toUtf8();
    e.httpStatus = httpStatus;
    e.request = m_request;
    emitEvent(std::move(e));
}

void RelayConnection::onClientReadable()
{
    const Translation::SourceText english;
    if (m_finished || m_clientGone)
        return;
    if (m_stage == Stage::Request) {
        m_requestBytes += m_client->readAll();
        handleRequest();
        return;
    }
    if (m_stage == Stage::Connecting || m_stage == Stage::Response) {
        m_pendingFromClient += m_client->readAll();
        return;
    }
    if (m_stage == Stage::Open)
        pump(true);
}

void RelayConnection::pump(bool fromClient)
{
    // Back-pressure: the other side not taking what is sent, or messages piling up behind a
    // held one, stop the reading of this side; the socket's bounded read buffer then fills and
    // TCP slows the sender down. Read a chunk at a time into one reused buffer, and send what
    // a chunk made as one write.
    QTcpSocket *from = fromClient ? m_client : m_upstream;
    Pump &reader = fromClient ? *m_fromClient : *m_fromServer;
    ++m_pumping;
    while (m_stage == Stage::Open && from->bytesAvailable() > 0) {
        if (writerFor(fromClient)->bytesToWrite() + m_out[fromClient].size() > WriteLimit || queue(fromClient).waitingBytes() > WriteLimit)
            break;
        const QByteArray &chunk = m_read.next(from);
        if (chunk.isEmpty())
            break;
        m_readUs = nowUs(); // every message of a chunk was read at once
        const bool ok = reader.feed(chunk);
        sendOut();
        if (!ok)
            break;
    }
    m_readUs = 0;
    --m_pumping;
    sendOut();
}

void RelayConnection::sendOut()
{
    for (const bool toServer : {false, true}) {
        QByteArray &frames = m_out[toServer];
        if (frames.isEmpty())
            continue;
        QTcpSocket *out = writerFor(toServer);
        if (out && !(toServer ? m_upstreamGone : m_clientGone))
            out->write(frames);
        frames.clear(); // keeps its capacity for the next chunk
    }
}

void RelayConnection::onUpstreamReadable()
{
    const Translation::SourceText english;
    if (m_finished || !m_upstream)
        return;
    if (m_stage == Stage::Response) {
        m_responseBytes += m_upstream->readAll();
        handleResponse();
        return;
    }
    if (m_stage == Stage::Refused) {
        m_client->write(m_upstream->readAll()); // the refusal's body, as the server sent it
        return;
    }
    if (m_stage == Stage::Open)
        pump(false);
}

void RelayConnection::handleRequest()
{
    // Anything that cannot begin "GET " is not a WebSocket handshake: said at once, not after 64 KiB.
    const QByteArrayView get("GET ");
    const qsizetype n = qMin(m_requestBytes.size(), get.size());
    if (QByteArrayView(m_requestBytes.constData(), n) != get.first(n)) {
        answerClient(400, "Bad Request", Tr::tr("the client sent %1 instead of a WebSocket handshake")
                                            .arg(QString::fromLatin1(m_requestBytes.left(16).toHex(' '))));
        return;
    }
    HttpHead head;
    qsizetype headBytes = 0;
    switch (HttpHead::parse(m_requestBytes, false, &head, &headBytes)) {
    case HttpHead::Parse::Incomplete:
        return;
    case HttpHead::Parse::TooLong:
        answerClient(431, "Request Header Fields Too Large", Tr::tr("the client's request head is over %1 bytes").arg(HttpHead::MaxHeadBytes));
        return;
    case HttpHead::Parse::NotHttp:
        answerClient(400, "Bad Request", Tr::tr("the client's request is not HTTP"));
        return;
    case HttpHead::Parse::Complete:
        break;
    }
    m_request = std::make_shared<HttpHead>(head);
    const QList<QByteArray> parts = head.startLine.split(' ');
    m_key = head.header("Sec-WebSocket-Key");
    if (parts.size() != 3 || !head.headerHasToken("Upgrade", "websocket") || !head.headerHasToken("Connection", "upgrade") || m_key.isEmpty()) {
        answerClient(400, "Bad Request", Tr::tr("the client's request is not a WebSocket upgrade (Upgrade, Connection or Sec-WebSocket-Key missing)"));
        return;
    }
    // The client's path and query go to the upstream, under the upstream URL's own path.
    const QUrl asked(QStringLiteral("http://relay") + QString::fromLatin1(parts.at(1)));
    m_target = m_settings.upstream;
    const QString base = m_target.path(QUrl::FullyEncoded);
    if (base.isEmpty() || base == QStringLiteral("/")) {
        m_target.setPath(asked.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        m_target.setQuery(asked.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    } else if (asked.path() != QStringLiteral("/") || asked.hasQuery()) {
        m_target.setPath((base.endsWith(u'/') ? base.chopped(1) : base) + asked.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        if (asked.hasQuery())
            m_target.setQuery(asked.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    }
    QByteArray target = m_target.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_target.hasQuery())
        target += '?' + m_target.query(QUrl::FullyEncoded).toLatin1();

    // On to the upstream as the client wrote it, but for the target, Host, and no extension
    // offered (compressed frames could not be read, let alone edited).
    QByteArray wire = parts.at(0) + ' ' + target + ' ' + parts.at(2) + "\r\n";
    for (const auto &h : std::as_const(head.headers)) {
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            wire += h.first + ": " + m_target.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1() + "\r\n";
        else if (h.first.compare("Sec-WebSocket-Extensions", Qt::CaseInsensitive) != 0)
            wire += h.first + ": " + h.second + "\r\n";
    }
    wire += "\r\n";
    m_pendingFromClient = m_requestBytes.mid(headBytes);
    m_requestBytes = wire; // what the upstream is sent once connected
    m_stage = Stage::Connecting;
    m_connectTimer.start(m_settings.connectTimeoutMs);

    const bool tls = m_target.scheme() == QStringLiteral("wss");
    const quint16 port = quint16(m_target.port(tls ? 443 : 80));
    if (tls) {
        auto *socket = new QSslSocket(this);
        m_upstream = socket;
        connect(socket, &QSslSocket::encrypted, this, &RelayConnection::onUpstreamConnected);
        connect(socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this, [this, socket](const QList<QSslError> &errors) {
        const Translation::SourceText english;
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            if (m_settings.ignoreCertificateErrors) {
                socket->ignoreSslErrors(errors); // only these, on this socket
                SessionEvent info;
                info.kind = EventKind::Info;
                info.payload = Tr::tr("the upstream's certificate errors were ignored (--insecure): %1").arg(texts.join(QStringLiteral("; "))).toUtf8();
                emitEvent(std::move(info));
                return;
            }
            m_upstream->disconnect(this);
            m_upstream->abort();
            m_upstreamGone = true;
            answerClient(502, "Bad Gateway", Tr::tr("the upstream's TLS certificate was refused: %1 (%2)")
                                                 .arg(texts.join(QStringLiteral("; ")), WireTap::describeCertificate(socket->peerCertificate())));
        });
    } else {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, &RelayConnection::onUpstreamConnected);
    }
    ChunkedRead::bound(m_upstream);
    connect(m_upstream, &QTcpSocket::readyRead, this, &RelayConnection::onUpstreamReadable);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &RelayConnection::onUpstreamError);
    connect(m_upstream, &QTcpSocket::disconnected, this, &RelayConnection::onUpstreamGone);
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
        if (m_upstream->bytesToWrite() < WriteLimit / 2)
            onClientReadable();
    });
    if (tls)
        static_cast<QSslSocket *>(m_upstream)->connectToHostEncrypted(m_target.host(), port);
    else
        m_upstream->connectToHost(m_target.host(), port);
}

void RelayConnection::onUpstreamConnected()
{
    const Translation::SourceText english;
    if (m_stage != Stage::Connecting)
        return;
    m_stage = Stage::Response;
    m_upstream->write(std::exchange(m_requestBytes, QByteArray()));
}

void RelayConnection::handleResponse()
{
    HttpHead head;
    qsizetype headBytes = 0;
    switch (HttpHead::parse(m_responseBytes, true, &head, &headBytes)) {
    case HttpHead::Parse::Incomplete:
        return;
    case HttpHead::Parse::NotHttp:
    case HttpHead::Parse::TooLong:
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstreamGone = true;
        answerClient(502, "Bad Gateway", Tr::tr("the upstream %1 answered the handshake with something that is not HTTP").arg(m_target.toString()));
        return;
    case HttpHead::Parse::Complete:
        break;
    }
    m_connectTimer.stop();
    auto response = std::make_shared<HttpHead>(head);
    if (head.status != 101) {
        // The refusal goes to the client as the server sent it (status, headers, body).
        m_stage = Stage::Refused;
        response->body = m_responseBytes.mid(headBytes, HttpHead::BodyLimit);
        SessionEvent e;
        e.kind = EventKind::Error;
        e.payload = Tr::tr("the upstream %1 refused the handshake: HTTP %2 %3")
                        .arg(m_target.toString()).arg(head.status).arg(QString::fromLatin1(head.reason)).toUtf8();
        e.httpStatus = head.status;
        e.request = m_request;
        e.response = response;
        emitEvent(std::move(e));
        m_client->write(std::exchange(m_responseBytes, QByteArray()));
        return;
    }
    if (head.header("Sec-WebSocket-Accept") != websocketAccept(m_key)) {
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstreamGone = true;
        answerClient(502, "Bad Gateway", Tr::tr("the upstream's Sec-WebSocket-Accept does not match the key"));
        return;
    }
    m_stage = Stage::Open;
    SessionEvent open;
    open.kind = EventKind::Open;
    open.payload = m_target.toString(QUrl::FullyEncoded).toUtf8();
    open.httpStatus = 101;
    open.request = m_request;
    open.response = response;
    emitEvent(std::move(open));
    m_client->write(m_responseBytes.left(headBytes));
    const QByteArray frames = m_responseBytes.mid(headBytes);
    m_responseBytes.clear();
    if (!m_pendingFromClient.isEmpty() && !m_fromClient->feed(std::exchange(m_pendingFromClient, QByteArray())))
        return;
    if (!frames.isEmpty() && !m_fromServer->feed(frames))
        return;
    if (m_client->bytesAvailable() > 0)
        onClientReadable();
}

void RelayConnection::answerClient(int status, const QByteArray &reason, const QString &why)
{
    m_connectTimer.stop();
    emitError(why, status);
    const QByteArray body = QByteArrayLiteral("wsinspector relay: ") + why.toUtf8() + '\n';
    m_client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body);
    m_stage = Stage::Done;
    m_client->disconnectFromHost();
    if (!m_upstream)
        m_upstreamGone = true;
    finishIfDone();
}

void RelayConnection::onUpstreamError(QAbstractSocket::SocketError error)
{
    const Translation::SourceText english;
    if (m_stage == Stage::Connecting || m_stage == Stage::Response) {
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstreamGone = true;
        const QString why = m_stage == Stage::Connecting
            ? Tr::tr("cannot reach the upstream %1: %2").arg(m_target.toString(), m_upstream->errorString())
            : Tr::tr("the upstream %1 hung up during the handshake").arg(m_target.toString());
        answerClient(502, "Bad Gateway", why);
        return;
    }
    if (error != QAbstractSocket::RemoteHostClosedError && m_stage == Stage::Open) {
        SessionEvent info;
        info.kind = EventKind::Info;
        info.payload = Tr::tr("upstream: %1").arg(m_upstream->errorString()).toUtf8();
        emitEvent(std::move(info));
    }
}

void RelayConnection::onClientGone()
{
    const Translation::SourceText english;
    if (m_clientGone)
        return;
    if (m_stage == Stage::Open && m_client->bytesAvailable() > 0)
        m_fromClient->feed(m_client->readAll()); // what came with the end goes on first
    m_clientGone = true;
    discardWaiting(Tr::tr("the client disconnected: %n held message(s) dropped", nullptr, heldCount()));
    if (m_upstream && !m_upstreamGone) {
        if (m_stage == Stage::Open)
            m_upstream->disconnectFromHost(); // after what is still to be written
        else {
            m_upstream->disconnect(this);
            m_upstream->abort();
            m_upstreamGone = true;
        }
    } else {
        m_upstreamGone = true;
    }
    m_connectTimer.stop();
    finishIfDone();
}

void RelayConnection::onUpstreamGone()
{
    const Translation::SourceText english;
    if (m_upstreamGone)
        return;
    if (m_stage == Stage::Response) {
        onUpstreamError(QAbstractSocket::RemoteHostClosedError);
        return;
    }
    if (m_upstream->bytesAvailable() > 0) {
        if (m_stage == Stage::Open)
            m_fromServer->feed(m_upstream->readAll());
        else if (m_stage == Stage::Refused)
            m_client->write(m_upstream->readAll());
    }
    m_upstreamGone = true;
    discardWaiting(Tr::tr("the server disconnected: %n held message(s) dropped", nullptr, heldCount()));
    if (!m_clientGone)
        m_client->disconnectFromHost(); // after what is still to be written
    finishIfDone();
}

int RelayConnection::heldCount() const
{
    return int(m_toServerQueue->held().size() + m_toClientQueue->held().size());
}

void RelayConnection::discardWaiting(const QString &note)
{
    // What waits behind a breakpoint cannot be delivered any more: said once, when something was held.
    if (m_toServerQueue->discard() + m_toClientQueue->discard() == 0)
        return;
    SessionEvent info;
    info.kind = EventKind::Info;
    info.payload = note.toUtf8();
    emitEvent(std::move(info));
}

void RelayConnection::finishIfDone()
{
    if (m_finished)
        return;
    const bool clientDown = m_clientGone || m_client->state() == QAbstractSocket::UnconnectedState;
    const bool upstreamDown = m_upstreamGone || !m_upstream || m_upstream->state() == QAbstractSocket::UnconnectedState;
    if (!clientDown || !upstreamDown)
        return;
    m_finished = true;
    if (m_stage == Stage::Open && !m_closeSeen) {
        SessionEvent close;
        close.kind = EventKind::Close;
        close.closeCode = 1006;
        close.closedBy = ClosedBy::Network;
        close.payload = (m_clientGone && !m_upstreamGone ? Tr::tr("the client's connection ended without a close frame")
                                                          : Tr::tr("the connection ended without a close frame")).toUtf8();
        emitEvent(std::move(close));
    }
    m_stage = Stage::Done;
    emit finished(m_id);
}

void RelayConnection::failProtocol(bool fromClient, int code, const QString &why)
{
    emitError(why);
    // Both sides are told with the code: the one that broke the rule, and the one it was talking to.
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    QString reason = Tr::tr("relay: %1").arg(why);
    while (reason.toUtf8().size() > 123) // a control frame's 125 bytes, cut between characters
        reason.chop(1);
    payload += reason.toUtf8();
    m_closeSeen = true;
    m_stage = Stage::Done; // nothing more is read from either side
    sendOut();             // the messages before the broken frame go first
    if (m_upstream && !m_upstreamGone) {
        m_upstream->write(FrameReader::encode(0x8, payload, true, true, QRandomGenerator::global()->generate()));
        m_upstream->disconnectFromHost();
    }
    if (!m_clientGone) {
        m_client->write(FrameReader::encode(0x8, payload));
        m_client->disconnectFromHost();
    }
    Q_UNUSED(fromClient)
}

void RelayConnection::deliver(bool toServer, InterceptQueue::Item &&item, bool delivered)
{
    SessionEvent e;
    e.direction = toServer ? Direction::Outgoing : Direction::Incoming;
    e.tag = item.tag;
    switch (item.opcode) {
    case 0x1: e.kind = EventKind::Text; break;
    case 0x2: e.kind = EventKind::Binary; break;
    case 0x9: e.kind = EventKind::Ping; break;
    case 0xA: e.kind = EventKind::Pong; break;
    default: e.kind = EventKind::Close; break;
    }
    if (delivered && !(toServer ? m_upstreamGone : m_clientGone)) {
        QByteArray &frames = m_out[toServer];
        if (item.isControl() && !item.wire.isEmpty())
            frames += item.wire; // as it came; an edited one (no wire) is framed anew below
        else
            FrameReader::appendFrame(&frames, item.opcode, item.payload, true, toServer, toServer ? QRandomGenerator::global()->generate() : 0);
        if (!m_pumping)
            sendOut(); // forwarded, edited or injected by the user: goes at once
    }
    if (e.kind == EventKind::Close) {
        m_closeSeen = true;
        e.closedBy = toServer ? ClosedBy::Client : ClosedBy::Server;
        e.closeCode = 1005;
        if (item.payload.size() >= 2) {
            e.closeCode = qFromBigEndian<quint16>(item.payload.constData());
            e.payload = item.payload.mid(2);
        }
    } else {
        e.payload = std::move(item.payload);
        e.frames = item.frames;
    }
    emitEvent(std::move(e));
}

bool RelayConnection::inject(bool toServer, bool text, const QByteArray &payload)
{
    if (m_stage != Stage::Open || m_clientGone || m_upstreamGone)
        return false;
    InterceptQueue::Item item;
    item.opcode = text ? 1 : 2;
    item.payload = payload;
    item.tag = MessageTag::Injected;
    queue(toServer).push(std::move(item));
    return true;
}

void RelayConnection::resumeReading()
{
    QMetaObject::invokeMethod(this, [this] {
        onClientReadable();
        onUpstreamReadable();
    }, Qt::QueuedConnection);
}

void RelayConnection::abort()
{
    m_toServerQueue->discard();
    m_toClientQueue->discard();
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
    }
    m_client->disconnect(this);
    m_client->abort();
    m_clientGone = true;
    m_upstreamGone = true;
    finishIfDone();
}

} // namespace wsi
