#include "ServingCommand.h"

#include "session/SessionOptions.h"

#include <QIODevice>

namespace wsi {

ServingCommand::ServingCommand(const Settings &settings, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_err(err)
    , m_output(out, err, settings.quiet)
{
}

bool ServingCommand::recordWith(const QString &path, const SessionOptions &options, bool includeSecrets)
{
    if (m_output.recordTo(path, options, includeSecrets))
        return true;
    m_exitCode = 2;
    return false;
}

bool ServingCommand::listened(bool ok, const QString &error, const QHostAddress &address, const QString &warning, const QString &said,
                              const QString &recorded)
{
    if (!ok) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        m_exitCode = 1;
        return false;
    }
    if (!address.isLoopback())
        m_err->write(warning.toUtf8());
    m_err->write(said.toUtf8());
    SessionEvent info;
    info.timestampUs = nowUs();
    info.kind = EventKind::Info;
    info.payload = recorded.toUtf8();
    m_output.add(info);
    return true;
}

void ServingCommand::clientFinished(const std::function<void()> &stopServer)
{
    if (!m_settings.once)
        return;
    stopServer();
    if (!m_output.finish())
        m_exitCode = 3;
    emit finished(m_exitCode);
}

} // namespace wsi
