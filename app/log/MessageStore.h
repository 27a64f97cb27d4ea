#pragma once

#include "ReadyBlocks.h"
#include "session/SessionEvent.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <memory>

namespace wsi {

// Store of events, appended at the back and dropped only from the front: a
// compact fixed-size record per event, in pages of 65,536, and the payloads packed
// into large chunks, so a million messages are a few big allocations rather than a
// million small objects. A chunk or page is freed once no held event is in it.
// A payload of KeepBytes or more that has a buffer of its own (the socket thread's, for
// one that came in) is kept by reference instead: no copy of a big message on the window's
// thread. Chunks and pages after the first come from ReadyBlocks: brought in on another
// thread before they are needed, and reused when dropped rows free them.
class MessageStore
{
public:
    struct Record
    {
        qint64 timestampUs;
        quint32 chunk; // counted from the first chunk ever made, not the first held
        quint32 offset; // in the chunk; with the Kept bit: the kept payload's number (counted as chunk is)
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
    // A received message this big comes in its own buffer: kept, not copied again.
    static constexpr qsizetype KeepBytes = SessionEvent::OwnBufferBytes;

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
        return m_pages[size_t(i / RecordsPerPage)][i % RecordsPerPage];
    }
    QByteArrayView payload(qsizetype row) const;
    SessionEvent event(qsizetype row) const;
    qint64 payloadBytes() const { return m_payloadBytes; }
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }
    // Payloads held by reference rather than copied into a chunk.
    qsizetype keptCount() const { return qsizetype(m_kept.size()); }

private:
    struct Chunk
    {
        ReadyBlocks<char, ChunkSize>::Block data; // never grows: views into it stay valid
        qsizetype capacity = 0;
        qsizetype size = 0;
    };
    static constexpr qsizetype RecordsPerPage = 65536; // 2 MiB of records
    static constexpr quint32 Kept = 0x80000000u; // in Record::offset; a chunk's offsets are below it
    static bool keeps(const QByteArray &payload);
    const QByteArray &kept(const Record &record) const;
    // The number of the newest chunk, or of the first one to be made when there is none.
    quint32 newestChunk() const { return m_firstChunk + quint32(qMax<size_t>(m_chunks.size(), 1) - 1); }

    // deques: dropping from the front costs what is dropped, not what is kept.
    ReadyBlocks<char, ChunkSize> m_chunkSource;
    ReadyBlocks<Record, RecordsPerPage> m_pageSource;
    std::deque<ReadyBlocks<Record, RecordsPerPage>::Block> m_pages; // m_firstRecord: the first held one's place in m_pages.front()
    qsizetype m_firstRecord = 0;
    qsizetype m_count = 0;
    std::deque<Chunk> m_chunks;
    quint32 m_firstChunk = 0; // the number of m_chunks.front()
    std::deque<QByteArray> m_kept;
    quint32 m_firstKept = 0; // the number of m_kept.front(), modulo Kept
    qint64 m_payloadBytes = 0;
    qint64 m_dropped = 0;
};

} // namespace wsi
