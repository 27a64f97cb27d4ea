#pragma once

#include "CheckFile.h"
#include "collection/Variables.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wsi {

struct StepResult
{
    int index = 0;          // in the check, from 0
    CheckStep::Type type = CheckStep::Type::Connect;
    bool passed = false;
    QString description;    // the step, variables expanded (secrets masked)
    QString expected;       // a failed step: what it wanted
    QString got;            // a failed step: what came (or "nothing within 2000 ms")
    qint64 elapsedMs = 0;
};

struct CheckResult
{
    QString name;
    QList<StepResult> steps; // those that ran: the last one failed when the check failed
    bool passed = false;
    qint64 elapsedMs = 0;
    QString error;           // the check could not start (bad URL, unknown variable)
    // "step 3 (expect next: …): expected …, got …"; empty when it passed.
    QString failureMessage() const;
};

// Runs one check on a connection of its own: the steps in order, each passing or failing on
// what the session reports; the first failure ends the check (the connection is closed).
class CheckRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject *parent = nullptr);

    // options: the connection (reconnect is turned off: a check sees the drop); variables:
    // environment, --var and the file's own; captures are added as steps match.
    void start(const Check &check, const SessionOptions &options, const VariableSet &variables);
    bool isRunning() const { return m_running; }
    Session &session() { return m_session; }
    const VariableSet &variables() const { return m_variables; }

signals:
    void stepStarted(int index);
    void stepFinished(const wsi::StepResult &result);
    void finished(const wsi::CheckResult &result);

private:
    void runStep();
    void onEvent(const wsi::SessionEvent &event);
    void onTimeout();
    void examineInbox();
    void pass();
    void fail(const QString &expected, const QString &got);
    void finishCheck();
    void closeAndFinish();
    QString closeText() const;
    const CheckStep &step() const { return m_check.steps.at(m_index); }

    Check m_check;
    SessionOptions m_options;
    VariableSet m_variables;
    Session m_session;
    QTimer m_timer;
    QTimer m_closeWait;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    QList<SessionEvent> m_inbox;
    SessionEvent m_lastSeen;     // expect within: the last message that did not match
    bool m_sawMessage = false;
    std::optional<SessionEvent> m_close;
    CheckResult m_result;
    int m_index = -1;
    bool m_running = false;
    bool m_stepActive = false;
    bool m_opened = false;
    quint64 m_sendCounter = 0;
};

} // namespace wsi
