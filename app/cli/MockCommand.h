#pragma once

#include "ServingCommand.h"
#include "mock/MockServer.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

// `wsinspector-cli serve --rules FILE`: runs a MockServer with the rules and prints every event of
// every client connection as a JSON line (with "conn"; "dir" out is what the mock server sent),
// records them when asked, and with --once finishes when the first client's connection has ended.
class MockCommand final : public ServingCommand
{
    Q_OBJECT
public:
    // rulesPath: where the rules came from, for the messages.
    MockCommand(const MockSettings &mock, const MockRules &rules, const QString &rulesPath, const Settings &settings, QIODevice *out,
                QIODevice *err, QObject *parent = nullptr);
    ~MockCommand() override;

    bool recordTo(const QString &path, bool includeSecrets);
    // Listens; false (after printing why: the port in use, say) when it cannot.
    bool start();
    MockServer &server() { return m_server; }

private:
    MockServer m_server;
    QString m_rulesPath;
    int m_ruleCount;
};

} // namespace wsi
