// Nothing lost, nothing unbounded: the programs themselves (CLI and window, as separate
// processes) against an endless raw flood of numbered messages, killed with SIGKILL as a
// crash would come; their memory sampled from /proc; running out of memory under a limit;
// files that are not files.
#include "CliRun.h"
#include "TestFiles.h"
#include "TestServers.h"
#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "session/EventJson.h"
#include "session/SessionEvent.h"
#include "session/SystemMemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wsi;
using wsi::test::ServerProcess;

namespace {

// What a recording of the numbered flood holds.
struct Numbered
{
    qint64 messages = 0;
    qint64 gaps = 0;     // a message whose number is not the one after the previous one
    qint64 cutLines = 0; // lines that are not JSON (only the last may be, after a kill)
    qint64 lastUs = 0;   // ts_us of the last message
};

Numbered readNumbered(const QString &path)
{
    Numbered result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    qint64 expected = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        // The common line is parsed by hand only as far as needed: millions of them.
        const qsizetype text = line.indexOf("\"text\":\"");
        if (!line.endsWith('\n')) {
            ++result.cutLines;
            continue;
        }
        if (!line.contains("\"event\":\"text\""))
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty() || text < 0) {
            ++result.cutLines;
            continue;
        }
        const qint64 number = line.mid(text + 8, 12).toLongLong();
        if (number != expected)
            ++result.gaps;
        expected = number + 1;
        ++result.messages;
        result.lastUs = qint64(event.value(QStringLiteral("ts_us")).toDouble());
    }
    return result;
}

// A "Name:  1234 kB" field of /proc/PID/status (VmRSS now, VmHWM the peak), in KiB; -1 when gone.
qint64 statusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QStringList programArguments(const QString &program, const QString &url, const QString &file)
{
    if (program == QLatin1String("cli"))
        return {QStringLiteral("connect"), url, QStringLiteral("--quiet"), QStringLiteral("--record"), file};
    return {url, QStringLiteral("--record"), file};
}

QString programPath(const QString &program)
{
    return program == QLatin1String("cli") ? QStringLiteral(WSI_CLI_PATH) : QStringLiteral(WSI_GUI_PATH);
}

// A window or CLI with settings of its own (a row limit, say), offscreen, English.
void prepare(QProcess &process, const QString &configDir, qsizetype rowLimit = 0)
{
    QDir().mkpath(configDir + QStringLiteral("/WebSocket Inspector"));
    QFile settings(configDir + QStringLiteral("/WebSocket Inspector/wsinspector.conf"));
    if (settings.open(QIODevice::WriteOnly))
        settings.write(QByteArray("[log]\nrowLimit=") + QByteArray::number(rowLimit) + '\n');
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

} // namespace

class tst_Durability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedDuringAFloodLosesOnlyTheLagBound_data();
    void killedDuringAFloodLosesOnlyTheLagBound();
    void windowMemoryLevelsOffWithARowLimit();
    void outOfMemoryEndsWithAMessageNotAnAbort();
    void aLineWithoutEndIsSkippedInBoundedMemory();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void bigFilesStreamThroughConvertAndReplay();

private:
    ServerProcess m_flood{QStringLiteral("../bench/flood_server.py")};
    ServerProcess m_misbehaving{QStringLiteral("misbehaving_server.py")};
    ServerProcess m_python{QStringLiteral("ws_server.py")};
    QTemporaryDir m_dir;
};

void tst_Durability::initTestCase()
{
    QString error;
    QVERIFY2(m_flood.start(&error), qPrintable(error));
    QVERIFY2(m_misbehaving.start(&error), qPrintable(error));
    QVERIFY2(m_python.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void tst_Durability::killedDuringAFloodLosesOnlyTheLagBound_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("seconds");
    QTest::newRow("cli, killed at 2 s") << QStringLiteral("cli") << 2;
    QTest::newRow("cli, killed at 5 s") << QStringLiteral("cli") << 5;
    QTest::newRow("window, killed at 2 s") << QStringLiteral("window") << 2;
    QTest::newRow("window, killed at 5 s") << QStringLiteral("window") << 5;
}

// An endless flood of numbered 100-byte messages; SIGKILL after a few seconds. The file holds
// every message from the first, in order, with no gap, and the newest is at most the lag bound
// older than the kill: what the program had read and not yet written is all that was lost.
void tst_Durability::killedDuringAFloodLosesOnlyTheLagBound()
{
    QFETCH(QString, program);
    QFETCH(int, seconds);
    const QString file = m_dir.filePath(QStringLiteral("%1-%2.jsonl").arg(program).arg(seconds));
    const QString url = m_flood.url(QStringLiteral("/numbered?n=0&size=100")).toString();
    QProcess process;
    prepare(process, m_dir.filePath(QStringLiteral("config-") + program));
    process.start(programPath(program), programArguments(program, url, file));
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QElapsedTimer running;
    running.start();
    // The flood runs until the moment of the kill; the file must have started filling by then.
    QTRY_VERIFY_WITH_TIMEOUT(running.elapsed() >= seconds * 1000 && QFileInfo(file).size() > 0, seconds * 1000 + 15000);
    QCOMPARE(process.state(), QProcess::Running);
    const qint64 killedUs = nowUs();
    process.kill();
    QVERIFY(process.waitForFinished(10000));

    const Numbered recorded = readNumbered(file);
    const double lagMs = double(killedUs - recorded.lastUs) / 1000.0;
    qInfo("%s: %lld messages in the file, the newest %.0f ms older than the kill, %lld cut line(s)", qPrintable(program),
          recorded.messages, lagMs, recorded.cutLines);
    QVERIFY2(recorded.messages > 10000, "the flood reached the file");
    QCOMPARE(recorded.gaps, 0);
    QVERIFY(recorded.cutLines <= 1);
    // The bound with room for a loaded machine's scheduling (the figure itself: README, bench).
    QVERIFY2(lagMs <= 3 * SessionRecorder::LagBoundMs, qPrintable(QStringLiteral("%1 ms").arg(lagMs)));
}

// The window with a row limit of 100,000 under a flood of 2,000,000 messages: its memory,
// sampled every 100 ms, stays under a bound; the recording keeps every message.
void tst_Durability::windowMemoryLevelsOffWithARowLimit()
{
    const QString file = m_dir.filePath(QStringLiteral("limited.jsonl"));
    QProcess window;
    prepare(window, m_dir.filePath(QStringLiteral("config-limited")), 100000);
    const qint64 total = 2000000;
    window.start(QStringLiteral(WSI_GUI_PATH), {m_flood.url(QStringLiteral("/numbered?n=%1&size=100").arg(total)).toString(),
                                                QStringLiteral("--record"), file});
    QVERIFY2(window.waitForStarted(10000), qPrintable(window.errorString()));
    qint64 peakKiB = 0;
    QList<qint64> curve;
    // Done when the recording has the close: every message read and written.
    const auto closed = [&] {
        const qint64 now = statusKiB(window.processId(), "VmRSS");
        peakKiB = qMax(peakKiB, now);
        curve.append(now / 1024);
        QFile recording(file);
        if (!recording.open(QIODevice::ReadOnly) || recording.size() < 4096)
            return false;
        recording.seek(recording.size() - 4096);
        return recording.read(4096).contains("\"event\":\"close\"");
    };
    QTRY_VERIFY_WITH_TIMEOUT(closed(), 240000);
    QStringList shown;
    for (qsizetype i = 0; i < curve.size(); i += qMax<qsizetype>(1, curve.size() / 20))
        shown << QString::number(curve.at(i));
    qInfo("window RSS (MiB), sampled: %s; peak %lld MiB", qPrintable(shown.join(u' ')), peakKiB / 1024);
    window.terminate();
    window.waitForFinished(10000);
    QCOMPARE(readNumbered(file).messages, total);
    // 100,000 rows of 100 B are ~20 MiB of log; the program, its fonts and queues the rest.
    // Without the limit the same flood takes over 400 MiB. Sanitizer builds carry their shadow.
    QVERIFY2(peakKiB / 1024 < WSI_RSS_BOUND_MB, qPrintable(QStringLiteral("peak %1 MiB").arg(peakKiB / 1024)));
}

// Told to accept a 1.5 GB message with less memory than that (ulimit -v), the CLI says it ran
// out of memory and exits with its code: no SIGABRT, no core; the recording's lines are whole.
void tst_Durability::outOfMemoryEndsWithAMessageNotAnAbort()
{
    const QString file = m_dir.filePath(QStringLiteral("oom.jsonl"));
    // ASan reserves terabytes of address space, so its builds cannot start under ulimit -v: there
    // its own allocator is limited instead (and told to fail as malloc does).
    const QString limit = WSI_SANITIZED ? QString() : QStringLiteral("ulimit -v 1200000; ");
    const QString command = QStringLiteral("%4exec \"%1\" connect \"%2\" --quiet --max-message-size 4000000000 --record \"%3\"")
                                .arg(QStringLiteral(WSI_CLI_PATH), m_misbehaving.url(QStringLiteral("/huge?size=1500000000")).toString(), file, limit);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("allocator_may_return_null=1:max_allocation_size_mb=1000"));
    cli.setProcessEnvironment(environment);
    // Standard input stays open (its end would end the CLI's session).
    cli.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
    const QByteArray stdErr = cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), SystemMemory::OutOfMemoryExitCode);
    QVERIFY2(stdErr.contains("out of memory"), stdErr.constData());
    // The three good messages before the huge one are in the file, whole.
    QFile recording(file);
    QVERIFY(recording.open(QIODevice::ReadOnly));
    const QByteArray text = recording.readAll();
    QVERIFY2(text.contains("good 3"), text.left(2000).constData());
}

// 100 MiB of zero bytes with no newline on standard input (as `< /dev/zero` gives, without end):
// the CLI skips the line past StdinReader::MaxLineBytes and says so, the next line is sent, and
// its memory never held the line (it grew to 500 MB for this before).
void tst_Durability::aLineWithoutEndIsSkippedInBoundedMemory()
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("connect"), m_python.url(QStringLiteral("/echo")).toString()});
    QVERIFY(cli.waitForStarted(10000));
    // Written as the event loop lets the pipe take it; standard input stays open afterwards.
    const QByteArray zeros(1 << 20, '\0');
    for (int i = 0; i < 100; ++i)
        cli.write(zeros);
    cli.write("\nafter\n");
    QByteArray out;
    // The line comes out as it happens (standard output is a pipe here, as for `| jq`).
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("\"dir\":\"in\",\"size\":5,\"text\":\"after\""), 60000);
    const qint64 peakKiB = statusKiB(cli.processId(), "VmHWM");
    cli.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
    const QByteArray stdErr = cli.readAllStandardError();
    QVERIFY2(stdErr.contains("line 1 is longer than 64 MiB: not sent"), stdErr.constData());
    // A line of the input that could not be sent makes the run fail.
    QCOMPARE(cli.exitCode(), 1);
    qInfo("peak RSS %lld MiB for a 100 MiB line", peakKiB / 1024);
    QVERIFY(peakKiB > 0);
    QVERIFY2(peakKiB / 1024 < WSI_RSS_BOUND_MB, qPrintable(QStringLiteral("peak %1 MiB").arg(peakKiB / 1024)));
}

void tst_Durability::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("is a pipe or socket, not a file");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("is a device, not a file");
    QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("is a folder, not a file");
}

// A FIFO with no writer, a device that never ends, a folder: convert and replay refuse each
// at once with a message that says what it is (a FIFO's open() would wait for a writer forever).
void tst_Durability::specialFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = kind;
    if (kind == QLatin1String("fifo")) {
        path = m_dir.filePath(QStringLiteral("pipe.jsonl"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == QLatin1String("directory")) {
        path = m_dir.filePath(QStringLiteral("folder.jsonl"));
        QVERIFY(QDir().mkpath(path));
    }
    for (const QStringList &arguments : {QStringList{QStringLiteral("convert"), path, m_dir.filePath(QStringLiteral("out.csv"))},
                                        QStringList{QStringLiteral("replay"), path}}) {
        QProcess cli;
        cli.start(QStringLiteral(WSI_CLI_PATH), arguments);
        cli.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
        const QString stdErr = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(stdErr.contains(expected), qPrintable(stdErr));
    }
}

// A 200 MB recording (900,000 numbered messages received, none sent): convert writes it to CSV
// and replay says it has nothing to send, each holding one event at a time, not the file (they
// took about 2.3 times its size before).
void tst_Durability::bigFilesStreamThroughConvertAndReplay()
{
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    const int count = 900000;
    QVERIFY(test::writeNumberedSession(path, count));
    const qint64 fileMiB = QFileInfo(path).size() >> 20;
    QVERIFY2(fileMiB >= 190, qPrintable(QString::number(fileMiB)));
    const qint64 boundMiB = WSI_SANITIZED ? WSI_RSS_BOUND_MB : 100;

    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    const test::MeasuredRun convert = test::runMeasured(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("convert"), path, csv}, m_dir.path());
    QVERIFY2(convert.exitCode == 0, convert.err.constData());
    QVERIFY2(convert.out.contains(QByteArray::number(count) + " events written"), convert.out.constData());
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    QByteArray last;
    while (!table.atEnd()) {
        const QByteArray line = table.readLine();
        ++lines;
        last = line;
    }
    QCOMPARE(lines, qint64(count) + 1); // and the column names
    QVERIFY2(last.contains("\"000000899999mmm"), last.constData());
    qInfo("convert of %lld MiB to CSV: peak RSS %lld MiB", fileMiB, convert.peakKiB / 1024);
    QVERIFY2(convert.peakKiB > 0 && convert.peakKiB / 1024 < boundMiB, qPrintable(QString::number(convert.peakKiB / 1024)));

    const test::MeasuredRun replay = test::runMeasured(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("replay"), path}, m_dir.path());
    QCOMPARE(replay.exitCode, 1);
    const QByteArray said = "the session has no outgoing messages to replay (it holds " + QByteArray::number(count) + " received messages only)";
    QVERIFY2(replay.err.count(said) == 1, replay.err.left(2000).constData());
    qInfo("replay of %lld MiB received only: peak RSS %lld MiB", fileMiB, replay.peakKiB / 1024);
    QVERIFY2(replay.peakKiB > 0 && replay.peakKiB / 1024 < boundMiB, qPrintable(QString::number(replay.peakKiB / 1024)));
}

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
