#include "SocketWorker.h"

#include "SessionEvent.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace wsi {

bool SocketInbox::push(SocketBatch &&batch)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(batch));
    if (m_readerAwake)
        return false;
    m_readerAwake = true;
    return true;
}

bool SocketInbox::take(SocketBatch *out)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.empty()) {
        m_readerAwake = false;
        return false;
    }
    *out = std::move(m_queue.front());
    m_queue.pop_front();
    return true;
}

namespace {
QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS (protocol %1)").arg(int(protocol));
    }
}

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QStringLiteral("(no certificate)");
    return QStringLiteral("subject: %1; issuer: %2; valid %3 to %4")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate));
}
} // namespace

SocketWorker::SocketWorker(std::shared_ptr<SocketInbox> inbox, Wake wake)
    : m_inbox(std::move(inbox))
    , m_wake(std::move(wake))
{
}

SocketWorker::~SocketWorker()
{
    drop();
}

void SocketWorker::post(SocketNotice &&notice)
{
    notice.generation = m_generation;
    const bool message = notice.kind == SocketNotice::Kind::Text || notice.kind == SocketNotice::Kind::Binary;
    // Reading the clock costs as much as decoding a small message. Messages decoded from one
    // read are microseconds apart: they share a reading, taken again every 32 messages.
    if (notice.timestampUs == 0) {
        if (!message || m_pending.notices.empty() || ++m_sinceClockRead >= 32) {
            m_lastClockUs = nowUs();
            m_sinceClockRead = 0;
        }
        notice.timestampUs = m_lastClockUs;
    }
    m_pending.notices.push_back(std::move(notice));
    // QWebSocket emits every message of a read before returning to the event loop: the
    // queued flush runs right after that, so a burst costs one hand-over instead of one per message.
    if (!message || m_pending.notices.size() >= 4096 || m_pending.bytes.size() >= (4 << 20)) {
        flushPending();
    } else if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &SocketWorker::flushPending, Qt::QueuedConnection);
    }
}

void SocketWorker::flushPending()
{
    m_flushQueued = false;
    if (m_pending.notices.empty())
        return;
    const bool wake = m_inbox->push(std::move(m_pending));
    m_pending = SocketBatch();
    if (wake)
        m_wake();
}

void SocketWorker::drop()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

void SocketWorker::open(quint32 generation, const QNetworkRequest &request, const QStringList &subprotocols,
                        const QString &origin, quint64 maxMessageSize, bool ignoreCertificateErrors)
{
    drop();
    m_generation = generation;
    m_ignoreCertificateErrors = ignoreCertificateErrors;
    m_socket = new QWebSocket(origin, QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    socket->setMaxAllowedIncomingMessageSize(maxMessageSize);
    socket->setMaxAllowedIncomingFrameSize(maxMessageSize);
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        SocketNotice n;
        n.kind = SocketNotice::Kind::Connected;
        n.text = socket->subprotocol();
        n.amount = qint64(socket->outgoingFrameSize());
        if (socket->requestUrl().scheme() == QStringLiteral("wss")) {
            const QSslConfiguration tls = socket->sslConfiguration();
            n.tls = QStringList{protocolName(tls.sessionProtocol()), tls.sessionCipher().name(), describeCertificate(tls.peerCertificate())};
        }
        post(std::move(n));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        if (message.size() > OwnBufferBytes) {
            SocketNotice n;
            n.kind = SocketNotice::Kind::Text;
            n.payload = message.toUtf8();
            post(std::move(n));
            return;
        }
        // Encoded straight into the batch's block: no buffer of its own per message.
        QByteArray &bytes = m_pending.bytes;
        const qsizetype at = bytes.size();
        bytes.resize(at + message.size() * 3);
        char *end = m_utf8.appendToBuffer(bytes.data() + at, message);
        SocketNotice n;
        n.kind = SocketNotice::Kind::Text;
        n.payloadAt = at;
        n.payloadSize = end - (bytes.constData() + at);
        bytes.truncate(at + n.payloadSize);
        post(std::move(n));
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        SocketNotice n;
        n.kind = SocketNotice::Kind::Binary;
        if (message.size() > OwnBufferBytes) {
            n.payload = message; // shared, not copied
            post(std::move(n));
            return;
        }
        n.payloadAt = m_pending.bytes.size();
        n.payloadSize = message.size();
        m_pending.bytes.append(message);
        post(std::move(n));
    });
    connect(socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &payload) {
        SocketNotice n;
        n.kind = SocketNotice::Kind::Pong;
        n.payload = payload;
        post(std::move(n));
    });
    // Emitted right after QWebSocket answers a close frame, with closeCode() already set
    // (and again for the TCP socket's own close; the session keeps the first).
    connect(socket, &QWebSocket::aboutToClose, this, [this, socket] {
        SocketNotice n;
        n.kind = SocketNotice::Kind::AboutToClose;
        n.code = int(socket->closeCode());
        n.text = socket->closeReason();
        post(std::move(n));
    });
    connect(socket, &QWebSocket::bytesWritten, this, [this](qint64 bytes) {
        SocketNotice n;
        n.kind = SocketNotice::Kind::BytesWritten;
        n.amount = bytes;
        post(std::move(n));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        SocketNotice n;
        n.kind = SocketNotice::Kind::Disconnected;
        // The TCP socket may report the state change before its error signal: carry the error along.
        n.code = int(socket->error());
        n.text = socket->error() == QAbstractSocket::UnknownSocketError ? QString() : socket->errorString();
        post(std::move(n));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError error) {
                SocketNotice n;
                n.kind = SocketNotice::Kind::Error;
                n.code = int(error);
                n.text = socket->errorString();
                post(std::move(n));
            });
    connect(socket, qOverload<const QList<QSslError> &>(&QWebSocket::sslErrors), this, [this, socket](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems << error.errorString();
        const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        SocketNotice n;
        n.kind = SocketNotice::Kind::SslErrors;
        n.text = problems.join(QStringLiteral("; ")) + QStringLiteral(" (") + describeCertificate(certificate) + u')';
        if (m_ignoreCertificateErrors) {
            // Only these errors, on this socket: the argument-less overload would stick forever.
            socket->ignoreSslErrors(errors);
            n.flag = true;
        }
        post(std::move(n));
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols);
    socket->open(request, options);
}

void SocketWorker::sendText(quint32 generation, const QByteArray &utf8)
{
    if (current(generation))
        m_socket->sendTextMessage(QString::fromUtf8(utf8));
}

void SocketWorker::sendBinary(quint32 generation, const QByteArray &data)
{
    if (current(generation))
        m_socket->sendBinaryMessage(data);
}

void SocketWorker::ping(quint32 generation, const QByteArray &payload)
{
    if (current(generation))
        m_socket->ping(payload);
}

void SocketWorker::close(quint32 generation, int code, const QString &reason)
{
    if (current(generation))
        m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void SocketWorker::abort(quint32 generation)
{
    if (current(generation))
        m_socket->abort();
}

} // namespace wsi
