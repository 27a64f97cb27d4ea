// The mock server's rules file without sockets: what a malformed file says (file:line:column and
// what is wrong), and what a message gets back (which rule matched, the reply's template filled).
#include "collection/JsonFile.h"
#include "mock/MockHandshake.h"
#include "mock/MockRules.h"
#include "wire/HttpHead.h"

#include <QRegularExpression>
#include <QTest>

using namespace wsi;

class tst_MockRules : public QObject
{
    Q_OBJECT

private slots:
    void parseErrors_data();
    void parseErrors();
    void readsEveryPart();
    void answer_data();
    void answer();
    void placeholders();
    void subprotocol_data();
    void subprotocol();
    void reject_data();
    void reject();
    void where_data();
    void where();
    void handshake_data();
    void handshake();
};

namespace {
// A rules file: the version line, then the given lines (so line numbers in the tests are lines + 1).
QByteArray file(const QByteArray &body)
{
    return "{\"wsinspectorMock\": 1,\n" + body + "\n}\n";
}

SessionEvent textMessage(const QString &text)
{
    SessionEvent e;
    e.kind = EventKind::Text;
    e.direction = Direction::Incoming;
    e.payload = text.toUtf8();
    return e;
}
} // namespace

void tst_MockRules::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // the start of the message

    QTest::newRow("syntax: missing comma") << file("\"rules\": [\n  {\"text\": \"a\" \"reply\": \"b\"}\n]")
                                           << QStringLiteral("rules.json:3:16: ");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("rules.json: a JSON object was expected at the top");
    QTest::newRow("no version") << QByteArray("{\"rules\": []}") << QStringLiteral("rules.json: not a mock rules file (no \"wsinspectorMock\"");
    QTest::newRow("newer version") << QByteArray("{\"wsinspectorMock\": 7}") << QStringLiteral("rules.json: mock rules format version 7");
    QTest::newRow("unknown key") << file("\"rulez\": []") << QStringLiteral("rules.json:2:10: a rules file does not take \"rulez\"");
    QTest::newRow("bad regex") << file("\"rules\": [\n  {\"text\": \"a\"},\n  {\"regex\": \"(ab\", \"reply\": \"x\"}\n]")
                               << QStringLiteral("rules.json:4:13: rule 2: regex \"(ab\" does not compile: missing closing parenthesis");
    QTest::newRow("bad regex, named rule") << file("\"rules\": [{\"name\": \"greet\", \"regex\": \"[a\"}]")
                                           << QStringLiteral("rules.json:2:38: rule 1 (\"greet\"): regex \"[a\" does not compile");
    QTest::newRow("rule typo") << file("\"rules\": [\n  {\"text\": \"a\", \"replly\": \"b\"}\n]")
                               << QStringLiteral("rules.json:3:27: rule 1 does not take \"replly\"");
    QTest::newRow("two matchers") << file("\"rules\": [{\"text\": \"a\", \"contains\": \"b\"}]")
                                  << QStringLiteral("rules.json:2:37: rule 1: one of text, contains, regex, json, jsonPath or event per step");
    QTest::newRow("bad JSON path") << file("\"rules\": [{\"jsonPath\": \"type\", \"equals\": 1}]")
                                   << QStringLiteral("rules.json:2:24: rule 1: JSON path \"type\"");
    QTest::newRow("reply a number") << file("\"rules\": [{\"text\": \"a\", \"reply\": 5}]")
                                    << QStringLiteral("rules.json:2:34: \"reply\" wants a string or a JSON object or array to send");
    QTest::newRow("negative delay") << file("\"rules\": [{\"text\": \"a\", \"delayMs\": -1}]")
                                    << QStringLiteral("rules.json:2:36: \"delayMs\" wants a whole number from 0 to 3600000");
    QTest::newRow("huge delay") << file("\"rules\": [{\"text\": \"a\", \"delayMs\": 1e300}]")
                                << QStringLiteral("rules.json:2:36: \"delayMs\" wants a whole number from 0 to 3600000");
    QTest::newRow("fractional delay") << file("\"rules\": [{\"text\": \"a\", \"delayMs\": 2.5}]")
                                      << QStringLiteral("rules.json:2:36: \"delayMs\" wants a whole number from 0 to 3600000");
    QTest::newRow("close code 1005") << file("\"rules\": [{\"text\": \"a\", \"close\": {\"code\": 1005}}]")
                                     << QStringLiteral("rules.json:2:43: 1005 is not a close code a server may send");
    QTest::newRow("close reason too long") << file("\"closeAfter\": {\"messages\": 2, \"reason\": \"" + QByteArray(124, 'x') + "\"}")
                                           << QStringLiteral("rules.json:2:41: a close reason is at most 123 bytes");
    QTest::newRow("closeAfter without messages") << file("\"closeAfter\": {\"code\": 4000}")
                                                 << QStringLiteral("rules.json:2:15: \"closeAfter\" wants {\"messages\": K");
    QTest::newRow("closeAfter 0 messages") << file("\"closeAfter\": {\"messages\": 0}")
                                           << QStringLiteral("rules.json:2:28: \"messages\" wants a whole number from 1 to");
    QTest::newRow("every 0 seconds") << file("\"every\": [{\"seconds\": 0, \"send\": \"tick\"}]")
                                     << QStringLiteral("rules.json:2:23: \"seconds\" wants a number from 0.01 to 86400");
    QTest::newRow("every without send") << file("\"every\": [{\"seconds\": 1}]") << QStringLiteral("rules.json:2:11: an \"every\" entry is");
    QTest::newRow("onConnect a number") << file("\"onConnect\": [\"hi\", 3]")
                                        << QStringLiteral("rules.json:2:21: an onConnect message is a string or");
    QTest::newRow("reject 200") << file("\"reject\": {\"status\": 200}") << QStringLiteral("rules.json:2:22: \"status\" wants a whole number from 300 to 599");
    QTest::newRow("reject bad path") << file("\"reject\": {\"status\": 403, \"path\": \"*x\"}")
                                     << QStringLiteral("rules.json:2:35: reject: path \"*x\" does not compile");
    QTest::newRow("subprotocol with a space") << file("\"subprotocols\": [\"chat v2\"]")
                                              << QStringLiteral("rules.json:2:17: \"subprotocols\" wants an array of names");
}

void tst_MockRules::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString message;
    const std::optional<MockRules> rules = MockRules::parse(bytes, QStringLiteral("rules.json"), &message);
    QVERIFY(!rules);
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void tst_MockRules::readsEveryPart()
{
    QString error;
    const std::optional<MockRules> rules = MockRules::parse(file(R"(
  "comment": "a fake backend",
  "subprotocols": ["chat.v2", "chat.v1"],
  "reject": {"status": 401, "reason": "Who Are You", "body": "token?", "path": "^/private"},
  "onConnect": ["hello", {"send": {"type": "ready"}, "delayMs": 50}],
  "every": [{"seconds": 0.5, "send": "tick {{counter}}"}],
  "closeAfter": {"messages": 3, "code": 4000, "reason": "enough"},
  "rules": [{"name": "ping", "jsonPath": "$.type", "equals": "ping", "reply": {"type": "pong"}, "delayMs": 20,
             "close": {"code": 1001}}])"), QStringLiteral("rules.json"), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->subprotocols, QStringList({QStringLiteral("chat.v2"), QStringLiteral("chat.v1")}));
    QVERIFY(rules->reject);
    QCOMPARE(rules->reject->status, 401);
    QCOMPARE(rules->reject->reason, QByteArray("Who Are You"));
    QCOMPARE(rules->reject->body, QStringLiteral("token?"));
    QCOMPARE(rules->onConnect.size(), 2);
    QCOMPARE(rules->onConnect.at(0).text, QStringLiteral("hello"));
    QCOMPARE(rules->onConnect.at(0).delayMs, 0);
    QCOMPARE(rules->onConnect.at(1).text, QStringLiteral("{\"type\":\"ready\"}"));
    QCOMPARE(rules->onConnect.at(1).delayMs, 50);
    QCOMPARE(rules->every.size(), 1);
    QCOMPARE(rules->every.at(0).intervalMs, 500);
    QCOMPARE(rules->closeAfterMessages, 3);
    QCOMPARE(rules->closeAfter.code, 4000);
    QCOMPARE(rules->closeAfter.reason, QStringLiteral("enough"));
    QCOMPARE(rules->rules.size(), 1);
    QCOMPARE(rules->rules.at(0).name, QStringLiteral("rule 1 (\"ping\")"));
    QCOMPARE(*rules->rules.at(0).reply, QStringLiteral("{\"type\":\"pong\"}"));
    QCOMPARE(rules->rules.at(0).delayMs, 20);
    QCOMPARE(rules->rules.at(0).close->code, 1001);
    QCOMPARE(rules->rules.at(0).close->reason, QString());
}

void tst_MockRules::answer_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("rule");     // -1: none matched
    QTest::addColumn<QString>("reply"); // sent as message 7 of the connection

    const QByteArray several = R"R([
        {"text": "exact", "reply": "text rule"},
        {"contains": "needle", "reply": "contains rule"},
        {"regex": "^add (\\d+) (\\d+)$", "reply": "{{0}}: {{2}} and {{1}}"},
        {"regex": "^hi (?<who>\\w+)", "reply": "hello {{who}}, #{{counter}}"},
        {"json": {"op": "sub", "args": [1, 2]}, "reply": "subset rule"},
        {"jsonPath": "$.type", "equals": "ping", "reply": {"type": "pong", "id": "{{json.id}}", "n": "{{json.user.name}}"}},
        {"jsonPath": "$.items[1]", "exists": true, "reply": "second: {{json.items[1]}}, all: {{json}}"},
        {"regex": "^echo", "reply": "{{message}}"}
    ])R";
    const auto rules = [](const QByteArray &list) { return file("\"rules\": " + list); };
    QTest::newRow("text equals") << rules(several) << QStringLiteral("exact") << 0 << QStringLiteral("text rule");
    QTest::newRow("text is not contained") << rules(several) << QStringLiteral("exactly") << -1 << QString();
    QTest::newRow("contains") << rules(several) << QStringLiteral("a needle here") << 1 << QStringLiteral("contains rule");
    QTest::newRow("regex captures by number") << rules(several) << QStringLiteral("add 2 40") << 2 << QStringLiteral("add 2 40: 40 and 2");
    QTest::newRow("regex named group, counter") << rules(several) << QStringLiteral("hi bob") << 3 << QStringLiteral("hello bob, #7");
    QTest::newRow("JSON subset") << rules(several) << QStringLiteral("{\"op\": \"sub\", \"args\": [1, 2], \"x\": 0}") << 4
                                 << QStringLiteral("subset rule");
    QTest::newRow("JSON subset, array differs") << rules(several) << QStringLiteral("{\"op\": \"sub\", \"args\": [1]}") << -1 << QString();
    QTest::newRow("JSON path equals, values") << rules(several) << QStringLiteral("{\"type\": \"ping\", \"id\": 12, \"user\": {\"name\": \"ann\"}}")
                                              << 5 << QStringLiteral("{\"type\":\"pong\",\"id\":\"12\",\"n\":\"ann\"}"); // keys in the file's order
    QTest::newRow("JSON path equals, missing value stays") << rules(several) << QStringLiteral("{\"type\": \"ping\"}") << 5
                                                           << QStringLiteral("{\"type\":\"pong\",\"id\":\"{{json.id}}\",\"n\":\"{{json.user.name}}\"}");
    QTest::newRow("JSON index and whole") << rules(several) << QStringLiteral("{\"items\": [1, {\"a\": true}]}") << 6
                                          << QStringLiteral("second: {\"a\":true}, all: {\"items\":[1,{\"a\":true}]}");
    QTest::newRow("not JSON: no JSON rule") << rules(several) << QStringLiteral("{\"type\": \"ping\"") << -1 << QString();
    QTest::newRow("the client's braces stay") << rules(several) << QStringLiteral("echo {{uuid}} {{1}}") << 7
                                              << QStringLiteral("echo {{uuid}} {{1}}");
    QTest::newRow("first match wins") << rules(R"([{"contains": "a", "reply": "first"}, {"text": "a", "reply": "second"}])")
                                      << QStringLiteral("a") << 0 << QStringLiteral("first");
    QTest::newRow("no matcher: any message") << rules(R"([{"text": "x"}, {"reply": "fallback: {{message}}"}])")
                                             << QStringLiteral("y") << 1 << QStringLiteral("fallback: y");
    QTest::newRow("a rule without reply") << rules(R"([{"text": "quiet"}, {"reply": "loud"}])") << QStringLiteral("quiet") << 0 << QString();
    QTest::newRow("no rules") << file("\"onConnect\": []") << QStringLiteral("anything") << -1 << QString();
}

void tst_MockRules::answer()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, message);
    QFETCH(int, rule);
    QFETCH(QString, reply);
    QString error;
    const std::optional<MockRules> parsed = MockRules::parse(rules, QStringLiteral("rules.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    const SessionEvent event = textMessage(message);
    const MockRules::Answer answer = parsed->answer(event);
    QCOMPARE(answer.rule, rule);
    QCOMPARE(answer.replyText(event, 7), reply);
    QCOMPARE(answer.reply.has_value(), !reply.isEmpty());
}

void tst_MockRules::placeholders()
{
    // The composer's placeholders, in a template with no message (on connect, every N seconds).
    const QString out = MockRules::expand(QStringLiteral("{{counter}} {{uuid}} {{unixMs}} {{timestamp}} {{1}} {{json.a}}"), 3);
    const QRegularExpression shape(QStringLiteral(
        "^3 [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} \\d{13} \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\{\\{1\\}\\} \\{\\{json\\.a\\}\\}$"));
    QVERIFY2(shape.match(out).hasMatch(), qPrintable(out));
    // A binary message is never matched by a text rule.
    QString error;
    const std::optional<MockRules> rules = MockRules::parse(file(R"("rules": [{"contains": "a", "reply": "t"}])"), QStringLiteral("r"), &error);
    QVERIFY(rules);
    SessionEvent binary = textMessage(QStringLiteral("abc"));
    binary.kind = EventKind::Binary;
    QCOMPARE(rules->answer(binary).rule, -1);
}

void tst_MockRules::subprotocol_data()
{
    QTest::addColumn<QStringList>("accepted");
    QTest::addColumn<QList<QByteArray>>("offered");
    QTest::addColumn<QString>("chosen");
    const QStringList both{QStringLiteral("chat.v2"), QStringLiteral("chat.v1")};
    QTest::newRow("the client's first that the server accepts") << both << QList<QByteArray>{"mqtt", "chat.v1", "chat.v2"} << QStringLiteral("chat.v1");
    QTest::newRow("spaces after commas") << both << QList<QByteArray>{" chat.v2"} << QStringLiteral("chat.v2");
    QTest::newRow("none in common") << both << QList<QByteArray>{"mqtt"} << QString();
    QTest::newRow("none offered") << both << QList<QByteArray>{} << QString();
    QTest::newRow("none accepted") << QStringList() << QList<QByteArray>{"chat.v1"} << QString();
}

void tst_MockRules::subprotocol()
{
    QFETCH(QStringList, accepted);
    QFETCH(QList<QByteArray>, offered);
    QFETCH(QString, chosen);
    MockRules rules;
    rules.subprotocols = accepted;
    QCOMPARE(rules.chooseSubprotocol(offered), chosen);
}

void tst_MockRules::reject_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status"); // 0: accepted
    QTest::newRow("every request") << file(R"("reject": {"status": 403})") << QByteArray("/chat") << 403;
    QTest::newRow("path matches") << file(R"("reject": {"status": 401, "path": "^/private"})") << QByteArray("/private/x?a=1") << 401;
    QTest::newRow("path does not match") << file(R"("reject": {"status": 401, "path": "^/private"})") << QByteArray("/public") << 0;
    QTest::newRow("query matched") << file(R"("reject": {"status": 429, "path": "token=bad"})") << QByteArray("/ws?token=bad") << 429;
    QTest::newRow("no reject") << file(R"("rules": [])") << QByteArray("/") << 0;
}

void tst_MockRules::reject()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QString error;
    const std::optional<MockRules> parsed = MockRules::parse(rules, QStringLiteral("rules.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    const MockRules::Reject *reject = parsed->rejects(target);
    QCOMPARE(reject ? reject->status : 0, status);
}

void tst_MockRules::where_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<JsonPath::Step>>("steps");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QByteArray>("raw"); // the value's text as written
    const QByteArray doc = "{\"a\": \"x}]\\\"y\", \"b\": [1, {\"c\": [true, null]},\n   \"d\"],\n \"e\\u0066\": {}}";
    QTest::newRow("top") << doc << QList<JsonPath::Step>{} << QStringLiteral("f:1:1") << doc;
    QTest::newRow("after a string with brackets and quotes") << doc << QList<JsonPath::Step>{QStringLiteral("b")} << QStringLiteral("f:1:22")
                                                             << QByteArray("[1, {\"c\": [true, null]},\n   \"d\"]");
    QTest::newRow("the string") << doc << QList<JsonPath::Step>{QStringLiteral("a")} << QStringLiteral("f:1:7") << QByteArray("\"x}]\\\"y\"");
    QTest::newRow("inside an array") << doc << QList<JsonPath::Step>{QStringLiteral("b"), 1, QStringLiteral("c"), 1}
                                     << QStringLiteral("f:1:39") << QByteArray("null");
    QTest::newRow("next line") << doc << QList<JsonPath::Step>{QStringLiteral("b"), 2} << QStringLiteral("f:2:4") << QByteArray("\"d\"");
    QTest::newRow("an escaped key") << doc << QList<JsonPath::Step>{QStringLiteral("ef")} << QStringLiteral("f:3:13") << QByteArray("{}");
    QTest::newRow("no such key") << doc << QList<JsonPath::Step>{QStringLiteral("z")} << QStringLiteral("f") << QByteArray();
    QTest::newRow("index past the end") << doc << QList<JsonPath::Step>{QStringLiteral("b"), 3} << QStringLiteral("f") << QByteArray();
}

void tst_MockRules::where()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<JsonPath::Step>, steps);
    QFETCH(QString, where);
    QFETCH(QByteArray, raw);
    QCOMPARE(JsonFile::where(bytes, QStringLiteral("f"), steps), where);
    QCOMPARE(JsonFile::rawValue(bytes, steps), raw);
}

void tst_MockRules::handshake_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("request"); // the head's lines after "GET /chat HTTP/1.1"
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header"); // a line the answer has
    QTest::addColumn<QString>("why");       // a refusal's reason starts so
    const QByteArray upgrade = "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    const QByteArray none = file(R"("rules": [])");
    QTest::newRow("accepted, RFC 6455's example key") << none << upgrade + "Sec-WebSocket-Version: 13\r\n" << 101
                                                      << QByteArray("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") << QString();
    QTest::newRow("subprotocol chosen") << file(R"("subprotocols": ["chat.v1"])")
                                        << upgrade + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt, chat.v1\r\n" << 101
                                        << QByteArray("Sec-WebSocket-Protocol: chat.v1") << QString();
    QTest::newRow("Connection: keep-alive, Upgrade") << none
                                                     << QByteArray("Upgrade: websocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: a2V5\r\n"
                                                                   "Sec-WebSocket-Version: 13\r\n")
                                                     << 101 << QByteArray("Upgrade: websocket") << QString();
    QTest::newRow("no key") << none << QByteArray("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n") << 400
                            << QByteArray("Connection: close") << QStringLiteral("the client's request is not a WebSocket upgrade");
    QTest::newRow("no Upgrade") << none << QByteArray("Connection: Upgrade\r\nSec-WebSocket-Key: a2V5\r\nSec-WebSocket-Version: 13\r\n") << 400
                                << QByteArray("Content-Type: text/plain; charset=utf-8") << QStringLiteral("the client's request is not a WebSocket upgrade");
    QTest::newRow("version 8") << none << upgrade + "Sec-WebSocket-Version: 8\r\n" << 426 << QByteArray("Sec-WebSocket-Version: 13")
                               << QStringLiteral("the client asked for WebSocket version \"8\"");
    QTest::newRow("no version") << none << upgrade << 426 << QByteArray("Sec-WebSocket-Version: 13")
                                << QStringLiteral("the client asked for WebSocket version \"\"");
    QTest::newRow("rejected by the rules") << file(R"("reject": {"status": 401, "reason": "Who Are You", "body": "log in"})")
                                           << upgrade + "Sec-WebSocket-Version: 13\r\n" << 401 << QByteArray("Content-Length: 6")
                                           << QStringLiteral("handshake for /chat refused with HTTP 401 by the rules");
}

void tst_MockRules::handshake()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QString, why);
    QString error;
    const std::optional<MockRules> parsed = MockRules::parse(rules, QStringLiteral("r.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    HttpHead head;
    qsizetype used = 0;
    QCOMPARE(HttpHead::parse("GET /chat HTTP/1.1\r\n" + request + "\r\n", false, &head, &used), HttpHead::Parse::Complete);
    const MockHandshake answer = MockHandshake::answer(head, *parsed);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.accepted(), status == 101);
    const QByteArray wire = answer.wire();
    QVERIFY2(wire.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), wire.constData());
    QVERIFY2(wire.contains("\r\n" + header + "\r\n"), wire.constData());
    QVERIFY2(answer.why.startsWith(why), qPrintable(answer.why));
    QCOMPARE(answer.why.isEmpty(), status == 101);
    // The answer reads back as HTTP: its head, then exactly the body it announced.
    HttpHead back;
    qsizetype headBytes = 0;
    QCOMPARE(HttpHead::parse(wire, true, &back, &headBytes), HttpHead::Parse::Complete);
    QCOMPARE(back.status, status);
    QCOMPARE(wire.mid(headBytes), answer.body);
    if (status != 101)
        QCOMPARE(back.header("Content-Length").toInt(), answer.body.size());
    if (QByteArray(QTest::currentDataTag()) == "rejected by the rules") {
        QCOMPARE(answer.reason, QByteArray("Who Are You"));
        QCOMPARE(answer.body, QByteArray("log in"));
    }
}

QTEST_GUILESS_MAIN(tst_MockRules)
#include "tst_mockrules.moc"
