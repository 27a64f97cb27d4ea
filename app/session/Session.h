#pragma once

#include "SessionEvent.h"
#include "SessionOptions.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace wsi {

// One WebSocket connection as the inspector sees it: a state machine with the
// browser's readyState names, an event for everything that happens, counters
// and the handshake. It works around what QWebSocket 6.4 gets wrong (no connect
// timeout, a rejected handshake left hanging, close codes that lie).
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Open, Closing, Closed };
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
        QStringList requestLines; // the request as sent, one header per line
        QString negotiatedSubprotocol;
        int httpStatus = 0; // 101 when accepted, the server's status when rejected
    };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Starts connecting; false (with an Error event) when the options cannot be used.
    bool open(const SessionOptions &options);
    bool sendText(const QString &text);
    bool sendBinary(const QByteArray &data);
    void close(int code = 1000, const QString &reason = QString());

    State state() const { return m_state; }
    static QString stateName(State state);
    const Counters &counters() const { return m_counters; }
    const Handshake &handshake() const { return m_handshake; }
    const SessionOptions &options() const { return m_options; }
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged(wsi::Session::State state);
    void eventOccurred(const wsi::SessionEvent &event);

private:
    void onConnected();
    void onDisconnected();
    void onTextMessageReceived(const QString &message);
    void onBinaryMessageReceived(const QByteArray &message);
    void onSocketError(QAbstractSocket::SocketError error);
    void onAboutToClose();
    void onConnectTimeout();

    void createSocket();
    void discardSocket();
    void setState(State state);
    void emitEvent(EventKind kind, Direction direction, const QByteArray &payload, int code = 0,
                   ClosedBy closedBy = ClosedBy::Nobody);
    void failConnecting(const QString &message, int httpStatus = 0);
    QStringList buildRequestLines() const;
    QString describeSocketError(QAbstractSocket::SocketError error) const;

    SessionOptions m_options;
    QPointer<QWebSocket> m_socket;
    QTimer m_connectTimer;
    State m_state = State::Idle;
    Counters m_counters;
    Handshake m_handshake;
    QString m_lastError;

    // What we know about how the current connection ends; QWebSocket's closeCode() can't tell.
    bool m_userClosing = false;
    int m_userCloseCode = 1000;
    QString m_userCloseReason;
    bool m_closeFrameExchanged = false;
    int m_peerCloseCode = 0;
    QString m_peerCloseReason;
    QString m_transportError;
};

} // namespace wsi
