#pragma once

#include "MessageLogModel.h"
#include "record/SessionIndex.h"

#include <QAbstractTableModel>

#include <list>
#include <memory>
#include <vector>

namespace wsi {

// A session file too big to hold, as the log's table: rows are found through a SessionIndex
// and read from the file when a view asks for them, a page of SessionIndex::RowsPerPage at a
// time into a small MessageLogModel that makes the columns' text (the same text as a log that
// holds every row); the last CachedPages pages are kept. What it holds is the index and those
// pages, not the file.
//
// It shows every row of the file, or only the rows a filter found (showMatchesOnly, then
// addMatches as a SessionFilterScan finds them).
class BigSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int CachedPages = 32;

    explicit BigSessionModel(SessionIndex index, QObject *parent = nullptr);
    ~BigSessionModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SessionIndex &sessionIndex() const { return m_index; }

    // Every row of the file (the default).
    void showAll();
    // No row until addMatches: a filter's scan starts.
    void showMatchesOnly();
    // Rows of the file a filter accepts, ascending and after those added before.
    void addMatches(const std::vector<int> &fileRows);
    bool showsAll() const { return m_showAll; }

    // The file's row a shown row is (the same while every row is shown).
    int fileRow(int shownRow) const;
    // The shown row of a file row; -1 when the filter hides it.
    int shownRow(int fileRow) const;

    // The page holding a file row, read when it is not held, and the row's place in it; nullptr
    // (and readError()) when the file cannot be read there any more.
    MessageLogModel *page(int fileRow, int *rowInPage) const;
    QString readError() const { return m_readError; }
    int heldPages() const { return int(m_pages.size()); }

    // How binary messages are decoded: for every page, held and to come.
    void setDecodeSettings(const DecodeSettings &settings);
    const DecodeSettings &decodeSettings() const { return m_decode; }

private:
    struct Page
    {
        int number;
        std::unique_ptr<MessageLogModel> model;
    };

    SessionIndex m_index;
    bool m_showAll = true;
    std::vector<int> m_matches;
    DecodeSettings m_decode;
    MessageLogModel m_headers; // the column titles, and a page's stand-in
    mutable std::list<Page> m_pages; // most recently used first
    mutable QString m_readError;
};

} // namespace wsi
