#include "EventOutput.h"

#include "session/EventJson.h"
#include "session/SessionOptions.h"

#include <QFileDevice>

namespace wsi {

namespace {
constexpr qsizetype OutChunk = 64 * 1024;
}

EventOutput::EventOutput(QIODevice *out, QIODevice *err, bool quiet, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_quiet(quiet)
{
    connect(&m_recorder, &SessionRecorder::writeFailed, this, [this](const QString &message) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
    });
}

bool EventOutput::recordTo(const QString &path, const SessionOptions &options, bool includeSecrets)
{
    QString error;
    if (!m_recorder.start(path, options, includeSecrets, &error)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        return false;
    }
    m_recording = true;
    return true;
}

void EventOutput::add(const SessionEvent &event)
{
    if (m_recording)
        m_recorder.record(event);
    if (m_quiet)
        return;
    EventJson::appendLine(m_pending, event);
    if (m_pending.size() >= OutChunk) {
        flush();
        return;
    }
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &EventOutput::flush, Qt::QueuedConnection);
    }
}

bool EventOutput::finish()
{
    flush();
    if (!m_recording)
        return true;
    m_recorder.stop();
    m_recording = false;
    return m_recorder.lastError().isEmpty();
}

void EventOutput::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty() || !m_out)
        return;
    m_out->write(m_pending);
    m_pending.clear();
    // Standard output is a FILE* that C buffers when it is a pipe or a file: without this a quiet
    // stream's lines would wait there for 4 KiB (`| jq` would show nothing until then).
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
}

} // namespace wsi
