#include "MessageStore.h"

#include <cstring>
#include <limits>

namespace wsi {

// A million rows cost 32 MB of records; widening code to 32 bits (RTTs over 65.5 ms) kept that.
static_assert(sizeof(MessageStore::Record) <= 32, "MessageStore::Record grew");
static_assert(std::is_trivially_copyable_v<MessageStore::Record>, "records are left uninitialised until written");

void MessageStore::append(const SessionEvent &event)
{
    const qsizetype length = event.payload.size();
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().size < length) {
        const qsizetype capacity = qMax(ChunkSize, length);
        m_chunks.push_back(Chunk{std::unique_ptr<char[]>(new char[size_t(capacity)]), capacity, 0});
    }
    Chunk &chunk = m_chunks.back();
    const qsizetype slot = m_firstRecord + m_count;
    if (slot == qsizetype(m_pages.size()) * RecordsPerPage)
        m_pages.push_back(std::unique_ptr<Record[]>(new Record[size_t(RecordsPerPage)]));
    Record &record = m_pages.back()[slot % RecordsPerPage];
    record.timestampUs = event.timestampUs;
    record.chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    record.offset = quint32(chunk.size);
    record.length = quint32(length);
    record.number = qint32(qBound(qint64(0), event.number(), qint64(std::numeric_limits<qint32>::max())));
    record.kind = event.kind;
    record.direction = event.direction;
    record.closedBy = event.closedBy;
    record.tag = event.tag;
    record.connection = quint32(qMax(0, event.connection));
    if (length > 0)
        std::memcpy(chunk.data.get() + chunk.size, event.payload.constData(), size_t(length));
    chunk.size += length;
    ++m_count;
    m_payloadBytes += length;
}

void MessageStore::clear()
{
    m_pages.clear();
    m_firstRecord = 0;
    m_count = 0;
    m_chunks.clear();
    m_firstChunk = 0;
    m_payloadBytes = 0;
    m_dropped = 0;
}

void MessageStore::dropFront(qsizetype count)
{
    count = qMin(count, size());
    if (count <= 0)
        return;
    for (qsizetype i = 0; i < count; ++i)
        m_payloadBytes -= record(i).length;
    // The newest chunk stays for the next appends even when every event is gone.
    const quint32 stillUsed = count == m_count ? m_firstChunk + quint32(m_chunks.size() - 1) : record(count).chunk;
    m_firstRecord += count;
    m_count -= count;
    m_dropped += count;
    while (m_firstRecord >= RecordsPerPage) {
        m_pages.pop_front();
        m_firstRecord -= RecordsPerPage;
    }
    while (m_firstChunk < stillUsed) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

QByteArrayView MessageStore::payload(qsizetype row) const
{
    const Record &r = record(row);
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
    event.payload = payload(row).toByteArray();
    return event;
}

} // namespace wsi
