#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace wsi {

class MessageLogModel;

// The runs of keep-alive rows the log filter shows as one row each: log rows first..last, how
// many of them it shows, their round trips. Kept in order of first row; a fold's first row is
// also the filter's row for it. The filter decides what is shown; this keeps the counts right
// as rows arrive and as old ones leave.
class KeepAliveFolds
{
public:
    struct Fold
    {
        int first = 0;
        int last = 0;
        int count = 0;
        int rttCount = 0;
        qint32 rttMinUs = 0;
        qint32 rttMaxUs = 0;
    };
    // Whether a log row belongs in a fold: the filter shows it and it is keep-alive.
    using Member = std::function<bool(int)>;

    void clear() { m_folds.clear(); }
    // The fold whose first row is sourceRow, or null.
    const Fold *starting(int sourceRow) const;
    // row joins the run whose shown row is head (head becomes a fold first if it is not one).
    // True when head was a fold already (its row grew in place).
    bool extend(int head, int row, const MessageLogModel &log);
    // Before log rows [first, last] leave, while the log still holds them: each fold that loses
    // some is recounted; one that begins in the gap and goes on past it is headed by its first
    // row after it, and one left with a single row is a fold no more. changed(oldHead, newHead)
    // follows for each, so the filter moves its row's head and repaints it.
    void beforeRemoval(int first, int last, const MessageLogModel &log, const Member &member,
                       const std::function<void(int oldHead, int newHead)> &changed);
    // After they left: folds whose first row went go too; the others move up with their rows.
    void afterRemoval(int first, int last);

private:
    static void add(Fold &fold, int sourceRow, const MessageLogModel &log);
    // The fold's rows in [from, to] that stay when [gapFirst, gapLast] leaves.
    static Fold recount(int from, int to, int gapFirst, int gapLast, const MessageLogModel &log, const Member &member);

    std::vector<Fold> m_folds;
};

} // namespace wsi
