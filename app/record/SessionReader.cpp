#include "SessionReader.h"

#include "InputFile.h"

#include "i18n/Translation.h"
#include "session/EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionFile)
};
} // namespace

bool SessionReader::open(const QString &path, qint64 memoryFactor)
{
    m_name = path;
    if (!InputFile::open(path, &m_file, &m_size, &m_fatalError, memoryFactor))
        return false;
    m_unread = m_size;
    return readHeader();
}

bool SessionReader::openPart(const QString &path, qint64 offset, qint64 length)
{
    m_name = path;
    if (!InputFile::open(path, &m_file, &m_size, &m_fatalError))
        return false;
    if (offset < 0 || length < 0 || offset + length > m_size || !m_file.seek(offset)) {
        m_fatalError = Tr::tr("%1: cannot read at byte %2: the file changed since it was opened").arg(path).arg(offset);
        return false;
    }
    m_unread = length;
    return true;
}

bool SessionReader::openData(const QByteArray &data, const QString &nameForMessages)
{
    m_name = nameForMessages;
    m_buffer = data;
    m_size = data.size();
    m_unread = 0;
    return readHeader();
}

bool SessionReader::fill()
{
    if (m_unread <= 0 || !m_file.isOpen())
        return false;
    // Keep the part line at the front, then read the next block behind it.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    const qsizetype wanted = qsizetype(qMin<qint64>(m_unread, BlockSize));
    m_buffer.resize(kept + wanted);
    const qint64 got = m_file.read(m_buffer.data() + kept, wanted);
    if (got <= 0) {
        m_buffer.resize(kept);
        if (got < 0)
            problem(Tr::tr("cannot read further: %1").arg(m_file.errorString()));
        m_unread = 0;
        return false;
    }
    m_buffer.resize(kept + qsizetype(got));
    m_unread -= got;
    return true;
}

bool SessionReader::nextLine(QByteArrayView *line, bool *unterminated)
{
    qsizetype searchFrom = m_pos;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', searchFrom);
        if (end >= 0) {
            *line = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
            *unterminated = false;
            m_consumed += end + 1 - m_pos;
            m_pos = end + 1;
            ++m_lineNumber;
            return true;
        }
        const qsizetype scanned = m_buffer.size() - m_pos;
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            *line = QByteArrayView(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
            *unterminated = true;
            m_consumed += m_buffer.size() - m_pos;
            m_pos = m_buffer.size();
            ++m_lineNumber;
            return true;
        }
        searchFrom = m_pos + scanned; // fill() moved the part line to the front
    }
}

void SessionReader::problem(const QString &what)
{
    m_problems << QStringLiteral("%1:%2: %3").arg(m_name).arg(m_lineNumber).arg(what);
}

bool SessionReader::readHeader()
{
    QByteArrayView line;
    bool unterminated = false;
    do {
        if (!nextLine(&line, &unterminated)) {
            m_fatalError = Tr::tr("%1: the file is empty, not a session").arg(m_name);
            return false;
        }
    } while (line.trimmed().isEmpty());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_fatalError = Tr::tr("%1:%2: not a session file: the first line is not a JSON object (%3)")
                           .arg(m_name)
                           .arg(m_lineNumber)
                           .arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(SessionFile::FormatName)) {
        m_fatalError = Tr::tr("%1:%2: not a session file: the header has no \"format\": \"%3\"")
                           .arg(m_name)
                           .arg(m_lineNumber)
                           .arg(QLatin1String(SessionFile::FormatName));
        return false;
    }
    const int version = object.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > SessionFile::FormatVersion) {
        m_fatalError = Tr::tr("%1:%2: session format version %3 is not supported (this build reads 1 to %4)")
                           .arg(m_name)
                           .arg(m_lineNumber)
                           .arg(object.value(QStringLiteral("version")).toVariant().toString())
                           .arg(SessionFile::FormatVersion);
        return false;
    }
    const double started = object.value(QStringLiteral("started_us")).toDouble();
    m_header.url = QUrl(object.value(QStringLiteral("url")).toString());
    m_header.startedUs = qAbs(started) < 9e15 ? qint64(started) : 0;
    m_header.options = object.value(QStringLiteral("options")).toObject();
    m_header.secretsIncluded = object.value(QStringLiteral("secrets")).toString() == QStringLiteral("included");
    // Pins are a help, not data: a value that is not an event's place is left out.
    for (const QJsonValue &pin : object.value(QStringLiteral("pins")).toArray())
        if (pin.isDouble() && pin.toDouble() >= 0 && pin.toDouble() < 2e9 && pin.toDouble() == double(pin.toInt()))
            m_header.pins.push_back(pin.toInt());
    return true;
}

bool SessionReader::next(SessionEvent *event)
{
    if (!m_fatalError.isEmpty())
        return false;
    QByteArrayView line;
    bool unterminated = false;
    while (nextLine(&line, &unterminated)) {
        if (line.trimmed().isEmpty())
            continue;
        *event = SessionEvent();
        QString error;
        bool notJson = false;
        if (EventJson::fromLine(line, event, &error, &notJson))
            return true;
        if (notJson)
            problem(unterminated ? Tr::tr("the last line is cut short (the recording was interrupted); skipped")
                                 : Tr::tr("not JSON (%1); skipped").arg(error));
        else
            problem(error + Tr::tr("; skipped"));
    }
    return false;
}

} // namespace wsi
