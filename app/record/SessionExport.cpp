#include "SessionExport.h"

#include "i18n/Translation.h"

#include "HarFile.h"
#include "PrivateFile.h"
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

QByteArray SessionExport::toCsv(const std::vector<SessionEvent> &events)
{
    QByteArray out = "time,direction,kind,size,code,data\r\n";
    for (const SessionEvent &event : events) {
        const bool binary = event.kind == EventKind::Binary || event.kind == EventKind::Ping || event.kind == EventKind::Pong;
        // The code column: a close code, an HTTP status, an attempt or a round trip in µs (not a message's frames).
        const qint64 code = event.kind == EventKind::Text || event.kind == EventKind::Binary ? 0 : event.number();
        out += EventJson::isoTime(event.timestampUs).toLatin1() + ',' + directionName(event.direction).toLatin1() + ','
             + kindName(event.kind).toLatin1() + ',' + QByteArray::number(event.payload.size()) + ','
             + (code ? QByteArray::number(code) : QByteArray()) + ','
             + csvField(binary ? event.payload.toBase64() : event.payload) + "\r\n";
    }
    return out;
}

bool SessionExport::write(const QString &path, const SessionFile::Header &header, const std::vector<SessionEvent> &events,
                          bool includeSecrets, QString *error)
{
    const SessionFile::Header shown = includeSecrets ? header : SessionFile::redacted(header);
    const std::vector<SessionEvent> &written = includeSecrets ? events : SessionFile::redacted(events);
    QByteArray data;
    switch (formatFor(path)) {
    case Format::Har: data = HarFile::serialize(shown, written); break;
    case Format::Csv: data = toCsv(written); break;
    case Format::Session: data = SessionFile::serialize(shown, written); break;
    }
    QSaveFile file(path);
    if (!PrivateFile::open(file, QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

SessionFile::Contents SessionExport::read(const QString &path)
{
    return formatFor(path) == Format::Har ? HarFile::read(path) : SessionFile::read(path);
}

} // namespace wsi
