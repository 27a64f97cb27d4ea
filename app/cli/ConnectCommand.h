#pragma once

#include "record/SessionRecorder.h"
#include "session/Session.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

// `wsinspector-cli connect`: opens a session, sends the given messages once it
// is open, prints every event as one JSON line, and finishes when the server
// closes or `wait` seconds after the last send.
// out may be null: then nothing is printed (--quiet).
class ConnectCommand final : public QObject
{
    Q_OBJECT
public:
    ConnectCommand(const SessionOptions &options, const QStringList &messages, double waitSeconds,
                   QIODevice *out, QIODevice *err, QObject *parent = nullptr);

    // Records every event to path as it happens (secrets redacted unless includeSecrets).
    bool recordTo(const QString &path, bool includeSecrets);
    // Starts; returns false (after printing why) when the options are unusable.
    bool start();
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    void onEvent(const wsi::SessionEvent &event);
    void onStateChanged(wsi::Session::State state);

    Session m_session;
    SessionRecorder m_recorder;
    SessionOptions m_options;
    QStringList m_messages;
    double m_waitSeconds;
    QIODevice *m_out;
    QIODevice *m_err;
    QTimer m_waitTimer;
    bool m_opened = false;
    int m_lastCloseCode = 0;
    int m_exitCode = 0;
};

} // namespace wsi
