#include "SocketWorker.h"

#include "i18n/Translation.h"

#include "SessionEvent.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace wsi {

namespace {
// Runs on the socket thread: English, like every fact the session records.
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SocketWorker)
};
} // namespace

bool SocketInbox::push(SocketBatch &&batch)
{
    const qint64 bytes = weight(batch);
    QMutexLocker lock(&m_mutex);
    m_bytes.fetch_add(bytes, std::memory_order_relaxed);
    if (m_queue.empty() && !batch.notices.empty())
        m_oldestUs.store(batch.notices.front().timestampUs, std::memory_order_relaxed);
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
    m_bytes.fetch_sub(weight(*out), std::memory_order_relaxed);
    const bool next = !m_queue.empty() && !m_queue.front().notices.empty();
    m_oldestUs.store(next ? m_queue.front().notices.front().timestampUs : 0, std::memory_order_relaxed);
    return true;
}

void SocketInbox::recycle(SocketBatch &&spent)
{
    constexpr size_t MaxSpare = 2;
    constexpr qsizetype MaxSpareBytes = 8 << 20;
    if (!spent.bytes.isDetached() || spent.bytes.capacity() > MaxSpareBytes)
        spent.bytes = QByteArray();
    spent.bytes.resize(0);
    spent.notices.clear(); // the notices' own buffers are freed here, not under the lock
    spent.payloadBytes = 0;
    if (spent.bytes.capacity() == 0 && spent.notices.capacity() == 0)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_spare.size() < MaxSpare)
        m_spare.push_back(std::move(spent));
}

SocketBatch SocketInbox::spare()
{
    QMutexLocker lock(&m_mutex);
    if (m_spare.empty())
        return SocketBatch();
    SocketBatch batch = std::move(m_spare.back());
    m_spare.pop_back();
    return batch;
}

SocketWorker::SocketWorker(std::shared_ptr<SocketInbox> inbox, std::shared_ptr<WireStats> stats, Wake wake)
    : m_inbox(std::move(inbox))
    , m_wake(std::move(wake))
    , m_stats(std::move(stats))
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
    if (m_pending.notices.empty() && m_lastBatchNotices > 16)
        m_pending.notices.reserve(m_lastBatchNotices);
    m_pending.payloadBytes += notice.payload.size();
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
    m_lastBatchNotices = m_pending.notices.size();
    const bool wake = m_inbox->push(std::move(m_pending));
    m_pending = m_inbox->spare();
    if (wake)
        m_wake();
}

void SocketWorker::drop()
{
    if (m_tap) {
        m_tap->abort();
        m_tap->deleteLater();
        m_tap = nullptr;
    }
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

void SocketWorker::open(quint32 generation, const SocketOpenRequest &open)
{
    drop();
    m_generation = generation;
    m_tls.clear();
    m_stats->reset();

    // Every connection goes through a tap of its own: QWebSocket talks to it on loopback.
    WireTap::Settings settings;
    settings.upstream = open.request.url();
    settings.ignoreCertificateErrors = open.ignoreCertificateErrors;
    settings.maxMessageSize = open.maxMessageSize;
    settings.pauseAboveBytes = open.pauseAboveBytes;
    settings.pauseAfterUs = open.pauseAfterUs;
    settings.backlog = [inbox = m_inbox.get()] { return inbox->backlogBytes(); };
    settings.backlogAgeUs = [inbox = m_inbox.get()] {
        const qint64 oldest = inbox->oldestUs();
        return oldest == 0 ? 0 : nowUs() - oldest;
    };
    m_tap = new WireTap(settings, m_stats, this, this);
    const quint16 tapPort = m_tap->start();
    if (tapPort == 0) {
        SocketNotice n;
        n.kind = SocketNotice::Kind::UpstreamError;
        n.code = int(QAbstractSocket::SocketResourceError);
        n.text = Tr::tr("cannot listen on 127.0.0.1 for the connection's tap");
        post(std::move(n));
        return;
    }
    QUrl local = open.request.url();
    local.setScheme(QStringLiteral("ws"));
    local.setHost(QStringLiteral("127.0.0.1"));
    local.setPort(tapPort);
    QNetworkRequest request = open.request;
    request.setUrl(local);
    request.setRawHeader(WireTap::tokenHeaderName(), m_tap->token());

    m_socket = new QWebSocket(open.origin, QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->setMaxAllowedIncomingMessageSize(open.maxMessageSize);
    socket->setMaxAllowedIncomingFrameSize(open.maxMessageSize);
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        SocketNotice n;
        n.kind = SocketNotice::Kind::Connected;
        n.text = socket->subprotocol();
        n.amount = qint64(socket->outgoingFrameSize());
        n.tls = m_tls;
        post(std::move(n));
        if (m_tap)
            m_tap->releaseAfterHandshake();
    });
    connect(socket, &QWebSocket::bytesWritten, this, [this](qint64 bytes) {
        SocketNotice n;
        n.kind = SocketNotice::Kind::BytesWritten;
        n.amount = bytes;
        post(std::move(n));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_tap)
            m_tap->readDownstreamNow(); // QWebSocket's own close frame, if it just wrote one
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
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(open.subprotocols);
    socket->open(request, options);
}

void SocketWorker::tapMessage(bool text, QByteArrayView payload, QByteArray *assembled, int frames)
{
    SocketNotice n;
    n.kind = text ? SocketNotice::Kind::Text : SocketNotice::Kind::Binary;
    n.frames = frames;
    if (payload.size() >= SessionEvent::OwnBufferBytes) {
        // A big message keeps a buffer of its own (moved, when the tap assembled it): the
        // session hands that same buffer to the log and the recorder.
        n.payload = assembled ? std::move(*assembled) : payload.toByteArray();
    } else {
        // Copied straight into the batch's block: no buffer of its own per message.
        n.payloadAt = m_pending.bytes.size();
        n.payloadSize = payload.size();
        m_pending.bytes.append(payload);
    }
    post(std::move(n));
}

void SocketWorker::tapRequest(const HttpHead &request)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::Request;
    n.head = std::make_shared<const HttpHead>(request);
    post(std::move(n));
}

void SocketWorker::tapResponse(const HttpHead &response)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::Response;
    n.head = std::make_shared<const HttpHead>(response);
    post(std::move(n));
}

void SocketWorker::tapHandshakeFault(HandshakeFault fault, const QString &detail)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::HandshakeFault;
    n.code = int(fault);
    n.text = detail;
    post(std::move(n));
}

void SocketWorker::tapEncrypted(const QStringList &tls)
{
    m_tls = tls;
}

void SocketWorker::tapSslErrors(const QList<QSslError> &errors, bool ignored)
{
    QStringList problems;
    for (const QSslError &error : errors)
        problems << error.errorString();
    const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    SocketNotice n;
    n.kind = SocketNotice::Kind::SslErrors;
    n.text = problems.join(QStringLiteral("; ")) + QStringLiteral(" (") + WireTap::describeCertificate(certificate) + u')';
    n.flag = ignored;
    post(std::move(n));
}

void SocketWorker::tapUpstreamError(QAbstractSocket::SocketError error, const QString &text)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::UpstreamError;
    n.code = int(error);
    n.text = text;
    post(std::move(n));
}

void SocketWorker::tapFrame(bool incoming, const FrameHeader &header, int messageFrames)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::Frame;
    n.flag = incoming;
    n.frame = header;
    n.frames = messageFrames;
    post(std::move(n));
}

void SocketWorker::tapControl(bool incoming, quint8 opcode, const QByteArray &payload)
{
    if (!incoming && opcode == 0x9)
        return; // the session's own pings: it shows them as it sends them
    SocketNotice n;
    n.kind = SocketNotice::Kind::Control;
    n.flag = incoming;
    n.code = opcode;
    n.payload = payload;
    post(std::move(n));
}

void SocketWorker::tapClose(bool incoming, int code, const QByteArray &reason, bool valid)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::CloseFrame;
    n.flag = incoming;
    n.code = code;
    n.amount = valid ? 1 : 0;
    n.payload = reason;
    post(std::move(n));
}

void SocketWorker::tapViolation(int closeCode, const QString &why)
{
    SocketNotice n;
    n.kind = SocketNotice::Kind::Violation;
    n.code = closeCode;
    n.text = why;
    post(std::move(n));
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
    if (!current(generation))
        return;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    if (m_tap)
        m_tap->readDownstreamNow(); // on its way to the server now: the thread may be about to end
}

void SocketWorker::abort(quint32 generation)
{
    if (!current(generation))
        return;
    if (m_tap)
        m_tap->abort(); // the server's side goes too, at once
    m_socket->abort();
}

void SocketThread::adopt(SocketWorker *worker)
{
    m_worker = worker;
    m_worker->moveToThread(this);
}

void SocketThread::run()
{
    // QWebSocket's constructor asks for the default TLS configuration, even for ws://: that
    // loads Qt's TLS plugin, OpenSSL and its settings, 10-40 ms. Asked here, as the thread
    // starts (with its tab, before Connect), it is out of the way of the first handshake.
    QSslConfiguration::defaultConfiguration();
    exec();
    delete m_worker;
    m_worker = nullptr;
    // The socket and the tap the worker let go with deleteLater().
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
#ifdef Q_OS_UNIX
    // Qt loads OpenSSL as a plugin's library, if a connection needed it: found without loading it.
    for (const char *library : {"libcrypto.so", "libcrypto.so.3", "libcrypto.so.1.1"}) {
        if (void *handle = dlopen(library, RTLD_LAZY | RTLD_NOLOAD)) {
            if (auto stop = reinterpret_cast<void (*)()>(dlsym(handle, "OPENSSL_thread_stop")))
                stop();
            dlclose(handle);
            break;
        }
    }
#endif
}

} // namespace wsi
