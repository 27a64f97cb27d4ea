#pragma once

#include "SessionFile.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QSaveFile;
QT_END_NAMESPACE

namespace wsi {

// Writes events in the format the file name asks for: .har (DevTools), .csv
// (spreadsheets), anything else a session file. Shared by Export…, Save, and
// `wsinspector-cli convert`.
struct SessionExport
{
    enum class Format { Session, Har, Csv };
    static Format formatFor(const QString &path);
    static QByteArray toCsv(const std::vector<SessionEvent> &events);
    static constexpr char CsvHeader[] = "time,direction,kind,size,code,data\r\n";
    static void appendCsvLine(QByteArray &out, const SessionEvent &event);
    // Secrets are masked as in a recording (SessionFile::redacted) unless includeSecrets.
    static bool write(const QString &path, const SessionFile::Header &header, const std::vector<SessionEvent> &events,
                      bool includeSecrets, QString *error);
    // Reads a session file or, by its name, a HAR.
    static SessionFile::Contents read(const QString &path);

    // `convert`: IN to OUT, each in the format its name asks for. A session file is read and
    // written one event at a time (a file of any size, in the memory of one block); a HAR
    // (one JSON document) is read whole.
    struct Conversion
    {
        qint64 events = 0;   // read from IN (a HAR written holds only the messages among them)
        QStringList problems; // lines of IN skipped
        QString error;        // set when nothing was written
        bool inputUnreadable = false;
    };
    static Conversion convert(const QString &in, const QString &out, bool includeSecrets);
};

// The same written one event at a time (`convert` of a file of any size): what is held is one
// block, handed to the file whenever it fills. Nothing replaces the target before commit().
class ExportWriter
{
public:
    static constexpr qsizetype BlockSize = 4 * 1024 * 1024;

    ExportWriter();
    ~ExportWriter();
    bool open(const QString &path, const SessionFile::Header &header, bool includeSecrets, QString *error);
    void add(const SessionEvent &event);
    bool commit(QString *error);
    // Events written (for a HAR: the messages; it holds no other events).
    qint64 count() const { return m_count; }

private:
    void writeBlock();

    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    SessionExport::Format m_format = SessionExport::Format::Session;
    bool m_includeSecrets = false;
    qint64 m_startedUs = 0;
    QByteArray m_block;
    QByteArray m_separator; // HAR only: between two messages
    QByteArray m_tail;      // HAR only: after the last
    qint64 m_count = 0;
    bool m_failed = false;
};

} // namespace wsi
