// wsinspector-cli check against servers that are not Qt's: python3-websockets (a login → token →
// subscribe server written for these tests, and ws_server.py), tornado; the JSON lines, the exit
// codes, the JUnit report and the recordings, read back.
#include "CliRun.h"
#include "TestFiles.h"
#include "TestServers.h"
#include "collection/Collection.h"
#include "collection/CollectionSecrets.h"
#include "check/CheckFile.h"
#include "record/SessionFile.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using wsi::test::CliRun;

namespace {
CliRun runCheck(const QStringList &arguments, int timeoutMs = 30000)
{
    return wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH), QStringList{QStringLiteral("check")} + arguments, {}, timeoutMs);
}

QList<QJsonObject> stepLines(const CliRun &run)
{
    QList<QJsonObject> steps;
    for (const QJsonObject &line : run.events)
        if (line.contains(QStringLiteral("step")))
            steps << line;
    return steps;
}

QList<QJsonObject> checkLines(const CliRun &run)
{
    QList<QJsonObject> checks;
    for (const QJsonObject &line : run.events)
        if (!line.contains(QStringLiteral("step")))
            checks << line;
    return checks;
}

QString describe(const CliRun &run)
{
    return QString::fromUtf8(run.stdOut) + run.stdErr;
}
} // namespace

class TestCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginTokenSubscribe();
    void wrongTokenIsClosedWith1008();
    void silentServerTimesOutAndNextFileRuns();
    void serverClosesMidCheck();
    void tornadoRegexCapture();
    void socketIoEventsAgainstTheNodeServer();
    void refusedHandshakeExpected();
    void badFilesRefusedBeforeConnecting_data();
    void badFilesRefusedBeforeConnecting();
    void recordLeavesSecretsOut();
    void secretFromTheLocalStore();
    void examplesAgainstBuiltInEcho();
    void convertSessionToCheck();

private:
    QString write(const QString &name, const QByteArray &content);
    wsi::test::ServerProcess m_login{QStringLiteral("login_server.py")};
    wsi::test::ServerProcess m_python;
    wsi::test::ServerProcess m_tornado{QStringLiteral("tornado_server.py")};
    QTemporaryDir m_dir;
};

QString TestCheck::write(const QString &name, const QByteArray &content)
{
    return wsi::test::writeFile(m_dir, name, content);
}

void TestCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_login.start(&error), qPrintable(error));
    QVERIFY2(m_python.start(&error), qPrintable(error));
    QVERIFY2(m_tornado.start(&error), qPrintable(error));
    // A collection for the login server, its password a secret given with --var.
    QVERIFY(!write("login-collection.json", QStringLiteral(R"({
        "wsinspectorCollection": 1, "name": "Login",
        "folders": [{"name": "Auth", "connections": [{"name": "Login server", "url": "ws://{{host}}/"}]}],
        "environments": [{"name": "test", "variables": [
            {"name": "host", "value": "127.0.0.1:%1"}, {"name": "password", "secret": true}]}]})")
                                                     .arg(m_login.port())
                                                     .toUtf8())
                   .isEmpty());
}

void TestCheck::loginTokenSubscribe()
{
    const QString path = write("login.json", R"({
        "wsinspectorCheck": 1, "collection": "login-collection.json", "connection": "Auth/Login server", "environment": "test",
        "variables": {"user": "alice"},
        "checks": [{"name": "login, take the token, subscribe with it", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "login", "user": "{{user}}", "password": "{{password}}"}},
            {"step": "expect", "jsonPath": "$.token", "matches": "^tok-[0-9a-f]{16}$", "capture": "token"},
            {"step": "send", "json": {"op": "subscribe", "topic": "prices", "token": "{{token}}"}},
            {"step": "expect", "json": {"type": "subscribed", "topic": "prices"}},
            {"step": "expect", "within": 2000, "jsonPath": "$.n", "equals": 2},
            {"step": "expectNone", "forMs": 200},
            {"step": "send", "json": {"op": "bye"}},
            {"step": "expectClose", "code": 1000, "reason": "bye {{user}}"}
        ]}]})");
    const CliRun run = runCheck({path, QStringLiteral("--var"), QStringLiteral("password=opensesame")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QList<QJsonObject> steps = stepLines(run);
    QCOMPARE(steps.size(), 9);
    for (const QJsonObject &step : steps)
        QCOMPARE(step.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(steps.at(8).value(QStringLiteral("type")).toString(), QStringLiteral("expectClose"));
    // The secret password never shows in the output; the captured token went into step 4's message.
    QVERIFY(!run.stdOut.contains("opensesame"));
    QVERIFY2(steps.at(3).value(QStringLiteral("description")).toString().contains(QStringLiteral("\"token\":\"tok-")),
             qPrintable(steps.at(3).value(QStringLiteral("description")).toString()));
    QCOMPARE(checkLines(run).value(0).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QVERIFY(run.stdErr.contains(QStringLiteral("1 check(s) run, 0 failed")));
}

void TestCheck::wrongTokenIsClosedWith1008()
{
    const QString path = write("wrongtoken.json", QStringLiteral(R"({
        "wsinspectorCheck": 1, "url": "ws://127.0.0.1:%1/",
        "checks": [
          {"name": "a forged token is closed", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "login", "user": "eve", "password": "opensesame"}},
            {"step": "expect", "jsonPath": "$.type", "equals": "token"},
            {"step": "send", "json": {"op": "subscribe", "topic": "prices", "token": "{{forged}}"}},
            {"step": "expectClose", "code": 1008, "reason": "invalid token"}]},
          {"name": "a forged token expected to work", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "subscribe", "topic": "prices", "token": "{{forged}}"}},
            {"step": "expect", "json": {"type": "subscribed"}}]}
        ]})")
                                                   .arg(m_login.port())
                                                   .toUtf8());
    const QString junit = m_dir.filePath("wrongtoken.xml");
    const CliRun run = runCheck({path, QStringLiteral("--var"), QStringLiteral("forged=tok-0000"), QStringLiteral("--junit"), junit});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<QJsonObject> checks = checkLines(run);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(checks.at(1).value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    const QJsonObject failed = stepLines(run).constLast();
    QCOMPARE(failed.value(QStringLiteral("step")).toInt(), 3);
    QCOMPARE(failed.value(QStringLiteral("expected")).toString(), QStringLiteral("JSON containing {\"type\":\"subscribed\"}"));
    const QString got = failed.value(QStringLiteral("got")).toString();
    QVERIFY2(got.contains(QStringLiteral("1008")) && got.contains(QStringLiteral("server")) && got.contains(QStringLiteral("invalid token")),
             qPrintable(got));

    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList cases;
    QString failure;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"testcase")
            cases << xml.attributes().value("name").toString();
        if (xml.isStartElement() && xml.name() == u"failure")
            failure = xml.attributes().value("message").toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, (QStringList{QStringLiteral("a forged token is closed"), QStringLiteral("a forged token expected to work")}));
    QVERIFY2(failure.contains(QStringLiteral("expected JSON containing {\"type\":\"subscribed\"}, got the connection closed (1008")),
             qPrintable(failure));
}

void TestCheck::silentServerTimesOutAndNextFileRuns()
{
    const QString silent = write("silent.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1",
        "checks": [{"name": "an answer that never comes", "steps": [
            {"step": "connect"}, {"step": "send", "text": "anyone?"}, {"step": "expect", "text": "anyone?", "timeoutMs": 600}]}]})")
                                                    .arg(m_python.url(QStringLiteral("/silent")).toString())
                                                    .toUtf8());
    const QString echo = write("echo.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1",
        "checks": [{"name": "echo", "steps": [
            {"step": "connect"}, {"step": "send", "text": "hi {{counter}}"}, {"step": "expect", "regex": "^hi (?<n>\\d+)$"},
            {"step": "send", "text": "again {{n}}"}, {"step": "expect", "text": "again 1"}, {"step": "close"}]}]})")
                                                .arg(m_python.url(QStringLiteral("/echo")).toString())
                                                .toUtf8());
    const QString junit = m_dir.filePath("silent.xml");
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCheck({silent, echo, QStringLiteral("--junit"), junit});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<QJsonObject> steps = stepLines(run);
    QCOMPARE(steps.size(), 3 + 6);
    QCOMPARE(steps.at(2).value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    QCOMPARE(steps.at(2).value(QStringLiteral("got")).toString(), QStringLiteral("no message within 600 ms"));
    QVERIFY(steps.at(2).value(QStringLiteral("ms")).toInt() >= 600);
    for (int i = 3; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).value(QStringLiteral("file")).toString(), echo);
        QCOMPARE(steps.at(i).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    }
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QCOMPARE(xml.count("<testsuite "), 2);
    QVERIFY(xml.contains("got no message within 600 ms"));
    QVERIFY(clock.elapsed() < 15000);
}

void TestCheck::serverClosesMidCheck()
{
    const QString path = write("closes.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1",
        "checks": [{"name": "a reply", "steps": [{"step": "connect"}, {"step": "expect", "text": "hello", "timeoutMs": 3000}]}]})")
                                                  .arg(m_python.url(QStringLiteral("/close1011")).toString())
                                                  .toUtf8());
    const CliRun run = runCheck({path});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QJsonObject failed = stepLines(run).constLast();
    QCOMPARE(failed.value(QStringLiteral("step")).toInt(), 2);
    const QString got = failed.value(QStringLiteral("got")).toString();
    QVERIFY2(got.contains(QStringLiteral("1011")) && got.contains(QStringLiteral("boom")), qPrintable(got));
    QVERIFY(failed.value(QStringLiteral("ms")).toInt() < 3000); // the close ends the wait
}

void TestCheck::tornadoRegexCapture()
{
    const QString path = write("tornado.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "ws://127.0.0.1:%1/chat",
        "checks": [{"name": "tornado's prefix", "steps": [
            {"step": "connect"},
            {"step": "send", "text": "order 42 of 7"},
            {"step": "expect", "regex": "^You said: order (\\d+) of (\\d+)$", "captures": ["order", "of"]},
            {"step": "send", "text": "{{of}}/{{order}}"},
            {"step": "expect", "text": "You said: 7/42"},
            {"step": "expect", "text": "never", "timeoutMs": 300}]}]})")
                                                   .arg(m_tornado.port())
                                                   .toUtf8());
    const CliRun run = runCheck({path});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<QJsonObject> steps = stepLines(run);
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.at(4).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(steps.at(5).value(QStringLiteral("expected")).toString(), QStringLiteral("text \"never\""));
    QCOMPARE(steps.at(5).value(QStringLiteral("got")).toString(), QStringLiteral("no message within 300 ms"));
}

// A saved connection in Socket.IO mode against the npm socket.io server: the namespace's CONNECT
// answer is not "the next message" (the server's first event, "news", is), a sent event comes
// back by name, and a wrong name fails with the event the server did send.
void TestCheck::socketIoEventsAgainstTheNodeServer()
{
    wsi::test::ServerProcess server{QStringLiteral("socketio_server.js")};
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    write("sio-collection.json", QStringLiteral(R"({"wsinspectorCollection": 1, "name": "SIO",
        "folders": [{"name": "Local", "connections": [
            {"name": "IO", "url": "ws://127.0.0.1:%1/socket.io/", "options": {"protocol": "socketio"}}]}],
        "environments": [{"name": "dev", "variables": []}]})")
                                     .arg(server.port())
                                     .toUtf8());
    const QString path = write("sio.json", QByteArray(R"({"wsinspectorCheck": 1, "collection": "sio-collection.json",
        "connection": "Local/IO", "environment": "dev",
        "checks": [{"name": "news then echo", "steps": [
            {"step": "connect"},
            {"step": "expect", "event": "news"},
            {"step": "send", "format": "socketio", "event": "echo", "text": "[\"hi\", 2]"},
            {"step": "expect", "event": "echo"},
            {"step": "close"}]},
          {"name": "a wrong event name", "steps": [
            {"step": "connect"},
            {"step": "expect", "event": "nope", "timeoutMs": 1500}]}]})"));
    const CliRun run = runCheck({path});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<QJsonObject> checks = checkLines(run);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(checks.at(1).value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    const QList<QJsonObject> steps = stepLines(run);
    QVERIFY2(steps.constLast().value(QStringLiteral("got")).toString().contains(QStringLiteral("news")), qPrintable(describe(run)));
}

void TestCheck::refusedHandshakeExpected()
{
    const QString path = write("refused.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1",
        "checks": [{"name": "401 without a token", "steps": [{"step": "connect", "status": 401}]},
                   {"name": "404 is not 401", "steps": [{"step": "connect", "url": "%2", "status": 401}]}]})")
                                                   .arg(m_python.url(QStringLiteral("/reject401")).toString(),
                                                        m_python.url(QStringLiteral("/reject404")).toString())
                                                   .toUtf8());
    const CliRun run = runCheck({path});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QList<QJsonObject> steps = stepLines(run);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(steps.at(1).value(QStringLiteral("got")).toString(), QStringLiteral("refused with HTTP 404"));
}

void TestCheck::badFilesRefusedBeforeConnecting_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    const QByteArray head = "{\"wsinspectorCheck\": 1, \"url\": \"URL\", \"checks\": [{\"name\": \"c\", \"steps\": [{\"step\": \"connect\"}";
    QTest::newRow("syntax error") << QByteArray("{\"wsinspectorCheck\": 1,\n \"url\": \"URL\"\n \"checks\": []}") << QStringList()
                                  << "bad.json:3:2: ";
    QTest::newRow("unknown step") << head + ", {\"step\": \"sned\"}]}]}" << QStringList() << "step 2: unknown step \"sned\"";
    QTest::newRow("regex") << head + ", {\"step\": \"expect\", \"regex\": \"a(b\"}]}]}" << QStringList() << "does not compile";
    QTest::newRow("json path") << head + ", {\"step\": \"expect\", \"jsonPath\": \"token\"}]}]}" << QStringList()
                               << "JSON path \"token\", character 1";
    QTest::newRow("undefined variable") << head + ", {\"step\": \"send\", \"text\": \"{{sessionId}}\"}]}]}" << QStringList()
                                        << "step 2: variable {{sessionId}} is not defined";
    QTest::newRow("newer version") << QByteArray("{\"wsinspectorCheck\": 7, \"url\": \"URL\"}") << QStringList()
                                   << "check format version 7 comes from a newer WebSocket Inspector";
    QTest::newRow("--env without a collection") << head + "]}]}" << QStringList{"--env", "prod"} << "--env prod needs a check file";
    QTest::newRow("newer collection") << QByteArray("{\"wsinspectorCheck\": 1, \"collection\": \"newer-collection.json\", \"connection\": \"C\","
                                                    " \"checks\": [{\"steps\": [{\"step\": \"connect\"}]}]}")
                                      << QStringList() << "newer-collection.json: collection format version 2 comes from a newer";
    QTest::newRow("bad --var") << head + "]}]}" << QStringList{"--var", "novalue"} << "--var wants NAME=VALUE";
}

void TestCheck::badFilesRefusedBeforeConnecting()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    wsi::test::RawHttpServer server(QByteArray{});
    write("newer-collection.json", "{\"wsinspectorCollection\": 2}");
    const QString bad = write("bad.json", content.replace("URL", server.url().toString().toUtf8()));
    const QString good = write("good.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1", "checks": [{"steps": [{"step": "connect"}]}]})")
                                                .arg(server.url().toString())
                                                .toUtf8());
    const CliRun run = runCheck(QStringList{good, bad} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.contains(message), qPrintable(run.stdErr));
    QVERIFY(run.stdOut.isEmpty());
    QCOMPARE(server.connectionCount(), 0); // nothing connected, not even the good file
}

void TestCheck::recordLeavesSecretsOut()
{
    const QString path = write("record.json", R"({
        "wsinspectorCheck": 1, "collection": "login-collection.json", "connection": "Login server", "environment": "test",
        "checks": [{"name": "login", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "login", "user": "bob", "password": "{{password}}"}},
            {"step": "expect", "jsonPath": "$.type", "equals": "token"}]}]})");
    const QString dir = m_dir.filePath("runs");
    const CliRun run = runCheck({path, QStringLiteral("--var"), QStringLiteral("password=opensesame"), QStringLiteral("--record"), dir});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.jsonl")});
    QCOMPARE(files, QStringList{QStringLiteral("record-1-login.jsonl")});
    QFile file(QDir(dir).filePath(files.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recording = file.readAll();
    QVERIFY(recording.contains("\\\"user\\\":\\\"bob\\\""));
    QVERIFY(recording.contains("<redacted>"));
    QVERIFY(!recording.contains("opensesame"));
    QVERIFY(recording.contains("\\\"type\\\": \\\"token\\\""));
}

void TestCheck::secretFromTheLocalStore()
{
    // The password kept by the window (CollectionSecrets), not in the collection file: the CLI finds it.
    // Both this process and the CLI it starts look under this XDG_CONFIG_HOME.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    const QString collectionPath = m_dir.filePath(QStringLiteral("login-collection.json"));
    QString error;
    std::optional<wsi::Collection> collection = wsi::Collection::read(collectionPath, &error);
    QVERIFY2(collection, qPrintable(error));
    collection->environments[0].variables[1].value = QStringLiteral("opensesame");
    QVERIFY2(wsi::CollectionSecrets::remember(collectionPath, *collection, &error), qPrintable(error));
    QVERIFY(wsi::CollectionSecrets::fileName().startsWith(m_dir.path()));
    QFile collectionFile(collectionPath);
    QVERIFY(collectionFile.open(QIODevice::ReadOnly));
    QVERIFY(!collectionFile.readAll().contains("opensesame"));
    QFile store(wsi::CollectionSecrets::fileName());
    QCOMPARE(store.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

    const QString path = write("stored-secret.json", R"({
        "wsinspectorCheck": 1, "collection": "login-collection.json", "connection": "Login server", "environment": "test",
        "checks": [{"name": "login", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "login", "user": "bob", "password": "{{password}}"}},
            {"step": "expect", "jsonPath": "$.type", "equals": "token"}]}]})");
    const CliRun run = runCheck({path});
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(!run.stdOut.contains("opensesame"));
}

void TestCheck::examplesAgainstBuiltInEcho()
{
    // What the ctest entry example_checks runs, here with a JUnit report read back.
    const QString junit = m_dir.filePath("examples.xml");
    const CliRun run = wsi::test::runProgram(QStringLiteral(WSI_SOURCE_DIR "/examples/checks/run-examples.sh"),
                                             {QStringLiteral(WSI_CLI_PATH), junit});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<testsuite "));
    QVERIFY(!xml.contains("<failure"));
}

void TestCheck::convertSessionToCheck()
{
    // A recorded session against the python echo server, made into a check by convert, run by check.
    wsi::SessionFile::Header header;
    header.url = m_python.url(QStringLiteral("/echo"));
    std::vector<wsi::SessionEvent> events;
    for (const auto &[direction, payload] : {std::pair{wsi::Direction::Outgoing, QByteArray(R"({"op":"hi","n":1})")},
                                             std::pair{wsi::Direction::Incoming, QByteArray(R"({"op":"hi","n":1})")},
                                             std::pair{wsi::Direction::Outgoing, QByteArray("plain")},
                                             std::pair{wsi::Direction::Incoming, QByteArray("plain")}}) {
        wsi::SessionEvent event;
        event.kind = wsi::EventKind::Text;
        event.direction = direction;
        event.payload = payload;
        event.timestampUs = qint64(events.size() + 1) * 1000;
        events.push_back(event);
    }
    const QString session = m_dir.filePath("echo-session.jsonl");
    QString error;
    QVERIFY2(wsi::SessionFile::write(session, header, events, &error), qPrintable(error));
    const QString checkPath = m_dir.filePath("echo.check.json");
    const CliRun convert = wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("convert"), session, checkPath});
    QVERIFY2(convert.exitCode == 0, qPrintable(describe(convert)));
    const std::optional<wsi::CheckFile> check = wsi::CheckFile::read(checkPath, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(check->url, header.url.toString());
    QCOMPARE(check->checks.size(), 1);
    QCOMPARE(check->checks.at(0).name, QStringLiteral("echo"));
    QCOMPARE(check->checks.at(0).steps.size(), 5); // connect, then send/expect twice
    const CliRun run = runCheck({checkPath});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(stepLines(run).size(), 5);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
