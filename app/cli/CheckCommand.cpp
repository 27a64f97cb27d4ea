#include "CheckCommand.h"

#include "record/SessionRecorder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace wsi {

CheckCommand::CheckCommand(Settings settings, QFile *out, QFile *err, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_out(out)
    , m_err(err)
{
    connect(&m_sequence, &CheckSequence::checkStarted, this, &CheckCommand::startRecording);
    connect(&m_sequence, &CheckSequence::stepFinished, this, [this](int, const StepResult &result) { onStepFinished(result); });
    connect(&m_sequence, &CheckSequence::checkFinished, this, [this](int, const CheckResult &result) { onCheckFinished(result); });
    connect(&m_sequence, &CheckSequence::finished, this, [this] {
        ++m_file;
        runFile();
    });
    connect(&m_sequence.runner().session(), &Session::eventOccurred, this, [this](const SessionEvent &event) {
        if (!m_recorder)
            return;
        SessionEvent recorded = event;
        const VariableSet &variables = m_sequence.runner().variables();
        if (!variables.secretValues().isEmpty() && (event.kind == EventKind::Text || event.kind == EventKind::Error
                                                     || event.kind == EventKind::Close || event.kind == EventKind::Info))
            recorded.payload = variables.maskSecrets(event.payloadText()).toUtf8();
        m_recorder->record(recorded);
    });
}

CheckCommand::~CheckCommand() = default;

bool CheckCommand::prepare()
{
    bool ok = true;
    for (const QString &path : std::as_const(m_settings.files)) {
        QString error;
        std::optional<CheckPlan> plan = CheckPlan::prepare(path, m_settings.environment, m_settings.variables, &error);
        if (!plan) {
            m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
            ok = false;
            continue;
        }
        m_plans.append(*plan);
        m_results.append({path, {}});
    }
    if (ok && !m_settings.recordDir.isEmpty() && !QDir().mkpath(m_settings.recordDir)) {
        m_err->write(tr("wsinspector-cli: cannot make the folder %1\n").arg(m_settings.recordDir).toUtf8());
        ok = false;
    }
    if (!ok)
        m_exitCode = 2;
    return ok;
}

void CheckCommand::start()
{
    m_file = 0;
    QMetaObject::invokeMethod(this, &CheckCommand::runFile, Qt::QueuedConnection);
}

void CheckCommand::runFile()
{
    if (m_file >= m_plans.size())
        return finish();
    m_sequence.start(m_plans.at(m_file));
}

void CheckCommand::startRecording(int check)
{
    m_recorder.reset();
    if (m_settings.recordDir.isEmpty())
        return;
    const CheckPlan &plan = m_plans.at(m_file);
    QString slug = plan.file.checks.at(check).name;
    for (QChar &c : slug)
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    const QString path = QDir(m_settings.recordDir)
                             .filePath(QStringLiteral("%1-%2-%3.jsonl").arg(QFileInfo(plan.file.path).completeBaseName()).arg(check + 1).arg(slug));
    m_recorder = std::make_unique<SessionRecorder>();
    QString error;
    if (!m_recorder->start(path, plan.options, false, &error)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        m_recorder.reset();
    }
}

void CheckCommand::writeLine(const QJsonObject &object)
{
    m_out->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CheckCommand::onStepFinished(const StepResult &result)
{
    QJsonObject line{{QStringLiteral("file"), m_plans.at(m_file).file.path},
                     {QStringLiteral("check"), m_plans.at(m_file).file.checks.at(m_sequence.currentCheck()).name},
                     {QStringLiteral("step"), result.index + 1},
                     {QStringLiteral("type"), CheckStep::typeName(result.type)},
                     {QStringLiteral("description"), result.description},
                     {QStringLiteral("result"), result.passed ? QStringLiteral("pass") : QStringLiteral("fail")},
                     {QStringLiteral("ms"), result.elapsedMs}};
    if (!result.passed) {
        line.insert(QStringLiteral("expected"), result.expected);
        line.insert(QStringLiteral("got"), result.got);
    }
    writeLine(line);
}

void CheckCommand::onCheckFinished(const CheckResult &result)
{
    if (m_recorder)
        m_recorder->stop();
    m_results[m_file].checks.append(result);
    QJsonObject line{{QStringLiteral("file"), m_plans.at(m_file).file.path},
                     {QStringLiteral("check"), result.name},
                     {QStringLiteral("result"), result.passed ? QStringLiteral("pass") : QStringLiteral("fail")},
                     {QStringLiteral("ms"), result.elapsedMs}};
    if (!result.passed) {
        line.insert(QStringLiteral("failure"), result.failureMessage());
        m_exitCode = 1;
    }
    writeLine(line);
}

void CheckCommand::finish()
{
    int checks = 0, failed = 0;
    for (const JUnitReport::FileResult &file : std::as_const(m_results))
        for (const CheckResult &check : file.checks) {
            ++checks;
            failed += check.passed ? 0 : 1;
        }
    m_err->write(tr("%n check(s) run, %1 failed\n", nullptr, checks).arg(failed).toUtf8());
    if (!m_settings.junitPath.isEmpty()) {
        QSaveFile file(m_settings.junitPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(JUnitReport::toXml(m_results)) < 0 || !file.commit()) {
            m_err->write(tr("wsinspector-cli: cannot write %1: %2\n").arg(m_settings.junitPath, file.errorString()).toUtf8());
            m_exitCode = qMax(m_exitCode, 1);
        }
    }
    emit finished(m_exitCode);
}

} // namespace wsi
