#pragma once

#include "session/SessionEvent.h"

#include <QtGlobal>

#include <vector>

namespace wsi {

// Messages per 100 ms for the whole session, sent and received apart: counted as rows
// arrive (one division and one increment each), so the timeline above the log is drawn from
// these counters and never walks the rows. Rows the row limit drops stay counted.
class TimelineCounts
{
public:
    static constexpr qint64 BucketUs = 100000;
    // About five days: a clock that jumps far ahead counts in the last bucket instead of
    // allocating for the gap.
    static constexpr qint64 MaxBuckets = qint64(1) << 22;

    // Counts text and binary messages that went either way; other events are not counted.
    void add(qint64 timestampUs, EventKind kind, Direction direction);
    void clear();

    bool isEmpty() const { return m_sent.empty(); }
    int bucketCount() const { return int(m_sent.size()); }
    // The start of the first bucket (µs since the epoch); the first message falls in it.
    qint64 startUs() const { return m_startUs; }
    quint32 sent(int bucket) const { return m_sent[size_t(bucket)]; }
    quint32 received(int bucket) const { return m_received[size_t(bucket)]; }
    quint32 largest() const { return m_largest; }
    qint64 totalSent() const { return m_totalSent; }
    qint64 totalReceived() const { return m_totalReceived; }
    // The bucket a moment falls in (clamped to the buckets held).
    int bucketOf(qint64 timestampUs) const;

private:
    std::vector<quint32> m_sent;
    std::vector<quint32> m_received;
    qint64 m_startUs = 0;
    quint32 m_largest = 0;
    qint64 m_totalSent = 0;
    qint64 m_totalReceived = 0;
};

} // namespace wsi
