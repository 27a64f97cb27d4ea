#include "LogFilterModel.h"

#include "MessageLogModel.h"

#include <QElapsedTimer>

#include <algorithm>

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
    : QAbstractProxyModel(parent)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, [this] { checkSlice(m_sliceBudgetMs); });
}

void LogFilterModel::setLogModel(MessageLogModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        old->disconnect(this);
    m_log = model;
    setSourceModel(model);
    if (model) {
        // New log rows are checked on the next slice; a cleared log starts over.
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_sliceTimer.start(); });
        connect(model, &QAbstractItemModel::modelReset, this, &LogFilterModel::restart);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { onLogRowsAboutToBeRemoved(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onLogRowsRemoved(first, last); });
        // A pin set or a decode changed: the shown rows over those log rows (a fold's for its members).
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    const int first = int(std::upper_bound(m_rows.begin(), m_rows.end(), topLeft.row()) - m_rows.begin()) - 1;
                    const int last = int(std::upper_bound(m_rows.begin(), m_rows.end(), bottomRight.row()) - m_rows.begin()) - 1;
                    if (last >= 0)
                        emit dataChanged(index(qMax(first, 0), topLeft.column()), index(last, bottomRight.column()), roles);
                });
    }
    restart();
}

void LogFilterModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_folds.clear();
    m_runOpen = false;
    m_checked = 0;
    m_longestSliceMs = 0;
    endResetModel();
    if (m_log)
        m_sliceTimer.start();
}

void LogFilterModel::onLogRowsAboutToBeRemoved(int first, int last)
{
    // Folds that lose rows to the gap are recounted first, while the log still holds them; views
    // hear of it before the removal, so the rows that stay never change under them.
    m_folds.beforeRemoval(first, last, *m_log, foldMember(), [this](int oldHead, int newHead) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), oldHead);
        *at = newHead;
        const int shown = int(at - m_rows.begin());
        emit dataChanged(index(shown, 0), index(shown, columnCount() - 1));
    });
    // Announced while the log still holds the rows, so views read consistent data.
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    const auto to = std::upper_bound(from, m_rows.end(), last);
    m_removing = {int(from - m_rows.begin()), int(to - m_rows.begin())};
    if (m_removing.first != m_removing.second)
        beginRemoveRows(QModelIndex(), m_removing.first, m_removing.second - 1);
}

void LogFilterModel::onLogRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_folds.afterRemoval(first, last);
    const auto after = m_rows.erase(m_rows.begin() + m_removing.first, m_rows.begin() + m_removing.second);
    // The rows after the gap keep their places here; their log rows moved up.
    for (auto it = after; it != m_rows.end(); ++it)
        *it -= count;
    if (m_checked > last)
        m_checked -= count;
    else if (m_checked > first)
        m_checked = first;
    if (m_rows.empty())
        m_runOpen = false;
    if (m_removing.first != m_removing.second)
        endRemoveRows();
    m_removing = {};
}

bool LogFilterModel::isComplete() const
{
    return !m_log || m_checked >= m_log->rowCount();
}

void LogFilterModel::finish()
{
    m_sliceTimer.stop();
    checkSlice(-1);
}

void LogFilterModel::checkSlice(int budgetMs)
{
    if (!m_log)
        return;
    QElapsedTimer clock;
    clock.start();
    const int total = m_log->rowCount();
    std::vector<int> found;
    bool lastGrew = false; // the fold or keep-alive row already shown at the end took new rows
    int row = m_checked;
    while (row < total) {
        // The clock is read every 1024 rows: cheap, and a slice overshoots by microseconds.
        const int end = qMin(total, row + 1024);
        for (; row < end; ++row) {
            if (!accepts(row))
                continue;
            const bool keepAlive = m_fold && m_log->isKeepAliveRow(row);
            if (keepAlive && m_runOpen && (!found.empty() || !m_rows.empty())) {
                const int head = found.empty() ? m_rows.back() : found.back();
                m_folds.extend(head, row, *m_log);
                lastGrew = lastGrew || found.empty();
                continue;
            }
            found.push_back(row);
            m_runOpen = keepAlive;
        }
        if (budgetMs >= 0 && clock.elapsed() >= budgetMs)
            break;
    }
    m_checked = row;
    if (lastGrew) {
        const int shown = int(m_rows.size()) - 1;
        emit dataChanged(index(shown, 0), index(shown, columnCount() - 1));
    }
    if (!found.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(found.size()) - 1);
        m_rows.insert(m_rows.end(), found.begin(), found.end());
        endInsertRows();
    }
    m_longestSliceMs = qMax(m_longestSliceMs, double(clock.nsecsElapsed()) / 1e6);
    emit progress(m_checked, total);
    if (m_checked < total)
        m_sliceTimer.start();
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex LogFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

bool LogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex LogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_log || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return m_log->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_log || !sourceIndex.isValid())
        return QModelIndex();
    const int row = sourceIndex.row();
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), row);
    if (it == m_rows.begin())
        return QModelIndex();
    --it;
    // A keep-alive row inside a fold is shown by the fold's row.
    if (*it != row) {
        const KeepAliveFolds::Fold *fold = foldStarting(*it);
        if (!fold || fold->last < row || !m_log->isKeepAliveRow(row))
            return QModelIndex();
    }
    return index(int(it - m_rows.begin()), sourceIndex.column());
}

void LogFilterModel::setFoldKeepAlive(bool fold)
{
    if (std::exchange(m_fold, fold) != fold)
        restart();
}

const KeepAliveFolds::Fold *LogFilterModel::foldStarting(int sourceRow) const
{
    return m_fold ? m_folds.starting(sourceRow) : nullptr;
}

KeepAliveFolds::Member LogFilterModel::foldMember() const
{
    return [this](int row) { return accepts(row) && m_log->isKeepAliveRow(row); };
}

int LogFilterModel::foldedCount(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= int(m_rows.size()))
        return 0;
    const KeepAliveFolds::Fold *fold = foldStarting(m_rows[size_t(proxyRow)]);
    return fold ? fold->count : 1;
}

int LogFilterModel::lastSourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= int(m_rows.size()))
        return -1;
    const KeepAliveFolds::Fold *fold = foldStarting(m_rows[size_t(proxyRow)]);
    return fold ? fold->last : m_rows[size_t(proxyRow)];
}

int LogFilterModel::pinnedMembers(const KeepAliveFolds::Fold &fold) const
{
    const std::vector<int> pinned = m_log->pinnedRows(fold.first, fold.last);
    const KeepAliveFolds::Member member = foldMember();
    return int(std::count_if(pinned.begin(), pinned.end(), member));
}

QString LogFilterModel::foldText(const KeepAliveFolds::Fold &fold) const
{
    QString text = tr("↕ %n pings/pongs", "keep-alive rows folded into one", fold.count);
    if (fold.rttCount > 0) {
        const auto ms = [](qint32 us) { return QString::number(us / 1000.0, 'f', us < 1000 ? 2 : 1); };
        text += fold.rttMinUs == fold.rttMaxUs ? tr(", RTT %1 ms").arg(ms(fold.rttMinUs))
                                               : tr(", RTT %1–%2 ms").arg(ms(fold.rttMinUs), ms(fold.rttMaxUs));
    }
    return text;
}

QVariant LogFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const int head = m_rows[size_t(index.row())];
    const KeepAliveFolds::Fold *fold = m_fold ? foldStarting(head) : nullptr;
    if (!fold)
        return m_log->data(m_log->index(head, index.column()), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageLogModel::NumberColumn:
            return QStringLiteral("%1–%2").arg(m_log->eventNumber(fold->first)).arg(m_log->eventNumber(fold->last));
        case MessageLogModel::KindColumn: return tr("keep-alive", "log kind: folded pings and pongs");
        case MessageLogModel::DirectionColumn: return QStringLiteral("↕");
        case MessageLogModel::SizeColumn: return QVariant();
        case MessageLogModel::DataColumn: return foldText(*fold);
        default: break;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%n keep-alive rows folded; uncheck Fold keep-alive to see each", nullptr, fold->count);
        if (const int pinned = pinnedMembers(*fold); pinned > 0)
            tip += u'\n' + tr("%n of them pinned", nullptr, pinned);
        return tip;
    }
    case MessageLogModel::PinRole: return pinnedMembers(*fold) > 0;
    case MessageLogModel::FoldRole: return fold->count;
    case MessageLogModel::SizeShareRole: return QVariant();
    case MessageLogModel::SeverityRole: return int(MessageLogModel::Severity::Quiet);
    default: break;
    }
    return m_log->data(m_log->index(head, index.column()), role);
}

QVariant LogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_log)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_log->headerData(section, orientation, role);
    return section >= 0 && section < int(m_rows.size()) ? m_log->headerData(m_rows[size_t(section)], orientation, role) : QVariant();
}

bool LogFilterModel::setText(const QString &text)
{
    m_error.clear();
    if (text.size() >= 2 && text.startsWith(u'/') && text.endsWith(u'/')) {
        QRegularExpression regex(text.mid(1, text.size() - 2), QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            m_error = tr("Not a valid regular expression: %1").arg(regex.errorString());
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
    restart();
    return true;
}

void LogFilterModel::setKindFilter(KindFilter kind)
{
    if (std::exchange(m_kind, kind) != kind)
        restart();
}

void LogFilterModel::setDirectionFilter(DirectionFilter direction)
{
    if (std::exchange(m_direction, direction) != direction)
        restart();
}

void LogFilterModel::setConnectionFilter(int connection)
{
    if (std::exchange(m_connection, connection) != connection)
        restart();
}

bool LogFilterModel::isFiltering() const
{
    return m_connection != 0 || m_useRegex || !m_needleLower.isEmpty() || m_kind != KindFilter::All || m_direction != DirectionFilter::All || m_fold;
}

bool LogFilterModel::accepts(int sourceRow) const
{
    const MessageStore &store = m_log->store();
    const MessageStore::Record &r = store.record(sourceRow);
    if (m_connection != 0 && r.connection != quint32(m_connection))
        return false;
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
    case KindFilter::NoPings:
        if (m_log->isKeepAliveRow(sourceRow))
            return false;
        break;
    case KindFilter::Control:
        if (r.kind != EventKind::Ping && r.kind != EventKind::Pong && r.kind != EventKind::Close)
            return false;
        break;
    }
    if (!m_useRegex && m_needleLower.isEmpty())
        return true;
    if (textMatches(store.payload(sourceRow)))
        return true;
    // What the row shows differs from the payload for decoded Socket.IO packets and for
    // events (a close shows its code's name): match that too. A plain message's row is its payload.
    const bool decoded = r.tag == MessageTag::SocketIo || r.tag == MessageTag::EngineIo || m_log->protocolRows().isActive();
    if (message && !decoded)
        return false;
    return textMatches(m_log->summaryText(int(sourceRow)).toUtf8());
}

bool LogFilterModel::textMatches(QByteArrayView text) const
{
    if (m_useRegex)
        return m_regex.match(QString::fromUtf8(text)).hasMatch();
    return containsAsciiCaseInsensitive(text, m_needleLower);
}

} // namespace wsi
