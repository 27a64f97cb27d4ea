#include "MockCommand.h"

#include "session/SessionOptions.h"

#include <QIODevice>

namespace wsi {

MockCommand::MockCommand(const MockSettings &mock, const MockRules &rules, const QString &rulesPath, const Settings &settings,
                         QIODevice *out, QIODevice *err, QObject *parent)
    : ServingCommand(settings, out, err, parent)
    , m_server(mock, rules)
    , m_rulesPath(rulesPath)
    , m_ruleCount(int(rules.rules.size()))
{
    connect(&m_server, &MockServer::eventOccurred, &output(), &EventOutput::add);
    connect(&m_server, &MockServer::connectionFinished, this, [this] { clientFinished([this] { m_server.close(); }); });
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
    return recordWith(path, options, includeSecrets);
}

bool MockCommand::start()
{
    QString error;
    const bool ok = m_server.listen(&error);
    return listened(ok, error, m_server.settings().address,
                    tr("wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect to the mock server\n")
                        .arg(m_server.settings().address.toString()),
                    tr("wsinspector-cli: mock server listening on %1 (%2: %n rule(s))\n", nullptr, m_ruleCount)
                        .arg(m_server.url().toString(), m_rulesPath),
                    QStringLiteral("mock server listening on %1, rules from %2").arg(m_server.url().toString(), m_rulesPath));
}

} // namespace wsi
