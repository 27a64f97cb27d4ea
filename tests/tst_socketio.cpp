// Socket.IO v4 mode: the packet codec, then the session against a real npm
// socket.io 4 server started by this test on 127.0.0.1.
#include "SessionEventLog.h"
#include "TestServers.h"
#include "session/EventJson.h"
#include "session/Session.h"
#include "socketio/SocketIoGate.h"
#include "socketio/SocketIoPacket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace wsi;

class tst_SocketIo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void describe_data();
    void describe();
    void parseNamespaceAndAck();
    void engineIoUrl();
    void gate_data();
    void gate();
    void receivesNewsEmitsAnotherNewsOutlivesPingTimeout();
    void joinsANamespace();
    void plainWebSocketIsDroppedAfterPingTimeout();
    void recordedTagsSurviveJsonLines();

private:
    // One socket.io server for every test: none of them stops it.
    test::ServerProcess m_server{QStringLiteral("socketio_server.js")};
};

void tst_SocketIo::describe_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("shown");
    QTest::newRow("open") << QByteArray(R"(0{"sid":"abc","upgrades":[],"pingInterval":25000,"pingTimeout":20000})")
                          << QStringLiteral("Engine.IO open: sid abc, ping every 25000 ms, timeout 20000 ms");
    QTest::newRow("ping") << QByteArray("2") << QStringLiteral("Engine.IO ping");
    QTest::newRow("pong") << QByteArray("3") << QStringLiteral("Engine.IO pong");
    QTest::newRow("connect") << QByteArray("40") << QStringLiteral("connect namespace /");
    QTest::newRow("connect ack") << QByteArray(R"(40{"sid":"x1"})") << QStringLiteral(R"(connect namespace / {"sid":"x1"})");
    QTest::newRow("event") << QByteArray(R"(42["news",{"hello":"world"}])") << QStringLiteral(R"(event news {"hello":"world"})");
    QTest::newRow("event, two args, ns, ack") << QByteArray(R"(42/chat,7["msg","hi",3])") << QStringLiteral(R"(event msg "hi", 3 on /chat (ack 7))");
    QTest::newRow("event, no args") << QByteArray(R"(42["ping!"])") << QStringLiteral("event ping!");
    QTest::newRow("ack") << QByteArray(R"(437["ok"])") << QStringLiteral(R"(ack 7 "ok")");
    QTest::newRow("connect error") << QByteArray(R"(44{"message":"Not authorized"})") << QStringLiteral("connect error on /: Not authorized");
    QTest::newRow("disconnect") << QByteArray("41/chat,") << QStringLiteral("disconnect namespace /chat");
    QTest::newRow("malformed event") << QByteArray(R"(42{"no":"array"})") << QStringLiteral(R"(malformed event: 42{"no":"array"})");
    QTest::newRow("not socket.io") << QByteArray("hello") << QStringLiteral("not a Socket.IO packet: hello");
    QTest::newRow("markup stays text") << QByteArray(R"(42["<b>x</b>"])") << QStringLiteral("event <b>x</b>");
}

void tst_SocketIo::describe()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, shown);
    QCOMPARE(SocketIoPacket::describe(frame), shown);
}

void tst_SocketIo::parseNamespaceAndAck()
{
    const SocketIoPacket packet = SocketIoPacket::parse(R"(42/admin,12["update",{"n":1}])");
    QCOMPARE(packet.engine, SocketIoPacket::Engine::Message);
    QCOMPARE(packet.type, SocketIoPacket::Type::Event);
    QCOMPARE(packet.nameSpace, QStringLiteral("/admin"));
    QCOMPARE(packet.ackId, 12);
    QCOMPARE(packet.eventName(), QStringLiteral("update"));
    QCOMPARE(packet.arguments().size(), 1);
    QCOMPARE(SocketIoPacket::encodeEvent(QStringLiteral("/admin"), QStringLiteral("update"), packet.arguments()),
             QByteArray(R"(42/admin,["update",{"n":1}])"));
    QCOMPARE(SocketIoPacket::encodeConnect(QStringLiteral("/")), QByteArray("40"));
    QCOMPARE(SocketIoPacket::encodeConnect(QStringLiteral("/admin")), QByteArray("40/admin"));
    QCOMPARE(SocketIoPacket::pong("2probe"), QByteArray("3probe"));
}

void tst_SocketIo::engineIoUrl()
{
    const QUrl bare = SocketIoPacket::engineIoUrl(QUrl(QStringLiteral("ws://h:1")));
    QCOMPARE(bare.path(), QStringLiteral("/socket.io/"));
    QCOMPARE(QUrlQuery(bare).queryItemValue(QStringLiteral("EIO")), QStringLiteral("4"));
    QCOMPARE(QUrlQuery(bare).queryItemValue(QStringLiteral("transport")), QStringLiteral("websocket"));
    // A path and a token the user typed are kept; an old EIO=3 is replaced, not doubled.
    const QUrl typed = SocketIoPacket::engineIoUrl(QUrl(QStringLiteral("wss://h/custom/?token=t&EIO=3")));
    QCOMPARE(typed.path(), QStringLiteral("/custom/"));
    QCOMPARE(QUrlQuery(typed).queryItemValue(QStringLiteral("token")), QStringLiteral("t"));
    QCOMPARE(QUrlQuery(typed).allQueryItemValues(QStringLiteral("EIO")), QStringList{QStringLiteral("4")});
    QVERIFY(SocketIoPacket::looksLikeSocketIo(QUrl(QStringLiteral("ws://h/socket.io/?EIO=4"))));
    QVERIFY(!SocketIoPacket::looksLikeSocketIo(QUrl(QStringLiteral("ws://h/chat"))));
}

void tst_SocketIo::initTestCase()
{
    QString error;
    // Short Engine.IO timers so "stays connected past the ping timeout" takes a second, not a minute.
    QVERIFY2(m_server.start(&error, 0, {QStringLiteral("--ping-interval"), QStringLiteral("300"),
                                        QStringLiteral("--ping-timeout"), QStringLiteral("200")}),
             qPrintable(error));
}

void tst_SocketIo::receivesNewsEmitsAnotherNewsOutlivesPingTimeout()
{
    Session session;
    test::SessionEventLog log(session);
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.port()));
    options.protocol = SessionOptions::Protocol::SocketIo;
    QVERIFY(session.open(options));
    QCOMPARE(session.options().url.path(), QStringLiteral("/socket.io/"));
    // Emitted at once: held until the namespace says yes, then sent.
    QVERIFY(session.sendMessage(false, SocketIoPacket::encodeEvent(QStringLiteral("/"), QStringLiteral("anotherNews"),
                                                                 {QJsonObject{{QStringLiteral("my"), QStringLiteral("data")}}}),
                                MessageTag::SocketIo));
    const auto received = [&log](const QString &shown) {
        for (const SessionEvent &event : log.events)
            if (event.direction == Direction::Incoming && event.tag == MessageTag::SocketIo
                && SocketIoPacket::describe(event.payload) == shown)
                return true;
        return false;
    };
    QTRY_VERIFY(received(QStringLiteral(R"(event news {"hello":"world"})")));
    const QByteArray line = m_server.waitForLine("anotherNews");
    QVERIFY2(!line.isEmpty(), "the server never received anotherNews");
    const QJsonObject got = QJsonDocument::fromJson(line).object();
    QCOMPARE(QJsonDocument(got.value(QStringLiteral("args")).toArray()).toJson(QJsonDocument::Compact), QByteArray(R"([{"my":"data"}])"));

    // pingInterval 300 + pingTimeout 200: unanswered, the server drops us after 0.5 s. Stay 2 s.
    QTest::qWait(2000);
    QCOMPARE(session.state(), Session::State::Open);
    QCOMPARE(log.count(EventKind::Close), 0);
    int pings = 0, pongs = 0;
    for (const SessionEvent &event : log.events) {
        if (event.tag != MessageTag::EngineIo)
            continue;
        pings += event.direction == Direction::Incoming && event.payload == "2";
        pongs += event.direction == Direction::Outgoing && event.payload == "3";
    }
    QVERIFY2(pings >= 4, qPrintable(QString::number(pings)));
    QCOMPARE(pongs, pings);
    // One timeline (issue 12, item 7): the connection's open comes before Engine.IO's open, each
    // pong after its ping, and no row's time goes back from the row before it.
    const QList<int> opens = log.indexesOf(EventKind::Open);
    QVERIFY(!opens.isEmpty());
    for (int i = 0; i < opens.first(); ++i)
        QVERIFY(log.events.at(i).kind != EventKind::Text);
    for (qsizetype i = 1; i < log.events.size(); ++i)
        QVERIFY2(log.events.at(i).timestampUs >= log.events.at(i - 1).timestampUs,
                 qPrintable(QStringLiteral("row %1 (%2) before row %3").arg(i).arg(kindName(log.events.at(i).kind)).arg(i - 1)));
    session.close();
    QTRY_COMPARE(session.state(), Session::State::Closed);
}

void tst_SocketIo::joinsANamespace()
{
    Session session;
    test::SessionEventLog log(session);
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/socket.io/").arg(m_server.port()));
    options.protocol = SessionOptions::Protocol::SocketIo;
    options.socketIoNamespace = QStringLiteral("chat");
    QVERIFY(session.open(options));
    const auto has = [&log](Direction direction, const QByteArray &start) {
        for (const SessionEvent &event : log.events)
            if (event.direction == direction && event.kind == EventKind::Text && event.payload.startsWith(start))
                return true;
        return false;
    };
    QTRY_VERIFY(has(Direction::Incoming, R"(42/chat,["news")"));
    QVERIFY(has(Direction::Outgoing, "40/chat"));
    session.sendMessage(false, SocketIoPacket::encodeEvent(session.options().socketIoNamespace, QStringLiteral("anotherNews"), {1}),
                        MessageTag::SocketIo);
    QVERIFY(m_server.waitForLine(R"("nsp":"/chat")").contains("anotherNews"));
}

void tst_SocketIo::plainWebSocketIsDroppedAfterPingTimeout()
{
    // Why the mode exists: the same server, spoken to as plain WebSocket, hangs up on us.
    Session session;
    test::SessionEventLog log(session);
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket").arg(m_server.port()));
    QVERIFY(session.open(options));
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Close), 1, 5000);
    QCOMPARE(log.last(EventKind::Close).closedBy == ClosedBy::Client, false);
}

void tst_SocketIo::recordedTagsSurviveJsonLines()
{
    // A Socket.IO recording keeps which frames were Engine.IO's and which were events.
    for (MessageTag tag : {MessageTag::EngineIo, MessageTag::SocketIo}) {
        SessionEvent event;
        event.timestampUs = 1700000000000000;
        event.kind = EventKind::Text;
        event.direction = Direction::Incoming;
        event.tag = tag;
        event.payload = "42[\"news\",1]";
        const QByteArray line = EventJson::toLine(event);
        SessionEvent back;
        QString error;
        bool notJson = false;
        QVERIFY2(EventJson::fromLine(QByteArrayView(line).chopped(1), &back, &error, &notJson), qPrintable(error));
        QCOMPARE(back.tag, tag);
        QCOMPARE(back.payload, event.payload);
    }
}

void tst_SocketIo::gate_data()
{
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QByteArrayList>("frames");   // from the server, in order
    QTest::addColumn<QByteArrayList>("replies");  // what the session must send for each ("" none)
    QTest::addColumn<QList<int>>("tags");         // MessageTag of each row
    QTest::addColumn<int>("joinedAt");            // the frame after which sends flow (-1 never)

    const int eio = int(MessageTag::EngineIo), sio = int(MessageTag::SocketIo);
    QTest::newRow("default namespace") << "/" << QByteArrayList{"0{\"sid\":\"a\"}", "40{\"sid\":\"b\"}", "2", "42[\"news\",1]"}
                                       << QByteArrayList{"40", "", "3", ""} << QList<int>{eio, sio, eio, sio} << 1;
    QTest::newRow("ping with a probe payload") << "/" << QByteArrayList{"2probe"} << QByteArrayList{"3probe"} << QList<int>{eio} << -1;
    QTest::newRow("named namespace waits for its own yes") << "chat"
        << QByteArrayList{"0{}", "40{\"sid\":\"x\"}", "40/chat,{\"sid\":\"y\"}"}
        << QByteArrayList{"40/chat", "", ""} << QList<int>{eio, sio, sio} << 2;
    QTest::newRow("connect error leaves sends waiting") << "/admin" << QByteArrayList{"0{}", "44/admin,{\"message\":\"no\"}"}
        << QByteArrayList{"40/admin", ""} << QList<int>{eio, sio} << -1;
    QTest::newRow("empty and unknown frames") << "/" << QByteArrayList{"", "6", "x"} << QByteArrayList{"", "", ""}
                                              << QList<int>{eio, eio, eio} << -1;
}

void tst_SocketIo::gate()
{
    QFETCH(QString, nameSpace);
    QFETCH(QByteArrayList, frames);
    QFETCH(QByteArrayList, replies);
    QFETCH(QList<int>, tags);
    QFETCH(int, joinedAt);
    SocketIoGate gate(nameSpace);
    QVERIFY(gate.holdsSends());
    for (int i = 0; i < frames.size(); ++i) {
        const SocketIoGate::Reaction reaction = gate.onIncoming(frames.at(i));
        QCOMPARE(reaction.reply, replies.at(i));
        QCOMPARE(int(reaction.tag), tags.at(i));
        QCOMPARE(reaction.joinedNow, i == joinedAt);
        QCOMPARE(gate.holdsSends(), joinedAt < 0 || i < joinedAt);
    }
    gate.reset(); // a new connection waits again
    QVERIFY(gate.holdsSends());
}

QTEST_GUILESS_MAIN(tst_SocketIo)
#include "tst_socketio.moc"
