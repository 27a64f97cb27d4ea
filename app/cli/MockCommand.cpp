#include "MockCommand.h"

#include "session/SessionOptions.h"

#include <QIODevice>

namespace wsi {

MockCommand::MockCommand(const MockSettings &mock, const MockRules &rules, const Settings &settings, QIODevice *out, QIODevice *err,
                         QObject *parent)
    : QObject(parent)
    , m_server(mock, rules)
    , m_settings(settings)
    , m_ruleCount(int(rules.rules.size()))
    , m_err(err)
    , m_output(out, err, settings.quiet)
{
    connect(&m_server, &MockServer::eventOccurred, &m_output, &EventOutput::add);
    connect(&m_server, &MockServer::connectionFinished, this, [this] {
        if (!m_settings.once)
            return;
        m_server.close();
        if (!m_output.finish())
            m_exitCode = 3;
        emit finished(m_exitCode);
    });
}

MockCommand::~MockCommand()
{
    m_server.disconnect(this);
}

bool MockCommand::recordTo(const QString &path, bool includeSecrets)
{
    SessionOptions options;
    options.url.setScheme(QStringLiteral("ws"));
    options.url.setHost(m_server.settings().address.toString());
    options.url.setPort(m_server.settings().port);
    options.url.setPath(QStringLiteral("/"));
    if (!m_output.recordTo(path, options, includeSecrets)) {
        m_exitCode = 2;
        return false;
    }
    return true;
}

bool MockCommand::start()
{
    QString error;
    if (!m_server.listen(&error)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        m_exitCode = 1;
        return false;
    }
    const QHostAddress address = m_server.settings().address;
    if (!address.isLoopback())
        m_err->write(tr("wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect to the mock server\n")
                         .arg(address.toString()).toUtf8());
    m_err->write(tr("wsinspector-cli: mock server listening on %1 (%2: %n rule(s))\n", nullptr, m_ruleCount)
                     .arg(m_server.url().toString(), m_settings.rulesPath).toUtf8());
    SessionEvent info;
    info.timestampUs = nowUs();
    info.kind = EventKind::Info;
    info.payload = QStringLiteral("mock server listening on %1, rules from %2").arg(m_server.url().toString(), m_settings.rulesPath).toUtf8();
    m_output.add(info);
    return true;
}

} // namespace wsi
