#pragma once

#include "session/SessionEvent.h"

#include <QStringList>

#include <vector>

namespace wsi {

// Two messages side by side, for the log's Compare: as JSON when both are (pretty-printed
// with keys sorted, so key order never shows as a difference, and judged by the replay
// comparer in JSON mode), else as lines of text (binary as a hex dump). Plain data.
struct MessageDiff
{
    enum class Mode { Json, Text };
    enum class LineKind { Same, Changed, OnlyLeft, OnlyRight };
    struct Line
    {
        LineKind kind = LineKind::Same;
        QString left;  // empty for OnlyRight
        QString right; // empty for OnlyLeft
    };

    Mode mode = Mode::Text;
    bool equal = false;
    std::vector<Line> lines;
    // JSON: each path that differs, "$.a.b: expected X, got Y" (left is "expected").
    QStringList differences;

    static MessageDiff compare(const SessionEvent &left, const SessionEvent &right);
    // Lines past this many on a side are compared line by line without alignment.
    static constexpr int AlignedLines = 1000;
    static constexpr int MaxDifferences = 200;
};

} // namespace wsi
