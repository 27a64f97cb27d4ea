#pragma once

#include "HugeBlock.h"
#include "session/SessionEvent.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

namespace wsi {

// Store of events, appended at the back and dropped only from the front: a
// compact fixed-size record per event, in pages of 65,536, and the payloads packed
// into large chunks, so a million messages are a few big allocations rather than a
// million small objects. A chunk or page is freed once no held event is in it. All
// but the first chunk and page are HugeBlocks (huge pages: few page faults under a flood).
class MessageStore
{
public:
    struct Record
    {
        qint64 timestampUs;
        quint32 chunk; // counted from the first chunk ever made, not the first held
        quint32 offset;
        quint32 length;
        // The event's number of its kind (SessionEvent::number(): a close code, an HTTP status,
        // an attempt, a round trip in µs, a message's frames): 32 bits, so an RTT over 65.5 ms
        // is not clamped (it was, at 16).
        qint32 number;
        EventKind kind;
        Direction direction;
        ClosedBy closedBy;
        MessageTag tag;
        // The relay's client connection (SessionEvent::connection): in what was padding, so a
        // record is 32 bytes still.
        quint32 connection;
    };

    static constexpr qsizetype ChunkSize = 4 * 1024 * 1024;
    static constexpr qsizetype FirstChunkSize = 256 * 1024; // a quiet tab's whole log, often

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    void append(const SessionEvent &event);
    void clear();
    // Forgets the oldest count events (all of them when count >= size()).
    void dropFront(qsizetype count);
    // How many events were dropped from the front since the store was made or cleared:
    // row r holds the event numbered droppedCount() + r + 1.
    qint64 droppedCount() const { return m_dropped; }

    const Record &record(qsizetype row) const
    {
        const qsizetype i = m_firstRecord + row;
        return reinterpret_cast<const Record *>(m_pages[size_t(i / RecordsPerPage)].data())[i % RecordsPerPage];
    }
    QByteArrayView payload(qsizetype row) const;
    SessionEvent event(qsizetype row) const;
    qint64 payloadBytes() const { return m_payloadBytes; }
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }

private:
    struct Chunk
    {
        HugeBlock block;
        qsizetype size = 0;
    };
    static constexpr qsizetype RecordsPerPage = HugeBlock::Alignment / qsizetype(sizeof(Record));

    // deques: dropping from the front costs what is dropped, not what is kept.
    std::deque<HugeBlock> m_pages; // records; m_firstRecord is the first held one's place in m_pages.front()
    qsizetype m_firstRecord = 0;
    qsizetype m_count = 0;
    qint64 m_pagesMade = 0;        // the first page ever is not huge
    std::deque<Chunk> m_chunks;
    quint32 m_firstChunk = 0; // the number of m_chunks.front()
    qint64 m_payloadBytes = 0;
    qint64 m_dropped = 0;
};

} // namespace wsi
