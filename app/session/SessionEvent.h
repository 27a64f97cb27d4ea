#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include "wire/FrameReader.h"

#include <memory>

namespace wsi {

struct HttpHead;

enum class Direction : quint8 { Incoming, Outgoing, Local };

enum class EventKind : quint8 {
    State,   // payload: the new state's name
    Open,    // payload: the URL
    Text,    // payload: UTF-8 text
    Binary,  // payload: raw bytes
    Ping,
    Pong,
    Close,   // payload: UTF-8 reason; closeCode; closedBy set
    Error,   // payload: UTF-8 message; httpStatus of a rejected handshake, else 0
    Reconnect, // payload: what happens ("attempt 2 in 1.9 s"); attempt
    Info,    // payload: a note from the inspector itself (queued message, certificate override)
};

// Why a message was sent, when it was not typed by the user just now.
// EngineIo and SocketIo mark the frames of a Socket.IO session, shown decoded.
// Injected, Edited and Dropped mark what the relay (app/relay) did to a message between a
// client and its server: one the user sent into the stream, one a rule or the user changed, one
// a rule or the user removed (recorded, never delivered).
enum class MessageTag : quint8 { None, OnConnect, Heartbeat, Queued, EngineIo, SocketIo, Resent, Injected, Edited, Dropped };
// The writer and the reader of session files go through every tag up to this one.
constexpr MessageTag LastMessageTag = MessageTag::Dropped;

enum class ClosedBy : quint8 { Nobody, Client, Server, Network };

// One thing that happened on a session. Everything a log row, a JSON line or a
// recording needs is here, so the session is the only place that decides it.
struct SessionEvent
{
    qint64 timestampUs = 0; // microseconds since the Unix epoch
    EventKind kind = EventKind::State;
    Direction direction = Direction::Local;
    ClosedBy closedBy = ClosedBy::Nobody;
    MessageTag tag = MessageTag::None;
    int closeCode = 0;  // Close: the code on the wire (1005: none in the frame; 1006: no close frame)
    int httpStatus = 0; // Open: 101; Error: the status of a refused handshake (0: none)
    int attempt = 0;    // Reconnect: the attempt number
    qint64 rttUs = 0;   // Pong answering the heartbeat's ping: the round trip (0: not measured)
    int frames = 0;     // Text and Binary from the server: the frames it came in (0: not known)
    int connection = 0; // the relay's client connection (1, 2, ...); 0: a session's own single connection
    QByteArray payload;
    // A received message this big or bigger comes in a buffer of its own, made on the socket's
    // thread, which the log keeps by reference (MessageStore) rather than copying it again.
    // Smaller ones travel packed in the socket thread's batches and are copied into the log's
    // ready blocks: 512 B was tried, and its buffers cost the socket thread a page fault per
    // 4 KiB as the held messages grew (0.5 s of its CPU for 100,000 × 1 KiB, now 0.17 s).
    static constexpr qsizetype OwnBufferBytes = 64 * 1024;
    // Open, and an Error that refused the handshake: the heads as they passed on the wire.
    std::shared_ptr<const HttpHead> request;
    std::shared_ptr<const HttpHead> response;

    QString payloadText() const { return QString::fromUtf8(payload); }
    // The one number an event of this kind has (above), for stores that keep a single field.
    qint64 number() const;
    void setNumber(qint64 value);
};

// One frame as the connection's tap saw it pass.
struct FrameRecord
{
    qint64 timestampUs = 0;
    bool incoming = false;
    FrameHeader header;
    int messageFrames = 0; // data frames: frames of its message so far
};

QString kindName(EventKind kind);
QString directionName(Direction direction);
QString closedByName(ClosedBy closedBy);
QString tagName(MessageTag tag);
qint64 nowUs();

} // namespace wsi
