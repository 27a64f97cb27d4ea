// The relay (app/relay) between real peers that are not Qt's: a python3-websockets client
// (tests/servers/relay_client.py) on one side, a node "ws" server (tests/servers/relay_upstream.js)
// on the other, both started and stopped here on 127.0.0.1.
#include "CliRun.h"
#include "PeerClient.h"
#include "TestServers.h"
#include "record/SessionFile.h"
#include "relay/RelayServer.h"
#include "session/CloseCode.h"
#include "wire/FrameReader.h"
#include "wire/HttpHead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;
using wsi::test::ServerProcess;

namespace {

using Client = wsi::test::PeerClient;

} // namespace

class tst_RelayPeers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyMessageBothWaysInOrder();
    void dropAndRewrite();
    void injectReachesEitherSide();
    void heldMessageDelaysOnlyItsDirection();
    void clientLeavesWhileHeld();
    void controlFramesHeldWhenABreakpointNamesThem();
    void upstreamClose1011ReachesClient();
    void clientClose1011ReachesUpstream();
    void upstreamRefusal401ReachesClient();
    void upstreamUnreachable();
    void tlsUpstream();
    void garbageInsteadOfHandshake_data();
    void garbageInsteadOfHandshake();
    void clientBreaksTheProtocol();
    void aClientThatStopsReadingSlowsTheServer();
    void hundredClientsAtOnce();
    void portInUse();
    void cliRelayRecords();

private:
    // A relay in this process to the node server (path and query come from the client).
    RelayServer *startRelay(const RelayRules &rules = {}, const QUrl &upstream = {});
    QUrl relayUrl(const QString &path) const;
    QList<SessionEvent> messages(Direction direction) const;

    std::unique_ptr<ServerProcess> m_node;
    std::unique_ptr<RelayServer> m_relay;
    QList<SessionEvent> m_events;
    int m_handshakeTimeoutMs = RelaySettings().handshakeTimeoutMs;
};

void tst_RelayPeers::init()
{
    m_events.clear();
    m_handshakeTimeoutMs = RelaySettings().handshakeTimeoutMs;
    m_node = std::make_unique<ServerProcess>(QStringLiteral("relay_upstream.js"));
    QString error;
    QVERIFY2(m_node->start(&error), qPrintable(error));
}

void tst_RelayPeers::cleanup()
{
    m_relay.reset();
    m_node.reset();
}

RelayServer *tst_RelayPeers::startRelay(const RelayRules &rules, const QUrl &upstream)
{
    RelaySettings settings;
    settings.upstream = upstream.isEmpty() ? m_node->url(QStringLiteral("/")) : upstream;
    settings.rules = rules;
    settings.handshakeTimeoutMs = m_handshakeTimeoutMs;
    m_relay = std::make_unique<RelayServer>(settings);
    connect(m_relay.get(), &RelayServer::eventOccurred, this, [this](const SessionEvent &e) { m_events.append(e); });
    QString error;
    if (!m_relay->listen(&error))
        qWarning("relay: %s", qPrintable(error));
    return m_relay.get();
}

QUrl tst_RelayPeers::relayUrl(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_relay->port()).arg(path));
}

QList<SessionEvent> tst_RelayPeers::messages(Direction direction) const
{
    QList<SessionEvent> out;
    for (const SessionEvent &e : m_events)
        if (e.direction == direction && (e.kind == EventKind::Text || e.kind == EventKind::Binary))
            out.append(e);
    return out;
}

void tst_RelayPeers::everyMessageBothWaysInOrder()
{
    startRelay();
    const int n = 10000;
    Client client({relayUrl(QStringLiteral("/both?n=%1").arg(n)).toString(), QStringLiteral("--both"), QString::number(n)});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 60000);
    // The client read s0..s9999 in order; the server read c0..c9999 in order (its verdict came back).
    QCOMPARE(client.first("both").value(QStringLiteral("bad")).toInt(), -1);
    QCOMPARE(client.first("both").value(QStringLiteral("both")).toInt(), n);
    QVERIFY2(client.received().contains(QStringLiteral("got %1 -1").arg(n)), qPrintable(client.received().join(u',')));
    const QList<SessionEvent> out = messages(Direction::Outgoing);
    const QList<SessionEvent> in = messages(Direction::Incoming);
    QCOMPARE(out.size(), n);
    QCOMPARE(in.size(), n + 1);
    for (int i = 0; i < n; ++i) {
        QCOMPARE(out.at(i).payload, QByteArray("c" + QByteArray::number(i)));
        QCOMPARE(in.at(i).payload, QByteArray("s" + QByteArray::number(i)));
        QCOMPARE(out.at(i).connection, 1);
    }
    QCOMPARE(client.first("closed").value(QStringLiteral("closed")).toInt(), 1000);
    // The upstream was asked for the client's path, with its own Host and no extension offered
    // (python offers permessage-deflate: compressed frames could not be read or edited).
    const QByteArray handshake = m_node->waitForLine("handshake /both");
    QVERIFY2(handshake.contains("\"host\":\"127.0.0.1:" + QByteArray::number(m_node->port()) + '"'), handshake.constData());
    QVERIFY2(!handshake.contains("sec-websocket-extensions"), handshake.constData());
    QVERIFY2(handshake.contains("sec-websocket-key"), handshake.constData());
}

void tst_RelayPeers::dropAndRewrite()
{
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY(RelayRules::parse(RelayRules::Action::Drop, QStringLiteral("^secret"), true, false, &rule, &error));
    rules.append(rule);
    QVERIFY(RelayRules::parse(RelayRules::Action::Rewrite, QStringLiteral("price\\=(\\d+)=price=<\\1>"), true, false, &rule, &error));
    rules.append(rule);
    startRelay(rules);
    Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--send"),
                   QStringLiteral("secret 1"), QStringLiteral("--send"), QStringLiteral("a price=10 b"), QStringLiteral("--send"),
                   QStringLiteral("after"), QStringLiteral("--expect"), QStringLiteral("3")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    // The echo shows what the server got: the secret never reached it, the price exactly rewritten.
    QCOMPARE(client.received(), (QStringList{QStringLiteral("hello"), QStringLiteral("a price=<10> b"), QStringLiteral("after")}));
    const QList<SessionEvent> out = messages(Direction::Outgoing);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.at(1).payload, QByteArray("secret 1"));
    QCOMPARE(out.at(1).tag, MessageTag::Dropped);
    QCOMPARE(out.at(2).payload, QByteArray("a price=<10> b"));
    QCOMPARE(out.at(2).tag, MessageTag::Edited);
    QCOMPARE(out.at(0).tag, MessageTag::None);
}

void tst_RelayPeers::injectReachesEitherSide()
{
    startRelay();
    Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--expect"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Open; }), 10000);
    QVERIFY(m_relay->inject(1, false, true, "to the client"));
    QVERIFY(m_relay->inject(1, true, true, "to the server"));
    QVERIFY(!m_relay->inject(7, true, true, "no such connection"));
    QVERIFY(!m_node->waitForLine("received to the server").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), (QStringList{QStringLiteral("to the client"), QStringLiteral("to the server")}));
    const QList<SessionEvent> out = messages(Direction::Outgoing);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).tag, MessageTag::Injected);
    QCOMPARE(messages(Direction::Incoming).at(0).tag, MessageTag::Injected);
    QCOMPARE(messages(Direction::Incoming).at(1).tag, MessageTag::None); // the server's echo
}

void tst_RelayPeers::heldMessageDelaysOnlyItsDirection()
{
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY(RelayRules::parse(RelayRules::Action::Hold, QStringLiteral("^hold"), true, false, &rule, &error));
    rules.append(rule);
    startRelay(rules);
    QSignalSpy heldSpy(m_relay.get(), &RelayServer::messageHeld);
    Client client({relayUrl(QStringLiteral("/greet?n=3")).toString(), QStringLiteral("--send"), QStringLiteral("hold me"), QStringLiteral("--send"),
                   QStringLiteral("after"), QStringLiteral("--expect"), QStringLiteral("6")});
    QTRY_COMPARE_WITH_TIMEOUT(heldSpy.size(), 1, 10000);
    // The server's greetings flow to the client while the client's message is held ...
    QTRY_COMPARE_WITH_TIMEOUT(client.received().size(), 3, 10000);
    // ... and so does what is injected toward the client; "after" waits behind the held one.
    QVERIFY(m_relay->inject(1, false, true, "flows"));
    QTRY_COMPARE_WITH_TIMEOUT(client.received().size(), 4, 10000);
    QTest::qWait(300); // what would have passed by now, had "after" not waited
    QCOMPARE(messages(Direction::Outgoing).size(), 0);
    const QList<HeldMessage> held = m_relay->held();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).payload, QByteArray("hold me"));
    QVERIFY(held.at(0).toServer);
    QVERIFY(m_relay->edit(held.at(0), "edited!", true));
    QVERIFY(!m_node->waitForLine("received edited!").isEmpty());
    QVERIFY(!m_node->waitForLine("received after").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), (QStringList{QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("flows"),
                                             QStringLiteral("edited!"), QStringLiteral("after")}));
    const QList<SessionEvent> out = messages(Direction::Outgoing);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).payload, QByteArray("edited!"));
    QCOMPARE(out.at(0).tag, MessageTag::Edited);
    QVERIFY(m_relay->held().isEmpty());
}

void tst_RelayPeers::clientLeavesWhileHeld()
{
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY(RelayRules::parse(RelayRules::Action::Hold, QStringLiteral("^hold"), true, true, &rule, &error));
    rules.append(rule);
    startRelay(rules);
    QSignalSpy finished(m_relay.get(), &RelayServer::connectionFinished);
    {
        Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--send"), QStringLiteral("hold this"),
                       QStringLiteral("--idle"), QStringLiteral("0.5"), QStringLiteral("--abort")});
        QTRY_COMPARE_WITH_TIMEOUT(m_relay->held().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(m_relay->held().isEmpty());
    QCOMPARE(m_relay->openConnections(), 0);
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) {
        return e.kind == EventKind::Info && e.payload.contains("held message") && e.connection == 1;
    }));
    QCOMPARE(messages(Direction::Outgoing).size(), 0); // never delivered
    // The relay goes on serving.
    Client next({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--send"), QStringLiteral("fine"), QStringLiteral("--expect"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(next.finished(), 10000);
    QCOMPARE(next.received(), QStringList{QStringLiteral("fine")});
}

void tst_RelayPeers::controlFramesHeldWhenABreakpointNamesThem()
{
    RelayRules rules;
    RelayRules::Rule rule;
    QString error;
    QVERIFY2(RelayRules::breakpoint(false, true, RelayRules::Kind::Ping, RelayRules::Match::Regex, QString(), QString(), &rule, &error), qPrintable(error));
    rules.append(rule);
    QVERIFY2(RelayRules::breakpoint(false, true, RelayRules::Kind::Close, RelayRules::Match::Regex, QStringLiteral("^1011 "), QString(), &rule, &error), qPrintable(error));
    rules.append(rule);
    startRelay(rules);

    // The server's ping waits at the breakpoint, and the message behind it waits too.
    {
        Client client({relayUrl(QStringLiteral("/ping")).toString(), QStringLiteral("--expect"), QStringLiteral("1")});
        QTRY_COMPARE_WITH_TIMEOUT(m_relay->held().size(), 1, 10000);
        const HeldMessage ping = m_relay->held().at(0);
        QCOMPARE(ping.opcode, quint8(0x9));
        QCOMPARE(ping.payload, QByteArray("hi"));
        QVERIFY(!ping.toServer);
        QVERIFY(client.received().isEmpty());
        QVERIFY(m_relay->edit(ping, "edited", true)); // still a ping, with the new payload
        QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
        QCOMPARE(client.received(), QStringList{QStringLiteral("after-ping")});
        QCOMPARE(m_node->waitForLine("pong "), QByteArray("pong edited")); // the client answered the edited ping
        const auto sent = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Ping; });
        QVERIFY(sent != m_events.cend());
        QCOMPARE(sent->payload, QByteArray("edited"));
        QCOMPARE(sent->tag, MessageTag::Edited);
    }
    // The server's 1011 waits; edited, the client sees the new code and reason.
    m_events.clear();
    Client client({relayUrl(QStringLiteral("/close1011")).toString(), QStringLiteral("--wait-close")});
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->held().size(), 1, 10000);
    const HeldMessage close = m_relay->held().at(0);
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(CloseCode::frameText(close.payload), QStringLiteral("1011 upstream boom"));
    QVERIFY(!client.finished());
    const std::optional<QByteArray> changed = CloseCode::framePayload(QStringLiteral("4000 changed at the relay"), &error);
    QVERIFY2(changed, qPrintable(error));
    QVERIFY(m_relay->edit(close, *changed, true));
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    const QJsonObject closed = client.first("closed");
    QCOMPARE(closed.value(QStringLiteral("closed")).toInt(), 4000);
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("changed at the relay"));
    const auto event = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Close; });
    QVERIFY(event != m_events.cend());
    QCOMPARE(event->closeCode, 4000);
    QCOMPARE(event->tag, MessageTag::Edited);
}

void tst_RelayPeers::upstreamClose1011ReachesClient()
{
    startRelay();
    Client client({relayUrl(QStringLiteral("/close1011")).toString(), QStringLiteral("--wait-close")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    const QJsonObject closed = client.first("closed");
    QCOMPARE(closed.value(QStringLiteral("closed")).toInt(), 1011);
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("upstream boom"));
    const auto close = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Close; });
    QVERIFY(close != m_events.cend());
    QCOMPARE(close->closeCode, 1011);
    QCOMPARE(close->payload, QByteArray("upstream boom"));
    QCOMPARE(close->closedBy, ClosedBy::Server);
    QCOMPARE(close->direction, Direction::Incoming);
}

void tst_RelayPeers::clientClose1011ReachesUpstream()
{
    startRelay();
    Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--close"), QStringLiteral("1011"), QStringLiteral("client boom")});
    QCOMPARE(m_node->waitForLine("closed "), QByteArray("closed 1011 client boom"));
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    const auto close = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Close; });
    QVERIFY(close != m_events.cend());
    QCOMPARE(close->closeCode, 1011);
    QCOMPARE(close->closedBy, ClosedBy::Client);
    QCOMPARE(close->direction, Direction::Outgoing);
}

void tst_RelayPeers::upstreamRefusal401ReachesClient()
{
    startRelay();
    Client client({relayUrl(QStringLiteral("/reject401")).toString()});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.first("status").value(QStringLiteral("status")).toInt(), 401);
    const auto error = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Error; });
    QVERIFY(error != m_events.cend());
    QCOMPARE(error->httpStatus, 401);
    QVERIFY(error->response);
    QCOMPARE(error->response->body, QByteArray("no token, no entry\n"));
}

void tst_RelayPeers::upstreamUnreachable()
{
    startRelay({}, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(wsi::test::unusedPort())));
    Client client({relayUrl(QStringLiteral("/echo")).toString()});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.first("status").value(QStringLiteral("status")).toInt(), 502);
    const auto error = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Error; });
    QVERIFY(error != m_events.cend());
    QCOMPARE(error->httpStatus, 502);
    QVERIFY2(error->payload.contains("cannot reach the upstream"), error->payload.constData());
}

void tst_RelayPeers::tlsUpstream()
{
    QTemporaryDir dir;
    QString cert, key, error;
    QVERIFY2(wsi::test::makeSelfSignedCertificate(dir.path(), &cert, &key, &error), qPrintable(error));
    ServerProcess python;
    QVERIFY2(python.start(&error, 0, {QStringLiteral("--tls"), cert, key}), qPrintable(error));
    const QUrl upstream = python.url(QStringLiteral("/"), QStringLiteral("wss"));
    // The certificate policy of a session: a self-signed certificate is refused unless asked ...
    startRelay({}, upstream);
    {
        Client client({relayUrl(QStringLiteral("/echo")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
        QCOMPARE(client.first("status").value(QStringLiteral("status")).toInt(), 502);
        const auto refused = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Error; });
        QVERIFY(refused != m_events.cend());
        QVERIFY2(refused->payload.contains("certificate"), refused->payload.constData());
    }
    // ... and accepted for this relay when the user said so (binary passes unchanged too).
    RelaySettings settings;
    settings.upstream = upstream;
    settings.ignoreCertificateErrors = true;
    m_events.clear();
    m_relay = std::make_unique<RelayServer>(settings);
    connect(m_relay.get(), &RelayServer::eventOccurred, this, [this](const SessionEvent &e) { m_events.append(e); });
    QVERIFY(m_relay->listen(&error));
    Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--send"), QStringLiteral("over tls"), QStringLiteral("--send-hex"),
                   QStringLiteral("00ff10"), QStringLiteral("--expect"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList{QStringLiteral("over tls")});
    const QList<QJsonObject> lines = client.lines();
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QJsonObject &o) { return o.value(QStringLiteral("recv_hex")).toString() == QStringLiteral("00ff10"); }));
    const QList<SessionEvent> in = messages(Direction::Incoming);
    QCOMPARE(in.size(), 2);
    QCOMPARE(in.at(1).kind, EventKind::Binary);
    QCOMPARE(in.at(1).payload, QByteArray::fromHex("00ff10"));
}

void tst_RelayPeers::garbageInsteadOfHandshake_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::addColumn<int>("status");
    QTest::newRow("TLS hello") << QByteArray::fromHex("160301020001000100") << 400;
    QTest::newRow("words") << QByteArray("hello there\r\n\r\n") << 400;
    QTest::newRow("plain GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n") << 400;
    // A client that says nothing, or half a request, is answered once the handshake time is up.
    QTest::newRow("silent") << QByteArray() << 408;
    QTest::newRow("half a request") << QByteArray("GET /echo HTTP/1.1\r\nHost: x\r\n") << 408;
}

void tst_RelayPeers::garbageInsteadOfHandshake()
{
    QFETCH(QByteArray, garbage);
    QFETCH(int, status);
    m_handshakeTimeoutMs = 1000;
    startRelay();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_relay->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(garbage);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.constData());
    QVERIFY(answer.contains("wsinspector relay: "));
    const auto error = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Error; });
    QVERIFY(error != m_events.cend());
    QCOMPARE(error->httpStatus, status);
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->openConnections(), 0, 5000);
}

void tst_RelayPeers::clientBreaksTheProtocol()
{
    // A raw client that does the handshake right, then sends an unmasked frame (RFC 6455 §5.1).
    startRelay();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_relay->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /echo HTTP/1.1\r\nHost: relay\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 101"), answer.constData());
    QVERIFY(answer.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")); // the upstream answered this client's own key
    answer = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    socket.write(FrameReader::encode(0x1, "unmasked"));
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    answer += socket.readAll();
    // Both sides are told: the client gets a close frame with 1002, the upstream too.
    QVERIFY2(answer.startsWith("\x88"), answer.toHex().constData());
    QCOMPARE(int(quint8(answer.at(2))) << 8 | quint8(answer.at(3)), 1002);
    QVERIFY(m_node->waitForLine("closed ").startsWith("closed 1002 relay: the client sent an unmasked frame"));
    const auto error = std::find_if(m_events.cbegin(), m_events.cend(), [](const SessionEvent &e) { return e.kind == EventKind::Error; });
    QVERIFY(error != m_events.cend());
    QVERIFY2(error->payload.contains("unmasked"), error->payload.constData());
    QCOMPARE(messages(Direction::Outgoing).size(), 0);
}

void tst_RelayPeers::aClientThatStopsReadingSlowsTheServer()
{
    // Back-pressure through the relay: a raw client that reads nothing after the handshake; the
    // server offers 64 MiB. The relay must not read it all into memory: the server's socket stops
    // taking bytes long before. Then the client reads, and every byte arrives.
    startRelay();
    const int n = 65536, size = 1024;
    QTcpSocket socket;
    socket.setReadBufferSize(64 << 10); // full, Qt stops reading: TCP tells the relay
    socket.connectToHost(QHostAddress::LocalHost, m_relay->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(QStringLiteral("GET /flood?n=%1&size=%2 HTTP/1.1\r\nHost: relay\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").arg(n).arg(size).toLatin1());
    QByteArray head;
    const auto readHead = [&] {
        while (!head.endsWith("\r\n\r\n") && socket.bytesAvailable() > 0)
            head += socket.read(1); // the frames behind it stay in the socket
        return head.endsWith("\r\n\r\n");
    };
    QTRY_VERIFY_WITH_TIMEOUT(readHead(), 10000);
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    const QByteArray stalled = m_node->waitForLine("flood-", 30000);
    QVERIFY2(stalled.startsWith("flood-stalled "), stalled.constData());
    const qint64 left = stalled.mid(14).toLongLong();
    qInfo("the server's socket took %lld of %lld bytes, then nothing for 1 s", left, qint64(n) * size);
    // Socket buffers on two hops and the relay's own (1 MiB read, 4 MiB write) hold some MiB, not 64.
    QVERIFY2(left < qint64(n) * size / 3, stalled.constData());
    socket.setReadBufferSize(0);
    const qint64 expected = qint64(n) * (4 + size); // 2 bytes of header + 2 of length a frame
    qint64 received = 0;
    QTRY_COMPARE_WITH_TIMEOUT((received += socket.readAll().size(), received), expected, 60000);
    QVERIFY(m_node->waitForLine("flood-done", 10000).startsWith("flood-done"));
}

void tst_RelayPeers::hundredClientsAtOnce()
{
    startRelay();
    QSignalSpy finished(m_relay.get(), &RelayServer::connectionFinished);
    Client client({relayUrl(QStringLiteral("/echo")).toString(), QStringLiteral("--clients"), QStringLiteral("100")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 60000);
    QCOMPARE(client.first("clients").value(QStringLiteral("ok")).toInt(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 100, 20000);
    QCOMPARE(m_relay->openConnections(), 0);
    // Each connection's echo is its own: connection ids tell them apart in the events.
    QSet<int> ids;
    for (const SessionEvent &e : messages(Direction::Incoming))
        ids.insert(e.connection);
    QCOMPARE(ids.size(), 100);
}

void tst_RelayPeers::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    RelaySettings settings;
    settings.upstream = m_node->url(QStringLiteral("/"));
    settings.port = taken.serverPort();
    RelayServer relay(settings);
    QString error;
    QVERIFY(!relay.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));

    const wsi::test::CliRun run = wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH),
        {QStringLiteral("relay"), QStringLiteral("--listen"), QString::number(taken.serverPort()), QStringLiteral("--upstream"),
         m_node->url(QStringLiteral("/")).toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdErr.contains(QStringLiteral("the port is in use")), qPrintable(run.stdErr));
}

void tst_RelayPeers::cliRelayRecords()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("intercept.jsonl"));
    QProcess cli;
    cli.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("relay"), QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--upstream"),
                                            m_node->url(QStringLiteral("/")).toString(), QStringLiteral("--record"), file,
                                            QStringLiteral("--rewrite-to-client"), QStringLiteral("o=0"), QStringLiteral("--once")});
    QVERIFY(cli.waitForStarted(5000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += cli.readAllStandardError(), err.contains('\n')), 10000);
    const QRegularExpression listening(QStringLiteral("relay listening on ws://127.0.0.1:(\\d+)/"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    Client client({QStringLiteral("ws://127.0.0.1:%1/echo").arg(match.captured(1)), QStringLiteral("--send"), QStringLiteral("hello world"),
                   QStringLiteral("--expect"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList{QStringLiteral("hell0 w0rld")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QList<QJsonObject> lines;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    const auto find = [&](const QString &dir, const QString &text) {
        return std::find_if(lines.cbegin(), lines.cend(), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("dir")).toString() == dir && o.value(QStringLiteral("text")).toString() == text;
        });
    };
    const auto out = find(QStringLiteral("out"), QStringLiteral("hello world"));
    const auto in = find(QStringLiteral("in"), QStringLiteral("hell0 w0rld"));
    QVERIFY(out != lines.cend());
    QVERIFY(in != lines.cend());
    QCOMPARE(out->value(QStringLiteral("conn")).toInt(), 1);
    QCOMPARE(in->value(QStringLiteral("tag")).toString(), QStringLiteral("edited"));
    // The recording is a session file like any other, each event with its connection.
    const SessionFile::Contents contents = SessionFile::read(file);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    const auto recorded = std::find_if(contents.events.cbegin(), contents.events.cend(), [](const SessionEvent &e) {
        return e.kind == EventKind::Text && e.direction == Direction::Incoming;
    });
    QVERIFY(recorded != contents.events.cend());
    QCOMPARE(recorded->payload, QByteArray("hell0 w0rld"));
    QCOMPARE(recorded->connection, 1);
    QCOMPARE(recorded->tag, MessageTag::Edited);
}

QTEST_GUILESS_MAIN(tst_RelayPeers)
#include "tst_relaypeers.moc"
