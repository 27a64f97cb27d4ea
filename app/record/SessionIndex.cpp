#include "SessionIndex.h"

#include "SessionReader.h"

#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionIndex)
};
// How many events are read between two calls of the progress function.
constexpr qint64 ProgressEvery = 16384;
} // namespace

bool SessionIndex::build(const QString &path, const Progress &progress)
{
    *this = SessionIndex();
    m_path = path;
    SessionReader reader;
    // No memory check: what is kept does not grow with the payloads.
    if (!reader.open(path)) {
        m_fatalError = reader.fatalError();
        return false;
    }
    m_header = reader.header();
    m_size = reader.size();
    SessionEvent event;
    qint64 before = reader.position();
    while (reader.next(&event)) {
        if (m_rows % RowsPerPage == 0)
            m_pageStarts.push_back(before);
        ++m_rows;
        if (event.kind == EventKind::Text || event.kind == EventKind::Binary)
            m_largestMessage = qMax(m_largestMessage, quint32(event.payload.size()));
        before = reader.position();
        if (m_rows % ProgressEvery == 0 && progress && !progress(before, m_size)) {
            m_stopped = before < m_size;
            break;
        }
    }
    m_pageStarts.push_back(before); // the end of the last event's line
    m_pageStarts.shrink_to_fit();
    m_bytesRead = before;
    m_problems = reader.problems();
    if (progress)
        progress(m_bytesRead, m_size);
    return true;
}

std::vector<SessionEvent> SessionIndex::readPage(int page, QString *error) const
{
    std::vector<SessionEvent> events;
    if (page < 0 || page >= pageCount()) {
        *error = Tr::tr("no page %1 in %2").arg(page).arg(m_path);
        return events;
    }
    SessionReader reader;
    if (!reader.openPart(m_path, pageOffset(page), pageLength(page))) {
        *error = reader.fatalError();
        return events;
    }
    events.reserve(RowsPerPage);
    SessionEvent event;
    while (events.size() < size_t(RowsPerPage) && reader.next(&event))
        events.push_back(std::move(event));
    const qint64 expected = qMin<qint64>(RowsPerPage, m_rows - qint64(page) * RowsPerPage);
    if (qint64(events.size()) != expected) {
        *error = Tr::tr("%1 changed since it was opened: %2 of %3 events found at byte %4")
                     .arg(m_path).arg(events.size()).arg(expected).arg(pageOffset(page));
        events.clear();
        return events;
    }
    error->clear();
    return events;
}

} // namespace wsi
