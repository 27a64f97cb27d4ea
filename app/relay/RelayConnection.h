#pragma once

#include "InterceptQueue.h"
#include "RelayRules.h"
#include "RelayServer.h"
#include "session/SessionEvent.h"
#include "wire/ChunkedRead.h"
#include "wire/HttpHead.h"

#include "i18n/Translation.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace wsi {

// One client of the relay and its own connection to the upstream server. Reads the client's
// upgrade request, sends it on to the upstream (Host rewritten, extensions not offered: the
// relay must see every payload as it is), relays the 101 back, then reads every frame both
// ways with FrameReader: each data message whole and unmasked, through the rules, into the
// direction's InterceptQueue, and out again as one frame (masked with a fresh key toward the
// server). Control frames pass as they came, in order, so a close code and reason reach the
// other side unchanged. Events carry the connection id and the direction from the client's
// point of view (out: client to server).
class RelayConnection final : public QObject
{
    Q_OBJECT

public:
    RelayConnection(int id, QTcpSocket *client, const RelaySettings &settings, std::shared_ptr<const RelayRules> rules,
                    QObject *parent = nullptr);
    ~RelayConnection() override;

    // Says who connected and reads what the client already sent (call once its signals are connected).
    void start();
    int id() const { return m_id; }
    bool isOpen() const { return m_stage == Stage::Open; }
    void setRules(std::shared_ptr<const RelayRules> rules) { m_rules = std::move(rules); }
    InterceptQueue &queue(bool toServer) { return toServer ? *m_toServerQueue : *m_toClientQueue; }
    // A message of the user's into the stream (tagged Injected); false unless open.
    bool inject(bool toServer, bool text, const QByteArray &payload);
    // Reads again what waited while a held message (or a slow side) stopped the reading.
    void resumeReading();
    // Hangs up both sides at once.
    void abort();

    static constexpr qint64 WriteLimit = 4 << 20; // a side's unsent bytes that stop reading the other

signals:
    void eventOccurred(const wsi::SessionEvent &event);
    void messageHeld(int connection, bool toServer, quint64 id);
    void finished(int connection);

private:
    class Pump;
    enum class Stage { Request, Connecting, Response, Open, Refused, Done };

    void onClientReadable();
    void onUpstreamReadable();
    void onUpstreamConnected();
    void onUpstreamError(QAbstractSocket::SocketError error);
    void onClientGone();
    void onUpstreamGone();
    void handleRequest();
    void handleResponse();
    void answerClient(int status, const QByteArray &reason, const QString &why);
    void deliver(bool toServer, InterceptQueue::Item &&item, bool delivered);
    void failProtocol(bool fromClient, int code, const QString &why);
    void emitEvent(SessionEvent event);
    void emitError(const QString &message, int httpStatus = 0);
    void pump(bool fromClient);
    void sendOut(); // writes the frames a chunk made (m_out), one write a side
    int heldCount() const;
    void discardWaiting(const QString &note);
    void finishIfDone();
    QTcpSocket *writerFor(bool toServer) const;

    int m_id;
    const RelaySettings m_settings;
    std::shared_ptr<const RelayRules> m_rules;
    QUrl m_target;             // the upstream URL this client's request goes to
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    Stage m_stage = Stage::Request;
    QByteArray m_requestBytes;
    QByteArray m_pendingFromClient; // frames that came before the upstream's 101
    QByteArray m_responseBytes;
    std::shared_ptr<HttpHead> m_request;
    QByteArray m_key;
    QTimer m_connectTimer;     // the client's request, then the upstream's connect and 101: each in its time
    std::unique_ptr<Pump> m_fromClient;
    std::unique_ptr<Pump> m_fromServer;
    std::unique_ptr<InterceptQueue> m_toServerQueue;
    std::unique_ptr<InterceptQueue> m_toClientQueue;
    bool m_clientGone = false;
    bool m_upstreamGone = false;
    bool m_closeSeen = false;  // a close frame passed (either way)
    bool m_finished = false;
    ChunkedRead m_read;          // a chunk at a time, one buffer reused for every read
    QByteArray m_out[2];         // [toServer]: frames made while reading a chunk, not yet written
    int m_pumping = 0;           // inside pump(): frames wait in m_out for the chunk's end
    qint64 m_readUs = 0;         // when the chunk being read was read (its messages' time)
};

} // namespace wsi
