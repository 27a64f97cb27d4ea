#pragma once

#include "EventOutput.h"
#include "mock/MockServer.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

// `wsinspector-cli serve --rules FILE`: runs a MockServer with the rules and prints every event of
// every client connection as a JSON line (with "conn"; "dir" out is what the mock server sent),
// records them when asked, and with --once finishes when the first client's connection has ended.
class MockCommand final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool quiet = false;
        bool once = false;
        QString rulesPath; // for the messages
    };

    MockCommand(const MockSettings &mock, const MockRules &rules, const Settings &settings, QIODevice *out, QIODevice *err,
                QObject *parent = nullptr);
    ~MockCommand() override;

    bool recordTo(const QString &path, bool includeSecrets);
    // Listens; false (after printing why: the port in use, say) when it cannot.
    bool start();
    int exitCode() const { return m_exitCode; }
    MockServer &server() { return m_server; }

signals:
    void finished(int exitCode);

private:
    MockServer m_server;
    Settings m_settings;
    int m_ruleCount;
    QIODevice *m_err;
    EventOutput m_output;
    int m_exitCode = 0;
};

} // namespace wsi
