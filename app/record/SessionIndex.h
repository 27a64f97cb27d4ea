#pragma once

#include "SessionFile.h"

#include <functional>
#include <vector>

namespace wsi {

// Where a session file's events are, found in one streaming pass (SessionReader's), so that a
// file larger than memory can be shown: rows are read again from the file when they are shown.
// It keeps one offset (8 bytes) for every RowsPerPage events — a page is read back as one short
// run of lines — so 88 million rows take 11 MB, not the file.
class SessionIndex
{
public:
    static constexpr int RowsPerPage = 64;

    // Called now and then while the file is read: bytes read so far and the file's size. Return
    // false to stop: the index then holds the events read until then.
    using Progress = std::function<bool(qint64 bytesRead, qint64 size)>;

    // Reads the file once; false (and fatalError()) when it is no session at all.
    bool build(const QString &path, const Progress &progress = Progress());

    const QString &path() const { return m_path; }
    const SessionFile::Header &header() const { return m_header; }
    const QStringList &problems() const { return m_problems; }
    const QString &fatalError() const { return m_fatalError; }
    // The reading was stopped before the end of the file; how far it got.
    bool stopped() const { return m_stopped; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

    qint64 rowCount() const { return m_rows; }
    // The payload size of the largest text or binary message.
    quint32 largestMessage() const { return m_largestMessage; }
    int pageCount() const { return int(m_pageStarts.empty() ? 0 : m_pageStarts.size() - 1); }
    // The byte range holding page p's events (and any blank or unreadable lines between them).
    qint64 pageOffset(int page) const { return m_pageStarts[size_t(page)]; }
    qint64 pageLength(int page) const { return m_pageStarts[size_t(page) + 1] - m_pageStarts[size_t(page)]; }
    // Bytes the index holds, for a memory figure.
    qint64 memoryBytes() const { return qint64(m_pageStarts.capacity() * sizeof(qint64)); }

    // The events of a page, read again from the file: RowsPerPage of them (fewer on the last
    // page); empty with *error set when the file cannot be read any more.
    std::vector<SessionEvent> readPage(int page, QString *error) const;

private:
    QString m_path;
    SessionFile::Header m_header;
    QStringList m_problems;
    QString m_fatalError;
    bool m_stopped = false;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    qint64 m_rows = 0;
    quint32 m_largestMessage = 0;
    std::vector<qint64> m_pageStarts; // each page's first byte, then where the last page ends
};

} // namespace wsi
