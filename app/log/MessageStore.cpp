#include "MessageStore.h"

#include <limits>

namespace wsi {

// A million rows cost 32 MB of records; widening code to 32 bits (RTTs over 65.5 ms) kept that.
static_assert(sizeof(MessageStore::Record) <= 32, "MessageStore::Record grew");

void MessageStore::append(const SessionEvent &event)
{
    const qsizetype length = event.payload.size();
    if (m_chunks.empty() || m_chunks.back().capacity() - m_chunks.back().size() < length) {
        // Never grow a chunk past its reserve: views into it must stay valid.
        QByteArray chunk;
        chunk.reserve(qMax(ChunkSize, length));
        m_chunks.push_back(std::move(chunk));
    }
    QByteArray &chunk = m_chunks.back();
    Record record;
    record.timestampUs = event.timestampUs;
    record.chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    record.offset = quint32(chunk.size());
    record.length = quint32(length);
    record.number = qint32(qBound(qint64(0), event.number(), qint64(std::numeric_limits<qint32>::max())));
    record.kind = event.kind;
    record.direction = event.direction;
    record.closedBy = event.closedBy;
    record.tag = event.tag;
    record.connection = quint32(qMax(0, event.connection));
    chunk.append(event.payload);
    m_records.push_back(record);
    m_payloadBytes += length;
}

void MessageStore::clear()
{
    m_records.clear();
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
        m_payloadBytes -= m_records[size_t(i)].length;
    m_records.erase(m_records.begin(), m_records.begin() + count);
    m_dropped += count;
    // The newest chunk stays for the next appends even when every event is gone.
    const quint32 stillUsed = m_records.empty() ? m_firstChunk + quint32(m_chunks.size() - 1) : m_records.front().chunk;
    while (m_firstChunk < stillUsed) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

QByteArrayView MessageStore::payload(qsizetype row) const
{
    const Record &r = record(row);
    return QByteArrayView(m_chunks[r.chunk - m_firstChunk].constData() + r.offset, r.length);
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
