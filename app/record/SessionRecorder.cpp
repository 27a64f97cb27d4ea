#include "SessionRecorder.h"

#include "SessionFile.h"
#include "session/EventJson.h"

#include <utility>

namespace wsi {

SessionRecorder::SessionRecorder(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(FlushAgeMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionRecorder::flush);
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

bool SessionRecorder::start(const QString &path, const SessionOptions &options, bool includeSecrets, QString *error)
{
    stop();
    QString why;
    if (!m_writer.open(path, &why)) {
        *error = tr("Cannot record to %1: %2").arg(path, why);
        return false;
    }
    m_startedUs = nowUs();
    m_events = 0;
    m_lastError.clear();
    m_buffer = SessionFile::headerLine(options, m_startedUs, includeSecrets);
    flush();
    m_flushTimer.start();
    return true;
}

void SessionRecorder::record(const SessionEvent &event)
{
    if (!m_writer.isOpen())
        return;
    if (event.kind == EventKind::Text && event.payload.size() >= DirectWriteBytes && !EventJson::needsEscaping(event.payload)) {
        // A big text that needs no escaping goes to the file from where it is (shared, not
        // copied into the buffer first).
        EventJson::appendTextLineHead(m_buffer, event, m_startedUs);
        flush();
        m_writer.write(event.payload);
        m_buffer += EventJson::TextLineTail;
    } else if (event.kind == EventKind::Binary && event.payload.size() >= WriterEncodesBytes) {
        EventJson::appendBinaryLineHead(m_buffer, event, m_startedUs);
        m_base64.push_back({m_buffer.size(), event.payload});
        m_base64Bytes += FileWriter::encodedSize(event.payload.size());
        m_buffer += EventJson::BinaryLineTail;
    } else {
        EventJson::appendLine(m_buffer, event, m_startedUs);
    }
    ++m_events;
    if (m_bufferSinceUs == 0)
        m_bufferSinceUs = event.timestampUs;
    // A state change (a connection's end, say) goes out at once: nothing follows it soon
    // to share the write, and the user may be waiting for the file to be complete.
    if (event.kind == EventKind::State || m_buffer.size() + m_base64Bytes >= FlushBytes
        || event.timestampUs - m_bufferSinceUs >= FlushAgeMs * 1000)
        flush();
}

void SessionRecorder::flush()
{
    if (!m_writer.isOpen())
        return;
    m_bufferSinceUs = 0;
    if (!m_buffer.isEmpty()) {
        m_writer.write(std::exchange(m_buffer, m_writer.takeSpareBuffer()), std::exchange(m_base64, {}));
        m_base64Bytes = 0;
        if (m_buffer.capacity() < FlushBytes)
            m_buffer.reserve(FlushBytes + 64 * 1024);
    }
    reportWriteError();
}

void SessionRecorder::reportWriteError()
{
    const QString error = m_writer.takeError();
    if (error.isEmpty())
        return;
    m_lastError = tr("Recording to %1 failed: %2").arg(m_writer.fileName(), error);
    emit writeFailed(m_lastError);
}

void SessionRecorder::stop()
{
    if (!m_writer.isOpen())
        return;
    m_flushTimer.stop();
    flush();
    m_writer.close();
    reportWriteError();
}

} // namespace wsi
