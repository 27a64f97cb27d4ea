#pragma once

#include "SessionFile.h"

#include <QFile>

namespace wsi {

// Reads a session file one event at a time, so what a reader keeps is up to it: `convert`
// writes each event as it comes, replay keeps only the messages, a window keeps rows. The
// file is read in blocks, up to the size it had when opened (InputFile's rules: a FIFO, a
// device or a folder is refused before a byte is read).
class SessionReader
{
public:
    static constexpr qsizetype BlockSize = 4 * 1024 * 1024;

    // Opens the file and reads its header line: false, with fatalError() set, when it is no session.
    // memoryFactor as InputFile::read's: the caller's peak memory as a multiple of the file's size.
    bool open(const QString &path, qint64 memoryFactor = 0);
    // The same over bytes in memory (tests, the fuzzer, a pasted session).
    bool openData(const QByteArray &data, const QString &nameForMessages);
    // Events only, from a place in a file that open() read before (a SessionIndex's offset) up to
    // length bytes: no header is read. False with fatalError() set when the file cannot be read.
    bool openPart(const QString &path, qint64 offset, qint64 length);

    const SessionFile::Header &header() const { return m_header; }
    // The next event; false at the end of the file. Lines that cannot be read are skipped and
    // named in problems().
    bool next(SessionEvent *event);

    const QStringList &problems() const { return m_problems; }
    const QString &fatalError() const { return m_fatalError; }
    // Bytes consumed so far (with openPart(), counted from its offset), and the file's size when
    // opened: a progress bar's two numbers. Before next(), position() is where the next event's
    // line (or the blank and unreadable lines before it) starts.
    qint64 position() const { return m_consumed; }
    qint64 size() const { return m_size; }

private:
    bool readHeader();
    // The next line without its '\n'; false at the end. *unterminated: the file ended inside it.
    bool nextLine(QByteArrayView *line, bool *unterminated);
    bool fill();
    void problem(const QString &what);

    QString m_name;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;     // where the next line starts in m_buffer
    qint64 m_unread = 0;     // bytes of the file (up to its size when opened) not yet in m_buffer
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    int m_lineNumber = 0;
    SessionFile::Header m_header;
    QStringList m_problems;
    QString m_fatalError;
};

} // namespace wsi
