#include "TimelineCounts.h"

namespace wsi {

void TimelineCounts::add(qint64 timestampUs, EventKind kind, Direction direction)
{
    if (direction == Direction::Local || (kind != EventKind::Text && kind != EventKind::Binary))
        return;
    if (m_sent.empty())
        m_startUs = timestampUs - timestampUs % BucketUs;
    // A clock stepping back puts the message in the first bucket rather than losing it.
    const qint64 bucket = qBound<qint64>(0, (timestampUs - m_startUs) / BucketUs, MaxBuckets - 1);
    if (bucket >= qint64(m_sent.size())) {
        m_sent.resize(size_t(bucket + 1), 0);
        m_received.resize(size_t(bucket + 1), 0);
    }
    quint32 &count = direction == Direction::Outgoing ? m_sent[size_t(bucket)] : m_received[size_t(bucket)];
    ++count;
    m_largest = qMax(m_largest, count);
    ++(direction == Direction::Outgoing ? m_totalSent : m_totalReceived);
}

void TimelineCounts::clear()
{
    m_sent.clear();
    m_received.clear();
    m_startUs = 0;
    m_largest = 0;
    m_totalSent = 0;
    m_totalReceived = 0;
}

int TimelineCounts::bucketOf(qint64 timestampUs) const
{
    if (m_sent.empty())
        return 0;
    return int(qBound<qint64>(0, (timestampUs - m_startUs) / BucketUs, qint64(m_sent.size()) - 1));
}

} // namespace wsi
