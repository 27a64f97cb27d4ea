#pragma once

#include "check/CheckPlan.h"
#include "check/CheckSequence.h"
#include "check/JUnitReport.h"

#include <QFile>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <memory>

namespace wsi {

class SessionRecorder;

// wsinspector-cli check: every file prepared first (a bad file or an unknown variable stops
// everything before a connection, exit 2), then each check of each file in turn, one JSON
// line per step and per check; exit 0 when all passed, 1 when one failed.
class CheckCommand final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QStringList files;
        QString environment;
        QMap<QString, QString> variables;
        QString junitPath;
        QString recordDir;
    };

    CheckCommand(Settings settings, QFile *out, QFile *err, QObject *parent = nullptr);
    ~CheckCommand() override;

    bool prepare();      // false: exitCode() is 2, the reason written
    void start();
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    void runFile();
    void startRecording(int check);
    void onStepFinished(const wsi::StepResult &result);
    void onCheckFinished(const wsi::CheckResult &result);
    void finish();
    void writeLine(const QJsonObject &object);

    Settings m_settings;
    QFile *m_out;
    QFile *m_err;
    QList<CheckPlan> m_plans;
    QList<JUnitReport::FileResult> m_results;
    int m_file = 0;
    CheckSequence m_sequence;
    std::unique_ptr<SessionRecorder> m_recorder;
    int m_exitCode = 0;
};

} // namespace wsi
