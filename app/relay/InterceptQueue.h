#pragma once

#include "session/SessionEvent.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <functional>

namespace wsi {

// One direction of a relayed connection: its messages and control frames in wire order.
// What is not held goes out at once; a held message (a breakpoint matched it) stops
// everything behind it in this direction until it is forwarded, edited or dropped. The
// other direction has its own queue and flows on. Knows nothing of sockets: the relay
// hands it a sink that writes what goes out.
class InterceptQueue
{
public:
    struct Item
    {
        quint64 id = 0;       // set by push(); unique in this queue
        quint8 opcode = 0;    // 1 text, 2 binary, 8 close, 9 ping, 10 pong
        QByteArray payload;   // unmasked
        QByteArray wire;      // control frames: their bytes as they came (passed on unchanged; empty once edited)
        MessageTag tag = MessageTag::None;
        int frames = 0;       // the frames the message came in (0: not read from the wire)
        bool held = false;
        bool isControl() const { return opcode & 0x8; }
    };
    // delivered false: the item was dropped (it is reported, never sent).
    using Sink = std::function<void(Item &&item, bool delivered)>;

    explicit InterceptQueue(Sink sink) : m_sink(std::move(sink)) {}

    // Appends an item; it goes to the sink now unless it is held or waits behind a held one.
    quint64 push(Item item);
    // What a user does with a held message. False: no held message with that id.
    bool forward(quint64 id);
    // Forwarded with the new payload, tagged Edited; a data message becomes text or binary by
    // text, a control frame keeps its kind (its payload at most 125 bytes: else false).
    bool edit(quint64 id, const QByteArray &payload, bool text);
    bool drop(quint64 id);
    void forwardAll();
    QList<Item> held() const;
    bool isHeld(quint64 id) const;
    qsizetype waitingCount() const { return qsizetype(m_items.size()); }
    qint64 waitingBytes() const { return m_waitingBytes; }
    // The connection ended: everything waiting is discarded; returns how many were held.
    int discard();

private:
    Item *find(quint64 id);
    void drain();

    Sink m_sink;
    std::deque<Item> m_items; // waiting: the first is held, or nothing waits
    quint64 m_nextId = 1;
    qint64 m_waitingBytes = 0;
    bool m_draining = false;
};

} // namespace wsi
