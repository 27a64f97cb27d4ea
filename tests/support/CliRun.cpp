#include "CliRun.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace wsi::test {

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.stdOut = process.readAllStandardOutput();
    run.stdErr = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray &line : run.stdOut.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError)
            run.events.append(document.object());
        else
            run.events.append(QJsonObject{{QStringLiteral("unparsable"), QString::fromUtf8(line)}});
    }
    return run;
}

} // namespace wsi::test
