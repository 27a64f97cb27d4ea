#include "MockConnection.h"

#include "MockHandshake.h"
#include "wire/FrameReader.h"
#include "wire/FrameRules.h"

#include "i18n/Translation.h"

#include <QTcpSocket>
#include <QtEndian>

#include <limits>

namespace wsi {

namespace {
// What this file words are facts for the record (events, the HTTP answers, close reasons):
// English in every language, as a session's are. Each way in from the event loop holds a
// Translation::SourceText so Tr::tr() gives the source text.
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::MockConnection)
};

QByteArray closePayload(int code, const QString &reason)
{
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    QString text = reason;
    while (text.toUtf8().size() > 123) // a control frame's 125 bytes, cut between characters
        text.chop(1);
    return payload + text.toUtf8();
}
} // namespace

// The client's frames: each checked as it starts, each data message taken whole.
class MockConnection::Reader final : public FrameReader::Observer
{
public:
    Reader(MockConnection *connection, quint64 maxMessageSize)
        : m_connection(connection), m_rules(maxMessageSize, FrameRules::Sender::Client), m_reader(this)
    {
        m_reader.setTakeMessages(true);
    }
    bool feed(const QByteArray &bytes)
    {
        bool ok = true;
        m_reader.feed(bytes, &ok);
        return ok && !m_failed;
    }

    bool frameStarted(const FrameHeader &header) override
    {
        const FrameRules::Fault fault = m_rules.check(header);
        if (fault.closeCode == 0)
            return true;
        m_failed = true;
        m_connection->fail(fault.closeCode, fault.why);
        return false;
    }
    void controlFrame(const FrameHeader &header, const QByteArray &payload, QByteArray *wire) override
    {
        wire->clear(); // nothing is passed on: the server answers itself
        m_connection->onControl(header.opcode, payload);
    }
    void dataFrameEnded(const FrameHeader &, int frames) override { m_frames = frames; }
    bool message(quint8 opcode, QByteArrayView payload, QByteArray *assembled) override
    {
        const FrameRules::Fault fault = FrameRules::checkMessage(opcode, payload, FrameRules::Sender::Client);
        if (fault.closeCode != 0) {
            m_failed = true;
            m_connection->fail(fault.closeCode, fault.why);
            return false;
        }
        m_connection->onMessage(opcode, assembled ? std::move(*assembled) : payload.toByteArray(), m_frames);
        return !m_failed;
    }

private:
    MockConnection *m_connection;
    FrameRules m_rules;
    FrameReader m_reader;
    int m_frames = 0;
    bool m_failed = false;
};

MockConnection::MockConnection(int id, QTcpSocket *client, const MockSettings &settings, std::shared_ptr<const MockRules> rules,
                               QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_settings(settings)
    , m_rules(std::move(rules))
    , m_client(client)
    , m_reader(std::make_unique<Reader>(this, settings.maxMessageSize))
{
    m_client->setParent(this);
    ChunkedRead::bound(m_client);
    connect(m_client, &QTcpSocket::readyRead, this, &MockConnection::onReadable);
    // The client took some of what was sent: read it again if that had stopped.
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_client->bytesToWrite() < WriteLimit / 2 && m_client->bytesAvailable() > 0)
            onReadable();
    });
    connect(m_client, &QTcpSocket::disconnected, this, &MockConnection::onGone);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        const Translation::SourceText english;
        SessionEvent info;
        info.kind = EventKind::Info;
        info.payload = Tr::tr("the client did not answer the close frame within %1 s: disconnected").arg(m_settings.closeTimeoutMs / 1000.0).toUtf8();
        emitEvent(std::move(info));
        m_client->abort();
        onGone();
    });
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        const Translation::SourceText english;
        if (m_stage != Stage::Request)
            return;
        const int ms = m_rules->handshakeTimeoutMs.value_or(m_settings.handshakeTimeoutMs);
        refuse(MockHandshake::refusal(
            408, MockHandshake::reasonPhrase(408), {}, QString(),
            m_requestBytes.isEmpty() ? Tr::tr("the client sent nothing within %1 s of connecting: disconnected").arg(ms / 1000.0)
                                     : Tr::tr("the client sent no whole handshake within %1 s of connecting: disconnected").arg(ms / 1000.0)));
    });
}

MockConnection::~MockConnection()
{
    m_client->disconnect(this);
}

void MockConnection::start()
{
    const Translation::SourceText english;
    SessionEvent info;
    info.kind = EventKind::Info;
    info.payload = Tr::tr("client %1:%2 connected").arg(m_client->peerAddress().toString()).arg(m_client->peerPort()).toUtf8();
    emitEvent(std::move(info));
    m_handshakeTimer.start(m_rules->handshakeTimeoutMs.value_or(m_settings.handshakeTimeoutMs));
    if (m_client->bytesAvailable() > 0)
        onReadable();
}

void MockConnection::emitEvent(SessionEvent event)
{
    if (event.timestampUs == 0)
        event.timestampUs = nowUs();
    event.connection = m_id;
    emit eventOccurred(event);
}

void MockConnection::onReadable()
{
    const Translation::SourceText english;
    while (m_stage == Stage::Request && m_client->bytesAvailable() > 0) {
        m_requestBytes += m_read.next(m_client); // a head past 64 KiB is refused: this stays small
        handleRequest();
    }
    if (m_stage == Stage::Open || m_stage == Stage::Closing)
        pump();
    else if (m_stage == Stage::Done)
        while (!m_read.next(m_client).isEmpty()) {
        } // after a failure or a refusal nothing more is read
}

void MockConnection::pump()
{
    while ((m_stage == Stage::Open || m_stage == Stage::Closing) && m_client->bytesAvailable() > 0) {
        if (m_client->bytesToWrite() > WriteLimit)
            return; // resumed by bytesWritten; meanwhile the socket's buffer fills and TCP slows the client
        if (!m_reader->feed(m_read.next(m_client)))
            return;
    }
}

void MockConnection::handleRequest()
{
    HttpHead head;
    qsizetype headBytes = 0;
    // A first byte that cannot start "GET " is refused at once, not after 64 KiB.
    const bool notGet = !m_requestBytes.isEmpty() && !QByteArrayView("GET ").startsWith(m_requestBytes.left(4));
    const HttpHead::Parse parsed = notGet ? HttpHead::Parse::NotHttp : HttpHead::parse(m_requestBytes, false, &head, &headBytes);
    switch (parsed) {
    case HttpHead::Parse::Incomplete:
        return;
    case HttpHead::Parse::TooLong:
        refuse(MockHandshake::refusal(400, "Bad Request", {}, QString(), Tr::tr("the client's request head is longer than 64 KiB")));
        return;
    case HttpHead::Parse::NotHttp:
        refuse(MockHandshake::refusal(400, "Bad Request", {}, QString(), Tr::tr("the client's request is not an HTTP GET")));
        return;
    case HttpHead::Parse::Complete:
        break;
    }
    m_request = std::make_shared<HttpHead>(head);
    const MockHandshake answer = MockHandshake::answer(head, *m_rules);
    if (!answer.accepted()) {
        refuse(answer);
        return;
    }
    const QByteArray wire = answer.wire();
    m_client->write(wire);
    auto response = std::make_shared<HttpHead>();
    qsizetype responseBytes = 0;
    HttpHead::parse(wire, true, response.get(), &responseBytes);
    m_stage = Stage::Open;
    m_handshakeTimer.stop();

    SessionEvent open;
    open.kind = EventKind::Open;
    const QByteArray host = head.header("Host");
    open.payload = "ws://" + (host.isEmpty() ? QByteArray("localhost") : host) + head.startLine.split(' ').value(1);
    open.httpStatus = 101;
    open.request = m_request;
    open.response = response;
    emitEvent(std::move(open));
    opened();
    const QByteArray frames = m_requestBytes.mid(headBytes);
    m_requestBytes.clear();
    if (!frames.isEmpty())
        m_reader->feed(frames);
}

void MockConnection::refuse(const MockHandshake &answer)
{
    const QByteArray wire = answer.wire();
    SessionEvent e;
    e.kind = EventKind::Error;
    e.payload = answer.why.toUtf8();
    e.httpStatus = answer.status;
    e.request = m_request;
    auto response = std::make_shared<HttpHead>();
    qsizetype headBytes = 0;
    if (HttpHead::parse(wire, true, response.get(), &headBytes) == HttpHead::Parse::Complete) {
        response->body = answer.body.left(HttpHead::BodyLimit);
        e.response = response;
    }
    emitEvent(std::move(e));
    m_client->write(wire);
    m_stage = Stage::Done;
    m_handshakeTimer.stop();
    m_client->disconnectFromHost();
    finishIfDone();
}

void MockConnection::opened()
{
    // The on-connect sequence: each message its delay after the one before.
    qint64 at = 0;
    for (const MockRules::Send &send : m_rules->onConnect) {
        at = qMin<qint64>(at + send.delayMs, std::numeric_limits<int>::max()); // a timer's milliseconds are an int
        const QString text = send.text;
        if (at == 0)
            sendTemplate(text, MessageTag::OnConnect);
        else
            QTimer::singleShot(int(at), this, [this, text] {
                const Translation::SourceText english;
                sendTemplate(text, MessageTag::OnConnect);
            });
    }
    for (const MockRules::Periodic &periodic : m_rules->every) {
        auto *timer = new QTimer(this);
        const QString text = periodic.text;
        connect(timer, &QTimer::timeout, this, [this, text] {
            const Translation::SourceText english;
            sendTemplate(text, MessageTag::None);
        });
        timer->start(periodic.intervalMs);
    }
}

void MockConnection::sendTemplate(const QString &text, MessageTag tag)
{
    if (m_stage != Stage::Open)
        return;
    send(true, MockRules::expand(text, m_sent + 1).toUtf8(), tag);
}

bool MockConnection::send(bool text, const QByteArray &payload, MessageTag tag)
{
    if (m_stage != Stage::Open)
        return false;
    m_client->write(FrameReader::encode(text ? 0x1 : 0x2, payload));
    ++m_sent;
    SessionEvent e;
    e.kind = text ? EventKind::Text : EventKind::Binary;
    e.direction = Direction::Outgoing;
    e.tag = tag;
    e.payload = payload;
    e.frames = 1;
    emitEvent(std::move(e));
    return true;
}

void MockConnection::onMessage(quint8 opcode, QByteArray payload, int frames)
{
    SessionEvent e;
    e.kind = opcode == 0x1 ? EventKind::Text : EventKind::Binary;
    e.direction = Direction::Incoming;
    e.payload = std::move(payload);
    e.frames = frames;
    emitEvent(e);
    if (m_stage != Stage::Open)
        return; // closing: what still comes is shown, not answered
    ++m_received;
    MockRules::Answer answer = m_rules->answer(e);
    std::optional<MockRules::Close> close = answer.close;
    if (!close && m_rules->closeAfterMessages > 0 && m_received == quint64(m_rules->closeAfterMessages))
        close = m_rules->closeAfter;
    if (!answer.reply && !close)
        return;
    const auto run = [this, e, answer, close] {
        if (answer.reply && m_stage == Stage::Open)
            send(true, answer.replyText(e, m_sent + 1).toUtf8());
        if (close)
            closeWith(close->code, close->reason);
    };
    if (answer.delayMs == 0)
        run();
    else
        QTimer::singleShot(answer.delayMs, this, [run] {
            const Translation::SourceText english;
            run();
        });
}

void MockConnection::onControl(quint8 opcode, const QByteArray &payload)
{
    SessionEvent e;
    e.direction = Direction::Incoming;
    if (opcode == 0x9) {
        e.kind = EventKind::Ping;
        e.payload = payload;
        emitEvent(e);
        if (m_stage == Stage::Open || m_stage == Stage::Closing) {
            m_client->write(FrameReader::encode(0xA, payload));
            e.kind = EventKind::Pong;
            e.direction = Direction::Outgoing;
            emitEvent(std::move(e));
        }
        return;
    }
    if (opcode == 0xA) {
        e.kind = EventKind::Pong;
        e.payload = payload;
        emitEvent(std::move(e));
        return;
    }
    // A close frame: its code (1005 when none), checked as RFC 6455 §7.4 asks.
    int code = 1005;
    QByteArray reason;
    if (payload.size() == 1) {
        fail(1002, Tr::tr("the client sent a close frame with a 1-byte payload (RFC 6455 §5.5.1)"));
        return;
    }
    if (payload.size() >= 2) {
        code = qFromBigEndian<quint16>(payload.constData());
        reason = payload.mid(2);
    }
    e.kind = EventKind::Close;
    e.closeCode = code;
    e.payload = reason;
    if (m_closing == ClosedBy::Nobody)
        m_closing = ClosedBy::Client;
    e.closedBy = m_closing;
    emitEvent(std::move(e));
    if (m_stage == Stage::Open) {
        // The answer echoes the client's code (none when it sent none), then the server hangs up.
        const QByteArray answer = code == 1005 ? QByteArray() : payload.left(2);
        m_client->write(FrameReader::encode(0x8, answer));
        SessionEvent out;
        out.kind = EventKind::Close;
        out.direction = Direction::Outgoing;
        out.closeCode = code;
        out.closedBy = ClosedBy::Client;
        emitEvent(std::move(out));
    }
    m_stage = Stage::Done;
    m_closeTimer.stop();
    m_client->disconnectFromHost();
}

bool MockConnection::closeWith(int code, const QString &reason)
{
    if (m_stage != Stage::Open)
        return false;
    m_client->write(FrameReader::encode(0x8, closePayload(code, reason)));
    m_stage = Stage::Closing;
    m_closing = ClosedBy::Server;
    SessionEvent e;
    e.kind = EventKind::Close;
    e.direction = Direction::Outgoing;
    e.closeCode = code;
    e.closedBy = ClosedBy::Server;
    e.payload = reason.toUtf8();
    emitEvent(std::move(e));
    m_closeTimer.start(m_settings.closeTimeoutMs);
    return true;
}

void MockConnection::fail(int code, const QString &why)
{
    SessionEvent error;
    error.kind = EventKind::Error;
    error.payload = why.toUtf8();
    emitEvent(std::move(error));
    if (m_stage == Stage::Open) {
        const QString reason = Tr::tr("mock server: %1").arg(why);
        m_client->write(FrameReader::encode(0x8, closePayload(code, reason)));
        SessionEvent e;
        e.kind = EventKind::Close;
        e.direction = Direction::Outgoing;
        e.closeCode = code;
        e.closedBy = ClosedBy::Server;
        e.payload = closePayload(code, reason).mid(2);
        emitEvent(std::move(e));
        m_closing = ClosedBy::Server;
    }
    m_stage = Stage::Done;
    m_closeTimer.stop();
    m_client->disconnectFromHost();
}

void MockConnection::onGone()
{
    const Translation::SourceText english;
    if (m_finished)
        return;
    while ((m_stage == Stage::Open || m_stage == Stage::Closing) && m_client->bytesAvailable() > 0)
        if (!m_reader->feed(m_read.next(m_client))) // what came with the end first
            break;
    if (m_stage == Stage::Open || m_stage == Stage::Closing) {
        SessionEvent close;
        close.kind = EventKind::Close;
        close.direction = Direction::Incoming;
        close.closeCode = 1006;
        close.closedBy = ClosedBy::Network;
        close.payload = Tr::tr("the client's connection ended without a close frame").toUtf8();
        emitEvent(std::move(close));
    }
    m_stage = Stage::Done;
    m_closeTimer.stop();
    m_handshakeTimer.stop();
    finishIfDone();
}

void MockConnection::finishIfDone()
{
    if (m_finished || m_client->state() != QAbstractSocket::UnconnectedState)
        return;
    m_finished = true;
    emit finished(m_id);
}

void MockConnection::abort()
{
    m_client->disconnect(this);
    m_client->abort();
    m_closeTimer.stop();
    m_handshakeTimer.stop();
    m_stage = Stage::Done;
    if (!m_finished) {
        m_finished = true;
        emit finished(m_id);
    }
}

} // namespace wsi
