// The collection and check file formats, variables, matchers, JSON paths and the JUnit report:
// pure functions and files, no connection.
#include "check/CheckFile.h"
#include "check/CheckPlan.h"
#include "check/JUnitReport.h"
#include "check/JsonPath.h"
#include "check/Matcher.h"
#include "collection/Collection.h"
#include "collection/CollectionImport.h"
#include "collection/CollectionModel.h"
#include "collection/JsonFile.h"
#include "collection/Variables.h"
#include "session/SessionOptionsStorage.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace wsi;

namespace {
using wsi::test::writeFile;

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

SessionEvent textMessage(const QByteArray &payload)
{
    SessionEvent event;
    event.kind = EventKind::Text;
    event.direction = Direction::Incoming;
    event.payload = payload;
    return event;
}
} // namespace

class TestCheckFormat : public QObject
{
    Q_OBJECT
private slots:
    void variablesExpand_data();
    void variablesExpand();
    void collectionRoundTrip();
    void collectionBadFile_data();
    void collectionBadFile();
    void connectionResolve_data();
    void connectionResolve();
    void messageResolve_data();
    void messageResolve();
    void environmentSave_data();
    void environmentSave();
    void jsonPathParse_data();
    void jsonPathParse();
    void jsonPathFind_data();
    void jsonPathFind();
    void matcher_data();
    void matcher();
    void checkFileBad_data();
    void checkFileBad();
    void checkFileSteps();
    void planVariables_data();
    void planVariables();
    void junitReport();
    void importPostman_data();
    void importPostman();
    void importHar_data();
    void importHar();
};

void TestCheckFormat::variablesExpand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("plain") << "hello" << "hello" << QStringList();
    QTest::newRow("one") << "ws://{{host}}/chat" << "ws://127.0.0.1:9001/chat" << QStringList();
    QTest::newRow("spaces inside braces") << "{{ user }}!" << "bob!" << QStringList();
    QTest::newRow("twice") << "{{user}}/{{user}}" << "bob/bob" << QStringList();
    QTest::newRow("placeholder left for send time") << "n={{counter}}" << "n={{counter}}" << QStringList();
    QTest::newRow("unknown named once") << "{{nope}} {{user}} {{nope}} {{other}}" << "{{nope}} bob {{nope}} {{other}}"
                                        << QStringList{"nope", "other"};
    QTest::newRow("unclosed braces stay") << "{{user" << "{{user" << QStringList();
    QTest::newRow("empty value") << "[{{empty}}]" << "[]" << QStringList();
}

void TestCheckFormat::variablesExpand()
{
    QFETCH(QString, text);
    QFETCH(QString, expanded);
    QFETCH(QStringList, unknown);
    VariableSet variables;
    variables.set("host", "127.0.0.1:9001");
    variables.set("user", "bob");
    variables.set("empty", QString());
    QStringList found;
    QCOMPARE(variables.expand(text, &found), expanded);
    QCOMPARE(found, unknown);
}

void TestCheckFormat::collectionRoundTrip()
{
    Collection collection;
    collection.name = "Demo";
    SessionOptions options;
    options.url = QUrl("ws://example.test/chat");
    options.headers = {{"Authorization", "Bearer {{token}}"}};
    options.subprotocols = {"chat"};
    options.heartbeat.mode = HeartbeatSettings::Mode::AppText;
    SavedConnection connection = SavedConnection::fromOptions("Chat", options);
    connection.url = "ws://{{host}}/chat";
    connection.messages.append({"hello", MessageDraft{MessageDraft::Format::Json, "{\"hi\":\"{{user}}\"}", QString()}});
    collection.folders.append({"Staging", {connection}});
    collection.environments.append({"local", {{"host", "127.0.0.1:9001", false}, {"token", "s3cret", true}}});

    // Only what differs from the defaults is written.
    QVERIFY(connection.options.contains("headers"));
    QVERIFY(connection.options.contains("heartbeat/mode"));
    QVERIFY(!connection.options.contains("connectTimeoutMs"));

    QTemporaryDir dir;
    const QString path = dir.filePath("demo.json");
    QString error;
    QVERIFY2(collection.write(path, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\n    \"environments\"")); // pretty-printed
    QVERIFY(!bytes.contains("s3cret"));                 // the secret stays out
    QVERIFY(bytes.contains("\"wsinspectorCollection\": 1"));
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner); // PrivateFile: 0600

    const std::optional<Collection> read = Collection::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, "Demo");
    QCOMPARE(read->folders.size(), 1);
    const SavedConnection *found = read->findConnection("Staging/Chat");
    QVERIFY(found);
    QCOMPARE(found, read->findConnection("Chat"));
    QCOMPARE(found->url, "ws://{{host}}/chat");
    QCOMPARE(QJsonObject::fromVariantMap(found->options), QJsonObject::fromVariantMap(connection.options));
    QCOMPARE(found->messages.size(), 1);
    QCOMPARE(found->messages.at(0).draft, connection.messages.at(0).draft);
    const Environment *local = read->environment("local");
    QVERIFY(local);
    QCOMPARE(local->variables.at(0).value, "127.0.0.1:9001");
    QVERIFY(local->variables.at(1).secret);
    QCOMPARE(local->variables.at(1).value, QString());

    // With includeSecrets the value is written.
    QVERIFY(collection.write(path, true, &error));
    QCOMPARE(Collection::read(path, &error)->environment("local")->variables.at(1).value, "s3cret");
}

void TestCheckFormat::collectionBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax error on line 3") << QByteArray("{\n  \"wsinspectorCollection\": 1,\n  \"folders\": [}\n}")
                                            << "c.json:3:15: ";
    QTest::newRow("syntax error after a multibyte name") << QByteArray("{\"name\": \"日本\" \"x\"}") << "c.json:1:15: ";
    QTest::newRow("newer version") << QByteArray("{\"wsinspectorCollection\": 3}")
                                   << "collection format version 3 comes from a newer WebSocket Inspector; this one reads up to version 1";
    QTest::newRow("not a collection") << QByteArray("{\"wsinspectorCheck\": 1}") << "not a collection file";
    QTest::newRow("top level array") << QByteArray("[]") << "a JSON object was expected";
    QTest::newRow("connection without url")
        << QByteArray("{\"wsinspectorCollection\":1,\"folders\":[{\"name\":\"F\",\"connections\":[{\"name\":\"C\"}]}]}")
        << "connection \"C\" in folder \"F\" has no \"url\"";
    QTest::newRow("bad variable name")
        << QByteArray("{\"wsinspectorCollection\":1,\"environments\":[{\"name\":\"e\",\"variables\":[{\"name\":\"a b\"}]}]}")
        << "\"a b\" is not a variable name";
    QTest::newRow("unknown message format")
        << QByteArray("{\"wsinspectorCollection\":1,\"folders\":[{\"name\":\"F\",\"connections\":[{\"name\":\"C\",\"url\":\"ws://h/\","
                      "\"messages\":[{\"name\":\"m\",\"format\":\"yaml\"}]}]}]}")
        << "unknown format \"yaml\"";
}

void TestCheckFormat::collectionBadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "c.json", content);
    QString error;
    QVERIFY(!Collection::read(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains("c.json"), qPrintable(error)); // the file is named
}

void TestCheckFormat::connectionResolve_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("resolvedUrl");
    QTest::addColumn<QString>("error");
    QTest::newRow("url and header") << "ws://{{host}}/x" << QStringList{"Authorization: Bearer {{token}}"} << "ws://h.test:81/x" << QString();
    QTest::newRow("unknown in url") << "ws://{{hots}}/x" << QStringList() << QString() << "variable {{hots}} is not defined";
    QTest::newRow("unknown in header") << "ws://{{host}}/x" << QStringList{"X-Key: {{apiKey}}"} << QString() << "{{apiKey}}";
    QTest::newRow("bad url after expansion") << "ftp://{{host}}/" << QStringList() << QString() << "ftp";
}

void TestCheckFormat::connectionResolve()
{
    QFETCH(QString, url);
    QFETCH(QStringList, headers);
    QFETCH(QString, resolvedUrl);
    QFETCH(QString, error);
    SavedConnection connection;
    connection.url = url;
    if (!headers.isEmpty())
        connection.options.insert("headers", headers);
    VariableSet variables;
    variables.set("host", "h.test:81");
    variables.set("token", "T0K");
    QString problem;
    const std::optional<SessionOptions> options = connection.resolve(variables, &problem);
    QCOMPARE(options.has_value(), error.isEmpty());
    if (!options) {
        QVERIFY2(problem.contains(error, Qt::CaseInsensitive), qPrintable(problem));
        return;
    }
    QCOMPARE(options->url.toString(), resolvedUrl);
    if (!headers.isEmpty())
        QCOMPARE(options->headers.at(0).second, QByteArray("Bearer T0K"));
}

void TestCheckFormat::messageResolve_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("resolved"); // text, then "|" and the event
    QTest::addColumn<QString>("error");
    QTest::newRow("text") << int(MessageDraft::Format::Text) << "hi {{user}}" << QString() << "hi ann|" << QString();
    // A secret stays {{token}} in the composer: the tab expands it when it sends (and masks it).
    QTest::newRow("placeholder and secret left") << int(MessageDraft::Format::Json) << R"({"n": {{counter}}, "t": "{{token}}"})" << QString()
                                                 << R"({"n": {{counter}}, "t": "{{token}}"}|)" << QString();
    QTest::newRow("secret in the event name") << int(MessageDraft::Format::SocketIoEvent) << R"(["{{user}}"])" << "auth-{{token}}"
                                              << R"(["ann"]|auth-{{token}})" << QString();
    QTest::newRow("event name") << int(MessageDraft::Format::SocketIoEvent) << R"(["{{user}}"])" << "join-{{room}}"
                                << R"(["ann"]|join-r1)" << QString();
    QTest::newRow("unknown in text") << int(MessageDraft::Format::Text) << "{{nope}}" << QString() << QString() << "{{nope}}";
    QTest::newRow("unknown in event") << int(MessageDraft::Format::SocketIoEvent) << "[]" << "{{rooom}}" << QString() << "{{rooom}}";
}

void TestCheckFormat::messageResolve()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    QFETCH(QString, event);
    QFETCH(QString, resolved);
    QFETCH(QString, error);
    const SavedMessage message{"m", MessageDraft{MessageDraft::Format(format), text, event}};
    VariableSet variables;
    variables.set("user", "ann");
    variables.set("token", "T0K", true);
    variables.set("room", "r1");
    QString problem;
    const std::optional<MessageDraft> draft = message.resolve(variables, &problem);
    QCOMPARE(draft.has_value(), error.isEmpty());
    if (!draft) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QCOMPARE(draft->format, MessageDraft::Format(format));
    QCOMPARE(draft->text + "|" + draft->event, resolved);
}

void TestCheckFormat::environmentSave_data()
{
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("variables"); // name=value
    QTest::addColumn<QString>("error");
    QTest::newRow("rename and edit") << "dev" << "development" << QStringList{"host=h:1", "user=bo"} << QString();
    QTest::newRow("new one") << QString() << "staging" << QStringList{"host=s:2"} << QString();
    QTest::newRow("no name") << "dev" << "  " << QStringList() << "needs a name";
    QTest::newRow("name taken") << "dev" << "prod" << QStringList() << "\"prod\" already";
    QTest::newRow("new with a taken name") << QString() << "dev" << QStringList() << "\"dev\" already";
    QTest::newRow("bad variable name") << "dev" << "dev" << QStringList{"my host=x"} << "\"my host\" cannot be";
    QTest::newRow("empty variable name") << "dev" << "dev" << QStringList{"=x"} << "\"\" cannot be";
    QTest::newRow("placeholder's name") << "dev" << "dev" << QStringList{"counter=1"} << "\"counter\" cannot be";
    QTest::newRow("twice") << "dev" << "dev" << QStringList{"a=1", "a=2"} << "\"a\" is there twice";
}

void TestCheckFormat::environmentSave()
{
    QFETCH(QString, oldName);
    QFETCH(QString, name);
    QFETCH(QStringList, variables);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "env.json", R"({"wsinspectorCollection": 1, "name": "E", "folders": [],
        "environments": [{"name": "dev", "variables": [{"name": "host", "value": "h:0"}]}, {"name": "prod", "variables": []}]})");
    CollectionModel model;
    QString problem;
    QVERIFY2(model.open(path, &problem), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    Environment environment{name, {}};
    for (const QString &variable : variables)
        environment.variables.append({variable.section('=', 0, 0), variable.section('=', 1), false});
    QSignalSpy changed(&model, &CollectionModel::environmentChanged);
    const bool saved = model.saveEnvironment(0, oldName, environment, false, &problem);
    QCOMPARE(saved, error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    if (!saved) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        QCOMPARE(after, before); // nothing written
        QCOMPARE(model.collection(0).environments.size(), 2);
        QCOMPARE(changed.count(), 0);
        return;
    }
    QCOMPARE(changed.count(), 1);
    const std::optional<Collection> reread = Collection::read(path, &problem);
    QVERIFY2(reread, qPrintable(problem));
    QCOMPARE(reread->environments.size(), oldName.isEmpty() ? 3 : 2);
    const Environment *written = reread->environment(name);
    QVERIFY(written);
    QCOMPARE(written->variables.size(), variables.size());
    QCOMPARE(written->variables.at(0).value, variables.at(0).section('=', 1));
    if (!oldName.isEmpty()) {
        QVERIFY(!reread->environment(oldName));
        QCOMPARE(model.environment(0), name); // the chosen one follows its rename
        QCOMPARE(model.variables(0).value("user"), QStringLiteral("bo"));
    }
}

void TestCheckFormat::jsonPathParse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // empty: parses
    QTest::newRow("root") << "$" << QString();
    QTest::newRow("dotted") << "$.data.items" << QString();
    QTest::newRow("index") << "$.items[0].id" << QString();
    QTest::newRow("quoted keys") << "$['a b'][\"c\"]" << QString();
    QTest::newRow("no dollar") << "data.id" << "character 1: a path starts with $";
    QTest::newRow("dangling dot") << "$.a." << "character 5: a key name was expected";
    QTest::newRow("unclosed bracket") << "$.a[0" << "character 6: ] was expected";
    QTest::newRow("unclosed quote") << "$['abc]" << "the quoted key is not closed";
    QTest::newRow("wildcard") << "$.a[*]" << "character 5: an index or a quoted key";
    QTest::newRow("space") << "$.a b" << "character 4";
}

void TestCheckFormat::jsonPathParse()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QString problem;
    const std::optional<JsonPath> parsed = JsonPath::parse(path, &problem);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    if (!parsed)
        QVERIFY2(problem.contains(error) && problem.contains(path), qPrintable(problem));
}

void TestCheckFormat::jsonPathFind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("found"); // JSON of the value; empty: none
    QTest::newRow("root") << "$" << QByteArray("{\"a\":{\"b\":[1,{\"c\":\"x\"}]},\"d e\":true}");
    QTest::newRow("key") << "$.a.b[0]" << QByteArray("1");
    QTest::newRow("deep") << "$.a.b[1].c" << QByteArray("\"x\"");
    QTest::newRow("quoted") << "$['d e']" << QByteArray("true");
    QTest::newRow("missing key") << "$.a.z" << QByteArray();
    QTest::newRow("index past the end") << "$.a.b[2]" << QByteArray();
    QTest::newRow("index into an object") << "$.a[0]" << QByteArray();
}

void TestCheckFormat::jsonPathFind()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, found);
    const QJsonValue document = QJsonDocument::fromJson("{\"a\":{\"b\":[1,{\"c\":\"x\"}]},\"d e\":true}").object();
    QString error;
    const std::optional<QJsonValue> value = JsonPath::parse(path, &error)->find(document);
    QCOMPARE(value.has_value(), !found.isEmpty());
    if (value)
        QCOMPARE(*value, QJsonDocument::fromJson('[' + found + ']').array().at(0));
}

void TestCheckFormat::matcher_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("captures"); // "name=value;..."
    QTest::newRow("text") << QByteArray("{\"text\":\"hi bob\"}") << QByteArray("hi bob") << true << QString();
    QTest::newRow("text with a variable") << QByteArray("{\"text\":\"hi {{user}}\"}") << QByteArray("hi bob") << true << QString();
    QTest::newRow("text differs") << QByteArray("{\"text\":\"hi\"}") << QByteArray("hi ") << false << QString();
    QTest::newRow("regex named capture") << QByteArray("{\"regex\":\"token=(?<token>\\\\w+)\"}") << QByteArray("ok token=ab12 end") << true
                                         << "token=ab12";
    QTest::newRow("regex numbered captures") << QByteArray("{\"regex\":\"(\\\\d+)-(\\\\d+)\",\"captures\":[\"from\",\"to\"]}")
                                             << QByteArray("range 3-9") << true << "from=3;to=9";
    QTest::newRow("regex named and numbered") << QByteArray("{\"regex\":\"(?<a>x+)-(y+)\",\"captures\":[\"b\"]}")
                                              << QByteArray("xx-yyy") << true << "a=xx;b=yyy";
    QTest::newRow("regex no match") << QByteArray("{\"regex\":\"^x\"}") << QByteArray("yx") << false << QString();
    QTest::newRow("json subset") << QByteArray("{\"json\":{\"type\":\"tick\",\"data\":{\"n\":1}}}")
                                 << QByteArray("{\"type\":\"tick\",\"data\":{\"n\":1.0,\"extra\":2},\"ts\":5}") << true << QString();
    QTest::newRow("json subset missing key") << QByteArray("{\"json\":{\"type\":\"tick\",\"n\":2}}") << QByteArray("{\"type\":\"tick\"}")
                                             << false << QString();
    QTest::newRow("json subset array length") << QByteArray("{\"json\":[1,2]}") << QByteArray("[1,2,3]") << false << QString();
    QTest::newRow("json subset not json") << QByteArray("{\"json\":{}}") << QByteArray("hello") << false << QString();
    QTest::newRow("path equals, captured") << QByteArray("{\"jsonPath\":\"$.type\",\"equals\":\"token\",\"capture\":\"kind\"}")
                                           << QByteArray("{\"type\":\"token\"}") << true << "kind=token";
    QTest::newRow("path equals number") << QByteArray("{\"jsonPath\":\"$.n\",\"equals\":2}") << QByteArray("{\"n\":2}") << true << QString();
    QTest::newRow("path equals differs") << QByteArray("{\"jsonPath\":\"$.n\",\"equals\":2}") << QByteArray("{\"n\":\"2\"}") << false << QString();
    QTest::newRow("path exists, captured") << QByteArray("{\"jsonPath\":\"$.token\",\"capture\":\"token\"}")
                                           << QByteArray("{\"token\":\"tok-1\"}") << true << "token=tok-1";
    QTest::newRow("path exists fails") << QByteArray("{\"jsonPath\":\"$.token\"}") << QByteArray("{\"type\":1}") << false << QString();
    QTest::newRow("path absent") << QByteArray("{\"jsonPath\":\"$.error\",\"exists\":false}") << QByteArray("{\"type\":1}") << true << QString();
    QTest::newRow("path matches") << QByteArray("{\"jsonPath\":\"$.token\",\"matches\":\"^tok-[0-9a-f]+$\"}")
                                  << QByteArray("{\"token\":\"tok-0af3\"}") << true << QString();
    QTest::newRow("socket.io event") << QByteArray("{\"event\":\"news\"}") << QByteArray("42[\"news\",{\"a\":1}]") << true << QString();
    QTest::newRow("socket.io other event") << QByteArray("{\"event\":\"news\"}") << QByteArray("42[\"chat\"]") << false << QString();
    QTest::newRow("json-rpc method") << QByteArray("{\"event\":\"tick\",\"protocol\":\"jsonrpc\"}")
                                     << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":[1]}") << true << QString();
    QTest::newRow("any message") << QByteArray("{}") << QByteArray("anything") << true << QString();
}

void TestCheckFormat::matcher()
{
    QFETCH(QByteArray, step);
    QFETCH(QByteArray, message);
    QFETCH(bool, matched);
    QFETCH(QString, captures);
    QString error;
    const std::optional<Matcher> m = Matcher::fromJson(object(step), &error);
    QVERIFY2(m, qPrintable(error));
    VariableSet variables;
    variables.set("user", "bob");
    const Matcher::Outcome outcome = m->match(textMessage(message), variables);
    QCOMPARE(outcome.matched, matched);
    QStringList got;
    for (auto it = outcome.captures.cbegin(); it != outcome.captures.cend(); ++it)
        got << it.key() + u'=' + it.value();
    QCOMPARE(got.join(u';'), captures);
    QVERIFY(!m->expected(variables).isEmpty());
}

void TestCheckFormat::checkFileBad_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray head = "{\"wsinspectorCheck\":1,\"url\":\"ws://127.0.0.1:1/\",\"checks\":[{\"name\":\"c\",\"steps\":[";
    QTest::newRow("syntax error") << QByteArray("{\n  \"wsinspectorCheck\": 1,\n  \"checks\": [\n    {\"name\": \"c\" \"steps\": []}\n  ]\n}")
                                  << "k.json:4:18: ";
    QTest::newRow("newer version") << QByteArray("{\"wsinspectorCheck\": 2, \"url\": \"ws://h/\"}") << "check format version 2 comes from a newer";
    QTest::newRow("no version") << QByteArray("{\"url\": \"ws://h/\"}") << "not a check file";
    QTest::newRow("unknown step") << head + "{\"step\":\"expekt\",\"text\":\"x\"}]}]}" << "check \"c\", step 1: unknown step \"expekt\"";
    QTest::newRow("no step key") << head + "{\"step\":\"connect\"},{\"text\":\"x\"}]}]}" << "step 2: no \"step\"";
    QTest::newRow("regex does not compile") << head + "{\"step\":\"expect\",\"regex\":\"(unclosed\"}]}]}"
                                            << "regex \"(unclosed\" does not compile: missing closing parenthesis at character 10";
    QTest::newRow("matches does not compile") << head + "{\"step\":\"expect\",\"jsonPath\":\"$.a\",\"matches\":\"[z-a]\"}]}]}"
                                              << "matches \"[z-a]\" does not compile";
    QTest::newRow("json path does not parse") << head + "{\"step\":\"expect\",\"jsonPath\":\"$.a[x]\"}]}]}"
                                              << "JSON path \"$.a[x]\", character 5";
    QTest::newRow("key of another step") << head + "{\"step\":\"send\",\"regex\":\"x\"}]}]}" << "send does not take \"regex\"";
    QTest::newRow("two matchers") << head + "{\"step\":\"expect\",\"text\":\"x\",\"regex\":\"x\"}]}]}" << "one of text, contains, regex";
    QTest::newRow("unknown send format") << head + "{\"step\":\"send\",\"format\":\"xml\",\"text\":\"x\"}]}]}" << "unknown format \"xml\"";
    QTest::newRow("more captures than groups") << head + "{\"step\":\"expect\",\"regex\":\"(a)\",\"captures\":[\"x\",\"y\"]}]}]}"
                                               << "has 1 groups without a name; captures names 2";
    QTest::newRow("no url, no connection") << QByteArray("{\"wsinspectorCheck\":1,\"checks\":[]}") << "say where to connect";
    QTest::newRow("no checks") << QByteArray("{\"wsinspectorCheck\":1,\"url\":\"ws://h/\"}") << "no \"checks\"";
    QTest::newRow("empty check") << head + "]}]}" << "check \"c\" has no steps";
}

void TestCheckFormat::checkFileBad()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "k.json", content);
    QString error;
    QVERIFY(!CheckFile::read(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
}

void TestCheckFormat::checkFileSteps()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "k.json", R"({"wsinspectorCheck": 1, "url": "ws://{{host}}/", "variables": {"host": "h"},
        "checks": [{"name": "all", "steps": [
            {"step": "connect", "status": 401, "timeoutMs": 300},
            {"step": "send", "json": {"op": "login"}},
            {"step": "send", "format": "socketio", "event": "chat", "text": "1"},
            {"step": "expect", "within": 700, "jsonPath": "$.a", "exists": true},
            {"step": "expectNone", "forMs": 250},
            {"step": "wait", "ms": 50},
            {"step": "close", "code": 4000, "reason": "done"},
            {"step": "expectClose", "code": 1008}
        ]}]})");
    QString error;
    const std::optional<CheckFile> file = CheckFile::read(path, &error);
    QVERIFY2(file, qPrintable(error));
    const QList<CheckStep> &s = file->checks.at(0).steps;
    QCOMPARE(s.size(), 8);
    QCOMPARE(s.at(0).code, 401);
    QCOMPARE(s.at(0).timeoutMs, 300);
    QCOMPARE(s.at(1).draft.format, MessageDraft::Format::Json);
    QCOMPARE(s.at(1).draft.text, "{\"op\":\"login\"}");
    QCOMPARE(s.at(2).draft.format, MessageDraft::Format::SocketIoEvent);
    QCOMPARE(s.at(2).draft.event, "chat");
    QVERIFY(s.at(3).anyWithin);
    QCOMPARE(s.at(3).timeoutMs, 700);
    QCOMPARE(s.at(4).forMs, 250);
    QCOMPARE(s.at(5).forMs, 50);
    QCOMPARE(s.at(6).code, 4000);
    QCOMPARE(s.at(6).reason, "done");
    QCOMPARE(s.at(7).code, 1008);
    QVERIFY(!s.at(7).hasReason);

    // Written back and read again: the same steps.
    QVERIFY(file->write(dir.filePath("again.json"), &error));
    const std::optional<CheckFile> again = CheckFile::read(dir.filePath("again.json"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->checks.at(0).steps.size(), 8);
    QCOMPARE(again->url, "ws://{{host}}/");
    QCOMPARE(again->variables.value("host"), "h");
}

void TestCheckFormat::planVariables_data()
{
    QTest::addColumn<QString>("extraStep");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("var");
    QTest::addColumn<QString>("error"); // empty: ready to run
    QTest::addColumn<QString>("url");
    QTest::newRow("env supplies host") << R"({"step":"send","text":"hi"})" << "local" << "" << "" << "ws://127.0.0.1:9/x";
    QTest::newRow("--var wins over env") << R"({"step":"send","text":"hi"})" << "local" << "host=10.0.0.1:8" << "" << "ws://10.0.0.1:8/x";
    QTest::newRow("no env: host unknown") << R"({"step":"send","text":"hi"})" << "" << "" << "variable {{host}} is not defined" << "";
    QTest::newRow("unknown in a send, named with its step")
        << R"({"step":"send","text":"{{tokn}}"})" << "local" << "" << "check \"c\", step 3: variable {{tokn}} is not defined" << "";
    QTest::newRow("captured earlier: defined") << R"({"step":"send","text":"{{token}} {{counter}}"})" << "local" << "" << "" << "ws://127.0.0.1:9/x";
    QTest::newRow("no such environment") << R"({"step":"send","text":"hi"})" << "prod" << "" << "no environment \"prod\"" << "";
}

void TestCheckFormat::planVariables()
{
    QFETCH(QString, extraStep);
    QFETCH(QString, env);
    QFETCH(QString, var);
    QFETCH(QString, error);
    QFETCH(QString, url);
    QTemporaryDir dir;
    writeFile(dir, "coll.json", R"({"wsinspectorCollection": 1, "folders": [{"name": "F", "connections": [{"name": "C", "url": "ws://{{host}}/x"}]}],
        "environments": [{"name": "local", "variables": [{"name": "host", "value": "127.0.0.1:9"}]}]})");
    const QString path = writeFile(dir, "k.json", (R"({"wsinspectorCheck": 1, "collection": "coll.json", "connection": "F/C",
        "checks": [{"name": "c", "steps": [{"step":"connect"}, {"step":"expect","jsonPath":"$.token","capture":"token"}, )"
                                                   + extraStep + "]}]}")
                                                      .toUtf8());
    QMap<QString, QString> overrides;
    if (!var.isEmpty())
        overrides.insert(var.section(u'=', 0, 0), var.section(u'=', 1));
    QString problem;
    const std::optional<CheckPlan> plan = CheckPlan::prepare(path, env, overrides, &problem);
    QCOMPARE(plan.has_value(), error.isEmpty());
    if (!plan) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QCOMPARE(plan->options.url.toString(), url);
}

void TestCheckFormat::junitReport()
{
    CheckResult passed;
    passed.name = "echo";
    passed.passed = true;
    passed.elapsedMs = 12;
    CheckResult failed;
    failed.name = "login <&> \"quotes\"";
    failed.elapsedMs = 2500;
    failed.steps.append({0, CheckStep::Type::Connect, true, "connect", {}, {}, 3});
    failed.steps.append({1, CheckStep::Type::Expect, false, "expect next: $.type = \"token\"", "$.type = \"token\"", "$.type = \"error\"", 2000});
    const QByteArray xml = JUnitReport::toXml({{"a.json", {passed, failed}}, {"b.json", {passed}}});

    QXmlStreamReader reader(xml);
    int suites = 0, cases = 0, failures = 0;
    QString failureMessage, failureBody, secondSuite;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"testsuite") {
            ++suites;
            if (suites == 2)
                secondSuite = reader.attributes().value("name").toString();
            if (suites == 1) {
                QCOMPARE(reader.attributes().value("tests"), u"2");
                QCOMPARE(reader.attributes().value("failures"), u"1");
            }
        } else if (reader.name() == u"testcase") {
            ++cases;
        } else if (reader.name() == u"failure") {
            ++failures;
            failureMessage = reader.attributes().value("message").toString();
            failureBody = reader.readElementText();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(suites, 2);
    QCOMPARE(cases, 3);
    QCOMPARE(failures, 1);
    QCOMPARE(secondSuite, "b.json");
    QVERIFY2(failureMessage.contains("step 2") && failureMessage.contains("expected $.type = \"token\", got $.type = \"error\""),
             qPrintable(failureMessage));
    QVERIFY(failureBody.contains("expected: $.type = \"token\""));
    QVERIFY(xml.contains("login &lt;&amp;&gt;"));
}

void TestCheckFormat::importPostman_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("connections"); // "Folder/Name url header"
    QTest::addColumn<QString>("error");
    const QByteArray head = "{\"info\": {\"name\": \"Shop\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},";
    QTest::newRow("websocket requests in folders, http ones left")
        << head + "\"item\": [\n"
            "               {\"name\": \"Live\", \"item\": [\n"
            "                   {\"name\": \"prices\", \"request\": {\"method\": \"GET\", \"url\": {\"raw\": \"wss://{{host}}/prices\"},\n"
            "                    \"header\": [{\"key\": \"Authorization\", \"value\": \"Bearer {{token}}\"}, {\"key\": \"X-Off\", \"value\": \"1\", \"disabled\": true}]}},\n"
            "                   {\"name\": \"Deep\", \"item\": [{\"name\": \"chat\", \"request\": {\"url\": \"ws://chat.test/\"}}]}]},\n"
            "               {\"name\": \"REST\", \"request\": {\"method\": \"GET\", \"url\": {\"raw\": \"https://{{host}}/api\"}}},\n"
            "               {\"name\": \"top\", \"request\": {\"url\": \"ws://top.test/\"}}],\n"
            "             \"variable\": [{\"key\": \"host\", \"value\": \"shop.test\"}]}"
        << QStringList{"Live/prices wss://{{host}}/prices Authorization: Bearer {{token}}", "Live / Deep/chat ws://chat.test/ ",
                       "Shop/top ws://top.test/ "}
        << QString();
    QTest::newRow("no websocket requests: said")
        << head + "\"item\": [{\"name\": \"REST\", \"request\": {\"url\": \"https://x.test/\"}}, {\"name\": \"b\", \"request\": {\"url\": \"http://y/\"}}]}"
        << QStringList() << "p.json holds no WebSocket requests (none of its 2 request(s) has a ws:// or wss:// URL)";
    QTest::newRow("not postman") << QByteArray("{\"item\": []}") << QStringList() << "not a Postman collection v2.1 export";
    QTest::newRow("syntax error") << QByteArray("{\"info\": }") << QStringList() << "p.json:1:10: ";
}

void TestCheckFormat::importPostman()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, connections);
    QFETCH(QString, error);
    QString problem;
    const std::optional<Collection> collection = CollectionImport::fromPostman(content, "p.json", &problem);
    QCOMPARE(collection.has_value(), error.isEmpty());
    if (!collection) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QStringList found;
    for (const Folder &folder : collection->folders)
        for (const SavedConnection &connection : folder.connections)
            found << folder.name + u'/' + connection.name + u' ' + connection.url + u' '
                         + connection.options.value("headers").toStringList().join(u',');
    QCOMPARE(found, connections);
    QCOMPARE(collection->environment("postman")->variables.at(0).value, "shop.test");
}

void TestCheckFormat::importHar_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::newRow("chrome") << "chrome.har" << "wss://echo.example.test/chat?room=1";
    QTest::newRow("firefox") << "firefox.har" << "ws://127.0.0.1:9001/";
}

void TestCheckFormat::importHar()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    QString error;
    const std::optional<Collection> collection = CollectionImport::fromFile(QStringLiteral(WSI_TEST_DATA_DIR "/") + file, &error);
    QVERIFY2(collection, qPrintable(error));
    QCOMPARE(collection->folders.size(), 1);
    QCOMPARE(collection->folders.at(0).connections.size(), 1); // the page's own HTTP entry is not one
    QCOMPARE(collection->folders.at(0).connections.at(0).url, url);
    // Written and read back as a collection, resolved: a URL the session takes.
    QTemporaryDir dir;
    QVERIFY(collection->write(dir.filePath("c.json"), false, &error));
    const std::optional<SessionOptions> options = Collection::read(dir.filePath("c.json"), &error)->folders.at(0).connections.at(0).resolve(VariableSet(), &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->url.toString(), url);
    // A HAR without WebSocket entries is said.
    QVERIFY(!CollectionImport::fromHar("{\"log\": {\"entries\": [{\"request\": {\"url\": \"https://a.test/\"}, \"response\": {\"status\": 200}}]}}", "x.har", &error));
    QVERIFY2(error.contains("x.har holds no WebSocket connections"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCheckFormat)
#include "tst_checkformat.moc"
