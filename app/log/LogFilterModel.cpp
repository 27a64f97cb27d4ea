#include "LogFilterModel.h"

#include "MessageLogModel.h"

namespace wsi {

namespace {

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Case-insensitive for ASCII letters; other bytes must match exactly.
bool containsAsciiCaseInsensitive(QByteArrayView haystack, const QByteArray &needleLower)
{
    const qsizetype n = needleLower.size();
    if (n == 0)
        return true;
    const char first = needleLower.at(0);
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    const char *data = haystack.data();
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        if (data[i] != first && data[i] != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < n && asciiLower(data[i + j]) == needleLower.at(j))
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

} // namespace

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows arrive in batches; keep filtering them as they come.
    setDynamicSortFilter(true);
}

void LogFilterModel::setLogModel(MessageLogModel *model)
{
    m_log = model;
    setSourceModel(model);
}

bool LogFilterModel::setText(const QString &text)
{
    m_error.clear();
    if (text.size() >= 2 && text.startsWith(u'/') && text.endsWith(u'/')) {
        QRegularExpression regex(text.mid(1, text.size() - 2), QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            m_error = QStringLiteral("Not a valid regular expression: %1").arg(regex.errorString());
            return false;
        }
        m_regex = regex;
        m_useRegex = true;
    } else {
        m_useRegex = false;
        const QByteArray utf8 = text.toUtf8();
        m_needleLower.resize(utf8.size());
        for (qsizetype i = 0; i < utf8.size(); ++i)
            m_needleLower[i] = asciiLower(utf8.at(i));
    }
    invalidateRowsFilter();
    return true;
}

void LogFilterModel::setKindFilter(KindFilter kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void LogFilterModel::setDirectionFilter(DirectionFilter direction)
{
    m_direction = direction;
    invalidateRowsFilter();
}

bool LogFilterModel::isFiltering() const
{
    return m_useRegex || !m_needleLower.isEmpty() || m_kind != KindFilter::All || m_direction != DirectionFilter::All;
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_log)
        return true;
    const MessageStore &store = m_log->store();
    const MessageStore::Record &r = store.record(sourceRow);
    switch (m_direction) {
    case DirectionFilter::All: break;
    case DirectionFilter::Incoming: if (r.direction != Direction::Incoming) return false; break;
    case DirectionFilter::Outgoing: if (r.direction != Direction::Outgoing) return false; break;
    }
    const bool message = r.kind == EventKind::Text || r.kind == EventKind::Binary;
    switch (m_kind) {
    case KindFilter::All: break;
    case KindFilter::Messages: if (!message) return false; break;
    case KindFilter::Text: if (r.kind != EventKind::Text) return false; break;
    case KindFilter::Binary: if (r.kind != EventKind::Binary) return false; break;
    case KindFilter::Events: if (message) return false; break;
    }
    if (m_useRegex)
        return m_regex.match(QString::fromUtf8(store.payload(sourceRow))).hasMatch();
    return containsAsciiCaseInsensitive(store.payload(sourceRow), m_needleLower);
}

} // namespace wsi
