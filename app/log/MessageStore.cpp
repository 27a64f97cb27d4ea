#include "MessageStore.h"

#include <cstring>
#include <limits>

namespace wsi {

// A million rows cost 32 MB of records; widening code to 32 bits (RTTs over 65.5 ms) kept that.
static_assert(sizeof(MessageStore::Record) <= 32, "MessageStore::Record grew");
static_assert(std::is_trivially_copyable_v<MessageStore::Record>, "records are left uninitialised until written");

bool MessageStore::keeps(const QByteArray &payload)
{
    // Its own buffer (fromRawData's has no capacity), and not one much bigger than the payload
    // (a read buffer grown in steps) that a reference would hold whole.
    const qsizetype length = payload.size(), capacity = payload.capacity();
    return length >= KeepBytes && capacity >= length && capacity <= length + length / 4;
}

void MessageStore::append(const SessionEvent &event)
{
    const qsizetype length = event.payload.size();
    const bool keep = keeps(event.payload);
    if (!keep && (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().size < length)) {
        if (length > ChunkSize) {
            m_chunks.push_back(Chunk{{static_cast<char *>(MappedBytes::map(size_t(length))), MappedBytes{size_t(length)}}, length, 0});
        } else {
            // From the second chunk on the store is filling: the next one is made ready meanwhile.
            const bool filling = !m_chunks.empty();
            m_chunks.push_back(Chunk{m_chunkSource.take(), ChunkSize, 0});
            if (filling)
                m_chunkSource.prepare();
        }
    }
    const qsizetype slot = m_firstRecord + m_count;
    if (slot == qsizetype(m_pages.size()) * RecordsPerPage) {
        const bool filling = !m_pages.empty();
        m_pages.push_back(m_pageSource.take());
        if (filling)
            m_pageSource.prepare();
    }
    Record &record = m_pages.back()[slot % RecordsPerPage];
    record.timestampUs = event.timestampUs;
    // A kept payload names the newest chunk (or the next one to be made) all the same, so the
    // chunks before the first held record are still the ones to free.
    record.chunk = newestChunk();
    record.length = quint32(length);
    record.number = qint32(qBound(qint64(0), event.number(), qint64(std::numeric_limits<qint32>::max())));
    record.kind = event.kind;
    record.direction = event.direction;
    record.closedBy = event.closedBy;
    record.tag = event.tag;
    record.connection = quint32(qMax(0, event.connection));
    if (keep) {
        record.offset = Kept | ((m_firstKept + quint32(m_kept.size())) & ~Kept);
        m_kept.push_back(event.payload);
    } else {
        Chunk &chunk = m_chunks.back();
        record.offset = quint32(chunk.size);
        if (length > 0)
            std::memcpy(chunk.data.get() + chunk.size, event.payload.constData(), size_t(length));
        chunk.size += length;
    }
    ++m_count;
    m_payloadBytes += length;
}

void MessageStore::clear()
{
    m_chunkSource.release();
    m_pageSource.release();
    m_pages.clear();
    m_firstRecord = 0;
    m_count = 0;
    m_chunks.clear();
    m_firstChunk = 0;
    m_kept.clear();
    m_firstKept = 0;
    m_payloadBytes = 0;
    m_dropped = 0;
}

void MessageStore::dropFront(qsizetype count)
{
    count = qMin(count, size());
    if (count <= 0)
        return;
    size_t kept = 0;
    for (qsizetype i = 0; i < count; ++i) {
        m_payloadBytes -= record(i).length;
        kept += record(i).offset & Kept ? 1 : 0;
    }
    m_kept.erase(m_kept.begin(), m_kept.begin() + qsizetype(kept));
    m_firstKept = (m_firstKept + quint32(kept)) & ~Kept;
    // The newest chunk stays for the next appends even when every event is gone (and there may
    // be none: a store of kept payloads only).
    const quint32 stillUsed = count == m_count ? newestChunk() : record(count).chunk;
    m_firstRecord += count;
    m_count -= count;
    m_dropped += count;
    while (m_firstRecord >= RecordsPerPage) {
        m_pageSource.giveBack(std::move(m_pages.front()));
        m_pages.pop_front();
        m_firstRecord -= RecordsPerPage;
    }
    while (m_firstChunk < stillUsed) {
        if (m_chunks.front().capacity == ChunkSize)
            m_chunkSource.giveBack(std::move(m_chunks.front().data));
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

const QByteArray &MessageStore::kept(const Record &record) const
{
    return m_kept[size_t(((record.offset & ~Kept) - m_firstKept) & ~Kept)];
}

QByteArrayView MessageStore::payload(qsizetype row) const
{
    const Record &r = record(row);
    if (r.offset & Kept)
        return QByteArrayView(kept(r));
    return QByteArrayView(m_chunks[r.chunk - m_firstChunk].data.get() + r.offset, r.length);
}

SessionEvent MessageStore::event(qsizetype row) const
{
    const Record &r = record(row);
    SessionEvent event;
    event.timestampUs = r.timestampUs;
    event.kind = r.kind;
    event.direction = r.direction;
    event.closedBy = r.closedBy;
    event.tag = r.tag;
    event.connection = int(r.connection);
    event.setNumber(r.number);
    event.payload = r.offset & Kept ? kept(r) : payload(row).toByteArray();
    return event;
}

} // namespace wsi
