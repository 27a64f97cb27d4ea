#include "WireTap.h"

#include "FrameRules.h"
#include "i18n/Translation.h"

#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace wsi {

namespace {
// Runs on the socket thread: English, like every fact the session records.
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::WireTap)
};
} // namespace

namespace {
// Qt 6.4 fails these valid, registered codes (1012 Service Restart, 1013 Try Again Later,
// 1014 Bad Gateway) with its own 1002; it is handed this one instead.
constexpr int StandInCloseCode = 1000;
bool qtRejectsValidCode(int code)
{
    return code >= 1012 && code <= 1014;
}
// How far QWebSocket may fall behind in reading its side before the server is paused too.
constexpr qint64 DownstreamLimit = 4 << 20;
constexpr qint64 UpstreamReadBuffer = 1 << 20;
// One read takes at most this much: the pressure is checked between reads, so a full kernel
// buffer (megabytes on loopback) never lands in the session's queue at once.
constexpr qint64 UpstreamReadChunk = 256 << 10;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return Tr::tr("TLS (protocol %1)").arg(int(protocol));
    }
}
} // namespace

QString WireTap::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Tr::tr("(no certificate)");
    return Tr::tr("subject: %1; issuer: %2; valid %3 to %4")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate));
}

// One direction's frame reading, telling the tap what passed. The server's data messages are
// taken here (checked, and handed to the listener); QWebSocket's own frames pass.
class WireTap::Reader final : public FrameReader::Observer
{
public:
    Reader(WireTap *tap, bool incoming, quint64 maxMessageSize)
        : m_tap(tap), m_incoming(incoming), m_rules(maxMessageSize), m_reader(this)
    {
        m_reader.setTakeMessages(incoming);
    }
    FrameReader &reader() { return m_reader; }

    bool frameStarted(const FrameHeader &header) override
    {
        if (!m_incoming)
            return true; // QWebSocket's own frames
        const FrameRules::Fault fault = m_rules.check(header);
        if (fault.closeCode != 0) {
            m_tap->violate(fault.closeCode, fault.why);
            return false;
        }
        return true;
    }

    bool message(quint8 opcode, QByteArrayView payload, QByteArray *assembled) override
    {
        const FrameRules::Fault fault = FrameRules::checkMessage(opcode, payload);
        if (fault.closeCode != 0) {
            m_tap->violate(fault.closeCode, fault.why);
            return false;
        }
        m_tap->m_listener->tapMessage(opcode == 1, payload, assembled, m_frames);
        return !m_tap->m_failed;
    }

    void controlFrame(const FrameHeader &header, const QByteArray &payload, QByteArray *wire) override
    {
        WireTap &tap = *m_tap;
        if (tap.m_stats->reportFrames.load(std::memory_order_relaxed))
            tap.m_listener->tapFrame(m_incoming, header, 0);
        if (header.opcode != 0x8) {
            tap.m_listener->tapControl(m_incoming, header.opcode, payload);
            return;
        }
        int code = 1005;
        bool valid = true;
        QByteArray reason;
        if (payload.size() == 1) {
            code = 1002;
            valid = false;
        } else if (payload.size() >= 2) {
            code = qFromBigEndian<quint16>(payload.constData());
            reason = payload.mid(2);
        }
        const qsizetype at = header.headerBytes;
        const auto putCode = [&](int newCode) {
            (*wire)[at] = char(newCode >> 8);
            (*wire)[at + 1] = char(newCode);
            if (header.masked)
                FrameReader::applyMask(wire->data() + at, 2, header.maskKey, 0);
        };
        if (m_incoming && qtRejectsValidCode(code)) {
            tap.m_restoreCloseCode = code;
            putCode(StandInCloseCode);
        } else if (!m_incoming && tap.m_restoreCloseCode != 0 && code == StandInCloseCode) {
            // QWebSocket echoes the code it was handed: the server gets its own back, as the RFC expects.
            code = tap.m_restoreCloseCode;
            putCode(code);
        }
        tap.m_listener->tapClose(m_incoming, code, reason, valid);
    }

    void dataFrameEnded(const FrameHeader &header, int frames) override
    {
        m_frames = frames;
        if (m_tap->m_stats->reportFrames.load(std::memory_order_relaxed))
            m_tap->m_listener->tapFrame(m_incoming, header, frames);
    }

private:
    WireTap *m_tap;
    bool m_incoming;
    FrameRules m_rules;
    FrameReader m_reader;
    int m_frames = 0; // of the message being read
};

// Hands each accepted socket to the tap unbuffered: bytes go from the kernel straight into the
// tap's chunk and back, without a copy through Qt's ring buffers.
class WireTap::Listening final : public QTcpServer
{
public:
    explicit Listening(WireTap *tap) : QTcpServer(tap), m_tap(tap) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(m_tap);
        if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            delete socket;
            return;
        }
        m_tap->onDownstreamConnection(socket);
    }

private:
    WireTap *m_tap;
};

WireTap::WireTap(Settings settings, std::shared_ptr<WireStats> stats, Listener *listener, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_stats(std::move(stats))
    , m_listener(listener)
    , m_serverReader(std::make_unique<Reader>(this, true, m_settings.maxMessageSize))
    , m_clientReader(std::make_unique<Reader>(this, false, m_settings.maxMessageSize))
{
    m_token = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_refusalTimer.setSingleShot(true);
    connect(&m_refusalTimer, &QTimer::timeout, this, &WireTap::finishRefusal);
    m_pressureTimer.setInterval(2);
    connect(&m_pressureTimer, &QTimer::timeout, this, &WireTap::checkPressure);
}

WireTap::~WireTap()
{
    abort();
}

void WireTap::abort()
{
    m_failed = true;
    m_pressureTimer.stop();
    m_refusalTimer.stop();
    if (m_server)
        m_server->close();
    for (QTcpSocket *socket : {m_downstream, m_upstream}) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
        }
    }
}

void WireTap::readDownstreamNow()
{
    if (!m_downstream || m_failed)
        return;
    m_downstream->waitForReadyRead(0); // no wait: what the kernel already holds
    if (m_downstream && m_downstream->bytesAvailable() > 0)
        onDownstreamReadable();
}

quint16 WireTap::start()
{
    m_server = new Listening(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;

    const QUrl &url = m_settings.upstream;
    const bool tls = url.scheme() == QStringLiteral("wss");
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto *socket = new QSslSocket(this);
        m_upstream = socket;
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            const QSslConfiguration config = socket->sslConfiguration();
            m_listener->tapEncrypted({protocolName(config.sessionProtocol()), config.sessionCipher().name(),
                                      describeCertificate(config.peerCertificate())});
            onUpstreamReady();
        });
        connect(socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
                [this, socket](const QList<QSslError> &errors) {
                    const bool ignore = m_settings.ignoreCertificateErrors;
                    if (ignore)
                        socket->ignoreSslErrors(errors); // only these, on this socket
                    m_listener->tapSslErrors(errors, ignore);
                });
        socket->setReadBufferSize(UpstreamReadBuffer); // decrypted data waits here while paused
    } else {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, &WireTap::onUpstreamReady);
    }
    connect(m_upstream, &QTcpSocket::readyRead, this, &WireTap::onUpstreamReadable);
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
        if (m_downstream && m_downstream->bytesAvailable() > 0 && m_upstream->bytesToWrite() <= DownstreamLimit / 2)
            onDownstreamReadable();
    });
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &WireTap::onUpstreamError);
    connect(m_upstream, &QTcpSocket::disconnected, this, &WireTap::onUpstreamDisconnected);
    if (tls)
        static_cast<QSslSocket *>(m_upstream)->connectToHostEncrypted(url.host(), port);
    else
        m_upstream->connectToHost(url.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    return m_server->serverPort();
}

void WireTap::onDownstreamConnection(QTcpSocket *socket)
{
    if (m_downstream) { // only this session's QWebSocket: the first one, checked by its token
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_downstream = socket;
    // Unbuffered: what QWebSocket writes waits in its own buffer (its bytesWritten, the
    // session's bufferedAmount) while the server does not read, not in the tap's.
    connect(socket, &QTcpSocket::readyRead, this, &WireTap::onDownstreamReadable);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        // Unbuffered, the end shows up inside a read: what that read got goes on first.
        m_downstreamGone = true;
        if (m_upstream && !m_failed && !m_readingDownstream)
            m_upstream->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_paused)
            checkPressure();
    });
}

void WireTap::onDownstreamReadable()
{
    if (m_failed || m_readingDownstream)
        return;
    if (m_upstreamReady && m_upstream->bytesToWrite() > DownstreamLimit)
        return; // read again once the server has taken some (bytesWritten)
    m_readingDownstream = true;
    const QByteArray bytes = m_downstream->readAll();
    m_readingDownstream = false;
    takeFromDownstream(bytes);
    if (!m_failed && m_downstream->state() == QAbstractSocket::UnconnectedState)
        m_downstreamGone = true; // an unbuffered socket finds its end in a read and says nothing
    if (m_downstreamGone && m_upstream && !m_failed)
        m_upstream->disconnectFromHost(); // after what was just written
}

void WireTap::takeFromDownstream(const QByteArray &bytes)
{
    if (!m_requestDone) {
        m_requestBytes += bytes;
        handleRequestHead();
        return;
    }
    m_stats->frameBytesOut += quint64(bytes.size());
    writeUpstream(m_clientReader->reader().feed(bytes));
}

void WireTap::handleRequestHead()
{
    HttpHead head;
    qsizetype headBytes = 0;
    switch (HttpHead::parse(m_requestBytes, false, &head, &headBytes)) {
    case HttpHead::Parse::Incomplete:
        return;
    case HttpHead::Parse::Complete:
        break;
    default:
        abort();
        return;
    }
    if (head.header(tokenHeaderName()) != m_token) {
        // Not this session's QWebSocket: someone else found the port.
        m_downstream->abort();
        m_downstream->deleteLater();
        m_downstream = nullptr;
        m_requestBytes.clear();
        return;
    }
    m_server->close();
    m_requestDone = true;
    // Passed on as QWebSocket wrote it, but for the Host line (the real server's) and our token.
    HttpHead real;
    real.startLine = head.startLine;
    const QUrl &url = m_settings.upstream;
    for (const auto &h : std::as_const(head.headers)) {
        if (h.first.compare(tokenHeaderName(), Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            real.headers.append({h.first, url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1()});
        else
            real.headers.append(h);
    }
    m_key = real.header("Sec-WebSocket-Key");
    m_offeredExtensions = real.hasHeader("Sec-WebSocket-Extensions");
    m_listener->tapRequest(real);
    QByteArray wire = real.startLine + "\r\n";
    for (const auto &h : std::as_const(real.headers))
        wire += h.first + ": " + h.second + "\r\n";
    wire += "\r\n";
    wire += m_requestBytes.mid(headBytes);
    m_requestBytes.clear();
    writeUpstream(wire);
}

void WireTap::writeUpstream(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_upstreamReady) {
        m_toUpstream += bytes;
        return;
    }
    m_stats->bytesOut += quint64(bytes.size());
    m_upstream->write(bytes);
    m_upstream->flush(); // now, not at the next turn of the event loop: a closing thread may not have one
}

void WireTap::onUpstreamReady()
{
    m_upstreamReady = true;
    const QByteArray pending = std::exchange(m_toUpstream, QByteArray());
    writeUpstream(pending);
}

void WireTap::onUpstreamReadable()
{
    if (m_failed || m_paused || !m_downstream || m_readingUpstream)
        return; // no reader yet: the bytes wait in the socket (a server that speaks first)
    // Unbuffered, the server's end (and its error) shows up inside this read: it is handled
    // after the bytes the read got, not before.
    m_readingUpstream = true;
    const QByteArray bytes = m_upstream->read(UpstreamReadChunk);
    m_readingUpstream = false;
    if (!bytes.isEmpty())
        takeFromUpstream(bytes);
    if (m_failed)
        return;
    if (bytes.size() == UpstreamReadChunk) {
        // More may wait (in the kernel, or in a TLS socket's buffer, which signals no more):
        // the rest is read on the next turn of the loop, after the pressure is checked again.
        readUpstreamLater();
        return;
    }
    noticeUnbufferedEnd(m_upstream);
    handleDeferredEnd();
}

void WireTap::readUpstreamLater()
{
    if (m_readQueued)
        return;
    m_readQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_readQueued = false;
        onUpstreamReadable();
    }, Qt::QueuedConnection);
}

void WireTap::handleDeferredEnd()
{
    // An error or the end that came during a read (or while frames waited for the handshake).
    if (m_deferredUpstreamError != QAbstractSocket::UnknownSocketError)
        onUpstreamError(std::exchange(m_deferredUpstreamError, QAbstractSocket::UnknownSocketError));
    if (m_upstreamGone && !m_failed && !m_paused)
        onUpstreamDisconnected();
}

void WireTap::takeFromUpstream(const QByteArray &bytes)
{
    m_stats->bytesIn += quint64(bytes.size());
    if (m_refusing) {
        if (m_refusal.body.size() < HttpHead::BodyLimit)
            m_refusal.body += bytes.left(HttpHead::BodyLimit - m_refusal.body.size());
        if (refusalBodyComplete())
            finishRefusal();
        return;
    }
    if (m_holdingAfterHead) {
        m_afterHead += bytes;
        return;
    }
    if (!m_responseDone) {
        m_responseBytes += bytes;
        if (!handleResponseHead())
            return;
        // Frames that came with the 101 wait until QWebSocket has taken the handshake: Qt 6.4
        // loses them when the connection ends right after (a server that sends and hangs up).
        m_holdingAfterHead = true;
        m_afterHead = std::exchange(m_responseBytes, QByteArray());
        return;
    }
    passFrames(bytes);
}

void WireTap::releaseAfterHandshake()
{
    if (!m_holdingAfterHead || m_failed)
        return;
    m_holdingAfterHead = false;
    const QByteArray held = std::exchange(m_afterHead, QByteArray());
    if (!held.isEmpty())
        passFrames(held);
    if (!m_failed)
        handleDeferredEnd();
}

void WireTap::passFrames(const QByteArray &chunk)
{
    bool ok = true;
    const QByteArray out = m_serverReader->reader().feed(chunk, &ok);
    if (!out.isEmpty()) {
        m_downstream->write(out);
        m_downstream->flush();
    }
    if (!ok)
        return; // a frame the client must refuse: what came before it still reaches QWebSocket; the session ends it
    checkPressure();
}

// Reads the answer's head from the front of m_responseBytes. True for a good 101: the head has
// been passed on and m_responseBytes holds what followed it (frames).
bool WireTap::handleResponseHead()
{
    HttpHead head;
    qsizetype headBytes = 0;
    switch (HttpHead::parse(m_responseBytes, true, &head, &headBytes)) {
    case HttpHead::Parse::Incomplete:
        return false;
    case HttpHead::Parse::NotHttp:
        failHandshake(HandshakeFault::NotHttp, QString::fromLatin1(m_responseBytes.left(32).toHex(' ')));
        return false;
    case HttpHead::Parse::TooLong:
        failHandshake(HandshakeFault::HeadTooLong, QString::number(HttpHead::MaxHeadBytes));
        return false;
    case HttpHead::Parse::Complete:
        break;
    }
    m_responseDone = true;
    if (head.status != 101) {
        m_refusing = true;
        m_refusal = head;
        const QByteArray rest = m_responseBytes.mid(headBytes);
        m_responseBytes.clear();
        bool ok = false;
        const qsizetype length = head.header("Content-Length").toLongLong(&ok);
        m_refusalBodyWanted = ok ? length : -1;
        m_refusal.body = rest.left(HttpHead::BodyLimit);
        if (refusalBodyComplete())
            finishRefusal();
        else
            m_refusalTimer.start(300); // a body without a length: what comes soon, or until the server hangs up
        return false;
    }
    if (!head.headerHasToken("Upgrade", "websocket") || !head.headerHasToken("Connection", "upgrade")) {
        failHandshake(HandshakeFault::NotUpgrade, QString());
        return false;
    }
    if (head.header("Sec-WebSocket-Accept") != websocketAccept(m_key)) {
        failHandshake(HandshakeFault::WrongAccept, QString::fromLatin1(head.header("Sec-WebSocket-Accept")));
        return false;
    }
    if (!m_offeredExtensions && head.hasHeader("Sec-WebSocket-Extensions")) {
        failHandshake(HandshakeFault::UnofferedExtension, QString::fromLatin1(head.header("Sec-WebSocket-Extensions")));
        return false;
    }
    m_listener->tapResponse(head);
    // The head goes to QWebSocket unchanged; the frames after it go through the reader.
    m_downstream->write(m_responseBytes.left(headBytes));
    m_responseBytes.remove(0, headBytes);
    return true;
}

bool WireTap::refusalBodyComplete() const
{
    return m_refusalBodyWanted >= 0 && m_refusal.body.size() >= qMin(m_refusalBodyWanted, HttpHead::BodyLimit);
}

void WireTap::finishRefusal()
{
    if (!m_refusing || m_failed)
        return;
    m_refusalTimer.stop();
    m_refusal.bodyCut = m_refusal.body.size() >= HttpHead::BodyLimit
        && (m_refusalBodyWanted < 0 || m_refusalBodyWanted > HttpHead::BodyLimit);
    m_refusing = false;
    m_listener->tapResponse(m_refusal);
    abort(); // QWebSocket never sees the refusal: the session has it, typed
}

void WireTap::failHandshake(HandshakeFault fault, const QString &detail)
{
    m_listener->tapHandshakeFault(fault, detail);
    abort();
}

void WireTap::violate(int closeCode, const QString &why)
{
    m_listener->tapViolation(closeCode, why);
    // Fail the connection as the RFC says: a close frame with the code, then hang up.
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(closeCode), payload.data());
    writeUpstream(FrameReader::encode(0x8, payload, true, true, QRandomGenerator::global()->generate()));
    m_failed = true; // nothing more is read from either side (set first: the hang-up below may signal at once)
    m_upstream->disconnectFromHost();
}

void WireTap::checkPressure()
{
    if (m_failed || !m_downstream)
        return;
    const qint64 backlog = m_settings.backlog ? m_settings.backlog() : 0;
    const qint64 pending = m_downstream->bytesToWrite();
    if (!m_paused) {
        if (backlog > m_settings.pauseAboveBytes || pending > DownstreamLimit || behind()) {
            m_paused = true;
            m_stats->paused = true;
            ++m_stats->pauses;
            m_pressureTimer.start();
        }
        return;
    }
    if (backlog <= m_settings.pauseAboveBytes / 2 && pending <= DownstreamLimit / 2 && !behind()) {
        m_paused = false;
        m_stats->paused = false;
        m_pressureTimer.stop();
        onUpstreamReadable(); // what waited in the socket; reading it lets Qt watch the kernel's again
    }
}

bool WireTap::behind() const
{
    // Resumes below half the age, as below half the bytes: no pause-resume on every read.
    if (!m_settings.backlogAgeUs || m_settings.pauseAfterUs <= 0)
        return false;
    return m_settings.backlogAgeUs() > (m_paused ? m_settings.pauseAfterUs / 2 : m_settings.pauseAfterUs);
}

void WireTap::noticeUnbufferedEnd(QTcpSocket *socket)
{
    // Qt 6.4: an unbuffered socket that reads the peer's end (or a reset) sets its state to
    // unconnected with the error, and emits neither errorOccurred() nor disconnected().
    if (socket != m_upstream || m_upstreamGone || socket->state() != QAbstractSocket::UnconnectedState)
        return;
    if (socket->error() != QAbstractSocket::UnknownSocketError && socket->error() != QAbstractSocket::RemoteHostClosedError)
        m_deferredUpstreamError = socket->error();
    m_upstreamGone = true;
}

void WireTap::onUpstreamError(QAbstractSocket::SocketError error)
{
    if (m_failed)
        return;
    if (m_readingUpstream || m_holdingAfterHead) {
        m_deferredUpstreamError = error;
        return;
    }
    if (!m_upstreamReady || !m_responseDone) {
        if (m_refusing && error == QAbstractSocket::RemoteHostClosedError) {
            finishRefusal();
            return;
        }
        m_listener->tapUpstreamError(error, m_upstream->errorString());
        abort();
        return;
    }
    if (error != QAbstractSocket::RemoteHostClosedError)
        m_listener->tapUpstreamError(error, m_upstream->errorString());
}

void WireTap::onUpstreamDisconnected()
{
    if (m_failed)
        return;
    m_upstreamGone = true;
    if (m_readingUpstream || m_holdingAfterHead)
        return; // the read in progress (or the frames after the head) go first, then come back here
    if (m_refusing) {
        finishRefusal();
        return;
    }
    if (!m_responseDone) {
        m_listener->tapUpstreamError(QAbstractSocket::RemoteHostClosedError, m_upstream->errorString());
        abort();
        return;
    }
    if (m_paused)
        return; // what is still buffered goes on first, once the session catches up
    if (m_upstream->bytesAvailable() > 0) {
        m_readingUpstream = true;
        const QByteArray rest = m_upstream->readAll();
        m_readingUpstream = false;
        if (!rest.isEmpty())
            takeFromUpstream(rest);
    }
    if (m_downstream && !m_failed)
        m_downstream->disconnectFromHost(); // after what is still to be written
}

} // namespace wsi
