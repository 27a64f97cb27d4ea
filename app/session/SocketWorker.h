#pragma once

#include <QMutex>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWebSocket>

#include <QStringEncoder>

#include <deque>
#include <vector>
#include <functional>
#include <memory>

namespace wsi {

// What the socket thread tells the session, in the order it happened.
struct SocketNotice
{
    enum class Kind : quint8 { Connected, Text, Binary, Pong, AboutToClose, Disconnected, Error, SslErrors, BytesWritten };
    Kind kind = Kind::Text;
    bool flag = false;      // SslErrors: the errors were ignored, as asked
    int code = 0;           // AboutToClose: close code; Disconnected/Error: QAbstractSocket::SocketError
    quint32 generation = 0; // which connection; notices from an abandoned one are dropped
    qint64 timestampUs = 0;
    qint64 amount = 0;      // BytesWritten
    QByteArray payload;     // Pong; Text (UTF-8) and Binary once the session has taken them
    // Text and Binary as they cross threads: where the payload lies in its batch's bytes.
    qsizetype payloadAt = -1;
    qsizetype payloadSize = 0;
    QString text;           // Connected: subprotocol; AboutToClose: reason; Disconnected/Error: error string; SslErrors: problems
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

private:
    QMutex m_mutex;
    std::deque<SocketBatch> m_queue;
    bool m_readerAwake = false;
};

// Owns the QWebSocket in its own thread: receives and decodes frames there and
// turns every signal into a notice in the inbox. One fresh QWebSocket per
// connection (closeCode() is never reset and ignoreSslErrors() sticks on a reused one).
class SocketWorker final : public QObject
{
    Q_OBJECT
public:
    using Wake = std::function<void()>;
    SocketWorker(std::shared_ptr<SocketInbox> inbox, Wake wake);
    ~SocketWorker() override;

    // Called through queued invocations from the session's thread.
    void open(quint32 generation, const QNetworkRequest &request, const QStringList &subprotocols, const QString &origin,
              quint64 maxMessageSize, bool ignoreCertificateErrors);
    void sendText(quint32 generation, const QByteArray &utf8);
    void sendBinary(quint32 generation, const QByteArray &data);
    void ping(quint32 generation, const QByteArray &payload);
    void close(quint32 generation, int code, const QString &reason);
    void abort(quint32 generation);

private:
    void post(SocketNotice &&notice);
    void flushPending();
    void drop();
    bool current(quint32 generation) const { return m_socket && generation == m_generation; }

    std::shared_ptr<SocketInbox> m_inbox;
    Wake m_wake;
    QPointer<QWebSocket> m_socket;
    quint32 m_generation = 0;
    bool m_ignoreCertificateErrors = false;
    // Messages of one read, handed over together: one lock and at most one wake-up per read.
    SocketBatch m_pending;
    // A big message keeps a buffer of its own: copying it into the block would cost more
    // than the one allocation it saves.
    static constexpr qsizetype OwnBufferBytes = 64 * 1024;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    bool m_flushQueued = false;
    qint64 m_lastClockUs = 0;
    int m_sinceClockRead = 0;
};

} // namespace wsi
