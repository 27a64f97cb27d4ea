#include "Session.h"

#include "CloseCode.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace wsi {

namespace {

// QWebSocket closes the connection itself when a frame breaks the protocol and
// reuses the close-frame path for it, so only the reason tells these apart from
// a close the server sent. These are Qt 6.4's own texts.
bool isLocalProtocolFailure(const QString &reason)
{
    static const char *const qtReasons[] = {
        "Received Continuation frame",
        "All data frames after the initial data frame",
        "Received message is too big.",
        "Invalid UTF-8 code encountered.",
        "Payload of close frame is too small.",
        "Invalid close code",
        "Invalid opcode detected",
        "Timeout when reading data from socket.",
        "Error occurred while reading",
        "Lengths smaller than",
        "Something went wrong during reading",
        "Highest bit of payload length",
        "Error while reading from the network",
        "Maximum framesize exceeded.",
        "Some serious error occurred",
        "Rsv field is non-zero",
        "Used reserved opcode",
        "Control frame is larger than 125 bytes",
        "Control frames cannot be fragmented",
    };
    for (const char *known : qtReasons) {
        if (reason.startsWith(QLatin1String(known)))
            return true;
    }
    return false;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &Session::onConnectTimeout);
}

Session::~Session()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

QString Session::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("IDLE");
    case State::Connecting: return QStringLiteral("CONNECTING");
    case State::Open: return QStringLiteral("OPEN");
    case State::Closing: return QStringLiteral("CLOSING");
    case State::Closed: return QStringLiteral("CLOSED");
    }
    return QString();
}

bool Session::open(const SessionOptions &options)
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(options.url.toString(), &error);
    if (url.isEmpty()) {
        m_lastError = error;
        emitEvent(EventKind::Error, Direction::Local, error.toUtf8());
        return false;
    }
    if (m_socket) {
        if (m_state == State::Open)
            emitEvent(EventKind::Close, Direction::Outgoing, QByteArrayLiteral("Reopened by the user"), 1000,
                      ClosedBy::Client);
        discardSocket();
    }

    m_options = options;
    m_options.url = url;
    m_counters = Counters();
    m_handshake = Handshake();
    m_lastError.clear();
    m_userClosing = false;
    m_userCloseCode = 1000;
    m_userCloseReason.clear();
    m_closeFrameExchanged = false;
    m_peerCloseCode = 0;
    m_peerCloseReason.clear();
    m_transportError.clear();

    createSocket();
    QNetworkRequest request(url);
    for (const auto &header : std::as_const(m_options.headers))
        request.setRawHeader(header.first, header.second);
    QWebSocketHandshakeOptions handshakeOptions;
    handshakeOptions.setSubprotocols(m_options.subprotocols);
    m_handshake.requestLines = buildRequestLines();

    setState(State::Connecting);
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
    m_socket->open(request, handshakeOptions);
    return true;
}

void Session::createSocket()
{
    // A fresh QWebSocket per connection: closeCode() is never reset and
    // ignoreSslErrors() sticks forever on a reused one.
    m_socket = new QWebSocket(m_options.origin, QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(m_options.maxIncomingMessageSize);
    m_socket->setMaxAllowedIncomingFrameSize(m_options.maxIncomingMessageSize);
    connect(m_socket, &QWebSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Session::onTextMessageReceived);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Session::onBinaryMessageReceived);
    connect(m_socket, &QWebSocket::aboutToClose, this, &Session::onAboutToClose);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &Session::onSocketError);
}

void Session::discardSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    // We may be inside one of its signals.
    socket->deleteLater();
}

bool Session::sendText(const QString &text)
{
    if (m_state != State::Open || !m_socket) {
        const QString message =
            QStringLiteral("Not sent: the connection is %1, not OPEN").arg(stateName(m_state));
        m_lastError = message;
        emitEvent(EventKind::Error, Direction::Local, message.toUtf8());
        return false;
    }
    const QByteArray utf8 = text.toUtf8();
    m_socket->sendTextMessage(text);
    ++m_counters.messagesOut;
    m_counters.bytesOut += quint64(utf8.size());
    emitEvent(EventKind::Text, Direction::Outgoing, utf8);
    return true;
}

bool Session::sendBinary(const QByteArray &data)
{
    if (m_state != State::Open || !m_socket) {
        const QString message =
            QStringLiteral("Not sent: the connection is %1, not OPEN").arg(stateName(m_state));
        m_lastError = message;
        emitEvent(EventKind::Error, Direction::Local, message.toUtf8());
        return false;
    }
    m_socket->sendBinaryMessage(data);
    ++m_counters.messagesOut;
    m_counters.bytesOut += quint64(data.size());
    emitEvent(EventKind::Binary, Direction::Outgoing, data);
    return true;
}

void Session::close(int code, const QString &reason)
{
    if (!m_socket || m_state == State::Closed || m_state == State::Idle)
        return;
    if (!CloseCode::isValidToSend(code)) {
        const QString message = QStringLiteral("Close code %1 cannot be sent: use 1000-1003, 1007-1014 or 3000-4999")
                                    .arg(code);
        m_lastError = message;
        emitEvent(EventKind::Error, Direction::Local, message.toUtf8());
        return;
    }
    m_userClosing = true;
    m_userCloseCode = code;
    m_userCloseReason = reason;
    if (m_state == State::Connecting) {
        m_connectTimer.stop();
        discardSocket();
        setState(State::Closed);
        return;
    }
    if (m_state == State::Open) {
        setState(State::Closing);
        m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    }
}

void Session::onConnected()
{
    m_connectTimer.stop();
    m_handshake.httpStatus = 101;
    m_handshake.negotiatedSubprotocol = m_socket->subprotocol();
    QByteArray detail = m_options.url.toString().toUtf8();
    if (!m_handshake.negotiatedSubprotocol.isEmpty())
        detail += " subprotocol=" + m_handshake.negotiatedSubprotocol.toUtf8();
    // Like the browser's onopen: the open event comes before anything sent in reaction to it.
    emitEvent(EventKind::Open, Direction::Local, detail, 101);
    setState(State::Open);
}

void Session::onDisconnected()
{
    m_connectTimer.stop();
    if (m_state == State::Connecting) {
        // The TCP socket may report the state change before its error signal, so ask it directly.
        const QAbstractSocket::SocketError error = m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
        if (error != QAbstractSocket::UnknownSocketError) {
            m_transportError = m_socket->errorString();
            failConnecting(describeSocketError(error));
        } else {
            failConnecting(QStringLiteral("Connection to %1 failed: the server closed the connection during the handshake")
                               .arg(m_options.url.toString()));
        }
        return;
    }
    if (m_state != State::Open && m_state != State::Closing)
        return;

    ClosedBy by = ClosedBy::Network;
    int code = 1006;
    QString reason;
    if (m_userClosing) {
        by = ClosedBy::Client;
        code = m_userCloseCode;
        reason = m_userCloseReason;
    } else if (m_closeFrameExchanged) {
        code = m_peerCloseCode;
        reason = m_peerCloseReason;
        by = isLocalProtocolFailure(reason) ? ClosedBy::Client : ClosedBy::Server;
    } else {
        // QWebSocket reports 1000 here; the truth is that no close frame came.
        reason = QStringLiteral("Connection lost without a close frame");
        if (!m_transportError.isEmpty())
            reason += QStringLiteral(" (%1)").arg(m_transportError);
    }
    const Direction direction = by == ClosedBy::Server ? Direction::Incoming
        : by == ClosedBy::Client                        ? Direction::Outgoing
                                                        : Direction::Local;
    emitEvent(EventKind::Close, direction, reason.toUtf8(), code, by);
    setState(State::Closed);
    discardSocket();
}

void Session::onAboutToClose()
{
    // Emitted right after QWebSocket answers a close frame, with closeCode() already set.
    // The TCP socket's own aboutToClose is forwarded through the same signal, so only the
    // first one while open counts.
    if (m_state != State::Open || m_userClosing || m_closeFrameExchanged || !m_socket)
        return;
    m_closeFrameExchanged = true;
    m_peerCloseCode = int(m_socket->closeCode());
    m_peerCloseReason = m_socket->closeReason();
    setState(State::Closing);
}

void Session::onTextMessageReceived(const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(utf8.size());
    emitEvent(EventKind::Text, Direction::Incoming, utf8);
}

void Session::onBinaryMessageReceived(const QByteArray &message)
{
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(message.size());
    emitEvent(EventKind::Binary, Direction::Incoming, message);
}

void Session::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    m_transportError = m_socket->errorString();
    if (m_state == State::Connecting) {
        static const QRegularExpression httpStatus(QStringLiteral("status code: (\\d+) \\(([^)]*)\\)"));
        const QRegularExpressionMatch match = httpStatus.match(m_transportError);
        if (match.hasMatch()) {
            const int status = match.captured(1).toInt();
            failConnecting(QStringLiteral("Handshake rejected by %1: the server answered HTTP %2 %3 instead of 101 Switching Protocols")
                               .arg(m_options.url.toString(), match.captured(1), match.captured(2)),
                           status);
            return;
        }
        failConnecting(describeSocketError(error));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // the close event that follows says it
    emitEvent(EventKind::Error, Direction::Local, describeSocketError(error).toUtf8());
}

void Session::onConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    failConnecting(QStringLiteral("Timed out after %1 ms waiting for %2 to complete the handshake")
                       .arg(m_options.connectTimeoutMs)
                       .arg(m_options.url.toString()));
}

void Session::failConnecting(const QString &message, int httpStatus)
{
    m_connectTimer.stop();
    m_lastError = message;
    m_handshake.httpStatus = httpStatus;
    emitEvent(EventKind::Error, Direction::Local, message.toUtf8(), httpStatus);
    // QWebSocket 6.4.2 leaves a rejected handshake in Connecting until the server hangs up.
    discardSocket();
    setState(State::Closed);
}

QString Session::describeSocketError(QAbstractSocket::SocketError error) const
{
    const QUrl &url = m_options.url;
    const QString hostPort = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == QStringLiteral("wss") ? 443 : 80));
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return QStringLiteral("Cannot resolve host \"%1\": %2").arg(url.host(), m_transportError);
    case QAbstractSocket::ConnectionRefusedError:
        if (m_transportError.contains(QStringLiteral("refused"), Qt::CaseInsensitive))
            return QStringLiteral("Connection refused by %1: nothing is listening on that port").arg(hostPort);
        return QStringLiteral("Handshake with %1 failed: %2").arg(url.toString(), m_transportError);
    case QAbstractSocket::SocketTimeoutError:
        return QStringLiteral("Timed out talking to %1: %2").arg(hostPort, m_transportError);
    case QAbstractSocket::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake with %1 failed: %2").arg(hostPort, m_transportError);
    case QAbstractSocket::RemoteHostClosedError:
        return QStringLiteral("%1 closed the connection: %2").arg(hostPort, m_transportError);
    default:
        return QStringLiteral("Connection to %1 failed: %2").arg(url.toString(), m_transportError);
    }
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

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emitEvent(EventKind::State, Direction::Local, stateName(state).toUtf8());
    emit stateChanged(state);
}

void Session::emitEvent(EventKind kind, Direction direction, const QByteArray &payload, int code, ClosedBy closedBy)
{
    SessionEvent event;
    event.timestampUs = nowUs();
    event.kind = kind;
    event.direction = direction;
    event.code = code;
    event.closedBy = closedBy;
    event.payload = payload;
    emit eventOccurred(event);
}

} // namespace wsi
