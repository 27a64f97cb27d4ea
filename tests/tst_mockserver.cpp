// The mock server (app/mock, `wsinspector-cli serve --rules`) against a real client that is not
// Qt's: the python3-websockets client of tests/servers/relay_client.py, started and stopped here;
// raw sockets for what no well-behaved client sends.
#include "CliRun.h"
#include "PeerClient.h"
#include "TestServers.h"
#include "mock/MockConnection.h"
#include "mock/MockServer.h"
#include "record/SessionFile.h"
#include "wire/ChunkedRead.h"
#include "wire/FrameReader.h"
#include "wire/HttpHead.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;
using wsi::test::PeerClient;

class tst_MockServer : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void regexReplyWithCapture();
    void jsonPathReply();
    void onConnectSequence();
    void periodicMessage();
    void closeAfterMessages();
    void subprotocolChosen();
    void handshakeRejected();
    void answerByHandAndClose();
    void hundredClientsAtOnce();
    void garbageInsteadOfHandshake();
    void silentClientTimesOut();
    void handshakeTimeoutFromRulesFile();
    void floodingClientIsSlowedDown();
    void unmaskedFrameIsAProtocolError();
    void pingAnsweredAndCloseEchoed();
    void cliServesRulesFile();
    void cliBadRulesFile_data();
    void cliBadRulesFile();
    void portInUse();

private:
    // A mock server in this process with these rules (the body of a rules file).
    MockServer *start(const QByteArray &rules);
    QString url(const QString &path = QStringLiteral("/")) const;
    // A raw client through the handshake (checked); *after: what came after the 101's head.
    void openRaw(QTcpSocket &raw, QByteArray *after);
    QList<SessionEvent> events(EventKind kind, Direction direction) const;
    static QStringList texts(const QList<SessionEvent> &events);

    std::unique_ptr<MockServer> m_server;
    QList<SessionEvent> m_events;
    bool m_keepPayloads = true; // a flood's events are counted, not kept
};

namespace {
QByteArray rulesFile(const QByteArray &body)
{
    return "{\"wsinspectorMock\": 1,\n" + body + "\n}\n";
}
} // namespace

void tst_MockServer::cleanup()
{
    m_server.reset();
    m_events.clear();
    m_keepPayloads = true;
}

MockServer *tst_MockServer::start(const QByteArray &rules)
{
    QString error;
    const std::optional<MockRules> parsed = MockRules::parse(rulesFile(rules), QStringLiteral("test rules"), &error);
    if (!parsed) {
        qWarning("rules: %s", qPrintable(error));
        return nullptr;
    }
    MockSettings settings;
    settings.closeTimeoutMs = 3000;
    m_server = std::make_unique<MockServer>(settings, *parsed);
    connect(m_server.get(), &MockServer::eventOccurred, this, [this](const SessionEvent &e) {
        m_events.append(e);
        if (!m_keepPayloads)
            m_events.last().payload.clear();
    });
    if (!m_server->listen(&error)) {
        qWarning("listen: %s", qPrintable(error));
        return nullptr;
    }
    return m_server.get();
}

QString tst_MockServer::url(const QString &path) const
{
    return QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server->port()).arg(path);
}

QList<SessionEvent> tst_MockServer::events(EventKind kind, Direction direction) const
{
    QList<SessionEvent> out;
    for (const SessionEvent &e : m_events)
        if (e.kind == kind && e.direction == direction)
            out.append(e);
    return out;
}

QStringList tst_MockServer::texts(const QList<SessionEvent> &events)
{
    QStringList out;
    for (const SessionEvent &e : events)
        out << e.payloadText();
    return out;
}

void tst_MockServer::regexReplyWithCapture()
{
    QVERIFY(start(R"("rules": [{"regex": "^hello (\\w+) (\\w+)$", "reply": "hi {{2}}, {{1}}"}, {"reply": "unmatched: {{message}}"}])"));
    PeerClient client({url(QStringLiteral("/chat?room=1")), QStringLiteral("--send"), QStringLiteral("hello ann bob"), QStringLiteral("--send"),
                       QStringLiteral("other"), QStringLiteral("--expect"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList({QStringLiteral("hi bob, ann"), QStringLiteral("unmatched: other")}));
    QCOMPARE(client.first("closed").value(QStringLiteral("closed")).toInt(), 1000);
    // Both sides in the events, with the connection id; the open event with the path asked for.
    QTRY_COMPARE_WITH_TIMEOUT(events(EventKind::Close, Direction::Incoming).size(), 1, 5000);
    QCOMPARE(texts(events(EventKind::Text, Direction::Incoming)), QStringList({QStringLiteral("hello ann bob"), QStringLiteral("other")}));
    QCOMPARE(texts(events(EventKind::Text, Direction::Outgoing)), QStringList({QStringLiteral("hi bob, ann"), QStringLiteral("unmatched: other")}));
    const QList<SessionEvent> opens = events(EventKind::Open, Direction::Local);
    QCOMPARE(opens.size(), 1);
    QVERIFY2(opens.first().payload.endsWith("/chat?room=1"), opens.first().payload.constData());
    QCOMPARE(opens.first().httpStatus, 101);
    QVERIFY(opens.first().request && opens.first().response);
    QCOMPARE(opens.first().response->header("Sec-WebSocket-Accept"), websocketAccept(opens.first().request->header("Sec-WebSocket-Key")));
    for (const SessionEvent &e : std::as_const(m_events))
        QCOMPARE(e.connection, 1);
    // The client's close answered with its code, then the connection is gone.
    QCOMPARE(events(EventKind::Close, Direction::Incoming).first().closedBy, ClosedBy::Client);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 0, 5000);
}

void tst_MockServer::jsonPathReply()
{
    QVERIFY(start(R"("rules": [{"jsonPath": "$.type", "equals": "ping", "reply": "{\"type\":\"pong\",\"id\":{{json.id}},\"who\":\"{{json.user.name}}\"}"},
                               {"json": {"type": "sum"}, "reply": {"total": "{{json.a}}"}, "delayMs": 100}])"));
    PeerClient client({url(), QStringLiteral("--send"), QStringLiteral("{\"type\":\"sum\",\"a\":5}"), QStringLiteral("--send"),
                       QStringLiteral("{\"type\": \"ping\", \"id\": 42, \"user\": {\"name\": \"ann\"}}"), QStringLiteral("--expect"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    // The delayed reply to the first message comes after the immediate reply to the second.
    QCOMPARE(client.received(), QStringList({QStringLiteral("{\"type\":\"pong\",\"id\":42,\"who\":\"ann\"}"), QStringLiteral("{\"total\":\"5\"}")}));
    const QList<SessionEvent> in = events(EventKind::Text, Direction::Incoming);
    const QList<SessionEvent> out = events(EventKind::Text, Direction::Outgoing);
    QCOMPARE(in.size(), 2);
    QCOMPARE(out.size(), 2);
    QVERIFY2(out.at(1).timestampUs - in.at(0).timestampUs >= 100000, qPrintable(QString::number(out.at(1).timestampUs - in.at(0).timestampUs)));
}

void tst_MockServer::onConnectSequence()
{
    QVERIFY(start(R"("onConnect": ["welcome {{counter}}", {"send": {"type": "ready"}, "delayMs": 150}, "third {{counter}}"])"));
    PeerClient client({url(), QStringLiteral("--expect"), QStringLiteral("3")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList({QStringLiteral("welcome 1"), QStringLiteral("{\"type\":\"ready\"}"), QStringLiteral("third 3")}));
    const QList<SessionEvent> out = events(EventKind::Text, Direction::Outgoing);
    QCOMPARE(out.size(), 3);
    for (const SessionEvent &e : out)
        QCOMPARE(e.tag, MessageTag::OnConnect);
    QVERIFY(out.at(1).timestampUs - out.at(0).timestampUs >= 150000);
    // No delay of its own: it goes with the one before (a loaded machine may still put a turn of the loop between them).
    QVERIFY(out.at(2).timestampUs - out.at(1).timestampUs < 1000000);
}

void tst_MockServer::periodicMessage()
{
    QVERIFY(start(R"("every": [{"seconds": 0.2, "send": "tick {{counter}} at {{unixMs}}"}])"));
    PeerClient client({url(), QStringLiteral("--expect"), QStringLiteral("3")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    const QStringList received = client.received();
    QCOMPARE(received.size(), 3);
    // Tick i is due (i + 1) × 0.2 s after the connection opened (a repeating timer keeps its
    // schedule: a late tick makes the next gap shorter, so gaps are not what is checked).
    const QList<SessionEvent> opens = events(EventKind::Open, Direction::Local);
    QCOMPARE(opens.size(), 1);
    const qint64 openedMs = opens.constFirst().timestampUs / 1000;
    for (int i = 0; i < 3; ++i) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^tick (\\d+) at (\\d{13})$")).match(received.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(received.at(i)));
        QCOMPARE(m.captured(1).toInt(), i + 1);
        const qint64 at = m.captured(2).toLongLong();
        QVERIFY2(at - openedMs >= (i + 1) * 180, qPrintable(QStringLiteral("tick %1 %2 ms after the open").arg(i + 1).arg(at - openedMs)));
    }
}

void tst_MockServer::closeAfterMessages()
{
    QVERIFY(start(R"("closeAfter": {"messages": 2, "code": 4001, "reason": "two is enough"},
                     "rules": [{"reply": "ok {{message}}"}])"));
    PeerClient client({url(), QStringLiteral("--send"), QStringLiteral("a"), QStringLiteral("--send"), QStringLiteral("b"),
                       QStringLiteral("--wait-close")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList({QStringLiteral("ok a"), QStringLiteral("ok b")}));
    const QJsonObject closed = client.first("closed");
    QCOMPARE(closed.value(QStringLiteral("closed")).toInt(), 4001);
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("two is enough"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 0, 5000);
    const QList<SessionEvent> sent = events(EventKind::Close, Direction::Outgoing);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().closeCode, 4001);
    QCOMPARE(sent.first().closedBy, ClosedBy::Server);
    // The client's answer echoed the code; no 1006: the closing handshake was whole.
    const QList<SessionEvent> answer = events(EventKind::Close, Direction::Incoming);
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer.first().closeCode, 4001);
    QCOMPARE(answer.first().closedBy, ClosedBy::Server);
}

void tst_MockServer::subprotocolChosen()
{
    QVERIFY(start(R"("subprotocols": ["chat.v2", "chat.v1"])"));
    PeerClient chat({url(), QStringLiteral("--subprotocol"), QStringLiteral("mqtt"), QStringLiteral("--subprotocol"), QStringLiteral("chat.v1"),
                     QStringLiteral("--subprotocol"), QStringLiteral("chat.v2")});
    PeerClient other({url(), QStringLiteral("--subprotocol"), QStringLiteral("mqtt")});
    QTRY_VERIFY_WITH_TIMEOUT(chat.finished() && other.finished(), 20000);
    QCOMPARE(chat.first("open").value(QStringLiteral("subprotocol")).toString(), QStringLiteral("chat.v1"));
    QVERIFY(other.first("open").contains(QStringLiteral("subprotocol")));
    QVERIFY(other.first("open").value(QStringLiteral("subprotocol")).isNull());
    QStringList answered;
    for (const SessionEvent &open : events(EventKind::Open, Direction::Local))
        answered << QString::fromLatin1(open.response->header("Sec-WebSocket-Protocol"));
    answered.sort();
    QCOMPARE(answered, QStringList({QString(), QStringLiteral("chat.v1")}));
}

void tst_MockServer::handshakeRejected()
{
    QVERIFY(start(R"("reject": {"status": 403, "body": "members only", "path": "^/private"}, "rules": [{"reply": "in"}])"));
    PeerClient refused({url(QStringLiteral("/private/room")), QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--expect"),
                        QStringLiteral("1")});
    PeerClient admitted({url(QStringLiteral("/public")), QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--expect"),
                         QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(refused.finished() && admitted.finished(), 20000);
    QCOMPARE(refused.first("status").value(QStringLiteral("status")).toInt(), 403);
    QVERIFY(refused.first("open").isEmpty());
    QCOMPARE(admitted.received(), QStringList{QStringLiteral("in")});
    const QList<SessionEvent> errors = events(EventKind::Error, Direction::Local);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().httpStatus, 403);
    QVERIFY(errors.first().response);
    QCOMPARE(errors.first().response->status, 403);
    QCOMPARE(errors.first().response->body, QByteArray("members only"));
    QCOMPARE(errors.first().request->startLine, QByteArray("GET /private/room HTTP/1.1"));
}

void tst_MockServer::answerByHandAndClose()
{
    QVERIFY(start(R"("rules": [])"));
    PeerClient client({url(), QStringLiteral("--expect"), QStringLiteral("2"), QStringLiteral("--wait-close")});
    QTRY_COMPARE_WITH_TIMEOUT(events(EventKind::Open, Direction::Local).size(), 1, 20000);
    const int conn = m_server->connections().value(0);
    QCOMPARE(conn, 1);
    QVERIFY(m_server->send(conn, true, "typed by hand"));
    QVERIFY(m_server->send(conn, false, QByteArray("\x00\xff", 2)));
    QVERIFY(!m_server->send(conn, true, QByteArray("\xff")));  // not UTF-8: refused, nothing sent
    QVERIFY(!m_server->send(99, true, "nobody"));
    QTRY_COMPARE_WITH_TIMEOUT(client.lines().size(), 3, 10000); // open, the two messages
    QVERIFY(!m_server->closeClient(conn, 1006, QString())); // a code that never goes on the wire: refused
    QVERIFY(!m_server->closeClient(conn, 70000, QString()));
    QVERIFY(m_server->closeClient(conn, 4000, QStringLiteral("closed by hand")));
    QVERIFY(!m_server->send(conn, true, "too late")); // closing: nothing more is sent
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
    QCOMPARE(client.received(), QStringList{QStringLiteral("typed by hand")});
    QCOMPARE(client.first("recv_hex").value(QStringLiteral("recv_hex")).toString(), QStringLiteral("00ff"));
    QCOMPARE(client.first("closed").value(QStringLiteral("closed")).toInt(), 4000);
    QCOMPARE(client.first("closed").value(QStringLiteral("reason")).toString(), QStringLiteral("closed by hand"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 0, 5000);
    QVERIFY(!m_server->closeClient(conn, 1000, QString()));
}

void tst_MockServer::hundredClientsAtOnce()
{
    QVERIFY(start(R"("rules": [{"reply": "{{message}}"}])"));
    PeerClient clients({url(), QStringLiteral("--clients"), QStringLiteral("100")});
    QTRY_VERIFY_WITH_TIMEOUT(clients.finished(), 60000);
    const QJsonObject result = clients.first("clients");
    QCOMPARE(result.value(QStringLiteral("ok")).toInt(), 100);
    // Each client its own connection id, each answered on its own connection.
    QSet<int> ids;
    for (const SessionEvent &e : events(EventKind::Text, Direction::Outgoing)) {
        ids.insert(e.connection);
        const auto question = std::find_if(m_events.cbegin(), m_events.cend(), [&](const SessionEvent &in) {
            return in.kind == EventKind::Text && in.direction == Direction::Incoming && in.connection == e.connection;
        });
        QVERIFY(question != m_events.cend());
        QCOMPARE(question->payload, e.payload);
    }
    QCOMPARE(ids.size(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 0, 10000);
}

void tst_MockServer::garbageInsteadOfHandshake()
{
    QVERIFY(start(R"("rules": [])"));
    const QList<QByteArray> inputs{"\x16\x03\x01\x02\x00", "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                                   "GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 8\r\n\r\n"};
    const QList<QByteArray> statuses{"HTTP/1.1 400 ", "HTTP/1.1 400 ", "HTTP/1.1 426 "};
    for (int i = 0; i < inputs.size(); ++i) {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(inputs.at(i));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll(), raw.state() == QAbstractSocket::UnconnectedState), 5000);
        answer += raw.readAll();
        QVERIFY2(answer.startsWith(statuses.at(i)), answer.constData());
    }
    QCOMPARE(events(EventKind::Error, Direction::Local).size(), 3);
    QCOMPARE(events(EventKind::Error, Direction::Local).at(2).httpStatus, 426);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 0, 5000);
}

void tst_MockServer::silentClientTimesOut()
{
    // A client that connects and sends nothing, one that sends half a head, and one that completes
    // its handshake at the same time: the first two are answered 408 and closed after the
    // handshake timeout, each with an event saying why; the third stays open.
    QVERIFY(start(R"("rules": [])"));
    m_server->setHandshakeTimeout(300);
    QElapsedTimer clock;
    clock.start();
    QTcpSocket silent, half, whole;
    silent.connectToHost(QHostAddress::LocalHost, m_server->port());
    half.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    QVERIFY(half.waitForConnected(5000));
    half.write("GET / HTTP/1.1\r\nHost: x\r\n");
    QByteArray after;
    openRaw(whole, &after);
    if (QTest::currentTestFailed())
        return;
    QByteArray silentAnswer, halfAnswer;
    QTRY_VERIFY_WITH_TIMEOUT((silentAnswer += silent.readAll(), halfAnswer += half.readAll(),
                              silent.state() == QAbstractSocket::UnconnectedState && half.state() == QAbstractSocket::UnconnectedState),
                             5000);
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    silentAnswer += silent.readAll();
    halfAnswer += half.readAll();
    QVERIFY2(silentAnswer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), silentAnswer.constData());
    QVERIFY2(halfAnswer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), halfAnswer.constData());
    QCOMPARE(whole.state(), QAbstractSocket::ConnectedState);
    const QList<SessionEvent> errors = events(EventKind::Error, Direction::Local);
    QCOMPARE(errors.size(), 2);
    QStringList why;
    for (const SessionEvent &e : errors) {
        QCOMPARE(e.httpStatus, 408);
        why << e.payloadText();
    }
    QVERIFY2(why.contains(QStringLiteral("the client sent nothing within 0.3 s of connecting: disconnected")), qPrintable(why.join(u'|')));
    QVERIFY2(why.contains(QStringLiteral("the client sent no whole handshake within 0.3 s of connecting: disconnected")), qPrintable(why.join(u'|')));
    QCOMPARE(events(EventKind::Open, Direction::Local).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connections().size(), 1, 5000);
}

void tst_MockServer::handshakeTimeoutFromRulesFile()
{
    // "handshakeTimeoutSeconds" in the rules file wins over the server's 10 s.
    QVERIFY(start(R"("handshakeTimeoutSeconds": 1, "rules": [])"));
    QElapsedTimer clock;
    clock.start();
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(events(EventKind::Error, Direction::Local).value(0).payloadText(),
             QStringLiteral("the client sent nothing within 1 s of connecting: disconnected"));
    QString error;
    QVERIFY(!MockRules::parse(rulesFile(R"("handshakeTimeoutSeconds": 0)"), QStringLiteral("r.json"), &error));
    QCOMPARE(error, QStringLiteral("r.json:2:28: \"handshakeTimeoutSeconds\" wants a whole number from 1 to 3600"));
}

// The largest buffer the kernel lets a TCP socket grow to (the third field of
// /proc/sys/net/ipv4/tcp_rmem or tcp_wmem); Linux's default when the file cannot be read.
static qint64 kernelBufferMax(const char *name)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(name));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        bool ok = false;
        const qint64 max = fields.value(2).toLongLong(&ok);
        if (ok && max > 0)
            return max;
    }
    return qstrcmp(name, "tcp_rmem") == 0 ? 6 << 20 : 4 << 20;
}

void tst_MockServer::floodingClientIsSlowedDown()
{
    // A raw client sends 64 MiB of messages that a rule echoes, and reads nothing back. The server
    // must stop reading once its answers pile up unsent, so the client's writes stall long
    // before all is taken (the server does not hold the flood in memory). Then the client reads,
    // and every message is answered.
    QVERIFY(start(R"("rules": [{"reply": "{{message}}"}])"));
    m_keepPayloads = false;
    QTcpSocket raw;
    raw.setReadBufferSize(64 << 10); // full, Qt stops reading: TCP tells the server
    QByteArray after;
    openRaw(raw, &after);
    if (QTest::currentTestFailed())
        return;
    // The client's kernel buffers pinned small, so what the server took is bounded by its side alone.
    const int clientBuffer = 256 << 10;
    raw.setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, clientBuffer);
    raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, clientBuffer);
    const int n = 4096, size = 16 << 10;
    const QByteArray frame = FrameReader::encode(0x1, QByteArray(size, 'x'), true, true);
    const qint64 offered = qint64(n) * frame.size();
    qint64 written = 0, lastTaken = -1;
    QElapsedTimer still;
    still.start();
    const auto feedUntilStalled = [&] {
        while (written < offered && raw.bytesToWrite() < (1 << 20)) {
            raw.write(frame);
            written += frame.size();
        }
        const qint64 taken = written - raw.bytesToWrite();
        if (taken != lastTaken) {
            lastTaken = taken;
            still.restart();
        }
        return taken == offered || still.elapsed() > 1500;
    };
    QTRY_VERIFY_WITH_TIMEOUT(feedUntilStalled(), 120000);
    qInfo("the server took %lld of %lld bytes, then nothing for 1.5 s", lastTaken, offered);
    // What may sit between the client's writes and its unread answers: the client's two kernel
    // buffers (Linux doubles what was asked), the server's two as far as the kernel lets them grow
    // (tcp_rmem and tcp_wmem, 32 MiB to receive on some machines), and the server's own (its read
    // buffer and the unsent answers that stop its reading). Everything past that would be the flood
    // held in the server's memory.
    const qint64 bound = 4 * qint64(clientBuffer) + kernelBufferMax("tcp_rmem") + kernelBufferMax("tcp_wmem")
        + ChunkedRead::SocketBuffer + MockConnection::WriteLimit + frame.size();
    QVERIFY2(bound < offered, qPrintable(QStringLiteral("the flood (%1 bytes) must outgrow the buffers (%2)").arg(offered).arg(bound)));
    QVERIFY2(lastTaken < bound, qPrintable(QStringLiteral("%1 of at most %2").arg(lastTaken).arg(bound)));
    // The client reads: the server goes on, and every message comes back.
    raw.setReadBufferSize(0);
    const qint64 echoed = qint64(n) * (size + 4); // each answer: a 4-byte head (16-bit length) and the payload
    qint64 received = after.size();
    QTRY_VERIFY2_WITH_TIMEOUT((feedUntilStalled(), received += raw.readAll().size(), received >= echoed),
                              qPrintable(QStringLiteral("%1 of %2").arg(received).arg(echoed)), 120000);
    QCOMPARE(received, echoed);
    QCOMPARE(events(EventKind::Text, Direction::Incoming).size(), n);
    QCOMPARE(events(EventKind::Text, Direction::Outgoing).size(), n);
}

void tst_MockServer::openRaw(QTcpSocket &raw, QByteArray *after)
{
    raw.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll(), answer.contains("\r\n\r\n")), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 101 "), answer.constData());
    QVERIFY(answer.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")); // RFC 6455's own example key
    *after = answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

void tst_MockServer::unmaskedFrameIsAProtocolError()
{
    QVERIFY(start(R"("rules": [{"reply": "never"}])"));
    QTcpSocket raw;
    QByteArray answer;
    openRaw(raw, &answer);
    if (QTest::currentTestFailed())
        return;
    raw.write(FrameReader::encode(0x1, "unmasked"));
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll(), raw.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += raw.readAll();
    // One close frame with 1002, and nothing answered the message.
    QVERIFY(answer.size() >= 4);
    QCOMPARE(quint8(answer.at(0)), quint8(0x88));
    QCOMPARE((quint8(answer.at(2)) << 8) | quint8(answer.at(3)), 1002);
    QVERIFY(answer.contains("unmasked"));
    QVERIFY(events(EventKind::Text, Direction::Outgoing).isEmpty());
    QCOMPARE(events(EventKind::Error, Direction::Local).size(), 1);
    QVERIFY(events(EventKind::Error, Direction::Local).first().payloadText().contains(QStringLiteral("unmasked")));
}

void tst_MockServer::pingAnsweredAndCloseEchoed()
{
    QVERIFY(start(R"("rules": [])"));
    QTcpSocket raw;
    QByteArray answer;
    openRaw(raw, &answer);
    if (QTest::currentTestFailed())
        return;
    raw.write(FrameReader::encode(0x9, "are you there", true, true, 0x01020304));
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll(), answer.size() >= 15), 5000);
    QCOMPARE(answer.left(15), FrameReader::encode(0xA, "are you there")); // unmasked, the same payload
    answer.remove(0, 15);
    raw.write(FrameReader::encode(0x8, QByteArray("\x03\xe9", 2) + "going", true, true, 0x0a0b0c0d)); // 1001
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll(), raw.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += raw.readAll();
    QCOMPARE(answer, FrameReader::encode(0x8, QByteArray("\x03\xe9", 2))); // the code echoed, then the server hung up
    QCOMPARE(events(EventKind::Ping, Direction::Incoming).size(), 1);
    QCOMPARE(events(EventKind::Pong, Direction::Outgoing).size(), 1);
    const QList<SessionEvent> closes = events(EventKind::Close, Direction::Incoming);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().closeCode, 1001);
    QCOMPARE(closes.first().payload, QByteArray("going"));
    QCOMPARE(closes.first().closedBy, ClosedBy::Client);
}

void tst_MockServer::cliServesRulesFile()
{
    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("mock.json"));
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(rulesFile(R"("onConnect": ["hello"], "rules": [{"regex": "^name (\\w+)$", "reply": "hi {{1}}"}])"));
    f.close();
    const QString record = dir.filePath(QStringLiteral("mock.jsonl"));
    QProcess cli;
    cli.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--rules"), rules, QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--record"), record, QStringLiteral("--once")});
    QVERIFY(cli.waitForStarted(5000));
    QByteArray err;
    const QRegularExpression listening(QStringLiteral("mock server listening on ws://127.0.0.1:(\\d+)/"));
    QTRY_VERIFY_WITH_TIMEOUT((err += cli.readAllStandardError(), listening.match(QString::fromUtf8(err)).hasMatch()), 10000);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    // Lines come while it runs, not only when it ends (standard output is a pipe here).
    QByteArray early;
    QTRY_VERIFY_WITH_TIMEOUT((early += cli.readAllStandardOutput(), early.contains("\"event\":\"info\"")), 5000);
    QCOMPARE(cli.state(), QProcess::Running);
    PeerClient client({QStringLiteral("ws://127.0.0.1:%1/").arg(match.captured(1)), QStringLiteral("--send"), QStringLiteral("name bob"),
                       QStringLiteral("--expect"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList({QStringLiteral("hello"), QStringLiteral("hi bob")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QList<QJsonObject> lines;
    for (const QByteArray &line : (early + cli.readAllStandardOutput()).split('\n'))
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    const auto find = [&](const QString &dir, const QString &text) {
        return std::find_if(lines.cbegin(), lines.cend(), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("dir")).toString() == dir && o.value(QStringLiteral("text")).toString() == text;
        });
    };
    QVERIFY(find(QStringLiteral("in"), QStringLiteral("name bob")) != lines.cend());
    QVERIFY(find(QStringLiteral("out"), QStringLiteral("hi bob")) != lines.cend());
    QCOMPARE(find(QStringLiteral("out"), QStringLiteral("hi bob"))->value(QStringLiteral("conn")).toInt(), 1);
    QCOMPARE(find(QStringLiteral("out"), QStringLiteral("hello"))->value(QStringLiteral("tag")).toString(), QStringLiteral("on-connect"));
    const SessionFile::Contents contents = SessionFile::read(record);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    const auto reply = std::find_if(contents.events.cbegin(), contents.events.cend(), [](const SessionEvent &e) {
        return e.kind == EventKind::Text && e.direction == Direction::Outgoing && e.payload == "hi bob";
    });
    QVERIFY(reply != contents.events.cend());
    QCOMPARE(reply->connection, 1);
}

void tst_MockServer::cliBadRulesFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("error"); // after "FILE"
    QTest::newRow("malformed JSON") << QByteArray("{\"wsinspectorMock\": 1,\n\"rules\": [\n  {\"text\": \"a\",}\n]}\n")
                                    << QStringLiteral(":3:16: ");
    QTest::newRow("regex that does not compile") << rulesFile("\"rules\": [\n  {\"name\": \"greet\", \"regex\": \"hello (\"}\n]")
                                                 << QStringLiteral(":3:30: rule 1 (\"greet\"): regex \"hello (\" does not compile");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral(": cannot read");
}

void tst_MockServer::cliBadRulesFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("rules.json"));
    if (!contents.isEmpty()) {
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }
    // A port that is free: the exit code says the file, not the port, stopped it.
    const wsi::test::CliRun run = wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH),
        {QStringLiteral("serve"), QStringLiteral("--rules"), rules, QStringLiteral("--port"), QString::number(wsi::test::unusedPort())});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.startsWith(QStringLiteral("wsinspector-cli: ") + rules + error), qPrintable(run.stdErr));
    QVERIFY2(run.stdErr.contains(QStringLiteral("nothing started")), qPrintable(run.stdErr));
    QVERIFY(run.stdOut.isEmpty());
}

void tst_MockServer::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    MockSettings settings;
    settings.port = taken.serverPort();
    MockServer server(settings, MockRules());
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("the port is in use")), qPrintable(error));

    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("rules.json"));
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(rulesFile("\"rules\": []"));
    f.close();
    const wsi::test::CliRun run = wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH),
        {QStringLiteral("serve"), QStringLiteral("--rules"), rules, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdErr.contains(QStringLiteral("the port is in use")), qPrintable(run.stdErr));
    // --listen without --rules is a usage error.
    const wsi::test::CliRun usage = wsi::test::runProgram(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.stdErr.contains(QStringLiteral("--listen goes with --rules FILE")), qPrintable(usage.stdErr));
}

QTEST_GUILESS_MAIN(tst_MockServer)
#include "tst_mockserver.moc"
