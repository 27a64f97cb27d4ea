// wsinspector-cli as a user runs it: a real process, its stdout read as JSON lines.
#include "CliRun.h"
#include "TestServers.h"
#include "record/SessionFile.h"
#include "server/EchoServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wsi;

namespace {

using test::CliRun;
using test::runProgram;

CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 20000)
{
    return runProgram(QStringLiteral(WSI_CLI_PATH), arguments, input, timeoutMs);
}

// What sink_server.py says about one connection, found by its path.
QJsonObject sinkReport(test::ServerProcess &sink, const QString &path)
{
    const QByteArray line = sink.waitForLine(QByteArrayLiteral("\"path\": \"") + path.toUtf8() + '"', 10000);
    return QJsonDocument::fromJson(line).object();
}

// sink_server.py's digest: every message in order as (8-byte big-endian length, bytes).
QString sinkDigest(const QList<QByteArray> &messages)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &message : messages) {
        const quint64 size = quint64(message.size());
        char length[8];
        for (int i = 0; i < 8; ++i)
            length[i] = char(size >> (56 - 8 * i));
        hash.addData(QByteArrayView(length, 8));
        hash.addData(message);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The CLI on a pseudo-terminal, as a person runs it: keys written, the screen read.
class PtyCli
{
public:
    ~PtyCli()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
    }
    bool start(const QStringList &arguments, const QByteArrayList &extraEnvironment)
    {
        QByteArrayList argStrings{QByteArrayLiteral(WSI_CLI_PATH)};
        for (const QString &argument : arguments)
            argStrings.append(argument.toUtf8());
        QByteArrayList envStrings = extraEnvironment;
        for (char **entry = environ; *entry; ++entry) {
            const QByteArray variable(*entry);
            if (!variable.startsWith("NO_COLOR=") && !variable.startsWith("TERM="))
                envStrings.append(variable);
        }
        // Built before fork: the child only calls execve.
        std::vector<char *> argv, envp;
        for (QByteArray &a : argStrings)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &e : envStrings)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        struct winsize size = {24, 100, 0, 0};
        m_pid = forkpty(&m_master, nullptr, nullptr, &size);
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        return true;
    }
    void type(const QByteArray &keys) { QVERIFY(::write(m_master, keys.constData(), size_t(keys.size())) == keys.size()); }
    // Everything shown so far, colours and cursor moves included.
    const QByteArray &raw()
    {
        pump();
        return m_output;
    }
    // The screen's text as a terminal shows it: "\r\e[K" erases the line being typed, so what is
    // printed above the prompt reads as whole lines; colours and cursor moves are dropped.
    QString text()
    {
        const QString raw = QString::fromUtf8(this->raw());
        QStringList lines{QString()};
        qsizetype column = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            QString &line = lines.last();
            if (c == u'\r') {
                column = 0;
            } else if (c == u'\n') {
                lines.append(QString());
                column = 0;
            } else if (c == u'\x1b' && i + 1 < raw.size() && raw.at(i + 1) == u'[') {
                qsizetype end = i + 2;
                while (end < raw.size() && !raw.at(end).isLetter())
                    ++end;
                if (end < raw.size() && raw.at(end) == u'K')
                    line.truncate(column);
                else if (end < raw.size() && raw.at(end) == u'C')
                    column += qMax(1, raw.mid(i + 2, end - i - 2).toInt());
                i = end;
            } else {
                if (line.size() < column)
                    line.append(QString(column - line.size(), u' '));
                line.replace(column, 1, c);
                ++column;
            }
        }
        return lines.join(u'\n');
    }
    bool hasExited()
    {
        pump();
        if (!m_exited) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_exited = true;
                m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
        }
        return m_exited;
    }
    int exitCode() const { return m_exitCode; }

private:
    void pump()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            m_output.append(buffer, n);
    }
    pid_t m_pid = -1;
    int m_master = -1;
    QByteArray m_output;
    bool m_exited = false;
    int m_exitCode = -1;
};

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
        QVERIFY2(m_sink.start(&error), qPrintable(error));
    }
    void sendsAndPrintsJsonLines();
    void wireFactsInJsonLines();
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
    void recordNeverReplacesAndIsPrivate();
    void convertMasksSecretsUnlessAsked();
    void convertHarAndBack();
    void replayBadFile();
    void killedDuringFloodKeepsEverythingBefore();
    // Issue 20: the command line as websocat and wscat users type it.
    void stdinLinesArriveInOrder();
    void stdinOneMebibyteLine();
    void binaryLinesHex();
    void invalidUtf8LineIsRefusedByNumber();
    void stdinMessageSendsAllOfIt();
    void slashCommandsWhenPiped();
    void noCloseKeepsListeningAfterEndOfInput();
    void outputTextPipesIntoJq();
    void closedStdinIsEndOfInput();
    void shortFlags();
    void protocolFailureClosedByClientExitsOne();
    void humanModeOnATerminal();
    void ctrlDClosesAndNoColor();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void bashCompletion();
    void manPageRenders();

private:
    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
    test::ServerProcess m_python;
    test::ServerProcess m_sink{QStringLiteral("sink_server.py")};
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

void tst_Cli::wireFactsInJsonLines()
{
    // A refusal with its headers and body, read on the wire (QWebSocket 6.4 says "Unknown error").
    test::RawHttpServer refusing("HTTP/1.1 400 Bad Request\r\nX-WebSocket-Reject-Reason: echo-protocol required\r\n"
                                 "Content-Length: 8\r\n\r\nno token");
    const CliRun refused = runCli({QStringLiteral("connect"), refusing.url().toString()});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject error = withEvent(refused.events, QStringLiteral("error")).value(0);
    QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 400);
    const QJsonObject response = error.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(response.value(QStringLiteral("reason")).toString(), QStringLiteral("Bad Request"));
    QCOMPARE(response.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-WebSocket-Reject-Reason")).toString(),
             QStringLiteral("echo-protocol required"));
    QCOMPARE(response.value(QStringLiteral("body")).toString(), QStringLiteral("no token"));
    QVERIFY2(refused.stdErr.contains(QStringLiteral("HTTP 400 Bad Request · X-WebSocket-Reject-Reason: echo-protocol required")),
             qPrintable(refused.stdErr));

    // An accepted handshake: both heads; --frames: every frame; a 1012 from the server kept as 1012.
    test::ServerProcess misbehaving(QStringLiteral("misbehaving_server.py"));
    QString startError;
    QVERIFY2(misbehaving.start(&startError), qPrintable(startError));
    const CliRun run = runCli({QStringLiteral("connect"), misbehaving.url(QStringLiteral("/close?code=1012")).toString(),
                               QStringLiteral("--frames"), QStringLiteral("--no-stdin"), QStringLiteral("-H"),
                               QStringLiteral("Authorization: Bearer sesame")});
    const QJsonObject open = withEvent(run.events, QStringLiteral("open")).value(0);
    const QJsonObject request = open.value(QStringLiteral("request")).toObject();
    // "code" looks like an OAuth code: masked like any token-like query parameter.
    QCOMPARE(request.value(QStringLiteral("line")).toString(), QStringLiteral("GET /close?code=%3Credacted%3E HTTP/1.1"));
    const QJsonObject sent = request.value(QStringLiteral("headers")).toObject();
    QCOMPARE(sent.value(QStringLiteral("Host")).toString(), QStringLiteral("127.0.0.1:%1").arg(misbehaving.port()));
    QCOMPARE(sent.value(QStringLiteral("Sec-WebSocket-Key")).toString().size(), 24);
    QCOMPARE(sent.value(QStringLiteral("Authorization")).toString(), QStringLiteral("<redacted>"));
    QVERIFY(!sent.contains(QStringLiteral("X-WSI-Tap")));
    const QJsonObject accepted = open.value(QStringLiteral("response")).toObject();
    QCOMPARE(accepted.value(QStringLiteral("status")).toInt(), 101);
    QVERIFY(!accepted.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Sec-WebSocket-Accept")).toString().isEmpty());
    const QList<QJsonObject> frames = withEvent(run.events, QStringLiteral("frame"));
    int textFramesIn = 0;
    for (const QJsonObject &frame : frames) {
        if (frame.value(QStringLiteral("dir")).toString() == QStringLiteral("in") && frame.value(QStringLiteral("opcode")).toInt() == 1) {
            ++textFramesIn;
            QVERIFY(frame.value(QStringLiteral("fin")).toBool());
            QCOMPARE(frame.value(QStringLiteral("length")).toInt(), 6); // "good N"
        }
    }
    QCOMPARE(textFramesIn, 3);
    QVERIFY(std::any_of(frames.cbegin(), frames.cend(), [](const QJsonObject &f) {
        return f.value(QStringLiteral("opcode")).toInt() == 8 && f.value(QStringLiteral("dir")).toString() == QStringLiteral("out")
            && f.value(QStringLiteral("masked")).toBool();
    }));
    const QJsonObject close = withEvent(run.events, QStringLiteral("close")).value(0);
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1012);
    QCOMPARE(close.value(QStringLiteral("by")).toString(), QStringLiteral("server"));
    QCOMPARE(close.value(QStringLiteral("reason")).toString(), QStringLiteral("bye 1012"));
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

void tst_Cli::recordNeverReplacesAndIsPrivate()
{
    // Under umask 000 (inherited by the CLI): a recording is still its owner's only.
    const mode_t oldMask = ::umask(0);
    const auto restore = qScopeGuard([oldMask] { ::umask(oldMask); });
    const QString file = m_dir.filePath(QStringLiteral("kept.jsonl"));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("yesterday's recording\n");
    }
    const QStringList record{QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--send"), QStringLiteral("today"),
                             QStringLiteral("--wait"), QStringLiteral("0.2"), QStringLiteral("--record"), file};
    const CliRun refused = runCli(record);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.stdErr.contains(file + QStringLiteral(" exists: not replaced (--force replaces it)")), qPrintable(refused.stdErr));
    QVERIFY2(refused.events.isEmpty(), refused.stdOut.constData()); // it did not connect either
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("yesterday's recording\n"));
    kept.close();

    const CliRun forced = runCli(record + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.stdErr));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("today"));
    QCOMPARE(int(kept.permissions() & 0x7777), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString fresh = m_dir.filePath(QStringLiteral("fresh.jsonl"));
    const CliRun created = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--send"), QStringLiteral("x"),
                                   QStringLiteral("--wait"), QStringLiteral("0.2"), QStringLiteral("--record"), fresh});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(int(QFile::permissions(fresh) & 0x7777), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

void tst_Cli::convertMasksSecretsUnlessAsked()
{
    // A recording made with --include-secrets, converted: the HAR and CSV mask them unless asked again.
    const QString session = m_dir.filePath(QStringLiteral("secret.jsonl"));
    const QString url = m_echo.url().toString() + QStringLiteral("?token=cli-secret-42");
    const CliRun recorded = runCli({QStringLiteral("connect"), url, QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--wait"),
                                    QStringLiteral("0.2"), QStringLiteral("--include-secrets"), QStringLiteral("--record"), session});
    QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.stdErr));
    for (const QString &name : {QStringLiteral("masked.har"), QStringLiteral("masked.csv")}) {
        const QString out = m_dir.filePath(name);
        QCOMPARE(runCli({QStringLiteral("convert"), session, out}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("cli-secret-42"), qPrintable(name));
    }
    const QString opted = m_dir.filePath(QStringLiteral("opted.har"));
    QCOMPARE(runCli({QStringLiteral("convert"), QStringLiteral("--include-secrets"), session, opted}).exitCode, 0);
    QFile file(opted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("cli-secret-42"));
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

void tst_Cli::stdinLinesArriveInOrder()
{
    // 10,000 lines piped in reach a python3-websockets server, every one, in order.
    QByteArray input;
    QList<QByteArray> lines;
    for (int i = 0; i < 10000; ++i) {
        lines.append(QStringLiteral("line %1 ünïcode {\"n\":%1}").arg(i).toUtf8());
        input += lines.constLast() + (i % 2 ? "\r\n" : "\n"); // CRLF lines lose their CR, as from a Windows file
    }
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=lines")).toString()}, input, 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=lines"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 10000);
    QCOMPARE(report.value(QStringLiteral("text")).toInt(), 10000);
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest(lines));
    QCOMPARE(report.value(QStringLiteral("close_code")).toInt(), 1000);
    // Each one is also an "out" event on standard output (JSON: stdout is not a terminal).
    int out = 0;
    for (const QJsonObject &text : withEvent(run.events, QStringLiteral("text")))
        out += text.value(QStringLiteral("dir")).toString() == QStringLiteral("out");
    QCOMPARE(out, 10000);
}

void tst_Cli::stdinOneMebibyteLine()
{
    // One line of 1 MiB, without a final newline: one message of exactly those bytes.
    QByteArray line(1024 * 1024, 'a');
    for (qsizetype i = 0; i < line.size(); i += 1000)
        line[i] = char('0' + (i / 1000) % 10);
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=mib")).toString(), QStringLiteral("-q")}, line, 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QVERIFY(run.stdOut.isEmpty()); // -q
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=mib"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({line}));
}

void tst_Cli::binaryLinesHex()
{
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=hex")).toString(),
                               QStringLiteral("--binary-lines"), QStringLiteral("hex")},
                              "00ff10\n41 42 43\n\nzz\n");
    QCOMPARE(run.exitCode, 1); // line 4 could not be sent
    QVERIFY2(run.stdErr.contains(QStringLiteral("line 4 is not hex: not sent")), qPrintable(run.stdErr));
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=hex"));
    QCOMPARE(report.value(QStringLiteral("binary")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("text")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("first")).toString(), QStringLiteral("00ff10"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({QByteArray("\x00\xff\x10", 3), "ABC", ""}));

    const CliRun base64 = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=b64")).toString(),
                                  QStringLiteral("--binary-lines"), QStringLiteral("base64")},
                                 "AP8Q\n");
    QCOMPARE(base64.exitCode, 0);
    QCOMPARE(sinkReport(m_sink, QStringLiteral("/sink?run=b64")).value(QStringLiteral("first")).toString(), QStringLiteral("00ff10"));
}

void tst_Cli::invalidUtf8LineIsRefusedByNumber()
{
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=utf8")).toString()},
                              "fine\n\xff\xfe broken\nafter\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdErr.contains(QStringLiteral("line 2 is not valid UTF-8: not sent")), qPrintable(run.stdErr));
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=utf8"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({"fine", "after"}));
}

void tst_Cli::stdinMessageSendsAllOfIt()
{
    const QByteArray json = "{\n  \"op\": \"subscribe\",\n  \"channels\": [\"a\", \"b\"]\n}\n";
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=whole")).toString(),
                               QStringLiteral("--stdin-message")},
                              json);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=whole"));
    QCOMPARE(report.value(QStringLiteral("text")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({json}));

    // Bytes that are not UTF-8 go as one binary message.
    const QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x01", 10);
    QCOMPARE(runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=png")).toString(), QStringLiteral("--stdin-message")},
                    bytes).exitCode,
             0);
    const QJsonObject png = sinkReport(m_sink, QStringLiteral("/sink?run=png"));
    QCOMPARE(png.value(QStringLiteral("binary")).toInt(), 1);
    QCOMPARE(png.value(QStringLiteral("sha256")).toString(), sinkDigest({bytes}));
}

void tst_Cli::slashCommandsWhenPiped()
{
    // Without --slash a line starting with / is a message like any other.
    QCOMPARE(runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=noslash")).toString()}, "/close 4001\n").exitCode, 0);
    QCOMPARE(sinkReport(m_sink, QStringLiteral("/sink?run=noslash")).value(QStringLiteral("sha256")).toString(), sinkDigest({"/close 4001"}));

    const QString file = m_dir.filePath(QStringLiteral("payload.bin"));
    QFile payload(file);
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write(QByteArray("\x00\x01\x02", 3));
    payload.close();
    const CliRun run = runCli({QStringLiteral("connect"), m_sink.url(QStringLiteral("/sink?run=slash")).toString(), QStringLiteral("--slash"),
                               QStringLiteral("-P")},
                              "hi\n//literal\n/binary 0a0b\n/file " + file.toUtf8() + "\n/ping are-you-there\n/nonsense\n/close 4001 piped\nnever sent\n");
    QVERIFY2(run.stdErr.contains(QStringLiteral("unknown command /nonsense")), qPrintable(run.stdErr));
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/sink?run=slash"));
    QCOMPARE(report.value(QStringLiteral("close_code")).toInt(), 4001);
    QCOMPARE(report.value(QStringLiteral("close_reason")).toString(), QStringLiteral("piped"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({"hi", "/literal", "\x0a\x0b", QByteArray("\x00\x01\x02", 3)}));
    const QList<QJsonObject> pings = withEvent(run.events, QStringLiteral("ping"));
    QCOMPARE(pings.size(), 1);
    QCOMPARE(pings.first().value(QStringLiteral("base64")).toString(), QString::fromLatin1(QByteArray("are-you-there").toBase64()));
    QCOMPARE(withEvent(run.events, QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 4001);
}

void tst_Cli::noCloseKeepsListeningAfterEndOfInput()
{
    // Standard input ends at once; -n keeps listening until the server's own close after ten ticks.
    const CliRun run = runCli({QStringLiteral("connect"), m_python.url(QStringLiteral("/tick?rate=20&seconds=0.5")).toString(),
                               QStringLiteral("-n"), QStringLiteral("--output"), QStringLiteral("text")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.stdOut, QByteArray("0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"));
    // Without it, --wait 0 closes as soon as the input has ended.
    const CliRun early = runCli({QStringLiteral("connect"), m_python.url(QStringLiteral("/tick?rate=20&seconds=0.5")).toString(),
                                 QStringLiteral("-w"), QStringLiteral("0")});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(withEvent(early.events, QStringLiteral("close")).value(0).value(QStringLiteral("by")).toString(), QStringLiteral("client"));
}

void tst_Cli::outputTextPipesIntoJq()
{
    const QString input = m_dir.filePath(QStringLiteral("orders.txt"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"op\":\"order\",\"qty\":5}\n{\"op\":\"order\",\"qty\":[2,3]}\n");
    file.close();
    // As a user types it: the payloads (echoed back), one per line, straight into jq.
    const QString pipeline = QStringLiteral("'%1' connect %2 --output text < '%3' | jq -c .qty")
                                 .arg(QStringLiteral(WSI_CLI_PATH), m_echo.url().toString(), input);
    const CliRun run = runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), pipeline});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.stdOut, QByteArray("5\n[2,3]\n"));
    QVERIFY2(run.stdErr.isEmpty(), qPrintable(run.stdErr));

    // Binary payloads as base64 when asked.
    const CliRun binary = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex"),
                                  QStringLiteral("--output"), QStringLiteral("text"), QStringLiteral("--binary-output"), QStringLiteral("base64")},
                                 "00ff10\n");
    QCOMPARE(binary.stdOut, QByteArray("AP8Q\n"));
}

void tst_Cli::closedStdinIsEndOfInput()
{
    // `<&-`: no standard input at all is an empty one, not the CLI's own socket read by mistake.
    const CliRun run = runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec '%1' connect %2 -x hi -w 0.1 <&-")
                                                                                      .arg(QStringLiteral(WSI_CLI_PATH), m_echo.url().toString())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(withEvent(run.events, QStringLiteral("text")).size(), 2);
    const CliRun lines = runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec '%1' connect %2 -w 0 <&-")
                                                                                        .arg(QStringLiteral(WSI_CLI_PATH), m_echo.url().toString())});
    QVERIFY2(lines.exitCode == 0, qPrintable(lines.stdErr));
    QCOMPARE(withEvent(lines.events, QStringLiteral("text")).size(), 0);
    QCOMPARE(withEvent(lines.events, QStringLiteral("close")).value(0).value(QStringLiteral("by")).toString(), QStringLiteral("client"));
}

void tst_Cli::shortFlags()
{
    // wscat's habits: -H header, -s subprotocol, -o origin, -x send, -w wait, -q quiet; -c URL for connect.
    const CliRun run = runCli({QStringLiteral("-c"), m_sink.url(QStringLiteral("/sink?run=short")).toString(), QStringLiteral("-H"),
                               QStringLiteral("X-Test: 1"), QStringLiteral("-s"), QStringLiteral("chat"), QStringLiteral("-o"),
                               QStringLiteral("http://example.com"), QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-x"),
                               QStringLiteral("two"), QStringLiteral("-w"), QStringLiteral("0.1"), QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QVERIFY(run.stdOut.isEmpty());
    QCOMPARE(sinkReport(m_sink, QStringLiteral("/sink?run=short")).value(QStringLiteral("sha256")).toString(), sinkDigest({"one", "two"}));
    const CliRun bad = runCli({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("-H"), QStringLiteral("nocolon")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.stdErr.contains(QStringLiteral("--header wants 'Name: value'")), qPrintable(bad.stdErr));
}

void tst_Cli::protocolFailureClosedByClientExitsOne()
{
    // The echo comes back bigger than --max-message-size allows: the client closes with 1009 and the run failed.
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("-x"), QStringLiteral("0123456789abcdef"),
                               QStringLiteral("--max-message-size"), QStringLiteral("10")});
    const QJsonObject close = withEvent(run.events, QStringLiteral("close")).value(0);
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1009);
    QCOMPARE(close.value(QStringLiteral("by")).toString(), QStringLiteral("client"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdErr.contains(QStringLiteral("protocol failure: 1009")), qPrintable(run.stdErr));
    // A frame that is not UTF-8 (1007) and a reserved opcode (1002), from a raw-socket server.
    test::ServerProcess misbehaving(QStringLiteral("misbehaving_server.py"));
    QString error;
    QVERIFY2(misbehaving.start(&error), qPrintable(error));
    for (const auto &[path, code] : {std::pair{"/invalid-utf8", 1007}, std::pair{"/reserved-opcode", 1002}}) {
        const CliRun bad = runCli({QStringLiteral("connect"), misbehaving.url(QLatin1String(path)).toString()});
        const QJsonObject badClose = withEvent(bad.events, QStringLiteral("close")).value(0);
        QCOMPARE(badClose.value(QStringLiteral("code")).toInt(), code);
        QCOMPARE(badClose.value(QStringLiteral("by")).toString(), QStringLiteral("client"));
        QCOMPARE(withEvent(bad.events, QStringLiteral("text")).size(), 3); // the good messages before it
        QCOMPARE(bad.exitCode, 1);
    }
    // The same code asked for by the user is a clean close.
    const CliRun asked = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--slash")}, "/close 1009 mine\n");
    QCOMPARE(withEvent(asked.events, QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1009);
    QCOMPARE(asked.exitCode, 0);
}

void tst_Cli::humanModeOnATerminal()
{
    PtyCli cli;
    QVERIFY(cli.start({QStringLiteral("connect"), m_sink.url(QStringLiteral("/echo?run=pty")).toString(), QStringLiteral("-P")},
                      {QByteArrayLiteral("TERM=xterm")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.text().contains(QStringLiteral("* Connected to ws://")), 10000);
    cli.type("hello\r");
    QTRY_VERIFY2_WITH_TIMEOUT(cli.text().contains(QStringLiteral("\n< hello\n")), qPrintable(cli.text()), 10000);
    QVERIFY2(cli.text().contains(QStringLiteral("\n> hello\n")), qPrintable(cli.text()));
    // Colours on a terminal: a cyan "<" and a green ">".
    QVERIFY(cli.raw().contains("\x1b[36m<\x1b[0m hello"));
    QVERIFY(cli.raw().contains("\x1b[32m>\x1b[0m hello"));
    // Up recalls the last line; Left moves into it; Enter sends the edit.
    cli.type("\x1b[A\x1b[D\x1b[DX\r");
    QTRY_VERIFY_WITH_TIMEOUT(cli.text().contains(QStringLiteral("\n< helXlo\n")), 10000);
    // What the server sends cannot drive the terminal: an escape comes out as \e. (/file sends a file.)
    const QString file = m_dir.filePath(QStringLiteral("escape.txt"));
    QFile escape(file);
    QVERIFY(escape.open(QIODevice::WriteOnly));
    escape.write("\x1b[2Jred");
    escape.close();
    cli.type("/file " + file.toUtf8() + '\r');
    QTRY_VERIFY2_WITH_TIMEOUT(cli.text().contains(QStringLiteral("\n< \\e[2Jred\n")), qPrintable(cli.text()), 10000);
    QVERIFY(!cli.raw().contains("\x1b[2J"));
    cli.type("/ping abc\r");
    QTRY_VERIFY_WITH_TIMEOUT(cli.text().contains(QStringLiteral("< pong abc")), 10000);
    cli.type("/close 4000 bye\r");
    QTRY_VERIFY_WITH_TIMEOUT(cli.hasExited(), 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.text().contains(QStringLiteral("* Closed by the client: 4000")), qPrintable(cli.text()));
    const QJsonObject report = sinkReport(m_sink, QStringLiteral("/echo?run=pty"));
    QCOMPARE(report.value(QStringLiteral("close_code")).toInt(), 4000);
    QCOMPARE(report.value(QStringLiteral("close_reason")).toString(), QStringLiteral("bye"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sinkDigest({"hello", "helXlo", "\x1b[2Jred"}));
}

void tst_Cli::ctrlDClosesAndNoColor()
{
    PtyCli cli;
    QVERIFY(cli.start({QStringLiteral("connect"), m_sink.url(QStringLiteral("/echo?run=ctrld")).toString()},
                      {QByteArrayLiteral("TERM=xterm"), QByteArrayLiteral("NO_COLOR=1")}));
    // Typed before the connection is open: sent once it is.
    cli.type("early\r");
    QTRY_VERIFY_WITH_TIMEOUT(cli.text().contains(QStringLiteral("\n< early\n")), 10000);
    cli.type("\x04");
    QTRY_VERIFY_WITH_TIMEOUT(cli.hasExited(), 10000);
    QCOMPARE(cli.exitCode(), 0);
    static const QRegularExpression colour(QStringLiteral("\\x1b\\[[0-9;]*m"));
    QVERIFY2(!QString::fromUtf8(cli.raw()).contains(colour), cli.raw().constData()); // no colour at all
    QCOMPARE(sinkReport(m_sink, QStringLiteral("/echo?run=ctrld")).value(QStringLiteral("close_code")).toInt(), 1000);
}

void tst_Cli::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    for (const QString &command : {QStringLiteral("connect"), QStringLiteral("replay"), QStringLiteral("convert"), QStringLiteral("serve")}) {
        QTest::newRow(qPrintable(command + QStringLiteral(" --help"))) << QStringList{command, QStringLiteral("--help")} << command;
        QTest::newRow(qPrintable(command + QStringLiteral(" -h"))) << QStringList{command, QStringLiteral("-h")} << command;
        QTest::newRow(qPrintable(QStringLiteral("help ") + command)) << QStringList{QStringLiteral("help"), command} << command;
    }
}

void tst_Cli::helpForEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.stdOut);
    QVERIFY2(text.startsWith(QStringLiteral("Usage: wsinspector-cli ") + usage), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Examples:\n  wsinspector-cli ") + usage), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("-h, --help")));

    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.stdOut, QByteArray("wsinspector-cli " WSI_VERSION "\n"));
}

void tst_Cli::bashCompletion()
{
    // Loaded as bash-completion loads it, then asked what bash asks at `wsinspector-cli con<TAB>`.
    const auto complete = [](const QStringList &words) {
        const QString script = QStringLiteral(
            "source '" WSI_SOURCE_DIR "/resources/completions/wsinspector-cli' || exit 9\n"
            "complete -p wsinspector-cli >/dev/null || exit 8\n"
            "COMP_WORDS=(%1); COMP_CWORD=%2; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
            "_wsinspector_cli wsinspector-cli \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                   .arg(words.join(u' '))
                                   .arg(words.size() - 1);
        return runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script});
    };
    const CliRun command = complete({QStringLiteral("wsinspector-cli"), QStringLiteral("con")});
    QVERIFY2(command.exitCode == 0 && command.stdErr.isEmpty(), qPrintable(command.stdErr));
    QCOMPARE(command.stdOut, QByteArray("connect\nconvert\n"));
    const CliRun flag = complete({QStringLiteral("wsinspector-cli"), QStringLiteral("connect"), QStringLiteral("--out")});
    QCOMPARE(flag.stdOut, QByteArray("--output\n"));
    const CliRun value = complete({QStringLiteral("wsinspector-cli"), QStringLiteral("connect"), QStringLiteral("--heartbeat"), QStringLiteral("''")});
    QCOMPARE(value.stdOut, QByteArray("off\nping\ntext\n"));
    const CliRun file = complete({QStringLiteral("wsinspector-cli"), QStringLiteral("replay"), QStringLiteral("'" WSI_TEST_DATA_DIR "/firef'")});
    QCOMPARE(file.stdOut, QByteArray(WSI_TEST_DATA_DIR "/firefox.har\n"));
}

void tst_Cli::manPageRenders()
{
    QProcess man;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    man.setProcessEnvironment(environment);
    man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), QStringLiteral(WSI_SOURCE_DIR "/resources/man/wsinspector-cli.1")});
    QVERIFY(man.waitForFinished(30000));
    const QString warnings = QString::fromUtf8(man.readAllStandardError());
    const QString page = QString::fromUtf8(man.readAllStandardOutput());
    QCOMPARE(man.exitCode(), 0);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "SEE ALSO"})
        QVERIFY2(page.contains(QLatin1String(section)), section);
    QVERIFY(page.contains(QStringLiteral("--binary-lines")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
