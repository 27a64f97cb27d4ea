#include "Session.h"

#include "CloseCode.h"
#include "ConnectionText.h"
#include "Redaction.h"
#include "socketio/SocketIoPacket.h"

#include "SocketWorker.h"
#include "SystemMemory.h"
#include "wire/HttpHead.h"
#include "wire/WireTap.h"

#include <QNetworkRequest>
#include <QScopedValueRollback>
#include <QRandomGenerator>

namespace wsi {

namespace {
// The session's sentences go into its events, which are recorded: Translation::note() makes
// each in English for the record and in the reader's language for lastError().
struct Text
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::Session)
};
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_inbox(std::make_shared<SocketInbox>())
    , m_drainBatch(std::make_unique<SocketBatch>())
    , m_wireStats(std::make_shared<WireStats>())
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.setTimerType(Qt::PreciseTimer); // the countdown is shown to the user
    m_heartbeatTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &Session::onConnectTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Session::startConnection);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Session::onHeartbeatTimer);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &Session::onCloseTimeout);

    // The socket lives in its own thread; what it reports comes back through the inbox.
    m_worker = new SocketWorker(m_inbox, m_wireStats, [this] { QMetaObject::invokeMethod(this, &Session::drainInbox, Qt::QueuedConnection); });
    m_thread = std::make_unique<SocketThread>();
    m_thread->adopt(m_worker);
    m_thread->setObjectName(QStringLiteral("wsi-socket"));
    m_thread->start();
}

Session::~Session()
{
    m_thread->quit();
    m_thread->wait();
}

QString Session::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("IDLE");
    case State::Connecting: return QStringLiteral("CONNECTING");
    case State::Open: return QStringLiteral("OPEN");
    case State::Closing: return QStringLiteral("CLOSING");
    case State::Closed: return QStringLiteral("CLOSED");
    case State::WaitingToReconnect: return QStringLiteral("RECONNECTING");
    }
    return QString();
}

bool Session::open(const SessionOptions &options)
{
    QUrl url;
    const Translation::Note error = Translation::note([&] {
        QString why;
        url = SessionOptions::parseUrl(options.url.toString(), &why);
        for (const auto &header : options.headers) {
            if (header.first.compare("Sec-WebSocket-Extensions", Qt::CaseInsensitive) == 0)
                why = Text::tr("The header Sec-WebSocket-Extensions cannot be set: the inspector does no compression or other "
                               "extension, and a server that accepted one would send frames it cannot read");
        }
        return why;
    });
    if (url.isEmpty() || !error.recorded.isEmpty()) {
        m_lastError = error.shown;
        emitEvent(EventKind::Error, Direction::Local, error.recorded.toUtf8());
        return false;
    }
    m_reconnectTimer.stop();
    if (m_connectionActive) {
        if (m_state == State::Open)
            emitEvent(EventKind::Close, Direction::Outgoing, QByteArrayLiteral("Reopened by the user"), 1000,
                      ClosedBy::Client);
        discardSocket();
    }
    // Secrets this tab has learnt stay masked across reopens (the log keeps showing the mask).
    QMap<QString, QString> secrets = m_options.secretVariables;
    secrets.insert(options.secretVariables);
    m_options = options;
    m_options.secretVariables = secrets;
    m_options.url = options.protocol == SessionOptions::Protocol::SocketIo ? SocketIoPacket::engineIoUrl(url) : url;
    if (!m_options.socketIoNamespace.startsWith(u'/'))
        m_options.socketIoNamespace.prepend(u'/');
    m_socketIo.reset();
    if (m_options.protocol == SessionOptions::Protocol::SocketIo)
        m_socketIo.emplace(m_options.socketIoNamespace);
    m_heartbeat.setSettings(m_options.heartbeat);
    if (m_options.reportFrames)
        m_wireStats->reportFrames = true;
    m_counters = Counters();
    m_attempt = 0;
    startConnection();
    return true;
}

void Session::startConnection()
{
    m_reconnectTimer.stop();
    m_handshake = Handshake();
    m_lastError.clear();
    m_userClosing = false;
    m_closeFacts = CloseFacts();
    m_closeTimer.stop();
    m_transportError.clear();
    m_certificateProblem.clear();
    m_certificateErrorsIgnored = false;
    m_declaredDead = false;
    m_bufferedAmount = 0;
    m_wireBytesSent = 0;

    QNetworkRequest request(m_options.url);
    for (const auto &header : std::as_const(m_options.headers))
        request.setRawHeader(header.first, header.second);
    m_handshake.requestLines = buildRequestLines();

    ++m_generation;
    m_connectionActive = true;
    setState(State::Connecting);
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
    const quint32 generation = m_generation;
    SocketOpenRequest open;
    open.request = request;
    open.subprotocols = m_options.subprotocols;
    open.origin = m_options.origin;
    open.maxMessageSize = m_options.maxIncomingMessageSize;
    open.ignoreCertificateErrors = m_options.ignoreCertificateErrors;
    open.pauseAboveBytes = m_options.pauseReadingAboveBytes;
    open.pauseAfterUs = m_options.pauseReadingAfterUs;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, open] { worker->open(generation, open); },
                              Qt::QueuedConnection);
}


void Session::discardSocket()
{
    m_heartbeatTimer.stop();
    m_closeTimer.stop();
    m_heartbeat.stop();
    if (!m_connectionActive)
        return;
    m_connectionActive = false;
    const quint32 generation = m_generation++;
    // Whatever the old connection still reports is dropped by its generation.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation] { worker->abort(generation); }, Qt::QueuedConnection);
}

void Session::drainInbox()
{
    // A flood is handled in slices of a few milliseconds, so the thread this session
    // lives in (the window's) still paints and runs its timers in between.
    // A slot that runs an event loop (a modal dialog) would re-enter here; the outer call goes on.
    if (m_draining)
        return;
    const QScopedValueRollback<bool> draining(m_draining, true);
    QElapsedTimer budget;
    budget.start();
    for (;;) {
        if (m_drainIndex >= m_drainBatch->notices.size()) {
            m_inbox->recycle(std::exchange(*m_drainBatch, SocketBatch()));
            m_drainIndex = 0;
            if (!m_inbox->take(m_drainBatch.get()))
                return; // idle until the socket thread wakes us
        }
        // The clock is read every 256 messages, or sooner once big ones add up: 256 messages
        // of 1 MiB would otherwise make one slice of a quarter of a second.
        const size_t end = qMin(m_drainBatch->notices.size(), m_drainIndex + 256);
        m_sliceNowMs = nowMs(); // the traffic time of these messages (the heartbeat's "last heard")
        qsizetype bytesSinceClock = 0;
        for (; m_drainIndex < end && bytesSinceClock < DrainClockBytes; ++m_drainIndex) {
            SocketNotice &notice = m_drainBatch->notices[m_drainIndex];
            if (notice.generation != m_generation || !m_connectionActive)
                continue;
            // The message's own copy is made on this thread, where it will also be freed.
            if (notice.payloadAt >= 0)
                notice.payload = QByteArray(m_drainBatch->bytes.constData() + notice.payloadAt, notice.payloadSize);
            bytesSinceClock += notice.payload.size();
            handleNotice(notice);
            notice.payload = QByteArray();
        }
        if (budget.nsecsElapsed() >= DrainBudgetUs * 1000) {
            QMetaObject::invokeMethod(this, &Session::drainInbox, Qt::QueuedConnection);
            return;
        }
    }
}

void Session::handleNotice(const SocketNotice &n)
{
    const QScopedValueRollback<qint64> noticeTime(m_noticeTimeUs, n.timestampUs);
    switch (n.kind) {
    case SocketNotice::Kind::Connected: onConnected(n); break;
    case SocketNotice::Kind::Text: onTextMessageReceived(n); break;
    case SocketNotice::Kind::Binary: onBinaryMessageReceived(n); break;
    case SocketNotice::Kind::Disconnected: onDisconnected(n); break;
    case SocketNotice::Kind::Error: onSocketError(n); break;
    case SocketNotice::Kind::SslErrors: onSslErrors(n); break;
    case SocketNotice::Kind::BytesWritten:
        if (m_state == State::Open || m_state == State::Closing)
            m_bufferedAmount = qMax<qint64>(0, m_bufferedAmount - n.amount);
        break;
    case SocketNotice::Kind::Request:
        m_handshake.request = n.head;
        m_handshake.requestLines = n.head->lines();
        break;
    case SocketNotice::Kind::Response: onResponse(n); break;
    case SocketNotice::Kind::HandshakeFault:
        if (m_state == State::Connecting)
            failConnecting(Translation::note([&] { return ConnectionText::handshakeFault(m_options.url, HandshakeFault(n.code), n.text); }));
        break;
    case SocketNotice::Kind::UpstreamError: onUpstreamError(n); break;
    case SocketNotice::Kind::Control: onControlFrame(n); break;
    case SocketNotice::Kind::CloseFrame: onCloseFrame(n); break;
    case SocketNotice::Kind::Violation: onViolation(n); break;
    case SocketNotice::Kind::Frame: {
        FrameRecord frame;
        frame.timestampUs = n.timestampUs;
        frame.incoming = n.flag;
        frame.header = n.frame;
        frame.messageFrames = n.frames;
        emit frameSeen(frame);
        break;
    }
    }
}

void Session::setCaptureFrames(bool capture)
{
    m_wireStats->reportFrames = capture;
}

Session::Wire Session::wire() const
{
    return {m_wireStats->bytesIn.load(), m_wireStats->bytesOut.load(), m_wireStats->pauses.load(), m_wireStats->paused.load(),
            quint64(m_wireBytesSent), m_wireStats->frameBytesOut.load()};
}

bool Session::sendText(const QString &text)
{
    return send(false, text.toUtf8());
}

bool Session::sendBinary(const QByteArray &data)
{
    return send(true, data);
}

bool Session::sendMessage(bool binary, const QByteArray &payload, MessageTag tag)
{
    return send(binary, payload, tag);
}

bool Session::send(bool binary, const QByteArray &payload, MessageTag tag)
{
    const bool socketIoWaiting = m_socketIo && m_socketIo->holdsSends();
    if (m_state == State::Open && m_connectionActive && !socketIoWaiting)
        return transmit(binary, payload, tag);
    if (m_state == State::Open && m_connectionActive) {
        // The namespace has not said yes yet; a Socket.IO server drops what comes before.
        m_outbox.append({binary, payload, tag});
        emit queuedCountChanged(queuedCount());
        return true;
    }
    const bool onTheWay = m_state == State::Connecting || m_state == State::WaitingToReconnect;
    if (onTheWay && m_options.offlineSends == SessionOptions::OfflineSends::Queue) {
        m_outbox.append({binary, payload, tag});
        emitEvent(EventKind::Info, Direction::Local,
                  QStringLiteral("Queued (%1 waiting): sent in order once the connection is OPEN")
                      .arg(m_outbox.size())
                      .toUtf8());
        emit queuedCountChanged(queuedCount());
        return true;
    }
    const Translation::Note message = Translation::note([&] {
        return onTheWay ? Text::tr("Not sent: the connection is %1, not OPEN (queuing while disconnected is off)").arg(stateName(m_state))
                        : Text::tr("Not sent: the connection is %1, not OPEN").arg(stateName(m_state));
    });
    m_lastError = message.shown;
    emitEvent(EventKind::Error, Direction::Local, message.recorded.toUtf8());
    return false;
}

namespace {
// Bytes a masked client message puts on the wire, split into frames as QWebSocket does.
qint64 wireBytes(qint64 payload, qint64 frameSize)
{
    qint64 total = 0;
    do {
        const qint64 part = qMin(payload, frameSize);
        total += part + 2 + 4 + (part >= 65536 ? 8 : part >= 126 ? 2 : 0);
        payload -= part;
    } while (payload > 0);
    return total;
}
} // namespace

bool Session::transmit(bool binary, const QByteArray &payload, MessageTag tag)
{
    const quint32 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, binary, payload] {
        if (binary)
            worker->sendBinary(generation, payload);
        else
            worker->sendText(generation, payload);
    }, Qt::QueuedConnection);
    const qint64 onTheWire = wireBytes(payload.size(), m_outgoingFrameSize);
    m_bufferedAmount += onTheWire;
    m_wireBytesSent += onTheWire;
    ++m_counters.messagesOut;
    m_counters.bytesOut += quint64(payload.size());
    emitEvent(binary ? EventKind::Binary : EventKind::Text, Direction::Outgoing, payload, 0, ClosedBy::Nobody, tag);
    return true;
}

void Session::close(int code, const QString &reason)
{
    if (m_state == State::WaitingToReconnect) {
        cancelReconnect();
        return;
    }
    if (!m_connectionActive || m_state == State::Closed || m_state == State::Idle)
        return;
    if (!CloseCode::isValidToSend(code)) {
        const Translation::Note message = Translation::note([&] {
            return Text::tr("Close code %1 cannot be sent: use 1000-1003, 1007-1014 or 3000-4999").arg(code);
        });
        m_lastError = message.shown;
        emitEvent(EventKind::Error, Direction::Local, message.recorded.toUtf8());
        return;
    }
    m_userClosing = true;
    m_closeFacts.userClosed = true;
    m_closeFacts.userCode = code;
    m_closeFacts.userReason = reason;
    if (m_state == State::Connecting) {
        m_connectTimer.stop();
        discardSocket();
        connectionEnded(false);
        return;
    }
    if (m_state == State::Open) {
        setState(State::Closing);
        if (m_options.closeTimeoutMs > 0)
            m_closeTimer.start(m_options.closeTimeoutMs);
        const quint32 generation = m_generation;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, code, reason] { worker->close(generation, code, reason); },
                                  Qt::QueuedConnection);
    }
}

void Session::reconnectNow()
{
    if (m_state == State::WaitingToReconnect)
        startConnection();
}

bool Session::ping(const QByteArray &payload)
{
    if (m_state != State::Open || !m_connectionActive)
        return false;
    const QByteArray frame = payload.left(125); // RFC 6455: control frames carry at most 125 bytes
    m_pingSentNs = m_clock.nsecsElapsed();
    const quint32 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, frame] { worker->ping(generation, frame); },
                              Qt::QueuedConnection);
    m_bufferedAmount += frame.size() + 6;
    emitEvent(EventKind::Ping, Direction::Outgoing, frame);
    return true;
}

void Session::cancelReconnect()
{
    if (m_state != State::WaitingToReconnect)
        return;
    m_reconnectTimer.stop();
    emitEvent(EventKind::Reconnect, Direction::Local, QByteArrayLiteral("Reconnect stopped by the user"), m_attempt);
    connectionEnded(false);
}

qint64 Session::msUntilReconnect() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

qint64 Session::uptimeMs() const
{
    return m_openedAtMs >= 0 ? nowMs() - m_openedAtMs : -1;
}


void Session::onConnected(const SocketNotice &n)
{
    m_connectTimer.stop();
    m_handshake.httpStatus = 101;
    m_handshake.negotiatedSubprotocol = n.text;
    m_outgoingFrameSize = n.amount > 0 ? n.amount : m_outgoingFrameSize;
    if (n.tls.size() == 3) {
        m_handshake.tlsProtocol = n.tls.at(0);
        m_handshake.tlsCipher = n.tls.at(1);
        m_handshake.peerCertificate = n.tls.at(2);
    }
    m_handshake.certificateErrorsIgnored = m_certificateErrorsIgnored;
    // Events are printed and recorded: the URL's secrets (password, token=...) stay out of them.
    QByteArray detail = Redaction::redactUrl(m_options.url).toString().toUtf8();
    if (!m_handshake.negotiatedSubprotocol.isEmpty())
        detail += " subprotocol=" + m_handshake.negotiatedSubprotocol.toUtf8();
    if (m_attempt > 0)
        detail += " (reconnect attempt " + QByteArray::number(m_attempt) + ')';
    // Like the browser's onopen: the open event comes before anything sent in reaction to it,
    // and the on-connect and queued messages go before anything the user sends next.
    emitEvent(EventKind::Open, Direction::Local, detail, 101, ClosedBy::Nobody, MessageTag::None, 0, &m_handshake);
    m_openedAtMs = nowMs();
    // A Socket.IO server ignores events sent before its namespace said yes ("40{sid}").
    if (m_socketIo)
        m_socketIo->reset();
    else
        sendOnConnectAndQueued();
    m_heartbeat.start(nowMs());
    scheduleHeartbeat();
    setState(State::Open);
}

void Session::sendOnConnectAndQueued()
{
    for (const QString &message : std::as_const(m_options.onConnectMessages))
        transmit(false, message.toUtf8(), MessageTag::OnConnect);
    const QList<Outgoing> queued = std::exchange(m_outbox, {});
    for (const Outgoing &message : queued)
        transmit(message.binary, message.payload, message.tag == MessageTag::None ? MessageTag::Queued : message.tag);
    if (!queued.isEmpty())
        emit queuedCountChanged(0);
}

void Session::onDisconnected(const SocketNotice &n)
{
    m_connectTimer.stop();
    if (m_state == State::Connecting) {
        // The tap reports what went wrong on the server's side before QWebSocket's side ends;
        // this is QWebSocket giving up on its own (a handshake it did not accept).
        if (!n.text.isEmpty())
            failConnecting(Translation::note([&] { return Text::tr("Handshake with %1 failed: %2").arg(Redaction::redactUrl(m_options.url).toString(), n.text); }));
        else
            failConnecting(Translation::note([&] { return ConnectionText::socketError(m_options.url, QAbstractSocket::RemoteHostClosedError, QString(), QString()); }));
        return;
    }
    if (m_state != State::Open && m_state != State::Closing)
        return;
    if (m_transportError.isEmpty() && QAbstractSocket::SocketError(n.code) != QAbstractSocket::RemoteHostClosedError)
        m_transportError = n.text;
    m_closeFacts.declaredDead = m_declaredDead;
    m_closeFacts.deadAfterMs = m_options.heartbeat.timeoutMs;
    m_closeFacts.transportError = m_transportError;
    // What never left for the server: sent by the session, not passed on by the tap.
    m_closeFacts.undelivered = qMax<qint64>(0, m_wireBytesSent - qint64(m_wireStats->frameBytesOut.load()));
    finishConnection(decideClose(m_closeFacts));
}

void Session::finishConnection(const CloseVerdict &verdict)
{
    const Direction direction = verdict.by == ClosedBy::Server ? Direction::Incoming
        : verdict.by == ClosedBy::Client                        ? Direction::Outgoing
                                                                : Direction::Local;
    m_lastClose = {verdict.code, verdict.reason, verdict.by};
    emitEvent(EventKind::Close, direction, verdict.reason.toUtf8(), verdict.code, verdict.by);
    if (m_openedAtMs >= 0 && nowMs() - m_openedAtMs >= m_options.reconnect.resetAfterUptimeMs)
        m_attempt = 0;
    m_openedAtMs = -1;
    discardSocket();
    const bool wanted = !m_userClosing && (m_declaredDead || m_options.reconnect.shouldReconnectAfterClose(verdict.code));
    connectionEnded(wanted && m_options.reconnect.enabled);
}

void Session::onCloseTimeout()
{
    if (m_state != State::Closing || !m_connectionActive)
        return;
    m_closeFacts.closeTimedOut = true;
    m_closeFacts.closeTimeoutMs = m_options.closeTimeoutMs;
    m_closeFacts.undelivered = qMax<qint64>(0, m_wireBytesSent - qint64(m_wireStats->frameBytesOut.load()));
    finishConnection(decideClose(m_closeFacts));
}

void Session::onResponse(const SocketNotice &n)
{
    m_handshake.response = n.head;
    m_handshake.httpStatus = n.head->status;
    if (n.head->status != 101 && m_state == State::Connecting)
        failConnecting(Translation::note([&] { return ConnectionText::refusal(m_options.url, *n.head, !m_options.subprotocols.isEmpty()); }), n.head->status);
}

void Session::onUpstreamError(const SocketNotice &n)
{
    const auto error = QAbstractSocket::SocketError(n.code);
    m_transportError = n.text;
    if (m_state == State::Connecting)
        failConnecting(Translation::note([&] { return ConnectionText::socketError(m_options.url, error, n.text, m_certificateProblem); }));
}

void Session::onControlFrame(const SocketNotice &n)
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    if (n.code == 0xA && n.flag) {
        onPong(n);
        return;
    }
    // A server's ping (answered by QWebSocket on its own), and that answer.
    const EventKind kind = n.code == 0x9 ? EventKind::Ping : EventKind::Pong;
    if (n.flag && m_heartbeat.onTraffic(nowMs()))
        scheduleHeartbeat();
    emitEvent(kind, n.flag ? Direction::Incoming : Direction::Outgoing, n.payload, 0, ClosedBy::Nobody, MessageTag::None,
              n.timestampUs);
}

void Session::onCloseFrame(const SocketNotice &n)
{
    CloseFacts::Frame &frame = m_closeFacts.first.seen ? m_closeFacts.answer : m_closeFacts.first;
    if (frame.seen)
        return;
    frame.seen = true;
    frame.incoming = n.flag;
    frame.code = n.code;
    frame.reason = n.payload;
    frame.valid = n.amount != 0;
    if (n.flag && m_state == State::Open)
        setState(State::Closing, n.timestampUs);
}

void Session::onViolation(const SocketNotice &n)
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    CloseVerdict verdict;
    verdict.code = n.code;
    verdict.reason = n.text;
    verdict.by = ClosedBy::Client;
    finishConnection(verdict);
}

void Session::connectionEnded(bool reconnectWanted)
{
    if (reconnectWanted && m_options.reconnect.allowsAttempt(m_attempt + 1)) {
        scheduleReconnect();
        return;
    }
    if (reconnectWanted)
        emitEvent(EventKind::Reconnect, Direction::Local,
                  QStringLiteral("Gave up after %1 reconnect attempts").arg(m_attempt).toUtf8(), m_attempt);
    setState(State::Closed);
    SystemMemory::giveBackFreed(); // what a flood's queues held goes back to the system
    if (!m_outbox.isEmpty())
        emitEvent(EventKind::Info, Direction::Local,
                  QStringLiteral("%1 queued message(s) not sent yet: they go out when the connection next opens")
                      .arg(m_outbox.size())
                      .toUtf8());
}

void Session::scheduleReconnect()
{
    ++m_attempt;
    const int delay = m_options.reconnect.delayForAttempt(m_attempt, m_random());
    m_reconnectTimer.start(delay);
    setState(State::WaitingToReconnect);
    emitEvent(EventKind::Reconnect, Direction::Local,
              QStringLiteral("Reconnect attempt %1 in %2 s").arg(m_attempt).arg(double(delay) / 1000.0, 0, 'f', 1).toUtf8(),
              m_attempt);
}

void Session::onTextMessageReceived(const SocketNotice &n)
{
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(n.payload.size());
    // Only a short text can be the heartbeat's reply (timed to the millisecond); skip the decoding for the rest.
    const bool maybeReply = m_heartbeat.awaitingReply() && n.payload.size() <= 4096;
    const qint64 now = maybeReply ? nowMs() : trafficNowMs();
    const bool heartbeatReply = maybeReply && m_heartbeat.onTextReply(QString::fromUtf8(n.payload), now);
    if (heartbeatReply) {
        scheduleHeartbeat(); // the next ping is due an interval from now, sooner than the reply deadline
        emit rttMeasured(measureRtt());
    } else if (m_heartbeat.onTraffic(now)) {
        scheduleHeartbeat();
    }
    if (m_socketIo) {
        onSocketIoFrame(n);
        return;
    }
    emitEvent(EventKind::Text, Direction::Incoming, n.payload, n.frames, ClosedBy::Nobody,
              heartbeatReply ? MessageTag::Heartbeat : MessageTag::None, n.timestampUs);
}

void Session::onSocketIoFrame(const SocketNotice &n)
{
    // Engine.IO's own traffic (open, ping) is answered here, or the server drops us after pingTimeout.
    const SocketIoGate::Reaction reaction = m_socketIo->onIncoming(n.payload);
    emitEvent(EventKind::Text, Direction::Incoming, n.payload, n.frames, ClosedBy::Nobody, reaction.tag, n.timestampUs);
    if (!reaction.reply.isEmpty())
        transmit(false, reaction.reply, MessageTag::EngineIo);
    if (reaction.joinedNow)
        sendOnConnectAndQueued();
}

void Session::onBinaryMessageReceived(const SocketNotice &n)
{
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(n.payload.size());
    if (m_heartbeat.onTraffic(trafficNowMs()))
        scheduleHeartbeat();
    emitEvent(EventKind::Binary, Direction::Incoming, n.payload, n.frames, ClosedBy::Nobody, MessageTag::None, n.timestampUs);
}

void Session::onPong(const SocketNotice &n)
{
    m_heartbeat.onPong(nowMs());
    scheduleHeartbeat();
    const double rtt = measureRtt();
    emitEvent(EventKind::Pong, Direction::Incoming, n.payload, qint64(rtt * 1000), ClosedBy::Nobody, MessageTag::Heartbeat,
              n.timestampUs);
    emit rttMeasured(rtt);
}

double Session::measureRtt()
{
    if (m_pingSentNs < 0)
        return m_lastRttMs;
    m_lastRttMs = double(m_clock.nsecsElapsed() - m_pingSentNs) / 1e6;
    m_pingSentNs = -1;
    return m_lastRttMs;
}

void Session::onHeartbeatTimer()
{
    if (m_state != State::Open || !m_connectionActive)
        return;
    switch (m_heartbeat.poll(nowMs())) {
    case HeartbeatMonitor::Action::None:
        break;
    case HeartbeatMonitor::Action::SendPing: {
        m_pingSentNs = m_clock.nsecsElapsed();
        const QByteArray payload = m_options.heartbeat.payload.toUtf8();
        if (m_options.heartbeat.mode == HeartbeatSettings::Mode::PingFrame) {
            const QByteArray frame = payload.left(125); // RFC 6455: control frames carry at most 125 bytes
            const quint32 generation = m_generation;
            QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, frame] { worker->ping(generation, frame); },
                                      Qt::QueuedConnection);
            m_bufferedAmount += frame.size() + 6;
            m_wireBytesSent += frame.size() + 6;
            emitEvent(EventKind::Ping, Direction::Outgoing, frame, 0, ClosedBy::Nobody, MessageTag::Heartbeat);
        } else {
            transmit(false, payload, MessageTag::Heartbeat);
        }
        break;
    }
    case HeartbeatMonitor::Action::Dead:
        declareDead();
        return;
    }
    scheduleHeartbeat();
}

void Session::scheduleHeartbeat()
{
    const qint64 deadline = m_heartbeat.nextDeadlineMs();
    if (deadline >= 0)
        m_heartbeatTimer.start(int(qMax<qint64>(0, deadline - nowMs())));
}

void Session::declareDead()
{
    m_declaredDead = true;
    // A frozen server would never answer a close frame: drop the TCP connection.
    const quint32 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation] { worker->abort(generation); }, Qt::QueuedConnection);
}

void Session::onSocketError(const SocketNotice &n)
{
    // QWebSocket's side of the loopback: what it says is detail; the facts come from the tap.
    const auto error = QAbstractSocket::SocketError(n.code);
    if (m_state == State::Connecting) {
        failConnecting(Translation::note([&] { return Text::tr("Handshake with %1 failed: %2").arg(Redaction::redactUrl(m_options.url).toString(), n.text); }));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // the close event that follows says it
    if (m_transportError.isEmpty())
        m_transportError = n.text;
}

void Session::onSslErrors(const SocketNotice &n)
{
    if (n.flag) {
        m_certificateErrorsIgnored = true;
        emitEvent(EventKind::Info, Direction::Local,
                  (QStringLiteral("Certificate errors ignored for this connection, as asked: ") + n.text).toUtf8());
    } else {
        m_certificateProblem = n.text;
    }
}

void Session::onConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    failConnecting(Translation::note([&] {
        return Text::tr("Timed out after %1 ms waiting for %2 to complete the handshake")
            .arg(m_options.connectTimeoutMs)
            .arg(m_options.url.toString());
    }));
}

void Session::failConnecting(const Translation::Note &message, int httpStatus)
{
    m_connectTimer.stop();
    m_lastError = message.shown;
    m_handshake.httpStatus = httpStatus;
    emitEvent(EventKind::Error, Direction::Local, message.recorded.toUtf8(), httpStatus, ClosedBy::Nobody, MessageTag::None, 0,
              m_handshake.response ? &m_handshake : nullptr);
    // QWebSocket 6.4.2 leaves a rejected handshake in Connecting until the server hangs up.
    discardSocket();
    // An untrusted certificate will not become trusted by trying again.
    const bool permanent = !m_certificateProblem.isEmpty();
    connectionEnded(!m_userClosing && !permanent && m_options.reconnect.shouldReconnectAfterFailure(httpStatus));
}

QStringList Session::buildRequestLines() const
{
    const QUrl &url = m_options.url;
    QString resource = url.path(QUrl::FullyEncoded);
    if (resource.isEmpty())
        resource = QStringLiteral("/");
    if (url.hasQuery())
        resource += u'?' + url.query(QUrl::FullyEncoded);
    QString host = url.host();
    if (url.port() != -1)
        host += u':' + QString::number(url.port());

    QStringList lines;
    lines << QStringLiteral("GET %1 HTTP/1.1").arg(resource)
          << QStringLiteral("Host: %1").arg(host)
          << QStringLiteral("Upgrade: websocket")
          << QStringLiteral("Connection: Upgrade")
          << QStringLiteral("Sec-WebSocket-Key: (random, generated for each connection)")
          << QStringLiteral("Sec-WebSocket-Version: 13");
    if (!m_options.origin.isEmpty())
        lines << QStringLiteral("Origin: %1").arg(m_options.origin);
    if (!m_options.subprotocols.isEmpty())
        lines << QStringLiteral("Sec-WebSocket-Protocol: %1").arg(m_options.subprotocols.join(QStringLiteral(", ")));
    for (const auto &header : m_options.headers)
        lines << QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromLatin1(header.second);
    return lines;
}

void Session::setState(State state, qint64 timestampUs)
{
    if (m_state == state)
        return;
    m_state = state;
    emitEvent(EventKind::State, Direction::Local, stateName(state).toUtf8(), 0, ClosedBy::Nobody, MessageTag::None, timestampUs);
    emit stateChanged(state);
}

void Session::emitEvent(EventKind kind, Direction direction, const QByteArray &payload, qint64 number, ClosedBy closedBy,
                        MessageTag tag, qint64 timestampUs, const Handshake *handshake)
{
    SessionEvent event;
    // What the socket thread reported carries the time it happened; what the session does in
    // answer carries that time too, so the log reads in wire order.
    event.timestampUs = timestampUs > 0 ? timestampUs : m_noticeTimeUs > 0 ? m_noticeTimeUs : nowUs();
    // One timeline: rows come in the order the session handles what happened, and a time never
    // goes back from one row to the next (a message read before the user's send was handled, but
    // stamped a few µs earlier on the socket thread, takes the send's time).
    event.timestampUs = qMax(event.timestampUs, m_lastEventUs);
    m_lastEventUs = event.timestampUs;
    if (handshake) {
        event.request = handshake->request;
        event.response = handshake->response;
    }
    event.kind = kind;
    event.direction = direction;
    event.setNumber(number); // the kind's own field: close code, HTTP status, attempt, RTT or frames
    event.closedBy = closedBy;
    event.tag = tag;
    // A collection's secret values never reach an event: the wire carried them, the log, the
    // detail pane and a recording show the mask.
    event.payload = m_options.secretVariables.isEmpty() ? payload : Redaction::maskValues(payload, m_options.secretVariables.values());
    emit eventOccurred(event);
}

} // namespace wsi
