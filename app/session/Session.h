#pragma once

#include "CloseAttribution.h"
#include "Heartbeat.h"
#include "SessionEvent.h"
#include "SessionOptions.h"
#include "i18n/Translation.h"
#include "socketio/SocketIoGate.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wsi {

class SocketInbox;
struct SocketBatch;
class SocketWorker;
class SocketThread;
struct SocketNotice;
struct WireStats;
struct HttpHead;

// One WebSocket connection as the inspector sees it, across reconnects: a state
// machine with the browser's readyState names, an event for everything that
// happens, counters, the handshake, a heartbeat and auto-reconnect. It works
// around what QWebSocket 6.4 gets wrong (no connect timeout, a rejected
// handshake left hanging, close codes that lie, sticky ignoreSslErrors()).
// The QWebSocket itself runs in a thread of its own (SocketWorker); the session
// takes what it reports in slices, so a flood never freezes the session's thread.
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Open, Closing, Closed, WaitingToReconnect };
    Q_ENUM(State)

    struct Counters
    {
        quint64 messagesIn = 0;
        quint64 messagesOut = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
    };

    struct Handshake
    {
        QStringList requestLines; // the request as sent, one header per line (as planned until the tap saw it)
        std::shared_ptr<const HttpHead> request;  // as it went on the wire
        std::shared_ptr<const HttpHead> response; // as it came back: 101, or the refusal with its body
        QString negotiatedSubprotocol;
        int httpStatus = 0; // 101 when accepted, the server's status when rejected
        QString tlsProtocol;
        QString tlsCipher;
        QString peerCertificate; // subject, issuer, validity
        bool certificateErrorsIgnored = false;
    };

    struct LastClose
    {
        int code = 0;
        QString reason;
        ClosedBy by = ClosedBy::Nobody;
    };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Starts connecting; false (with an Error event) when the options cannot be used.
    bool open(const SessionOptions &options);
    bool sendText(const QString &text);
    bool sendBinary(const QByteArray &data);
    // Any message, tagged (a Socket.IO emit is SocketIo): queued or refused like the others.
    bool sendMessage(bool binary, const QByteArray &payload, MessageTag tag = MessageTag::None);
    // A user close: never followed by a reconnect. Also cancels a pending reconnect.
    void close(int code = 1000, const QString &reason = QString());
    void reconnectNow();
    // A protocol ping frame the user asked for (at most 125 bytes); false when not open.
    bool ping(const QByteArray &payload);
    void cancelReconnect();
    // Options changed while a connection is up or on its way: reconnect, heartbeat (started
    // over), sends while disconnected and on-connect messages apply at once; the rest
    // (headers, subprotocols, Origin, timeouts, size limit, TLS) waits for the next open().
    // Defined in SessionLiveOptions.cpp.
    void applyLiveOptions(const SessionOptions &options);
    // More secret values to expand and mask from now on (a saved message's, chosen in the window).
    void addSecretVariables(const QMap<QString, QString> &secrets);

    State state() const { return m_state; }
    static QString stateName(State state);
    const Counters &counters() const { return m_counters; }
    const Handshake &handshake() const { return m_handshake; }
    const SessionOptions &options() const { return m_options; }
    const LastClose &lastClose() const { return m_lastClose; }
    QString lastError() const { return m_lastError; }
    // Why the last connection's certificate was refused; empty when it was not.
    QString certificateProblem() const { return m_certificateProblem; }
    int queuedCount() const { return int(m_outbox.size()); }
    qint64 bufferedAmount() const { return m_bufferedAmount; }
    int reconnectAttempt() const { return m_attempt; }
    qint64 msUntilReconnect() const;
    qint64 uptimeMs() const;
    // Counted on the wire by the connection's tap.
    struct Wire
    {
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 pauses = 0; // times reading stopped because the session was too far behind
        bool paused = false;
        quint64 framesWritten = 0;   // bytes of frames the session handed to its socket, this connection
        quint64 framesDelivered = 0; // of those, what left the inspector for the server's TCP connection
    };
    Wire wire() const;
    // Whether frameSeen is emitted for every frame (from now on, this connection and the next).
    void setCaptureFrames(bool capture);
    // Round trip of the last answered heartbeat in milliseconds (fractional: loopback is sub-ms); < 0 before one.
    double lastRttMs() const { return m_lastRttMs; }

    // For tests: where jitter comes from (default: QRandomGenerator), values in [0, 1).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

signals:
    void stateChanged(wsi::Session::State state);
    void eventOccurred(const wsi::SessionEvent &event);
    void rttMeasured(double milliseconds);
    void queuedCountChanged(int count);
    // One frame as it passed on the wire, when SessionOptions::reportFrames is set.
    void frameSeen(const wsi::FrameRecord &frame);

private:
    struct Outgoing
    {
        bool binary;
        QByteArray payload;
        MessageTag tag;
    };

    void drainInbox();
    void handleNotice(const SocketNotice &notice);
    void onConnected(const SocketNotice &notice);
    void onDisconnected(const SocketNotice &notice);
    void onTextMessageReceived(const SocketNotice &notice);
    void onBinaryMessageReceived(const SocketNotice &notice);
    void onSocketIoFrame(const SocketNotice &notice);
    void onPong(const SocketNotice &notice);
    void onSocketError(const SocketNotice &notice);
    void onSslErrors(const SocketNotice &notice);
    void onResponse(const SocketNotice &notice);
    void onControlFrame(const SocketNotice &notice);
    void onCloseFrame(const SocketNotice &notice);
    void onViolation(const SocketNotice &notice);
    void onUpstreamError(const SocketNotice &notice);
    void onCloseTimeout();
    void finishConnection(const CloseVerdict &verdict);
    void onConnectTimeout();
    void onHeartbeatTimer();

    void startConnection();
    void sendOnConnectAndQueued();
    void discardSocket();
    void setState(State state, qint64 timestampUs = 0);
    void emitEvent(EventKind kind, Direction direction, const QByteArray &payload, qint64 number = 0,
                   ClosedBy closedBy = ClosedBy::Nobody, MessageTag tag = MessageTag::None, qint64 timestampUs = 0,
                   const Handshake *handshake = nullptr);
    void failConnecting(const Translation::Note &message, int httpStatus = 0);
    void connectionEnded(bool reconnectWanted);
    void scheduleReconnect();
    bool transmit(bool binary, const QByteArray &payload, MessageTag tag);
    bool send(bool binary, const QByteArray &payload, MessageTag tag = MessageTag::None);
    void scheduleHeartbeat();
    void declareDead();
    double measureRtt();
    qint64 nowMs() const { return m_clock.elapsed(); }
    // A message's time for the heartbeat's traffic: the clock is read once per 256 messages of a
    // flood (reading it for each cost the CLI 3% of its main thread).
    qint64 trafficNowMs() const { return m_draining ? m_sliceNowMs : nowMs(); }
    QStringList buildRequestLines() const;

    // One slice of a flood: with the log's batch of rows and its paint, what the window's thread
    // does between two looks at its other events. 4 ms made the worst 1% of those waits 14–20 ms
    // (bench_inspector --only ingest-100); 2.5 ms makes them 12–14 in most runs (18 in one).
    static constexpr qint64 DrainBudgetUs = 2500;
    // Payload bytes handled between two looks at the clock (a few hundred microseconds of copying).
    static constexpr qsizetype DrainClockBytes = 256 * 1024;

    SessionOptions m_options;
    std::shared_ptr<SocketInbox> m_inbox;
    std::unique_ptr<SocketBatch> m_drainBatch; // the batch being handled, and how far
    size_t m_drainIndex = 0;
    bool m_draining = false;
    qint64 m_sliceNowMs = 0;
    std::unique_ptr<SocketThread> m_thread;
    SocketWorker *m_worker = nullptr;
    std::shared_ptr<WireStats> m_wireStats;
    qint64 m_noticeTimeUs = 0; // the notice being handled: events it causes carry its time
    qint64 m_lastEventUs = 0;  // no event is stamped before the one emitted before it
    quint32 m_generation = 0;
    bool m_connectionActive = false;
    qint64 m_outgoingFrameSize = 512 * 1024;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_closeTimer;
    QElapsedTimer m_clock;
    HeartbeatMonitor m_heartbeat;
    std::function<double()> m_random;
    State m_state = State::Idle;
    Counters m_counters;
    Handshake m_handshake;
    LastClose m_lastClose;
    QString m_lastError;
    QList<Outgoing> m_outbox;
    qint64 m_bufferedAmount = 0;
    qint64 m_wireBytesSent = 0; // frames handed to QWebSocket on this connection, as wire bytes
    int m_attempt = 0;
    qint64 m_pingSentNs = -1;
    double m_lastRttMs = -1;
    qint64 m_openedAtMs = -1;

    // What we know about how the current connection ends, from the wire and from what we did.
    CloseFacts m_closeFacts;
    bool m_userClosing = false;
    QString m_transportError;
    QString m_certificateProblem;
    bool m_certificateErrorsIgnored = false;
    bool m_declaredDead = false;
    std::optional<SocketIoGate> m_socketIo; // in Socket.IO mode
};

} // namespace wsi
