#include "SessionRecorder.h"

#include "SessionFile.h"
#include "session/EventJson.h"

namespace wsi {

SessionRecorder::SessionRecorder(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionRecorder::flush);
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

bool SessionRecorder::start(const QString &path, const SessionOptions &options, bool includeSecrets, QString *error)
{
    stop();
    m_file.setFileName(path);
    // Unbuffered: the recorder buffers itself; QFile's buffer would only copy each batch once more.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = QStringLiteral("Cannot record to %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_startedUs = nowUs();
    m_events = 0;
    m_lastError.clear();
    m_buffer = SessionFile::headerLine(options, m_startedUs, includeSecrets);
    m_buffer.reserve(1 << 20);
    flush();
    m_flushTimer.start();
    return true;
}

void SessionRecorder::record(const SessionEvent &event)
{
    if (!m_file.isOpen())
        return;
    if (event.kind == EventKind::Text && event.payload.size() >= DirectWriteBytes && !EventJson::needsEscaping(event.payload)) {
        // A big text that needs no escaping goes to the file from where it is, not copied
        // into the buffer first.
        EventJson::appendTextLineHead(m_buffer, event, m_startedUs);
        flush();
        write(event.payload);
        m_buffer += EventJson::TextLineTail;
    } else {
        EventJson::appendLine(m_buffer, event, m_startedUs);
    }
    ++m_events;
    if (m_buffer.size() >= FlushBytes)
        flush();
}

void SessionRecorder::write(QByteArrayView bytes)
{
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size() || !m_file.flush()) {
        m_lastError = QStringLiteral("Recording to %1 failed: %2").arg(m_file.fileName(), m_file.errorString());
        emit writeFailed(m_lastError);
    }
}

void SessionRecorder::flush()
{
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    write(m_buffer);
    m_buffer.resize(0); // keeps the allocation for the next batch
}

void SessionRecorder::stop()
{
    if (!m_file.isOpen())
        return;
    m_flushTimer.stop();
    flush();
    m_file.close();
}

} // namespace wsi
