#pragma once

#include <QtGlobal>

#include <set>
#include <vector>

namespace wsi {

// The rows a person pinned, kept by event number so a pin stays on its row while older rows
// leave the log (the log turns numbers into rows).
class PinSet
{
public:
    // False when it was so already.
    bool set(qint64 event, bool pinned);
    bool contains(qint64 event) const { return !m_events.empty() && m_events.count(event) > 0; }
    bool isEmpty() const { return m_events.empty(); }
    void clear() { m_events.clear(); }
    // The pinned events from first to last, in order.
    std::vector<qint64> between(qint64 first, qint64 last) const;
    // In sorted pinned rows, the one after row (or before it), wrapping round; -1 when none.
    static int next(const std::vector<int> &rows, int row, bool forward);

private:
    std::set<qint64> m_events;
};

} // namespace wsi
