#include "SessionEventLog.h"
#include "TestServers.h"
#include "server/EchoServer.h"
#include "session/Session.h"
#include "session/SessionOptionsStorage.h"
#include "session/SocketWorker.h"

#include <QSettings>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

using namespace wsi;

namespace {

using EventLog = test::SessionEventLog;

SessionOptions optionsFor(const QUrl &url, int timeoutMs = 10000)
{
    SessionOptions options;
    options.url = url;
    options.connectTimeoutMs = timeoutMs;
    return options;
}

} // namespace

class tst_Session : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_echo.listen()); }
    void textEchoAndUserClose();
    void binaryEcho();
    void inboxRecyclesBatches();
    void handshakeRequestIsVisible();
    void invalidUrl_data();
    void invalidUrl();
    void urlWithoutSchemeBecomesWs();
    void unresolvableHost();
    void refusedPort();
    void handshakeRejected_data();
    void handshakeRejected();
    void connectTimeout();
    void serverClosesWith1011();
    void serverDropsConnection();
    void oversizedMessageClosesWith1009();
    void sendWhileClosedIsRefused();
    void closeCodeThatCannotBeSent();
    void cancelWhileConnecting();
    void optionsRoundTripThroughSettings();

private:
    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
};

void tst_Session::textEchoAndUserClose()
{
    Session session;
    EventLog log(session);
    QVERIFY(session.open(optionsFor(m_echo.url())));
    QCOMPARE(session.state(), Session::State::Connecting);
    QTRY_COMPARE(session.state(), Session::State::Open);
    QCOMPARE(log.count(EventKind::Open), 1);

    QVERIFY(session.sendText(QStringLiteral("héllo")));
    QTRY_COMPARE(session.counters().messagesIn, 1ull);
    const SessionEvent echoed = log.last(EventKind::Text);
    QCOMPARE(echoed.direction, Direction::Incoming);
    QCOMPARE(echoed.payloadText(), QStringLiteral("héllo"));
    QCOMPARE(session.counters().messagesOut, 1ull);
    QCOMPARE(session.counters().bytesOut, 6ull);
    QCOMPARE(session.counters().bytesIn, 6ull);
    QVERIFY(echoed.timestampUs >= log.of(EventKind::Text).first().timestampUs);

    session.close(4000, QStringLiteral("bye"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const SessionEvent close = log.last(EventKind::Close);
    QCOMPARE(close.closeCode, 4000);
    QCOMPARE(close.payloadText(), QStringLiteral("bye"));
    QCOMPARE(close.closedBy, ClosedBy::Client);
    const QList<Session::State> expected{Session::State::Connecting, Session::State::Open, Session::State::Closing,
                                         Session::State::Closed};
    QCOMPARE(log.states, expected);
}

void tst_Session::binaryEcho()
{
    Session session;
    EventLog log(session);
    session.open(optionsFor(m_echo.url()));
    QTRY_COMPARE(session.state(), Session::State::Open);
    const QByteArray bytes("\x00\xff\x10 binary", 10);
    QVERIFY(session.sendBinary(bytes));
    QTRY_COMPARE(log.count(EventKind::Binary), 2);
    QCOMPARE(log.last(EventKind::Binary).direction, Direction::Incoming);
    QCOMPARE(log.last(EventKind::Binary).payload, bytes);
}

void tst_Session::handshakeRequestIsVisible()
{
    Session session;
    SessionOptions options = optionsFor(m_echo.url().resolved(QUrl(QStringLiteral("/chat?room=1"))));
    options.origin = QStringLiteral("http://example.test");
    options.headers.append(qMakePair(QByteArray("X-Token"), QByteArray("abc")));
    options.subprotocols = QStringList{QStringLiteral("chat"), QStringLiteral("superchat")};
    session.open(options);
    const QStringList lines = session.handshake().requestLines;
    QCOMPARE(lines.first(), QStringLiteral("GET /chat?room=1 HTTP/1.1"));
    QVERIFY(lines.contains(QStringLiteral("Upgrade: websocket")));
    QVERIFY(lines.contains(QStringLiteral("Origin: http://example.test")));
    QVERIFY(lines.contains(QStringLiteral("Sec-WebSocket-Protocol: chat, superchat")));
    QVERIFY(lines.contains(QStringLiteral("X-Token: abc")));
    QTRY_COMPARE(session.state(), Session::State::Open);
    QCOMPARE(session.handshake().httpStatus, 101);
    // Events are printed and recorded: the open event names the URL without its secrets.
    SessionOptions secret = optionsFor(QUrl(m_echo.url().toString() + QStringLiteral("?token=s3cret&room=1")));
    Session second;
    EventLog secondLog(second);
    second.open(secret);
    QTRY_COMPARE(second.state(), Session::State::Open);
    QVERIFY(!secondLog.last(EventKind::Open).payload.contains("s3cret"));
    QVERIFY(secondLog.last(EventKind::Open).payload.contains("room=1"));
    // Qt's echo server accepts no subprotocol, so none is negotiated.
    QCOMPARE(session.handshake().negotiatedSubprotocol, QString());
}

void tst_Session::invalidUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << "" << "Enter a WebSocket URL";
    QTest::newRow("http scheme") << "http://example.com/" << "scheme must be ws:// or wss://";
    QTest::newRow("ftp scheme") << "ftp://example.com/" << "not ftp://";
    QTest::newRow("no host") << "ws://" << "has no host";
    QTest::newRow("no host, path") << "wss:///path" << "has no host";
    QTest::newRow("spaces") << "not a url" << "not a valid URL";
    QTest::newRow("bad port") << "ws://host:99999/" << "not a valid URL";
}

void tst_Session::invalidUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, messageContains);
    QString error;
    QVERIFY(SessionOptions::parseUrl(url, &error).isEmpty());
    QVERIFY2(error.contains(messageContains), qPrintable(error));

    Session session;
    EventLog log(session);
    SessionOptions options;
    options.url = QUrl(url);
    QVERIFY(!session.open(options));
    QCOMPARE(session.state(), Session::State::Idle);
    QCOMPARE(log.count(EventKind::Error), 1);
    QVERIFY(!session.lastError().isEmpty());
}

void tst_Session::urlWithoutSchemeBecomesWs()
{
    QString error;
    QCOMPARE(SessionOptions::parseUrl(QStringLiteral(" 127.0.0.1:8080/feed "), &error),
             QUrl(QStringLiteral("ws://127.0.0.1:8080/feed")));
    QVERIFY(error.isEmpty());
    QCOMPARE(SessionOptions::parseUrl(QStringLiteral("WSS://Example.com/"), &error).scheme(), QStringLiteral("wss"));
}

void tst_Session::unresolvableHost()
{
    Session session;
    EventLog log(session);
    QVERIFY(session.open(optionsFor(QUrl(QStringLiteral("ws://no-such-host.invalid/")))));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 15000);
    QCOMPARE(log.count(EventKind::Error), 1);
    QVERIFY2(log.last(EventKind::Error).payloadText().contains(QStringLiteral("Cannot resolve host \"no-such-host.invalid\"")),
             log.last(EventKind::Error).payload.constData());
    QCOMPARE(log.count(EventKind::Close), 0); // it never opened
}

void tst_Session::refusedPort()
{
    const quint16 port = test::unusedPort();
    Session session;
    EventLog log(session);
    session.open(optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QCOMPARE(log.count(EventKind::Error), 1);
    QCOMPARE(log.last(EventKind::Error).payloadText(),
             QStringLiteral("Connection refused by 127.0.0.1:%1: nothing is listening on that port").arg(port));
}

void tst_Session::handshakeRejected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reasonPhrase");
    QTest::addColumn<bool>("subprotocolHint");
    QTest::newRow("401") << 401 << "Unauthorized" << false;
    QTest::newRow("403") << 403 << "Forbidden" << true;
    QTest::newRow("404") << 404 << "Not Found" << false;
    QTest::newRow("500") << 500 << "Internal Server Error" << false;
}

void tst_Session::handshakeRejected()
{
    QFETCH(int, status);
    QFETCH(QString, reasonPhrase);
    QFETCH(bool, subprotocolHint);
    // The server answers and then keeps the connection open: QWebSocket 6.4.2 alone would
    // sit in Connecting until the connect timeout.
    test::RawHttpServer server(QStringLiteral("HTTP/1.1 %1 %2\r\nContent-Length: 0\r\n\r\n").arg(status).arg(reasonPhrase).toLatin1());
    Session session;
    EventLog log(session);
    QUrl url = server.url();
    url.setQuery(QStringLiteral("token=s3cret"));
    session.open(optionsFor(url, 60000));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 5000);
    QCOMPARE(log.count(EventKind::Error), 1);
    const SessionEvent error = log.last(EventKind::Error);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.payloadText().contains(QStringLiteral("HTTP %1 %2").arg(status).arg(reasonPhrase)),
             error.payload.constData());
    // The message is shown, printed and recorded: the URL's token is masked in it.
    QVERIFY2(!error.payload.contains("s3cret"), error.payload.constData());
    QCOMPARE(error.payloadText().contains(QStringLiteral("No subprotocol was requested")), subprotocolHint);
    QCOMPARE(session.handshake().httpStatus, status);
}

void tst_Session::connectTimeout()
{
    test::RawHttpServer silent{QByteArray()};
    Session session;
    EventLog log(session);
    session.open(optionsFor(silent.url(), 300));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 5000);
    QCOMPARE(silent.connectionCount(), 1);
    QCOMPARE(log.count(EventKind::Error), 1);
    QVERIFY2(log.last(EventKind::Error).payloadText().startsWith(QStringLiteral("Timed out after 300 ms")),
             log.last(EventKind::Error).payload.constData());
}

void tst_Session::serverClosesWith1011()
{
    Session session;
    EventLog log(session);
    session.open(optionsFor(m_scripted.url(QStringLiteral("/close1011"))));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QCOMPARE(log.count(EventKind::Open), 1);
    const SessionEvent close = log.last(EventKind::Close);
    QCOMPARE(close.closeCode, 1011);
    QCOMPARE(close.payloadText(), QStringLiteral("boom"));
    QCOMPARE(close.closedBy, ClosedBy::Server);
    QCOMPARE(close.direction, Direction::Incoming);
}

void tst_Session::serverDropsConnection()
{
    Session session;
    EventLog log(session);
    session.open(optionsFor(m_scripted.url(QStringLiteral("/drop"))));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QStringLiteral("please drop"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const SessionEvent close = log.last(EventKind::Close);
    QCOMPARE(close.closeCode, 1006); // QWebSocket itself would say 1000
    QCOMPARE(close.closedBy, ClosedBy::Network);
    QVERIFY2(close.payloadText().startsWith(QStringLiteral("Connection lost without a close frame")), close.payload.constData());
}

void tst_Session::oversizedMessageClosesWith1009()
{
    Session session;
    EventLog log(session);
    SessionOptions options = optionsFor(m_echo.url());
    options.maxIncomingMessageSize = 1024;
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QString(4096, u'x'));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const SessionEvent close = log.last(EventKind::Close);
    QCOMPARE(close.closeCode, 1009);
    QCOMPARE(close.closedBy, ClosedBy::Client); // the inspector's limit, not the server's doing
    QCOMPARE(session.counters().messagesIn, 0ull);
    QCOMPARE(log.count(EventKind::Text), 1); // the sent message is still in the log
}

void tst_Session::sendWhileClosedIsRefused()
{
    Session session;
    EventLog log(session);
    QVERIFY(!session.sendText(QStringLiteral("lost?")));
    QCOMPARE(log.count(EventKind::Error), 1);
    QVERIFY(log.last(EventKind::Error).payloadText().contains(QStringLiteral("Not sent")));
    QCOMPARE(session.counters().messagesOut, 0ull);
}

void tst_Session::closeCodeThatCannotBeSent()
{
    Session session;
    EventLog log(session);
    session.open(optionsFor(m_echo.url()));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.close(1006, QString());
    QCOMPARE(session.state(), Session::State::Open);
    QVERIFY(log.last(EventKind::Error).payloadText().contains(QStringLiteral("1006 cannot be sent")));
    session.close();
    QTRY_COMPARE(session.state(), Session::State::Closed);
}

void tst_Session::cancelWhileConnecting()
{
    test::RawHttpServer silent{QByteArray()};
    Session session;
    EventLog log(session);
    session.open(optionsFor(silent.url()));
    QTRY_COMPARE(silent.connectionCount(), 1);
    session.close();
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_Session::optionsRoundTripThroughSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("options.ini")), QSettings::IniFormat);
    SessionOptions options;
    options.url = QUrl(QStringLiteral("wss://example.test:8443/feed?x=1&y=%2F"));
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer abc")));
    options.subprotocols = QStringList{QStringLiteral("v2.feed")};
    options.origin = QStringLiteral("https://example.test");
    options.connectTimeoutMs = 2500;
    options.heartbeat.mode = HeartbeatSettings::Mode::AppText;
    options.heartbeat.expectedReply = QStringLiteral("^pong \\d+$");
    options.heartbeat.replyIsRegex = true;
    options.reconnect.enabled = true;
    options.reconnect.maxAttempts = 7;
    options.reconnect.growthFactor = 1.7;
    options.onConnectMessages = QStringList{QStringLiteral("auth"), QStringLiteral("subscribe")};
    options.offlineSends = SessionOptions::OfflineSends::Refuse;
    options.ignoreCertificateErrors = true;
    SessionOptionsStorage::save(settings, options);

    SessionOptions loaded;
    QVERIFY(!SessionOptionsStorage::load(settings, QUrl(QStringLiteral("ws://other.test/")), &loaded));
    QVERIFY(SessionOptionsStorage::load(settings, options.url, &loaded));
    QCOMPARE(loaded.url, options.url);
    QCOMPARE(loaded.headers, options.headers);
    QCOMPARE(loaded.subprotocols, options.subprotocols);
    QCOMPARE(loaded.origin, options.origin);
    QCOMPARE(loaded.connectTimeoutMs, 2500);
    QCOMPARE(loaded.heartbeat.mode, HeartbeatSettings::Mode::AppText);
    QCOMPARE(loaded.heartbeat.expectedReply, options.heartbeat.expectedReply);
    QVERIFY(loaded.heartbeat.replyIsRegex);
    QVERIFY(loaded.reconnect.enabled);
    QCOMPARE(loaded.reconnect.maxAttempts, 7);
    QCOMPARE(loaded.reconnect.growthFactor, 1.7);
    QCOMPARE(loaded.onConnectMessages, options.onConnectMessages);
    QCOMPARE(loaded.offlineSends, SessionOptions::OfflineSends::Refuse);
    QVERIFY(!loaded.ignoreCertificateErrors); // on purpose, never remembered
}

QTEST_GUILESS_MAIN(tst_Session)
// The session hands each batch it has handled back; the socket thread's next batch reuses
// its allocations (emptied), so a flood writes into warm memory.
void tst_Session::inboxRecyclesBatches()
{
    SocketInbox inbox;
    QCOMPARE(inbox.spare().bytes.capacity(), 0); // none yet: a new one
    SocketBatch batch;
    batch.bytes = QByteArray(100000, 'x');
    SocketNotice notice;
    notice.payload = "a pong";
    batch.notices.push_back(notice);
    batch.payloadBytes = notice.payload.size();
    QVERIFY(inbox.push(std::move(batch)));
    SocketBatch taken;
    QVERIFY(inbox.take(&taken));
    QCOMPARE(inbox.backlogBytes(), 0);
    const char *const block = taken.bytes.constData();
    inbox.recycle(std::move(taken));
    SocketBatch again = inbox.spare();
    QCOMPARE(again.bytes.constData(), block); // the same allocation
    QVERIFY(again.bytes.capacity() >= 100000);
    QVERIFY(again.bytes.isEmpty());
    QVERIFY(again.notices.empty());
    QVERIFY(again.notices.capacity() >= 1);
    QCOMPARE(again.payloadBytes, 0);
    QCOMPARE(inbox.spare().bytes.capacity(), 0); // it was the only one
    // A block someone else still holds is not reused (it would be written under them).
    SocketBatch shared;
    shared.bytes = QByteArray(1000, 'y');
    shared.notices.push_back(SocketNotice());
    const QByteArray holder = shared.bytes;
    inbox.recycle(std::move(shared));
    const SocketBatch second = inbox.spare();
    QVERIFY(second.notices.capacity() >= 1); // the batch came back, without the block
    QCOMPARE(second.bytes.capacity(), 0);
    QCOMPARE(holder, QByteArray(1000, 'y'));
}

#include "tst_session.moc"
