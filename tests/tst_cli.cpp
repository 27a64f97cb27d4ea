// wsinspector-cli as a user runs it: a real process, its stdout read as JSON lines.
#include "TestServers.h"
#include "record/SessionFile.h"
#include "server/EchoServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <QTest>

using namespace wsi;

namespace {

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QString stdErr;
    QByteArray stdOut;
};

// Runs the CLI while this process's event loop keeps serving the in-process servers.
CliRun runCli(const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    process.start(QStringLiteral(WSI_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
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

QList<QJsonObject> withEvent(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : events)
        if (event.value(QStringLiteral("event")).toString() == name)
            found.append(event);
    return found;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_echo.listen());
        QString error;
        QVERIFY2(m_python.start(&error), qPrintable(error));
    }
    void sendsAndPrintsJsonLines();
    void staysUntilServerCloses();
    void badUrl_data();
    void badUrl();
    void refusedConnectionFails();
    void rejectedHandshakeShowsStatus();
    void serveAnswers();
    void reconnectGivesUpAfterAttempts();
    void onConnectAndHeartbeatFlags();
    void socketIoFlag();
    void recordThenReplayCheck();
    void recordingToAFullDiskFails();
    void convertHarAndBack();
    void replayBadFile();
    void killedDuringFloodKeepsEverythingBefore();

private:
    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
    test::ServerProcess m_python;
    QTemporaryDir m_dir;
};

void tst_Cli::sendsAndPrintsJsonLines()
{
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--send"),
                               QStringLiteral("one"), QStringLiteral("--send"), QStringLiteral("<b>two</b>"),
                               QStringLiteral("--wait"), QStringLiteral("0.5")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(withEvent(run.events, QStringLiteral("unparsable")).isEmpty());
    const QList<QJsonObject> texts = withEvent(run.events, QStringLiteral("text"));
    QCOMPARE(texts.size(), 4);
    QCOMPARE(texts.at(0).value(QStringLiteral("dir")).toString(), QStringLiteral("out"));
    QCOMPARE(texts.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("one"));
    QCOMPARE(texts.at(3).value(QStringLiteral("dir")).toString(), QStringLiteral("in"));
    QCOMPARE(texts.at(3).value(QStringLiteral("text")).toString(), QStringLiteral("<b>two</b>"));
    QVERIFY(texts.at(3).value(QStringLiteral("time")).toString().endsWith(u'Z'));
    QCOMPARE(withEvent(run.events, QStringLiteral("open")).size(), 1);
    const QJsonObject close = withEvent(run.events, QStringLiteral("close")).value(0);
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(close.value(QStringLiteral("by")).toString(), QStringLiteral("client"));
    // The open event comes before the first send, as in a browser.
    QVERIFY(run.events.indexOf(withEvent(run.events, QStringLiteral("open")).first()) < run.events.indexOf(texts.first()));
}

void tst_Cli::staysUntilServerCloses()
{
    const CliRun run = runCli({QStringLiteral("connect"), m_scripted.url(QStringLiteral("/close1011")).toString()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject close = withEvent(run.events, QStringLiteral("close")).value(0);
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1011);
    QCOMPARE(close.value(QStringLiteral("reason")).toString(), QStringLiteral("boom"));
    QCOMPARE(close.value(QStringLiteral("meaning")).toString(), QStringLiteral("Internal error"));
    QCOMPARE(close.value(QStringLiteral("by")).toString(), QStringLiteral("server"));
}

void tst_Cli::badUrl_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("http") << QStringList{QStringLiteral("connect"), QStringLiteral("http://example.com")}
                          << "scheme must be ws:// or wss://";
    QTest::newRow("no url") << QStringList{QStringLiteral("connect")} << "exactly one URL";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("bad heartbeat") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:1/"),
                                                  QStringLiteral("--heartbeat"), QStringLiteral("sometimes")}
                                   << "--heartbeat wants off, ping or text";
    QTest::newRow("bad regex") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:1/"),
                                              QStringLiteral("--heartbeat-reply"), QStringLiteral("(["), QStringLiteral("--heartbeat-reply-regex")}
                               << "not a valid regular expression";
    QTest::newRow("bad offline") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:1/"),
                                                QStringLiteral("--offline"), QStringLiteral("drop")}
                                 << "--offline wants queue or refuse";
    QTest::newRow("bad wait") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:1/"),
                                             QStringLiteral("--wait"), QStringLiteral("soon")}
                              << "--wait wants a number";
}

void tst_Cli::badUrl()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.contains(message), qPrintable(run.stdErr));
}

void tst_Cli::refusedConnectionFails()
{
    const quint16 port = test::unusedPort();
    const CliRun run = runCli({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdErr.contains(QStringLiteral("Connection refused")), qPrintable(run.stdErr));
    QCOMPARE(withEvent(run.events, QStringLiteral("error")).size(), 1);
}

void tst_Cli::rejectedHandshakeShowsStatus()
{
    test::RawHttpServer server("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    const CliRun run = runCli({QStringLiteral("connect"), server.url().toString()});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = withEvent(run.events, QStringLiteral("error")).value(0);
    QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 403);
    QVERIFY2(run.stdErr.contains(QStringLiteral("HTTP 403 Forbidden")), qPrintable(run.stdErr));
}

void tst_Cli::serveAnswers()
{
    const quint16 port = test::unusedPort();
    QProcess server;
    server.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY(server.canReadLine());
    QCOMPARE(server.readLine().trimmed(), QStringLiteral("Echo server listening on ws://127.0.0.1:%1/").arg(port).toUtf8());
    const CliRun run = runCli({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                               QStringLiteral("--send"), QStringLiteral("ping?"), QStringLiteral("--wait"), QStringLiteral("0.3")});
    server.kill();
    server.waitForFinished();
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> texts = withEvent(run.events, QStringLiteral("text"));
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.last().value(QStringLiteral("text")).toString(), QStringLiteral("ping?"));

    // A second server on the same port is refused with a clear message.
    QProcess blocker;
    blocker.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY(blocker.waitForStarted());
    QTRY_VERIFY(blocker.canReadLine());
    const CliRun second = runCli({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    blocker.kill();
    blocker.waitForFinished();
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.stdErr.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port)), qPrintable(second.stdErr));
}

void tst_Cli::reconnectGivesUpAfterAttempts()
{
    const quint16 port = test::unusedPort();
    const CliRun run = runCli({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port), QStringLiteral("--reconnect"),
                               QStringLiteral("--reconnect-attempts"), QStringLiteral("2"), QStringLiteral("--reconnect-delay"),
                               QStringLiteral("0.05")});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> reconnects = withEvent(run.events, QStringLiteral("reconnect"));
    QCOMPARE(reconnects.size(), 3);
    QCOMPARE(reconnects.at(0).value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(reconnects.at(2).value(QStringLiteral("detail")).toString(), QStringLiteral("Gave up after 2 reconnect attempts"));
    QCOMPARE(withEvent(run.events, QStringLiteral("error")).size(), 3);
}

void tst_Cli::onConnectAndHeartbeatFlags()
{
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--on-connect"),
                               QStringLiteral("auth"), QStringLiteral("--heartbeat"), QStringLiteral("ping"),
                               QStringLiteral("--heartbeat-interval"), QStringLiteral("0.1"), QStringLiteral("--wait"),
                               QStringLiteral("0.6")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> texts = withEvent(run.events, QStringLiteral("text"));
    QVERIFY(!texts.isEmpty());
    QCOMPARE(texts.first().value(QStringLiteral("text")).toString(), QStringLiteral("auth"));
    QCOMPARE(texts.first().value(QStringLiteral("tag")).toString(), QStringLiteral("on-connect"));
    const QList<QJsonObject> pongs = withEvent(run.events, QStringLiteral("pong"));
    QVERIFY2(pongs.size() >= 2, qPrintable(QString::number(pongs.size())));
    QVERIFY(pongs.first().contains(QStringLiteral("rtt_ms")));
}

void tst_Cli::socketIoFlag()
{
    // --socketio against npm socket.io: the emit given with --send waits for the namespace, pings are answered.
    test::ServerProcess io(QStringLiteral("socketio_server.js"));
    QString error;
    QVERIFY2(io.start(&error, 0, {QStringLiteral("--ping-interval"), QStringLiteral("200"), QStringLiteral("--ping-timeout"), QStringLiteral("200")}),
             qPrintable(error));
    const CliRun run = runCli({QStringLiteral("connect"), io.url(QString()).toString(), QStringLiteral("--socketio"),
                               QStringLiteral("--send"), QStringLiteral(R"(42["anotherNews","from the cli"])"),
                               QStringLiteral("--wait"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(io.waitForLine("from the cli").contains("anotherNews"));
    int news = 0, pongs = 0;
    for (const QJsonObject &text : withEvent(run.events, QStringLiteral("text"))) {
        news += text.value(QStringLiteral("text")).toString().startsWith(QStringLiteral(R"x(42["news")x"))
                && text.value(QStringLiteral("tag")).toString() == QStringLiteral("socket.io");
        pongs += text.value(QStringLiteral("text")).toString() == QStringLiteral("3")
                 && text.value(QStringLiteral("tag")).toString() == QStringLiteral("engine.io");
    }
    QCOMPARE(news, 1);
    QVERIFY2(pongs >= 3, qPrintable(QString::number(pongs)));
    QCOMPARE(withEvent(run.events, QStringLiteral("close")).constLast().value(QStringLiteral("by")).toString(), QStringLiteral("client"));
}

void tst_Cli::recordingToAFullDiskFails()
{
    // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--send"), QStringLiteral("lost"),
                               QStringLiteral("--wait"), QStringLiteral("0.2"), QStringLiteral("--record"), QStringLiteral("/dev/full")});
    QVERIFY2(run.exitCode == 3, qPrintable(QString::number(run.exitCode) + u' ' + run.stdErr));
    QVERIFY2(run.stdErr.contains(QStringLiteral("Recording to /dev/full failed: No space left on device")), qPrintable(run.stdErr));
    // The messages themselves still reached standard output.
    QVERIFY(std::any_of(run.events.cbegin(), run.events.cend(), [](const QJsonObject &event) {
        return event.value(QStringLiteral("dir")).toString() == QStringLiteral("in") && event.value(QStringLiteral("text")).toString() == QStringLiteral("lost");
    }));
}

void tst_Cli::recordThenReplayCheck()
{
    const QString file = m_dir.filePath(QStringLiteral("echo.jsonl"));
    const CliRun recorded = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--send"),
                                    QStringLiteral(R"({"op":"subscribe","ch":"a"})"), QStringLiteral("--send"), QStringLiteral("two"),
                                    QStringLiteral("--wait"), QStringLiteral("0.3"), QStringLiteral("--record"), file});
    QCOMPARE(recorded.exitCode, 0);
    QVERIFY(QFile::exists(file));

    // Against the same echo server: every reply matches.
    const CliRun pass = runCli({QStringLiteral("replay"), file, QStringLiteral("--check"), QStringLiteral("--speed"), QStringLiteral("max")});
    QVERIFY2(pass.exitCode == 0, qPrintable(pass.stdErr));
    QVERIFY2(pass.stdErr.contains(QStringLiteral("2 sent, 2 replies matched, 0 mismatched, 0 missing, 0 unexpected: PASS")), qPrintable(pass.stdErr));
    QCOMPARE(withEvent(pass.events, QStringLiteral("text")).size(), 4);

    // Against a server that answers differently: non-zero, with a readable report.
    const CliRun fail = runCli({QStringLiteral("replay"), file, QStringLiteral("--url"), m_python.url(QStringLiteral("/differ")).toString(),
                                QStringLiteral("--check"), QStringLiteral("--compare"), QStringLiteral("json")});
    QCOMPARE(fail.exitCode, 1);
    QVERIFY2(fail.stdErr.contains(QStringLiteral("reply 1: MISMATCH: $.ch: expected \"a\", got (missing)")), qPrintable(fail.stdErr));
    QVERIFY(fail.stdErr.contains(QStringLiteral(": FAIL")));

    // Without --check a mismatch is reported but is not a failure.
    const CliRun report = runCli({QStringLiteral("replay"), file, QStringLiteral("--url"), m_python.url(QStringLiteral("/differ")).toString()});
    QCOMPARE(report.exitCode, 0);
    QVERIFY(report.stdErr.contains(QStringLiteral("MISMATCH")));
}

void tst_Cli::convertHarAndBack()
{
    const QString session = m_dir.filePath(QStringLiteral("from-chrome.jsonl"));
    const QString har = m_dir.filePath(QStringLiteral("back.har"));
    const CliRun toSession = runCli({QStringLiteral("convert"), QStringLiteral(WSI_TEST_DATA_DIR "/firefox.har"), session});
    QVERIFY2(toSession.exitCode == 0, qPrintable(toSession.stdErr));
    QVERIFY(toSession.stdOut.contains("5 events written"));
    const CliRun toHar = runCli({QStringLiteral("convert"), session, har});
    QCOMPARE(toHar.exitCode, 0);
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\"_webSocketMessages\""));
    QVERIFY(text.contains("héllo wörld"));

    // The converted browser session replays against the echo server and passes.
    const CliRun replay = runCli({QStringLiteral("replay"), session, QStringLiteral("--url"), m_echo.url().toString(),
                                  QStringLiteral("--check"), QStringLiteral("--speed"), QStringLiteral("10")});
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.stdErr));
}

void tst_Cli::replayBadFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("nope.jsonl"));
    const CliRun run = runCli({QStringLiteral("replay"), missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.contains(missing + QStringLiteral(": no such file")), qPrintable(run.stdErr));
    const CliRun har = runCli({QStringLiteral("convert"), QStringLiteral(WSI_TEST_DATA_DIR "/chrome.har"), m_dir.filePath(QStringLiteral("x.jsonl"))});
    QCOMPARE(har.exitCode, 0);
    const CliRun badSpeed = runCli({QStringLiteral("replay"), m_dir.filePath(QStringLiteral("x.jsonl")), QStringLiteral("--speed"), QStringLiteral("fast")});
    QCOMPARE(badSpeed.exitCode, 2);
    QVERIFY(badSpeed.stdErr.contains(QStringLiteral("--speed wants a factor")));
}

void tst_Cli::killedDuringFloodKeepsEverythingBefore()
{
    // A real non-Qt server floods; the CLI records; SIGKILL mid-flood.
    const QString file = m_dir.filePath(QStringLiteral("killed.jsonl"));
    QProcess cli;
    cli.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("connect"), m_python.url(QStringLiteral("/flood?n=5000000&size=100")).toString(),
                                             QStringLiteral("--record"), file, QStringLiteral("--quiet")});
    QVERIFY(cli.waitForStarted());
    // Wait until messages are flowing, then let it run a little.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(file).size() > 200000, 10000);
    QTest::qWait(300);
    const qint64 killedAtUs = nowUs();
    ::kill(pid_t(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(5000));

    const SessionFile::Contents read = SessionFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.fatalError));
    // At most the last line is damaged, and it is reported, not fatal.
    QVERIFY2(read.problems.size() <= 1, qPrintable(read.problems.join(u'\n')));
    if (!read.problems.isEmpty())
        QVERIFY2(read.problems.first().contains(QStringLiteral("the last line is cut short")), qPrintable(read.problems.first()));
    // Every message before the kill is there, in order, none skipped.
    int expected = 0;
    for (const SessionEvent &event : read.events) {
        if (event.kind != EventKind::Text)
            continue;
        QCOMPARE(event.payload.left(10).toInt(), expected);
        ++expected;
    }
    QVERIFY2(expected > 1000, qPrintable(QString::number(expected)));
    // What was lost is at most the last fraction of a second.
    const qint64 lostMs = (killedAtUs - read.events.back().timestampUs) / 1000;
    QVERIFY2(lostMs < 250, qPrintable(QStringLiteral("the last recorded event is %1 ms before the kill").arg(lostMs)));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
