#include "CliRun.h"

#include <QDeadlineTimer>
#include <QFile>
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

MeasuredRun runMeasured(const QString &program, const QStringList &arguments, const QString &dir, int timeoutMs)
{
    const QString report = dir + QStringLiteral("/rusage.txt");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral("-c"),
                              QStringLiteral("import resource, subprocess, sys\n"
                                             "code = subprocess.run(sys.argv[2:]).returncode\n"
                                             "open(sys.argv[1], 'w').write('%d %d' % (code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"),
                              report, program}
                      + arguments);
    process.closeWriteChannel();
    MeasuredRun finished;
    if (!process.waitForFinished(timeoutMs))
        return finished;
    finished.out = process.readAllStandardOutput();
    finished.err = process.readAllStandardError();
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().split(' ');
        finished.exitCode = fields.value(0).toInt();
        finished.peakKiB = fields.value(1).toLongLong();
    }
    return finished;
}


} // namespace wsi::test
