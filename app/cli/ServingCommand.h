#pragma once

#include "EventOutput.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

struct SessionOptions;

// What `relay` and `serve --rules` share: a server of several clients whose events go to
// EventOutput, a recording, "listening on" said once, and --once (finish when the first
// client's connection has ended). Exit codes: 1 cannot listen, 2 recording cannot start, 3 it failed.
class ServingCommand : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool quiet = false;
        bool once = false;
    };

    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

protected:
    ServingCommand(const Settings &settings, QIODevice *out, QIODevice *err, QObject *parent);

    EventOutput &output() { return m_output; }
    bool recordWith(const QString &path, const SessionOptions &options, bool includeSecrets);
    // After listen(): false (exit 1) after printing error when it failed; else the warning for
    // an address other than loopback, the line on standard error, and the info event.
    bool listened(bool ok, const QString &error, const QHostAddress &address, const QString &warning, const QString &said,
                  const QString &recorded);
    // A client's connection has ended: with --once, stop the server and finish.
    void clientFinished(const std::function<void()> &stopServer);

private:
    Settings m_settings;
    QIODevice *m_err;
    EventOutput m_output;
    int m_exitCode = 0;
};

} // namespace wsi
