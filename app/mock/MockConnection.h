#pragma once

#include "MockRules.h"
#include "MockServer.h"
#include "session/SessionEvent.h"
#include "wire/ChunkedRead.h"
#include "wire/HttpHead.h"

#include <QObject>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace wsi {

struct MockHandshake;

// One client of the mock server: reads its upgrade request (HttpHead), refuses it when the rules
// say so or when it is not a WebSocket handshake, else answers 101 with the subprotocol the rules
// accept; then reads its frames with FrameReader (checked by FrameRules as a server must), answers
// pings, runs the rules on every message (the first that matches replies, after its delay, or
// closes), sends the on-connect sequence and the periodic messages, and closes after K messages
// when the rules say so. A client that sends no whole handshake in time is answered 408 and
// closed. Reading is bounded (ChunkedRead): while the client does not take what the server sends
// (more than WriteLimit waiting), its socket is not read, so a flood slows the client down
// instead of growing the server's memory.
class MockConnection final : public QObject
{
    Q_OBJECT

public:
    MockConnection(int id, QTcpSocket *client, const MockSettings &settings, std::shared_ptr<const MockRules> rules,
                   QObject *parent = nullptr);
    ~MockConnection() override;

    // Says who connected and reads what the client already sent (call once its signals are connected).
    void start();
    int id() const { return m_id; }
    bool isOpen() const { return m_stage == Stage::Open; }
    // A message to the client; false unless open (and not closing).
    bool send(bool text, const QByteArray &payload, MessageTag tag = MessageTag::None);
    // Sends a close frame (the client's answer ends the connection); false unless open.
    bool closeWith(int code, const QString &reason);
    void abort();

    static constexpr qint64 WriteLimit = 4 << 20; // unsent bytes to the client that stop reading it

signals:
    void eventOccurred(const wsi::SessionEvent &event);
    void finished(int connection);

private:
    class Reader;
    enum class Stage { Request, Open, Closing, Done };

    void onReadable();
    void pump(); // the client's frames, a chunk at a time, while the client takes what is sent
    void onGone();
    void handleRequest();
    void refuse(const MockHandshake &answer);
    void opened();
    void onMessage(quint8 opcode, QByteArray payload, int frames);
    void onControl(quint8 opcode, const QByteArray &payload);
    void fail(int code, const QString &why);
    void sendTemplate(const QString &text, MessageTag tag);
    void emitEvent(SessionEvent event);
    void finishIfDone();

    int m_id;
    const MockSettings m_settings;
    std::shared_ptr<const MockRules> m_rules;
    QTcpSocket *m_client;
    Stage m_stage = Stage::Request;
    QByteArray m_requestBytes;
    std::shared_ptr<HttpHead> m_request;
    std::unique_ptr<Reader> m_reader;
    QTimer m_closeTimer;
    QTimer m_handshakeTimer;
    ChunkedRead m_read;
    quint64 m_sent = 0;     // data messages sent ({{counter}})
    quint64 m_received = 0; // data messages from the client (closeAfter)
    ClosedBy m_closing = ClosedBy::Nobody; // who sent the first close frame
    bool m_finished = false;
};

} // namespace wsi
