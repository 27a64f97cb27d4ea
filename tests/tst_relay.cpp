// The relay's parts without sockets: the intercept queue (hold, forward, edit, drop), the
// drop/rewrite/hold rules, --listen, and the session format's connection id and relay tags.
#include "cli/RelayCommand.h"
#include "relay/InterceptQueue.h"
#include "relay/RelayRules.h"
#include "session/EventJson.h"

#include <QTest>

using namespace wsi;

class tst_Relay : public QObject
{
    Q_OBJECT

private slots:
    void queuePassesWhatIsNotHeld();
    void heldMessageStopsItsDirection();
    void editAndDrop();
    void editControlFrame();
    void forwardAllAndDiscard();
    void parseRule_data();
    void parseRule();
    void applyRules_data();
    void applyRules();
    void holdRules();
    void breakpoints_data();
    void breakpoints();
    void parseListen_data();
    void parseListen();
    void connectionAndTagsRoundTrip();
};

namespace {
struct Sent
{
    QByteArray payload;
    bool delivered;
    MessageTag tag;
};
InterceptQueue::Item text(const QByteArray &payload, bool held = false)
{
    InterceptQueue::Item item;
    item.opcode = 1;
    item.payload = payload;
    item.held = held;
    return item;
}
} // namespace

void tst_Relay::queuePassesWhatIsNotHeld()
{
    QList<Sent> sent;
    InterceptQueue queue([&](InterceptQueue::Item &&item, bool delivered) { sent.append({item.payload, delivered, item.tag}); });
    queue.push(text("a"));
    queue.push(text("b"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).payload, QByteArray("b"));
    QCOMPARE(queue.waitingCount(), 0);
    QVERIFY(!queue.forward(1)); // nothing held
}

void tst_Relay::heldMessageStopsItsDirection()
{
    QList<Sent> sent;
    InterceptQueue queue([&](InterceptQueue::Item &&item, bool delivered) { sent.append({item.payload, delivered, item.tag}); });
    queue.push(text("before"));
    const quint64 held = queue.push(text("held", true));
    queue.push(text("behind"));
    InterceptQueue::Item close;
    close.opcode = 8;
    close.wire = QByteArray::fromHex("8800");
    queue.push(close); // a control frame waits in line too
    QCOMPARE(sent.size(), 1);
    QCOMPARE(queue.waitingCount(), 3);
    QCOMPARE(queue.held().size(), 1);
    QCOMPARE(queue.held().at(0).payload, QByteArray("held"));
    QVERIFY(queue.isHeld(held));
    QVERIFY(queue.waitingBytes() > 0);
    QVERIFY(queue.forward(held));
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(1).payload, QByteArray("held"));
    QCOMPARE(sent.at(2).payload, QByteArray("behind"));
    QVERIFY(sent.at(3).delivered);
    QCOMPARE(queue.waitingCount(), 0);
    QCOMPARE(queue.waitingBytes(), 0);
    QVERIFY(!queue.forward(held)); // once only
}

void tst_Relay::editAndDrop()
{
    QList<Sent> sent;
    InterceptQueue queue([&](InterceptQueue::Item &&item, bool delivered) { sent.append({item.payload, delivered, item.tag}); });
    const quint64 first = queue.push(text("one", true));
    const quint64 second = queue.push(text("two", true));
    queue.push(text("three"));
    // Edited while it waits behind another held message: it leaves the hold, not the line.
    QVERIFY(queue.edit(second, "x", true));
    QCOMPARE(sent.size(), 0);
    QVERIFY(!queue.isHeld(second));
    QVERIFY(queue.drop(first));
    QCOMPARE(sent.size(), 3);
    QVERIFY(!sent.at(0).delivered);
    QCOMPARE(sent.at(0).payload, QByteArray("one"));
    QCOMPARE(sent.at(0).tag, MessageTag::Dropped);
    QCOMPARE(sent.at(1).payload, QByteArray("x"));
    QCOMPARE(sent.at(1).tag, MessageTag::Edited);
    QVERIFY(sent.at(1).delivered);
    QCOMPARE(sent.at(2).payload, QByteArray("three"));
    QVERIFY(!queue.drop(second));
}

void tst_Relay::editControlFrame()
{
    struct Out
    {
        quint8 opcode;
        QByteArray payload;
        QByteArray wire;
    };
    QList<Out> sent;
    InterceptQueue queue([&](InterceptQueue::Item &&item, bool) { sent.append({item.opcode, item.payload, item.wire}); });
    InterceptQueue::Item ping;
    ping.opcode = 0x9;
    ping.payload = "hi";
    ping.wire = QByteArray("\x89\x02hi", 4);
    ping.held = true;
    const quint64 id = queue.push(ping);
    QVERIFY(!queue.edit(id, QByteArray(126, 'x'), false)); // a control frame carries at most 125 bytes
    QVERIFY(queue.isHeld(id));
    QVERIFY(queue.edit(id, "edited", true));               // "text" does not make a ping a text message
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).opcode, quint8(0x9));
    QCOMPARE(sent.at(0).payload, QByteArray("edited"));
    QVERIFY(sent.at(0).wire.isEmpty()); // the old bytes are not sent: the relay frames the new payload
    QCOMPARE(queue.waitingBytes(), 0);
}

void tst_Relay::forwardAllAndDiscard()
{
    QList<Sent> sent;
    InterceptQueue queue([&](InterceptQueue::Item &&item, bool delivered) { sent.append({item.payload, delivered, item.tag}); });
    queue.push(text("a", true));
    queue.push(text("b", true));
    queue.push(text("c"));
    queue.forwardAll();
    QCOMPARE(sent.size(), 3);
    queue.push(text("d", true));
    queue.push(text("e"));
    QCOMPARE(queue.discard(), 1);
    QCOMPARE(queue.waitingCount(), 0);
    QCOMPARE(sent.size(), 3); // discarded, not sent
}

void tst_Relay::parseRule_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("replacement");
    const int drop = int(RelayRules::Action::Drop), rewrite = int(RelayRules::Action::Rewrite);
    QTest::newRow("drop") << drop << "^ping$" << true << "^ping$" << "";
    QTest::newRow("drop with =") << drop << "a=b" << true << "a=b" << "";
    QTest::newRow("bad regex") << drop << "(" << false << "" << "";
    QTest::newRow("empty") << drop << "" << false << "" << "";
    QTest::newRow("rewrite") << rewrite << "(\\d+)=<\\1>" << true << "(\\d+)" << "<\\1>";
    QTest::newRow("rewrite keeps later =") << rewrite << "a=b=c" << true << "a" << "b=c";
    QTest::newRow("escaped =") << rewrite << "k\\=v=x" << true << "k\\=v" << "x";
    QTest::newRow("rewrite to nothing") << rewrite << "secret=" << true << "secret" << "";
    QTest::newRow("no =") << rewrite << "abc" << false << "" << "";
    QTest::newRow("empty regex") << rewrite << "=x" << false << "" << "";
    QTest::newRow("bad rewrite regex") << rewrite << "[=x" << false << "" << "";
}

void tst_Relay::parseRule()
{
    QFETCH(int, action);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, pattern);
    QFETCH(QString, replacement);
    RelayRules::Rule rule;
    QString error;
    QCOMPARE(RelayRules::parse(RelayRules::Action(action), text, true, false, &rule, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(rule.pattern.pattern(), pattern);
    QCOMPARE(rule.replacement, replacement);
    QVERIFY(rule.toServer);
    QVERIFY(!rule.toClient);
}

void tst_Relay::applyRules_data()
{
    QTest::addColumn<bool>("toServer");
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("out");
    const int pass = int(RelayRules::Verdict::Pass), drop = int(RelayRules::Verdict::Drop), rewritten = int(RelayRules::Verdict::Rewritten);
    QTest::newRow("untouched") << true << "hello" << pass << "hello";
    QTest::newRow("dropped to server") << true << "secret 1" << drop << "secret 1";
    QTest::newRow("not dropped to client") << false << "secret x" << pass << "secret x";
    QTest::newRow("rewritten, captures") << true << "{\"price\":10,\"qty\":3}" << rewritten << "{\"price\":<10>,\"qty\":<3>}";
    QTest::newRow("both rewrites, in order") << false << "a1" << rewritten << "b<1>";
    QTest::newRow("rewrite then drop") << true << "token=x" << drop << "token=x";
}

void tst_Relay::applyRules()
{
    QFETCH(bool, toServer);
    QFETCH(QString, in);
    QFETCH(int, verdict);
    QFETCH(QString, out);
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY(RelayRules::parse(RelayRules::Action::Drop, QStringLiteral("^secret"), true, false, &rule, &error));
    rules.append(rule);
    QVERIFY(RelayRules::parse(RelayRules::Action::Rewrite, QStringLiteral("(\\d+)=<\\1>"), true, true, &rule, &error));
    rules.append(rule);
    QVERIFY(RelayRules::parse(RelayRules::Action::Rewrite, QStringLiteral("^a=b"), false, true, &rule, &error));
    rules.append(rule);
    QVERIFY(RelayRules::parse(RelayRules::Action::Drop, QStringLiteral("token"), true, true, &rule, &error));
    rules.append(rule);
    QString text = in;
    QCOMPARE(int(rules.apply(toServer, &text)), verdict);
    if (verdict != int(RelayRules::Verdict::Drop))
        QCOMPARE(text, out);
    QVERIFY(rules.hasEdits(toServer));
    QVERIFY(!rules.hasHolds(toServer));
}

void tst_Relay::holdRules()
{
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY(RelayRules::parse(RelayRules::Action::Hold, QStringLiteral("\"op\":\"buy\""), true, false, &rule, &error));
    rules.append(rule);
    QVERIFY(rules.hasHolds(true));
    QVERIFY(!rules.hasHolds(false));
    QVERIFY(!rules.hasEdits(true));
    QVERIFY(rules.holds(true, 1, "{\"op\":\"buy\",\"n\":1}"));
    QVERIFY(!rules.holds(false, 1, "{\"op\":\"buy\",\"n\":1}"));
    QVERIFY(!rules.holds(true, 1, "{\"op\":\"sell\"}"));
    QVERIFY(!rules.holds(true, 2, "{\"op\":\"buy\",\"n\":1}")); // a rule from parse() is for text
    QVERIFY(!rules.hasControlHolds(true));
    QString text = QStringLiteral("{\"op\":\"buy\"}");
    QCOMPARE(rules.apply(true, &text), RelayRules::Verdict::Pass); // a hold is no edit
}

void tst_Relay::breakpoints_data()
{
    using Kind = RelayRules::Kind;
    using Match = RelayRules::Match;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("opcode"); // of the message the rule is tried on
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("held");
    const int text = int(Kind::Text), binary = int(Kind::Binary), any = int(Kind::Any);
    const int ping = int(Kind::Ping), pong = int(Kind::Pong), close = int(Kind::Close);
    const QByteArray close1011("\x03\xf3upstream boom", 15);
    const int regex = int(Match::Regex), contains = int(Match::Contains), path = int(Match::JsonPathEquals);
    QTest::newRow("regex text") << text << regex << "^buy \\d+$" << "" << true << 1 << QByteArray("buy 12") << true;
    QTest::newRow("regex no match") << text << regex << "^buy \\d+$" << "" << true << 1 << QByteArray("buy x") << false;
    QTest::newRow("text rule, binary message") << text << regex << "buy" << "" << true << 2 << QByteArray("buy") << false;
    QTest::newRow("empty regex holds every text") << text << regex << "" << "" << true << 1 << QByteArray("anything") << true;
    QTest::newRow("empty regex, any kind, binary") << any << regex << "" << "" << true << 2 << QByteArray("\x00\xff", 2) << true;
    QTest::newRow("binary rule, text message") << binary << regex << "" << "" << true << 1 << QByteArray("x") << false;
    QTest::newRow("contains is not a regex") << text << contains << "a.b" << "" << true << 1 << QByteArray("xa.by") << true;
    QTest::newRow("contains, dot literal") << text << contains << "a.b" << "" << true << 1 << QByteArray("axb") << false;
    QTest::newRow("contains bytes in binary") << binary << contains << "PK" << "" << true << 2 << QByteArray("\x01PK\x03", 4) << true;
    QTest::newRow("bad regex") << text << regex << "(" << "" << false << 1 << QByteArray() << false;
    QTest::newRow("path equals string") << text << path << "$.type" << "ping" << true << 1 << QByteArray(R"({"type":"ping"})") << true;
    QTest::newRow("path equals quoted string") << text << path << "$.type" << "\"ping\"" << true << 1 << QByteArray(R"({"type":"ping"})") << true;
    QTest::newRow("path other value") << text << path << "$.type" << "ping" << true << 1 << QByteArray(R"({"type":"pong"})") << false;
    QTest::newRow("path number") << text << path << "$.data.items[1].n" << "3" << true << 1 << QByteArray(R"({"data":{"items":[{},{"n":3}]}})") << true;
    QTest::newRow("path number is not string") << text << path << "$.n" << "3" << true << 1 << QByteArray(R"({"n":"3"})") << false;
    QTest::newRow("path exists") << text << path << "$.id" << "" << true << 1 << QByteArray(R"({"id":null})") << true;
    QTest::newRow("path missing") << text << path << "$.id" << "" << true << 1 << QByteArray(R"({"other":1})") << false;
    QTest::newRow("path, not JSON") << text << path << "$.id" << "" << true << 1 << QByteArray("id=1") << false;
    QTest::newRow("path on array") << text << path << "$[0]" << "true" << true << 1 << QByteArray("[true]") << true;
    QTest::newRow("bad path") << text << path << "type" << "" << false << 1 << QByteArray() << false;
    // Control frames pass unless a breakpoint names their kind; a close matches as "CODE reason".
    QTest::newRow("any message, not a ping") << any << regex << "" << "" << true << 9 << QByteArray("hi") << false;
    QTest::newRow("any message, not a close") << any << regex << "" << "" << true << 8 << close1011 << false;
    QTest::newRow("text rule, not a ping") << text << regex << "" << "" << true << 9 << QByteArray("hi") << false;
    QTest::newRow("ping, every one") << ping << regex << "" << "" << true << 9 << QByteArray() << true;
    QTest::newRow("ping, not a pong") << ping << regex << "" << "" << true << 10 << QByteArray("hi") << false;
    QTest::newRow("pong contains") << pong << contains << "hi" << "" << true << 10 << QByteArray("oh no") << false;
    QTest::newRow("pong contains, match") << pong << contains << "hi" << "" << true << 10 << QByteArray("oh hi") << true;
    QTest::newRow("close by code") << close << regex << "^1011 " << "" << true << 8 << close1011 << true;
    QTest::newRow("close by reason") << close << contains << "boom" << "" << true << 8 << close1011 << true;
    QTest::newRow("close, other code") << close << regex << "^1000" << "" << true << 8 << close1011 << false;
    QTest::newRow("close, no payload") << close << regex << "" << "" << true << 8 << QByteArray() << true;
    QTest::newRow("close rule, not a text") << close << regex << "" << "" << true << 1 << QByteArray("1011 x") << false;
    QTest::newRow("path for close") << close << path << "$.a" << "" << false << 8 << QByteArray() << false;
    QTest::newRow("path for binary") << binary << path << "$.a" << "" << false << 1 << QByteArray() << false;
}

void tst_Relay::breakpoints()
{
    QFETCH(int, kind);
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(bool, held);
    RelayRules::Rule rule;
    QString error;
    QCOMPARE(RelayRules::breakpoint(true, false, RelayRules::Kind(kind), RelayRules::Match(match), pattern, value, &rule, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    RelayRules rules;
    rules.append(rule);
    QCOMPARE(rules.holds(true, quint8(opcode), payload), held);
    QVERIFY(!rules.holds(false, quint8(opcode), payload)); // to the server only
    QVERIFY(!rules.hasEdits(true));
}

void tst_Relay::parseListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("port") << "9100" << true << "127.0.0.1" << 9100;
    QTest::newRow("free port") << "0" << true << "127.0.0.1" << 0;
    QTest::newRow("address") << "0.0.0.0:9100" << true << "0.0.0.0" << 9100;
    QTest::newRow("localhost") << "localhost:9100" << true << "127.0.0.1" << 9100;
    QTest::newRow("ipv6") << "[::1]:9100" << true << "::1" << 9100;
    QTest::newRow("too big") << "70000" << false << "" << 0;
    QTest::newRow("word") << "http" << false << "" << 0;
    QTest::newRow("host name") << "example.com:80" << false << "" << 0;
}

void tst_Relay::parseListen()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsed;
    quint16 parsedPort = 1;
    QString error;
    QCOMPARE(RelayCommand::parseListen(text, &parsed, &parsedPort, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(parsed, QHostAddress(address));
    QCOMPARE(int(parsedPort), port);
}

void tst_Relay::connectionAndTagsRoundTrip()
{
    for (MessageTag tag : {MessageTag::Injected, MessageTag::Edited, MessageTag::Dropped}) {
        SessionEvent e;
        e.timestampUs = 1700000000000000;
        e.kind = EventKind::Text;
        e.direction = Direction::Outgoing;
        e.connection = 42;
        e.tag = tag;
        e.payload = "hi";
        const QByteArray line = EventJson::toLine(e);
        QVERIFY2(line.contains("\"conn\":42"), line.constData());
        QVERIFY2(line.contains("\"tag\":\"" + tagName(tag).toLatin1() + '"'), line.constData());
        SessionEvent back;
        QString error;
        bool notJson = false;
        QVERIFY(EventJson::fromLine(line.trimmed(), &back, &error, &notJson));
        QCOMPARE(back.connection, 42);
        QCOMPARE(back.tag, tag);
    }
    SessionEvent plain;
    plain.kind = EventKind::Text;
    QVERIFY(!EventJson::toLine(plain).contains("conn")); // a session's own events do not change
}

QTEST_GUILESS_MAIN(tst_Relay)
#include "tst_relay.moc"
