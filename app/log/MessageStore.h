#pragma once

#include "session/SessionEvent.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace wsi {

// Append-only store of events: a compact fixed-size record per event and the
// payloads packed into large chunks, so a million messages are a few big
// allocations rather than a million small objects.
class MessageStore
{
public:
    struct Record
    {
        qint64 timestampUs;
        quint32 chunk;
        quint32 offset;
        quint32 length;
        quint16 code;
        EventKind kind;
        Direction direction;
        ClosedBy closedBy;
        MessageTag tag;
    };

    static constexpr qsizetype ChunkSize = 4 * 1024 * 1024;

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    void append(const SessionEvent &event);
    void clear();

    const Record &record(qsizetype row) const { return m_records[size_t(row)]; }
    QByteArrayView payload(qsizetype row) const;
    SessionEvent event(qsizetype row) const;
    qint64 payloadBytes() const { return m_payloadBytes; }

private:
    std::vector<Record> m_records;
    std::vector<QByteArray> m_chunks;
    qint64 m_payloadBytes = 0;
};

} // namespace wsi
