#include "CheckSequence.h"

namespace wsi {

CheckSequence::CheckSequence(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &CheckRunner::stepStarted, this, [this](int step) { emit stepStarted(m_check, step); });
    connect(&m_runner, &CheckRunner::stepFinished, this, [this](const StepResult &result) { emit stepFinished(m_check, result); });
    connect(&m_runner, &CheckRunner::finished, this, [this](const CheckResult &result) {
        m_results.append(result);
        emit checkFinished(m_check, result);
        QMetaObject::invokeMethod(this, &CheckSequence::runNext, Qt::QueuedConnection);
    });
}

void CheckSequence::start(const CheckPlan &plan)
{
    m_plan = plan;
    m_results.clear();
    m_check = -1;
    runNext();
}

void CheckSequence::runNext()
{
    ++m_check;
    if (m_check >= m_plan.file.checks.size())
        return emit finished();
    emit checkStarted(m_check);
    m_runner.start(m_plan.file.checks.at(m_check), m_plan.options, m_plan.variables);
}

} // namespace wsi
