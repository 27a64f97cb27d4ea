#include "PinSet.h"

#include <algorithm>

namespace wsi {

bool PinSet::set(qint64 event, bool pinned)
{
    if (pinned)
        return m_events.insert(event).second;
    return m_events.erase(event) > 0;
}

std::vector<qint64> PinSet::between(qint64 first, qint64 last) const
{
    std::vector<qint64> events;
    for (auto it = m_events.lower_bound(first); it != m_events.end() && *it <= last; ++it)
        events.push_back(*it);
    return events;
}

int PinSet::next(const std::vector<int> &rows, int row, bool forward)
{
    if (rows.empty())
        return -1;
    if (forward) {
        const auto it = std::upper_bound(rows.begin(), rows.end(), row);
        return it == rows.end() ? rows.front() : *it;
    }
    const auto it = std::lower_bound(rows.begin(), rows.end(), row);
    return it == rows.begin() ? rows.back() : *(it - 1);
}

} // namespace wsi
