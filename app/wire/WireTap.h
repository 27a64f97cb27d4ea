#pragma once

#include "FrameReader.h"
#include "HttpHead.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace wsi {

// What the tap counted on the wire, read by the session's thread while the socket thread writes.
struct WireStats
{
    std::atomic<quint64> bytesIn{0};  // from the server, as received (TLS: after decryption)
    std::atomic<quint64> bytesOut{0}; // to the server
    std::atomic<quint64> frameBytesOut{0}; // of that, QWebSocket's frames (after the request head)
    std::atomic<quint64> pauses{0};   // times reading stopped for back-pressure
    std::atomic<bool> paused{false};
    std::atomic<bool> reportFrames{false}; // every frame to the listener; may change while connected
    void reset() { bytesIn = 0; bytesOut = 0; frameBytesOut = 0; pauses = 0; paused = false; }
};

// Why the tap refused a handshake the server answered.
enum class HandshakeFault : quint8 {
    None,
    NotHttp,            // the answer is not an HTTP response
    HeadTooLong,        // over HttpHead::MaxHeadBytes without an end
    NotUpgrade,         // 101 without Upgrade: websocket / Connection: Upgrade
    WrongAccept,        // Sec-WebSocket-Accept does not match the key sent
    UnofferedExtension, // Sec-WebSocket-Extensions the client never offered (RFC 6455 §4.1)
};

// The loopback relay under one connection: QWebSocket connects to it on 127.0.0.1 and it
// connects to the real server (TLS on this side). QWebSocket does the handshake, masks what
// the session sends and answers pings and closes: the request, the response head and every
// control frame pass through the tap unchanged, except the request's Host line. The server's
// data messages do not: the tap reads them itself, checks them as RFC 6455 says a client must
// (FrameRules: masking, RSV, opcodes, fragmentation, UTF-8, the size limit) and hands them to
// its Listener straight from its read buffer — one parse and no second trip through loopback
// and QWebSocket, which is what kept the firehose at the speed of the socket. On the way it
// reads the handshake heads, every frame header, counts the bytes, and stops reading the
// server while the session is too far behind (back-pressure through TCP). It corrects what
// Qt 6.4 gets wrong: close codes 1012-1014 (Qt fails them; the tap hands Qt 1000 and puts the
// server's code back in Qt's echo); a text message split inside a UTF-8 character across
// fragments is whole before it is checked.
// Lives in the socket thread; tells its Listener synchronously, in wire order.
class WireTap final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl upstream;               // the real ws:// or wss:// URL
        bool ignoreCertificateErrors = false;
        quint64 maxMessageSize = 64ull << 20;
        qint64 pauseAboveBytes = 32 << 20; // the session's backlog that stops reading
        // ... or the age of its oldest message: what bounds the lag between reading a message
        // and the session (its recorder) having it, whatever the flood.
        qint64 pauseAfterUs = 25000;
        std::function<qint64()> backlog;   // bytes read and not yet taken by the session
        std::function<qint64()> backlogAgeUs; // how long the oldest of them has waited, 0: none

    };

    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void tapRequest(const HttpHead &request) = 0;
        // A complete answer: 101 (head only), or a refusal with its body.
        virtual void tapResponse(const HttpHead &response) = 0;
        virtual void tapHandshakeFault(HandshakeFault fault, const QString &detail) = 0;
        virtual void tapEncrypted(const QStringList &tls) = 0; // protocol, cipher, peer certificate
        virtual void tapSslErrors(const QList<QSslError> &errors, bool ignored) = 0;
        virtual void tapUpstreamError(QAbstractSocket::SocketError error, const QString &text) = 0;
        // incoming: from the server. Everything below comes in wire order.
        virtual void tapFrame(bool incoming, const FrameHeader &header, int messageFrames) = 0;
        // A message from the server, checked (UTF-8, size). payload may point into the tap's
        // read buffer: valid during the call only. assembled, when not null, holds the
        // payload and may be moved from. frames: how many it came in.
        virtual void tapMessage(bool text, QByteArrayView payload, QByteArray *assembled, int frames) = 0;
        virtual void tapControl(bool incoming, quint8 opcode, const QByteArray &payload) = 0;
        // code 1005: an empty close frame; a 1-byte payload is reported as 1002 with valid false.
        virtual void tapClose(bool incoming, int code, const QByteArray &reason, bool valid) = 0;
        // The server broke a rule the tap checks: the tap has sent it closeCode and is hanging up.
        virtual void tapViolation(int closeCode, const QString &why) = 0;
    };

    WireTap(Settings settings, std::shared_ptr<WireStats> stats, Listener *listener, QObject *parent = nullptr);
    ~WireTap() override;

    // Listens on 127.0.0.1 (a free port) and starts connecting to the server. 0 on failure.
    quint16 start();
    // The header the loopback request must carry (and that is never passed on).
    static QByteArray tokenHeaderName() { return QByteArrayLiteral("X-WSI-Tap"); }
    // "subject: …; issuer: …; valid … to …"
    static QString describeCertificate(const QSslCertificate &certificate);
    QByteArray token() const { return m_token; }
    void abort();
    // Reads at once what QWebSocket wrote just before it closed its side (its close frame):
    // its disconnected() comes before the tap's readyRead.
    void readDownstreamNow();
    // QWebSocket has taken the 101: the frames that came with it go on now.
    void releaseAfterHandshake();

private:
    class Reader;
    class Listening;
    void onDownstreamConnection(QTcpSocket *socket);
    void onDownstreamReadable();
    void onUpstreamReady();
    void onUpstreamReadable();
    void readUpstreamLater();
    bool behind() const;
    void takeFromUpstream(const QByteArray &bytes);
    void takeFromDownstream(const QByteArray &bytes);
    void passFrames(const QByteArray &chunk);
    void noticeUnbufferedEnd(QTcpSocket *socket);
    void onUpstreamError(QAbstractSocket::SocketError error);
    void onUpstreamDisconnected();
    void handleRequestHead();
    bool handleResponseHead();
    bool refusalBodyComplete() const;
    void finishRefusal();
    void handleDeferredEnd();
    void writeUpstream(const QByteArray &bytes);
    void checkPressure();
    void failHandshake(HandshakeFault fault, const QString &detail);
    void violate(int closeCode, const QString &why);

    Settings m_settings;
    std::shared_ptr<WireStats> m_stats;
    Listener *m_listener;
    QByteArray m_token;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_downstream = nullptr; // QWebSocket's side
    QTcpSocket *m_upstream = nullptr;   // the server's side
    bool m_upstreamReady = false;
    bool m_upstreamGone = false;
    bool m_downstreamGone = false;
    bool m_readingUpstream = false;
    bool m_holdingAfterHead = false;
    QByteArray m_afterHead;
    bool m_readingDownstream = false;
    QAbstractSocket::SocketError m_deferredUpstreamError = QAbstractSocket::UnknownSocketError;
    QByteArray m_toUpstream;            // what came from QWebSocket before the server was reachable
    QByteArray m_requestBytes;
    bool m_requestDone = false;
    QByteArray m_key;
    bool m_offeredExtensions = false;
    QByteArray m_responseBytes;
    bool m_responseDone = false;
    HttpHead m_refusal;                 // a non-101 answer whose body is still coming
    bool m_refusing = false;
    qsizetype m_refusalBodyWanted = -1;
    QTimer m_refusalTimer;
    bool m_paused = false;
    bool m_readQueued = false;
    QTimer m_pressureTimer;
    bool m_failed = false;
    int m_restoreCloseCode = 0;         // the server's close code to put back in Qt's echo
    std::unique_ptr<Reader> m_serverReader;
    std::unique_ptr<Reader> m_clientReader;
};

} // namespace wsi
