#include "SessionFilterScan.h"

#include "MessageLogModel.h"
#include "record/SessionReader.h"

namespace wsi {

SessionFilterScan::SessionFilterScan(QObject *parent)
    : QObject(parent)
{
}

SessionFilterScan::~SessionFilterScan()
{
    stop();
}

void SessionFilterScan::stop()
{
    ++m_generation; // what the stopped scan still queued is dropped
    m_stop = true;
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
}

bool SessionFilterScan::start(const SessionIndex &index, const Query &query, QString *error)
{
    LogFilterModel check;
    if (!check.setText(query.text)) {
        *error = check.errorString();
        return false;
    }
    stop();
    m_stop = false;
    const qint64 offset = index.pageCount() > 0 ? index.pageOffset(0) : 0;
    const qint64 length = index.pageCount() > 0 ? index.pageOffset(index.pageCount() - 1)
            + index.pageLength(index.pageCount() - 1) - offset : 0;
    m_thread.reset(QThread::create([this, path = index.path(), offset, length, rows = index.rowCount(), query,
                                    generation = m_generation] { scan(path, offset, length, rows, query, generation); }));
    m_thread->start();
    error->clear();
    return true;
}

void SessionFilterScan::scan(const QString &path, qint64 offset, qint64 length, qint64 rows, const Query &query, int generation)
{
    // Made on this thread, used only here: their timers never run, finish() checks each step.
    MessageLogModel step;
    LogFilterModel filter;
    filter.setText(query.text);
    filter.setKindFilter(query.kind);
    filter.setDirectionFilter(query.direction);
    filter.setLogModel(&step);
    const auto hand = [this, generation](auto &&function) {
        QMetaObject::invokeMethod(this, [this, generation, function = std::move(function)] {
            if (generation == m_generation)
                function();
        }, Qt::QueuedConnection);
    };

    SessionReader reader;
    QString error;
    qint64 checked = 0;
    if (!reader.openPart(path, offset, length))
        error = reader.fatalError();
    SessionEvent event;
    bool more = error.isEmpty();
    while (more && !m_stop && checked < rows) {
        step.clear();
        step.setEventsBefore(checked);
        int taken = 0;
        while (taken < RowsPerStep && checked + taken < rows && (more = reader.next(&event))) {
            step.append(event);
            ++taken;
        }
        step.flush();
        filter.finish();
        std::vector<int> found;
        found.reserve(size_t(filter.rowCount()));
        for (int shown = 0; shown < filter.rowCount(); ++shown)
            found.push_back(int(checked) + filter.mapToSource(filter.index(shown, 0)).row());
        checked += taken;
        hand([this, found = std::move(found), checked, rows] {
            if (!found.empty())
                emit matchesFound(found);
            emit progress(checked, rows);
        });
        if (taken == 0)
            break;
    }
    if (error.isEmpty() && !m_stop && checked < rows)
        error = tr("%1 changed since it was opened: %2 of %3 events found").arg(path).arg(checked).arg(rows);
    const bool complete = error.isEmpty() && checked == rows;
    hand([this, complete, error] { emit finished(complete, error); });
}

} // namespace wsi
