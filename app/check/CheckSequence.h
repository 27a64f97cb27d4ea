#pragma once

#include "CheckPlan.h"
#include "CheckRunner.h"

#include <QObject>

namespace wsi {

// The checks of one prepared file, one after another, each on a connection of its own.
class CheckSequence final : public QObject
{
    Q_OBJECT
public:
    explicit CheckSequence(QObject *parent = nullptr);

    void start(const CheckPlan &plan);
    bool isRunning() const { return m_check >= 0 && m_check < m_plan.file.checks.size(); }
    const CheckPlan &plan() const { return m_plan; }
    int currentCheck() const { return m_check; }
    CheckRunner &runner() { return m_runner; }
    const QList<CheckResult> &results() const { return m_results; }

signals:
    void checkStarted(int check);
    void stepStarted(int check, int step);
    void stepFinished(int check, const wsi::StepResult &result);
    void checkFinished(int check, const wsi::CheckResult &result);
    void finished();

private:
    void runNext();

    CheckPlan m_plan;
    CheckRunner m_runner;
    QList<CheckResult> m_results;
    int m_check = -1;
};

} // namespace wsi
