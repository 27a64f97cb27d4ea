#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsi::test {

// What a program run by the tests printed: its JSON lines (a line that is not JSON becomes
// {"unparsable": line}), its standard error and its exit code (-1: it did not start or finish).
struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QString stdErr;
    QByteArray stdOut;
};

// Runs a program while this process's event loop keeps serving the in-process servers;
// input is its whole standard input (then end of file, as `< file` gives).
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 20000);

// A program run to its end with its peak RSS (getrusage of the child, from a python3 parent:
// exact, not sampled). peakKiB -1 when it could not be measured.
struct MeasuredRun
{
    int exitCode = -1;
    qint64 peakKiB = -1;
    QByteArray out, err;
};
MeasuredRun runMeasured(const QString &program, const QStringList &arguments, const QString &scratchDir, int timeoutMs = 600000);

} // namespace wsi::test
