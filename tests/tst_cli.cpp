// wsinspector-cli as a user runs it: a real process, its stdout read as JSON lines.
#include "TestServers.h"
#include "server/EchoServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    void initTestCase() { QVERIFY(m_echo.listen()); }
    void sendsAndPrintsJsonLines();
    void staysUntilServerCloses();
    void badUrl_data();
    void badUrl();
    void refusedConnectionFails();
    void rejectedHandshakeShowsStatus();
    void serveAnswers();
    void reconnectGivesUpAfterAttempts();
    void onConnectAndHeartbeatFlags();

private:
    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
