#include "BigSessionModel.h"

#include <algorithm>
#include <limits>

namespace wsi {

BigSessionModel::BigSessionModel(SessionIndex index, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(std::move(index))
{
}

BigSessionModel::~BigSessionModel() = default;

int BigSessionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // A table view counts rows in an int: past 2^31 - 1 rows the rest are not shown.
    return m_showAll ? int(qMin<qint64>(m_index.rowCount(), std::numeric_limits<int>::max())) : int(m_matches.size());
}

int BigSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MessageLogModel::ColumnCount;
}

QVariant BigSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.headerData(section, orientation, role);
}

QVariant BigSessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    int rowInPage = 0;
    const MessageLogModel *held = page(fileRow(index.row()), &rowInPage);
    if (!held) {
        if (role == Qt::DisplayRole && index.column() == MessageLogModel::DataColumn)
            return tr("(this row cannot be read: %1)").arg(m_readError);
        if (role == Qt::DisplayRole && index.column() == MessageLogModel::NumberColumn)
            return qint64(fileRow(index.row())) + 1;
        return QVariant();
    }
    return held->data(held->index(rowInPage, index.column()), role);
}

void BigSessionModel::showAll()
{
    beginResetModel();
    m_showAll = true;
    m_matches = std::vector<int>();
    endResetModel();
}

void BigSessionModel::showMatchesOnly()
{
    beginResetModel();
    m_showAll = false;
    m_matches = std::vector<int>();
    endResetModel();
}

void BigSessionModel::addMatches(const std::vector<int> &fileRows)
{
    if (m_showAll || fileRows.empty())
        return;
    const int first = int(m_matches.size());
    beginInsertRows(QModelIndex(), first, first + int(fileRows.size()) - 1);
    m_matches.insert(m_matches.end(), fileRows.begin(), fileRows.end());
    endInsertRows();
}

int BigSessionModel::fileRow(int shownRow) const
{
    return m_showAll ? shownRow : m_matches[size_t(shownRow)];
}

int BigSessionModel::shownRow(int fileRow) const
{
    if (fileRow < 0 || fileRow >= m_index.rowCount())
        return -1;
    if (m_showAll)
        return fileRow;
    const auto at = std::lower_bound(m_matches.begin(), m_matches.end(), fileRow);
    return at != m_matches.end() && *at == fileRow ? int(at - m_matches.begin()) : -1;
}

MessageLogModel *BigSessionModel::page(int fileRow, int *rowInPage) const
{
    const int number = fileRow / SessionIndex::RowsPerPage;
    *rowInPage = fileRow % SessionIndex::RowsPerPage;
    const auto held = std::find_if(m_pages.begin(), m_pages.end(), [number](const Page &page) { return page.number == number; });
    if (held != m_pages.end()) {
        m_pages.splice(m_pages.begin(), m_pages, held);
        return m_pages.front().model.get();
    }
    const std::vector<SessionEvent> events = m_index.readPage(number, &m_readError);
    if (events.empty())
        return nullptr;
    auto model = std::make_unique<MessageLogModel>();
    model->setDecodeSettings(m_decode);
    model->setEventsBefore(qint64(number) * SessionIndex::RowsPerPage);
    model->setLargestMessage(m_index.largestMessage());
    for (const SessionEvent &event : events)
        model->append(event);
    model->flush();
    if (m_pages.size() >= size_t(CachedPages))
        m_pages.pop_back();
    m_pages.push_front(Page{number, std::move(model)});
    return m_pages.front().model.get();
}

void BigSessionModel::setDecodeSettings(const DecodeSettings &settings)
{
    m_decode = settings;
    for (Page &page : m_pages)
        page.model->setDecodeSettings(settings);
    if (rowCount() > 0)
        emit dataChanged(index(0, MessageLogModel::DataColumn), index(rowCount() - 1, MessageLogModel::DataColumn));
}

} // namespace wsi
