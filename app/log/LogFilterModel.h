#pragma once

#include "KeepAliveFolds.h"

#include <QAbstractProxyModel>
#include <QRegularExpression>
#include <QTimer>

#include <utility>
#include <vector>

namespace wsi {

class MessageLogModel;

// Which log rows to show: one client connection's (a server's log), text (substring, case-insensitive for ASCII, or a
// regular expression) found in the raw payload or in what the row shows (a
// decoded Socket.IO packet, a close code's name), direction and kind. The pattern is compiled once per
// change, never per row. Rows are checked in slices of a few milliseconds on
// the event loop, so filtering a million rows never freezes the window;
// matches appear as they are found, and new log rows are checked as they come.
class LogFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    // NoPings: everything but the keep-alive traffic (ping and pong frames, heartbeat
    // messages, Engine.IO pings and pongs) that floods a quiet Socket.IO tab.
    // Control: only the protocol's control frames (pings, pongs, closes) either way.
    enum class KindFilter { All, Messages, Text, Binary, Events, NoPings, Control };
    enum class DirectionFilter { All, Incoming, Outgoing };

    explicit LogFilterModel(QObject *parent = nullptr);
    void setLogModel(MessageLogModel *model);

    // "/pattern/" is a regular expression, anything else a substring. False (and no
    // change) when the regular expression is invalid; errorString() says why.
    bool setText(const QString &text);
    void setKindFilter(KindFilter kind);
    void setDirectionFilter(DirectionFilter direction);
    // Only the rows of one client connection of a server's log (SessionEvent::connection); 0: all.
    void setConnectionFilter(int connection);
    int connectionFilter() const { return m_connection; }
    // Folds each run of keep-alive rows (see MessageLogModel::isKeepAliveRow) into one row
    // that says how many it holds and their round trips: "↕ 38 pings/pongs, RTT 0.2–1.1 ms".
    // A run is what the filter shows between two other rows; a lone keep-alive stays a row.
    void setFoldKeepAlive(bool fold);
    bool foldsKeepAlive() const { return m_fold; }
    // How many log rows the row stands for: 1, or the size of its fold.
    int foldedCount(int proxyRow) const;
    // The last log row a shown row covers (its own, or its fold's last).
    int lastSourceRow(int proxyRow) const;
    QString errorString() const { return m_error; }
    bool isFiltering() const;

    // Every log row checked so far (rows still to check are not shown yet).
    bool isComplete() const;
    int rowsChecked() const { return m_checked; }
    // Checks the rest now, for callers that need the whole answer (export).
    void finish();
    // The longest slice of checking so far, in milliseconds: what the window waited for.
    double longestSliceMs() const { return m_longestSliceMs; }
    // How long one slice may check rows before the event loop runs again (default 8 ms).
    void setSliceBudgetMs(int ms) { m_sliceBudgetMs = ms; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After each slice: how many log rows are checked, and how many there are.
    void progress(int checked, int total);

private:
    void restart();
    void onLogRowsAboutToBeRemoved(int first, int last);
    void onLogRowsRemoved(int first, int last);
    void checkSlice(int budgetMs);
    bool accepts(int sourceRow) const;
    bool textMatches(QByteArrayView text) const;

    // The fold whose first row is sourceRow (null when none or folding is off).
    const KeepAliveFolds::Fold *foldStarting(int sourceRow) const;
    KeepAliveFolds::Member foldMember() const;
    QString foldText(const KeepAliveFolds::Fold &fold) const;
    // How many of the fold's rows are pinned (its row shows the pin mark).
    int pinnedMembers(const KeepAliveFolds::Fold &fold) const;

    MessageLogModel *m_log = nullptr;
    QByteArray m_needleLower; // ASCII-lowered UTF-8 substring
    QRegularExpression m_regex;
    bool m_useRegex = false;
    KindFilter m_kind = KindFilter::All;
    DirectionFilter m_direction = DirectionFilter::All;
    int m_connection = 0;
    QString m_error;

    std::vector<int> m_rows; // matching log rows, ascending
    int m_checked = 0;       // log rows [0, m_checked) are decided
    std::pair<int, int> m_removing; // [first, end) of m_rows leaving with the log rows being removed
    bool m_fold = false;
    KeepAliveFolds m_folds; // each fold's first row is also in m_rows
    bool m_runOpen = false;    // the last row shown is keep-alive: the next one joins its run

    QTimer m_sliceTimer;
    double m_longestSliceMs = 0;
    int m_sliceBudgetMs = 8;
};

} // namespace wsi
