#include "KeepAliveFolds.h"

#include "MessageLogModel.h"

#include <algorithm>

namespace wsi {

const KeepAliveFolds::Fold *KeepAliveFolds::starting(int sourceRow) const
{
    const auto it = std::lower_bound(m_folds.begin(), m_folds.end(), sourceRow, [](const Fold &f, int r) { return f.first < r; });
    return it != m_folds.end() && it->first == sourceRow ? &*it : nullptr;
}

bool KeepAliveFolds::extend(int head, int row, const MessageLogModel &log)
{
    const bool existed = !m_folds.empty() && m_folds.back().first == head;
    if (!existed) {
        Fold fold;
        fold.first = fold.last = head;
        add(fold, head, log);
        m_folds.push_back(fold);
    }
    add(m_folds.back(), row, log);
    return existed;
}

void KeepAliveFolds::add(Fold &fold, int sourceRow, const MessageLogModel &log)
{
    fold.last = sourceRow;
    ++fold.count;
    const MessageStore::Record &r = log.store().record(sourceRow);
    // A pong frame carries the round trip of the ping it answered.
    if (r.kind == EventKind::Pong && r.number > 0) {
        fold.rttMinUs = fold.rttCount == 0 ? r.number : qMin(fold.rttMinUs, r.number);
        fold.rttMaxUs = fold.rttCount == 0 ? r.number : qMax(fold.rttMaxUs, r.number);
        ++fold.rttCount;
    }
}

KeepAliveFolds::Fold KeepAliveFolds::recount(int from, int to, int gapFirst, int gapLast, const MessageLogModel &log, const Member &member)
{
    Fold fold;
    fold.first = -1;
    for (int row = from; row <= to; ++row) {
        if (row >= gapFirst && row <= gapLast)
            continue;
        if (!member(row))
            continue;
        if (fold.first < 0)
            fold.first = row;
        add(fold, row, log);
    }
    return fold;
}

void KeepAliveFolds::beforeRemoval(int first, int last, const MessageLogModel &log, const Member &member,
                                   const std::function<void(int, int)> &changed)
{
    for (size_t i = 0; i < m_folds.size();) {
        Fold &fold = m_folds[i];
        if (fold.last < first || fold.first > last || (fold.first >= first && fold.last <= last)) {
            ++i;
            continue;
        }
        const int oldHead = fold.first;
        const Fold kept = recount(fold.first, fold.last, first, last, log, member);
        if (kept.count > 1) {
            fold = kept;
            ++i;
        } else {
            m_folds.erase(m_folds.begin() + qsizetype(i));
        }
        changed(oldHead, kept.first);
    }
}

void KeepAliveFolds::afterRemoval(int first, int last)
{
    const int count = last - first + 1;
    const auto gone = std::remove_if(m_folds.begin(), m_folds.end(), [&](const Fold &fold) { return fold.first >= first && fold.first <= last; });
    m_folds.erase(gone, m_folds.end());
    for (Fold &fold : m_folds) {
        if (fold.first > last)
            fold.first -= count;
        if (fold.last > last)
            fold.last -= count;
    }
}

} // namespace wsi
