#include "MessageDiff.h"

#include "ReplyComparer.h"
#include "log/PlainText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsi {

namespace {

QStringList linesOf(const SessionEvent &event, const QJsonValue *json)
{
    if (json) {
        // QJsonObject keeps its keys sorted: the same members in another order print the same.
        const QByteArray text = json->isObject() ? QJsonDocument(json->toObject()).toJson(QJsonDocument::Indented)
                              : json->isArray()  ? QJsonDocument(json->toArray()).toJson(QJsonDocument::Indented)
                                                 : QJsonDocument(QJsonArray{*json}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
        return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    }
    const QString text = event.kind == EventKind::Binary ? PlainText::hexDump(event.payload)
                                                         : PlainText::escape(QString::fromUtf8(event.payload), PlainText::Newlines::Keep);
    return text.split(u'\n');
}

// Longest common subsequence of lines, walked into same / changed / one-side lines.
std::vector<MessageDiff::Line> alignLines(const QStringList &a, const QStringList &b)
{
    std::vector<MessageDiff::Line> out;
    const int n = int(a.size()), m = int(b.size());
    if (n > MessageDiff::AlignedLines || m > MessageDiff::AlignedLines) {
        for (int i = 0; i < qMax(n, m); ++i) {
            MessageDiff::Line line;
            line.left = a.value(i);
            line.right = b.value(i);
            line.kind = i >= n ? MessageDiff::LineKind::OnlyRight : i >= m ? MessageDiff::LineKind::OnlyLeft
                      : a.at(i) == b.at(i) ? MessageDiff::LineKind::Same : MessageDiff::LineKind::Changed;
            out.push_back(line);
        }
        return out;
    }
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                           : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    int i = 0, j = 0;
    std::vector<QString> onlyLeft, onlyRight;
    // A run of removed lines next to a run of added ones reads as changed lines, side by side.
    const auto flush = [&] {
        const size_t both = qMin(onlyLeft.size(), onlyRight.size());
        for (size_t k = 0; k < qMax(onlyLeft.size(), onlyRight.size()); ++k) {
            MessageDiff::Line line;
            line.kind = k < both ? MessageDiff::LineKind::Changed : k < onlyLeft.size() ? MessageDiff::LineKind::OnlyLeft : MessageDiff::LineKind::OnlyRight;
            if (k < onlyLeft.size())
                line.left = onlyLeft[k];
            if (k < onlyRight.size())
                line.right = onlyRight[k];
            out.push_back(line);
        }
        onlyLeft.clear();
        onlyRight.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            flush();
            out.push_back({MessageDiff::LineKind::Same, a.at(i), b.at(j)});
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            onlyLeft.push_back(a.at(i++));
        } else {
            onlyRight.push_back(b.at(j++));
        }
    }
    flush();
    return out;
}

} // namespace

MessageDiff MessageDiff::compare(const SessionEvent &left, const SessionEvent &right)
{
    MessageDiff diff;
    // Replay's comparer decides what is equal; JSON mode ignores key order.
    ReplyComparer comparer;
    comparer.mode = ReplyComparer::Mode::Json;
    QJsonValue a, b;
    const bool json = left.kind == EventKind::Text && right.kind == EventKind::Text && ReplyComparer::parseJson(left.payload, &a)
                      && ReplyComparer::parseJson(right.payload, &b);
    diff.equal = comparer.compare(left, right).equal;
    diff.mode = json ? Mode::Json : Mode::Text;
    if (json && !diff.equal)
        diff.differences = ReplyComparer::differences(a, b, MaxDifferences);
    diff.lines = alignLines(linesOf(left, json ? &a : nullptr), linesOf(right, json ? &b : nullptr));
    return diff;
}

} // namespace wsi
