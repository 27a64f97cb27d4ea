#pragma once

#include "record/SessionRecorder.h"
#include "session/SessionEvent.h"

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

struct SessionOptions;

// Where the events of a command that serves several clients go (`relay`, `serve --rules`):
// a JSON line each on standard output (written once per turn of the loop under a flood, none
// with quiet), and the recording when one was asked for.
class EventOutput final : public QObject
{
    Q_OBJECT
public:
    EventOutput(QIODevice *out, QIODevice *err, bool quiet, QObject *parent = nullptr);

    // Starts recording (options: what the file's header says); false after printing why.
    bool recordTo(const QString &path, const SessionOptions &options, bool includeSecrets);
    void add(const wsi::SessionEvent &event);
    // Writes what waits and ends the recording; false when the recording failed.
    bool finish();

private:
    void flush();

    SessionRecorder m_recorder;
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_quiet;
    bool m_recording = false;
    QByteArray m_pending;
    bool m_flushQueued = false;
};

} // namespace wsi
