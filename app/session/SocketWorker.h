#pragma once

#include "wire/WireTap.h"

#include <QMutex>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QStringList>
#include <QWebSocket>

#include <atomic>

#include <deque>
#include <vector>
#include <functional>
#include <memory>

namespace wsi {

// What the socket thread tells the session, in the order it happened.
struct SocketNotice
{
    enum class Kind : quint8 {
        Connected, Text, Binary, Disconnected, Error, BytesWritten,
        // What the wire tap saw:
        Request, Response, HandshakeFault, SslErrors, UpstreamError, Control, CloseFrame, Violation, Frame,
    };
    Kind kind = Kind::Text;
    bool flag = false;      // SslErrors: the errors were ignored, as asked; Control/CloseFrame/Frame: from the server;
                            // CloseFrame: the payload was a valid close payload
    int code = 0;           // Disconnected/Error/UpstreamError: QAbstractSocket::SocketError; Control: opcode;
                            // CloseFrame: close code; Violation: the close code sent; HandshakeFault: the fault
    std::shared_ptr<const HttpHead> head; // Request, Response
    FrameHeader frame;      // Frame
    int frames = 0;         // Frame: frames of its message so far; Text, Binary: the frames it came in
    quint32 generation = 0; // which connection; notices from an abandoned one are dropped
    qint64 timestampUs = 0;
    qint64 amount = 0;      // BytesWritten
    QByteArray payload;     // Pong; Text (UTF-8) and Binary once the session has taken them
    // Text and Binary as they cross threads: where the payload lies in its batch's bytes.
    qsizetype payloadAt = -1;
    qsizetype payloadSize = 0;
    QString text;           // Connected: subprotocol; Disconnected/Error/UpstreamError: error string; SslErrors: problems;
                            // Violation, HandshakeFault: what was wrong
    QStringList tls;        // Connected over wss: protocol, cipher, peer certificate
};

// What the socket thread hands over at once, in order: the notices of one read
// and the bytes of all their messages in one block. One allocation crosses the
// threads per batch instead of one per message (a free on another thread than
// the malloc contends on the allocator's lock).
struct SocketBatch
{
    std::vector<SocketNotice> notices;
    QByteArray bytes;
    qint64 payloadBytes = 0; // payloads with a buffer of their own (big messages, control frames)
};

// The ordered queue between the socket thread and the session's thread. The
// session drains it with a time budget, so a flood is handled in slices and
// the session's thread (the window's) keeps painting and firing timers.
class SocketInbox
{
public:
    // True when the reader must be woken up (the queue was idle).
    bool push(SocketBatch &&batch);
    // Moves the oldest batch into out; false when the queue is empty and the reader went idle.
    bool take(SocketBatch *out);
    // A batch the session has handled, emptied but keeping its allocations, for the socket
    // thread's next: a flood reuses a few warm blocks instead of page-faulting fresh ones.
    void recycle(SocketBatch &&spent);
    // A recycled batch, or a new one.
    SocketBatch spare();
    // Payload bytes queued and not yet taken: what the tap's back-pressure watches.
    qint64 backlogBytes() const { return m_bytes.load(std::memory_order_relaxed); }
    // When the oldest notice queued was made (nowUs()), 0 when none is.
    qint64 oldestUs() const { return m_oldestUs.load(std::memory_order_relaxed); }

private:
    static qint64 weight(const SocketBatch &batch) { return batch.bytes.size() + batch.payloadBytes; }
    QMutex m_mutex;
    std::deque<SocketBatch> m_queue;
    std::vector<SocketBatch> m_spare;
    bool m_readerAwake = false;
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_oldestUs{0};
};

// What a connection is opened with, as the socket thread needs it.
struct SocketOpenRequest
{
    QNetworkRequest request;
    QStringList subprotocols;
    QString origin;
    quint64 maxMessageSize = 0;
    bool ignoreCertificateErrors = false;
    qint64 pauseAboveBytes = 32 << 20;
    qint64 pauseAfterUs = 25000;
};

// Owns the connection in its own thread — the QWebSocket (handshake, sending, control
// frames) and the wire tap under it (which reads the server's messages) — and turns what
// they tell into notices in the inbox, in wire order. One fresh QWebSocket per
// connection (closeCode() is never reset and ignoreSslErrors() sticks on a reused one).
class SocketWorker final : public QObject, private WireTap::Listener
{
    Q_OBJECT
public:
    using Wake = std::function<void()>;
    SocketWorker(std::shared_ptr<SocketInbox> inbox, std::shared_ptr<WireStats> stats, Wake wake);
    ~SocketWorker() override;

    // Called through queued invocations from the session's thread.
    void open(quint32 generation, const SocketOpenRequest &open);
    void sendText(quint32 generation, const QByteArray &utf8);
    void sendBinary(quint32 generation, const QByteArray &data);
    void ping(quint32 generation, const QByteArray &payload);
    void close(quint32 generation, int code, const QString &reason);
    void abort(quint32 generation);

private:
    // WireTap::Listener
    void tapRequest(const HttpHead &request) override;
    void tapResponse(const HttpHead &response) override;
    void tapHandshakeFault(HandshakeFault fault, const QString &detail) override;
    void tapEncrypted(const QStringList &tls) override;
    void tapSslErrors(const QList<QSslError> &errors, bool ignored) override;
    void tapUpstreamError(QAbstractSocket::SocketError error, const QString &text) override;
    void tapFrame(bool incoming, const FrameHeader &header, int messageFrames) override;
    void tapMessage(bool text, QByteArrayView payload, QByteArray *assembled, int frames) override;
    void tapControl(bool incoming, quint8 opcode, const QByteArray &payload) override;
    void tapClose(bool incoming, int code, const QByteArray &reason, bool valid) override;
    void tapViolation(int closeCode, const QString &why) override;
    void post(SocketNotice &&notice);
    void flushPending();
    void drop();
    bool current(quint32 generation) const { return m_socket && generation == m_generation; }

    std::shared_ptr<SocketInbox> m_inbox;
    Wake m_wake;
    QPointer<QWebSocket> m_socket;
    QPointer<WireTap> m_tap;
    std::shared_ptr<WireStats> m_stats;
    quint32 m_generation = 0;
    QStringList m_tls;
    // Messages of one read, handed over together: one lock and at most one wake-up per read.
    SocketBatch m_pending;
    bool m_flushQueued = false;
    size_t m_lastBatchNotices = 0; // the next batch reserves as many: no regrowing under a flood
    qint64 m_lastClockUs = 0;
    int m_sinceClockRead = 0;
};

// The socket's thread. What it leaves is torn down on it before it reports finished: the
// worker with its socket, then OpenSSL's state for the thread. QThread::wait() returns
// before a thread's thread-local destructors have run, and OpenSSL's, run later, could meet
// the locks the program's exit had already freed (a segfault in pthread_rwlock_rdlock on
// wsi-socket as a CLI ended, twice in a day of test runs).
class SocketThread final : public QThread
{
public:
    // The worker, moved to this thread, is deleted by it once its event loop has ended.
    void adopt(SocketWorker *worker);

protected:
    void run() override;

private:
    SocketWorker *m_worker = nullptr;
};

} // namespace wsi
