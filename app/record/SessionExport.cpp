#include "SessionExport.h"

#include "i18n/Translation.h"

#include "HarFile.h"
#include "PrivateFile.h"
#include "SessionReader.h"
#include "session/EventJson.h"

#include <QSaveFile>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionExport)
};
} // namespace

SessionExport::Format SessionExport::formatFor(const QString &path)
{
    if (path.endsWith(QStringLiteral(".har"), Qt::CaseInsensitive))
        return Format::Har;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return Format::Session;
}

namespace {
QByteArray csvField(const QByteArray &value)
{
    // Quoted always: payloads hold commas, quotes and newlines.
    QByteArray out = value;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}
} // namespace

void SessionExport::appendCsvLine(QByteArray &out, const SessionEvent &event)
{
    const bool binary = event.kind == EventKind::Binary || event.kind == EventKind::Ping || event.kind == EventKind::Pong;
    // The code column: a close code, an HTTP status, an attempt or a round trip in µs (not a message's frames).
    const qint64 code = event.kind == EventKind::Text || event.kind == EventKind::Binary ? 0 : event.number();
    out += EventJson::isoTime(event.timestampUs).toLatin1() + ',' + directionName(event.direction).toLatin1() + ','
         + kindName(event.kind).toLatin1() + ',' + QByteArray::number(event.payload.size()) + ','
         + (code ? QByteArray::number(code) : QByteArray()) + ','
         + csvField(binary ? event.payload.toBase64() : event.payload) + "\r\n";
}

QByteArray SessionExport::toCsv(const std::vector<SessionEvent> &events)
{
    QByteArray out = CsvHeader;
    for (const SessionEvent &event : events)
        appendCsvLine(out, event);
    return out;
}

bool SessionExport::write(const QString &path, const SessionFile::Header &header, const std::vector<SessionEvent> &events,
                          bool includeSecrets, QString *error)
{
    ExportWriter writer;
    if (!writer.open(path, header, includeSecrets, error))
        return false;
    for (const SessionEvent &event : events)
        writer.add(event);
    return writer.commit(error);
}

SessionFile::Contents SessionExport::read(const QString &path)
{
    return formatFor(path) == Format::Har ? HarFile::read(path) : SessionFile::read(path);
}

SessionExport::Conversion SessionExport::convert(const QString &in, const QString &out, bool includeSecrets)
{
    Conversion result;
    if (formatFor(in) == Format::Har) {
        const SessionFile::Contents contents = HarFile::read(in);
        result.problems = contents.problems;
        if (!contents.ok()) {
            result.error = contents.fatalError;
            result.inputUnreadable = true;
        } else if (write(out, contents.header, contents.events, includeSecrets, &result.error)) {
            result.events = qint64(contents.events.size());
        }
        return result;
    }
    SessionReader reader;
    if (!reader.open(in)) {
        result.error = reader.fatalError();
        result.inputUnreadable = true;
        return result;
    }
    ExportWriter writer;
    if (!writer.open(out, reader.header(), includeSecrets, &result.error))
        return result;
    SessionEvent event;
    while (reader.next(&event)) {
        writer.add(event);
        ++result.events;
    }
    result.problems = reader.problems();
    if (!writer.commit(&result.error))
        result.events = 0;
    return result;
}

ExportWriter::ExportWriter() = default;
ExportWriter::~ExportWriter() = default; // an uncommitted QSaveFile leaves the target as it was

bool ExportWriter::open(const QString &path, const SessionFile::Header &header, bool includeSecrets, QString *error)
{
    m_path = path;
    m_format = SessionExport::formatFor(path);
    m_includeSecrets = includeSecrets;
    m_startedUs = header.startedUs;
    m_file = std::make_unique<QSaveFile>(path);
    if (!PrivateFile::open(*m_file, QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, m_file->errorString());
        return false;
    }
    const SessionFile::Header shown = includeSecrets ? header : SessionFile::redacted(header);
    switch (m_format) {
    case SessionExport::Format::Har: {
        const HarFile::Parts parts = HarFile::parts(shown);
        m_block = parts.head;
        m_separator = parts.separator;
        m_tail = parts.tail;
        break;
    }
    case SessionExport::Format::Csv: m_block = SessionExport::CsvHeader; break;
    case SessionExport::Format::Session: m_block = SessionFile::serialize(shown, {}); break;
    }
    return true;
}

void ExportWriter::add(const SessionEvent &event)
{
    SessionEvent redacted;
    const SessionEvent *shown = &event;
    if (!m_includeSecrets && event.kind == EventKind::Open) {
        redacted = SessionFile::redacted(event);
        shown = &redacted;
    }
    const SessionEvent &written = *shown;
    switch (m_format) {
    case SessionExport::Format::Har: {
        const qsizetype before = m_block.size();
        if (m_count > 0)
            m_block += m_separator;
        if (!HarFile::appendMessage(m_block, written)) {
            m_block.truncate(before);
            return;
        }
        break;
    }
    case SessionExport::Format::Csv: SessionExport::appendCsvLine(m_block, written); break;
    case SessionExport::Format::Session: EventJson::appendLine(m_block, written, m_startedUs); break;
    }
    ++m_count;
    if (m_block.size() >= BlockSize)
        writeBlock();
}

void ExportWriter::writeBlock()
{
    if (!m_failed && m_file->write(m_block) != m_block.size())
        m_failed = true;
    m_block.truncate(0); // keeps its allocation for the next block
}

bool ExportWriter::commit(QString *error)
{
    m_block += m_tail;
    writeBlock();
    if (m_failed || !m_file->commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}

} // namespace wsi
