#pragma once

#include "LogFilterModel.h"
#include "record/SessionIndex.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace wsi {

// A filter over a session file too big to hold (a BigSessionModel's): the file is read again on
// a thread of its own, a few thousand events at a time into a MessageLogModel that a
// LogFilterModel checks — the same rules as the log's filter — and the numbers of the rows it
// accepts are handed over as they are found. The window stays responsive and can stop it.
class SessionFilterScan final : public QObject
{
    Q_OBJECT
public:
    static constexpr int RowsPerStep = 8192;

    struct Query
    {
        QString text; // as LogFilterModel::setText: "/regex/" or a substring
        LogFilterModel::KindFilter kind = LogFilterModel::KindFilter::All;
        LogFilterModel::DirectionFilter direction = LogFilterModel::DirectionFilter::All;
    };

    explicit SessionFilterScan(QObject *parent = nullptr);
    ~SessionFilterScan() override; // stops the scan and waits for its thread

    // False (and *error) when the query is not valid (a bad regular expression); nothing starts.
    // A scan still running is stopped first; its rows are not handed over any more.
    bool start(const SessionIndex &index, const Query &query, QString *error);
    void stop();
    bool isRunning() const { return m_thread != nullptr && m_thread->isRunning(); }

signals:
    // Rows of the file the filter accepts, ascending, after the ones handed before.
    void matchesFound(const std::vector<int> &fileRows);
    void progress(qint64 rowsChecked, qint64 rows);
    // The whole file was checked (complete), or the scan was stopped or could not read (error).
    void finished(bool complete, const QString &error);

private:
    void scan(const QString &path, qint64 offset, qint64 length, qint64 rows, const Query &query, int generation);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    int m_generation = 0; // the scan whose results are still wanted (the window's thread's)
};

} // namespace wsi
