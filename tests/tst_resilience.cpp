// Heartbeat, reconnect, queued sends and TLS against a server that is not Qt's:
// python3-websockets started, killed, frozen and restarted by this test.
#include "SessionEventLog.h"
#include "TestServers.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;

namespace {

using Recorder = test::SessionEventLog;

SessionOptions reconnecting(const QUrl &url)
{
    SessionOptions options;
    options.url = url;
    options.connectTimeoutMs = 1000;
    options.reconnect.enabled = true;
    options.reconnect.initialDelayMs = 200;
    options.reconnect.growthFactor = 2.0;
    options.reconnect.maxDelayMs = 1600;
    options.reconnect.jitter = 0.0;
    return options;
}

} // namespace

class tst_Resilience : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reconnectsAfterServerIsKilled();
    void heartbeatDetectsFrozenServer();
    void appPingAnsweredKeepsLinkUp();
    void appPingUnansweredDropsLink();
    void rejectedHandshakeBacksOff();
    void rejectedHandshakeDoesNotReconnectByDefault();
    void userCloseNeverReconnects();
    void queuedMessagesArriveInOrderAfterReconnect();
    void refusePolicyRefusesVisibly();
    void selfSignedCertificate();

private:
    // For the tests that neither kill nor freeze their server.
    test::ServerProcess m_shared;
};

void tst_Resilience::initTestCase()
{
    QString error;
    QVERIFY2(m_shared.start(&error), qPrintable(error));
}

void tst_Resilience::reconnectsAfterServerIsKilled()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const quint16 port = server.port();

    Session session;
    Recorder recorder(session);
    SessionOptions options = reconnecting(server.url(QStringLiteral("/echo")));
    options.onConnectMessages = QStringList{QStringLiteral("auth:secret"), QStringLiteral("subscribe:ticker")};
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);

    server.kill();
    QTRY_COMPARE(session.state(), Session::State::WaitingToReconnect);
    const SessionEvent close = recorder.of(EventKind::Close).last();
    QCOMPARE(close.closeCode, 1006);
    QCOMPARE(close.closedBy, ClosedBy::Network);

    // Let three attempts fail against the dead port, then bring the server back on it.
    QTRY_VERIFY_WITH_TIMEOUT(session.reconnectAttempt() >= 3, 5000);
    QVERIFY2(server.start(&error, port), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, 10000);

    // The waits between attempts follow the policy: 200, 400, 800 ms (no jitter).
    const QList<int> reconnects = recorder.indexesOf(EventKind::Reconnect);
    QVERIFY(reconnects.size() >= 3);
    for (int n = 0; n < 3; ++n) {
        const int index = reconnects.at(n);
        QCOMPARE(recorder.events.at(index).attempt, n + 1);
        // the next CONNECTING state after this reconnect event
        int next = index + 1;
        while (next < recorder.events.size() && !(recorder.events.at(next).kind == EventKind::State
                                                  && recorder.events.at(next).payloadText() == QStringLiteral("CONNECTING")))
            ++next;
        QVERIFY(next < recorder.events.size());
        const qint64 waited = recorder.elapsedMs.at(next) - recorder.elapsedMs.at(index);
        const int expected = 200 << n;
        QVERIFY2(waited >= expected * 95 / 100 && waited < expected + 250,
                 qPrintable(QStringLiteral("attempt %1 waited %2 ms, policy says %3").arg(n + 1).arg(waited).arg(expected)));
    }

    // On-connect messages went out after the first connect and again after the reconnect.
    int onConnect = 0;
    for (const SessionEvent &event : recorder.of(EventKind::Text))
        onConnect += event.tag == MessageTag::OnConnect;
    QCOMPARE(onConnect, 4);
    QTRY_COMPARE(session.counters().messagesIn, 4ull);
}

void tst_Resilience::heartbeatDetectsFrozenServer()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Session session;
    Recorder recorder(session);
    SessionOptions options = reconnecting(server.url(QStringLiteral("/echo")));
    options.connectTimeoutMs = 500;
    options.heartbeat.mode = HeartbeatSettings::Mode::PingFrame;
    options.heartbeat.intervalMs = 300;
    options.heartbeat.timeoutMs = 400;
    QSignalSpy rtt(&session, &Session::rttMeasured);
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);
    QTRY_VERIFY(rtt.size() >= 2); // protocol pings answered
    QVERIFY(recorder.count(EventKind::Pong) >= 2);

    QElapsedTimer frozenFor;
    server.freeze();
    frozenFor.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventKind::Close) == 1, 3000);
    // Dead within interval + timeout, plus a margin for scheduling.
    QVERIFY2(frozenFor.elapsed() <= 300 + 400 + 300, qPrintable(QString::number(frozenFor.elapsed())));
    const SessionEvent close = recorder.of(EventKind::Close).last();
    QCOMPARE(close.closeCode, 1006);
    QCOMPARE(close.closedBy, ClosedBy::Client);
    QVERIFY2(close.payloadText().startsWith(QStringLiteral("No heartbeat reply within 400 ms")), close.payload.constData());

    // While frozen the handshake times out and the session keeps trying; after SIGCONT it recovers.
    QTRY_VERIFY_WITH_TIMEOUT(session.reconnectAttempt() >= 2, 5000);
    server.thaw();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, 10000);
}

void tst_Resilience::appPingAnsweredKeepsLinkUp()
{
    Session session;
    Recorder recorder(session);
    SessionOptions options;
    options.url = m_shared.url(QStringLiteral("/pong"));
    options.heartbeat.mode = HeartbeatSettings::Mode::AppText;
    options.heartbeat.intervalMs = 150;
    options.heartbeat.timeoutMs = 300;
    options.heartbeat.anyTrafficCountsAsLife = false;
    QSignalSpy rtt(&session, &Session::rttMeasured);
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);
    QTest::qWait(1200);
    QCOMPARE(session.state(), Session::State::Open);
    QVERIFY2(rtt.size() >= 4, qPrintable(QString::number(rtt.size())));
    const QList<SessionEvent> texts = recorder.of(EventKind::Text);
    QVERIFY(!texts.isEmpty());
    for (const SessionEvent &event : texts) {
        QCOMPARE(event.tag, MessageTag::Heartbeat);
        QCOMPARE(event.payloadText(), event.direction == Direction::Outgoing ? QStringLiteral("ping") : QStringLiteral("pong"));
    }
    QVERIFY(session.lastRttMs() >= 0);
}

void tst_Resilience::appPingUnansweredDropsLink()
{
    Session session;
    Recorder recorder(session);
    SessionOptions options;
    options.url = m_shared.url(QStringLiteral("/silent"));
    options.heartbeat.mode = HeartbeatSettings::Mode::AppText;
    options.heartbeat.intervalMs = 150;
    options.heartbeat.timeoutMs = 300;
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 3000);
    const SessionEvent close = recorder.of(EventKind::Close).last();
    QVERIFY(close.payloadText().startsWith(QStringLiteral("No heartbeat reply within 300 ms")));
    QCOMPARE(recorder.count(EventKind::Reconnect), 0); // reconnect is off here
}

void tst_Resilience::rejectedHandshakeBacksOff()
{
    Session session;
    Recorder recorder(session);
    SessionOptions options = reconnecting(m_shared.url(QStringLiteral("/reject401")));
    options.reconnect.onHandshakeRejected = true;
    options.reconnect.maxAttempts = 3;
    QElapsedTimer timer;
    timer.start();
    session.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 10000);
    // 1 + 3 attempts, each refused with its status, 200 + 400 + 800 ms apart: no tight loop.
    QCOMPARE(recorder.count(EventKind::Error), 4);
    for (const SessionEvent &event : recorder.of(EventKind::Error))
        QCOMPARE(event.httpStatus, 401);
    QVERIFY(timer.elapsed() >= 1400);
    QCOMPARE(recorder.of(EventKind::Reconnect).last().payloadText(), QStringLiteral("Gave up after 3 reconnect attempts"));
}

void tst_Resilience::rejectedHandshakeDoesNotReconnectByDefault()
{
    Session session;
    Recorder recorder(session);
    session.open(reconnecting(m_shared.url(QStringLiteral("/reject401"))));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QTest::qWait(400);
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(recorder.count(EventKind::Reconnect), 0);
    QVERIFY(recorder.of(EventKind::Error).first().payloadText().contains(QStringLiteral("HTTP 401 Unauthorized")));
}

void tst_Resilience::userCloseNeverReconnects()
{
    Session session;
    Recorder recorder(session);
    session.open(reconnecting(m_shared.url(QStringLiteral("/echo"))));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.close(4001, QStringLiteral("user done"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QTest::qWait(500);
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(recorder.count(EventKind::Reconnect), 0);
    QCOMPARE(recorder.countState(QStringLiteral("CONNECTING")), 1);
}

void tst_Resilience::queuedMessagesArriveInOrderAfterReconnect()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const quint16 port = server.port();
    Session session;
    Recorder recorder(session);
    session.open(reconnecting(server.url(QStringLiteral("/echo"))));
    QTRY_COMPARE(session.state(), Session::State::Open);
    server.kill();
    QTRY_COMPARE(session.state(), Session::State::WaitingToReconnect);

    QSignalSpy queued(&session, &Session::queuedCountChanged);
    for (const char *text : {"first", "second", "third"})
        QVERIFY(session.sendText(QString::fromLatin1(text)));
    QCOMPARE(session.queuedCount(), 3);
    QCOMPARE(queued.size(), 3);
    QCOMPARE(recorder.count(EventKind::Info), 3);

    QVERIFY2(server.start(&error, port), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, 10000);
    QCOMPARE(session.queuedCount(), 0);
    QTRY_COMPARE(session.counters().messagesIn, 3ull);
    QStringList sent, received;
    for (const SessionEvent &event : recorder.of(EventKind::Text)) {
        if (event.direction == Direction::Outgoing) {
            QCOMPARE(event.tag, MessageTag::Queued);
            sent << event.payloadText();
        } else {
            received << event.payloadText();
        }
    }
    const QStringList expected{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
    QCOMPARE(sent, expected);
    QCOMPARE(received, expected);
}

void tst_Resilience::refusePolicyRefusesVisibly()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Session session;
    Recorder recorder(session);
    SessionOptions options = reconnecting(server.url(QStringLiteral("/echo")));
    options.offlineSends = SessionOptions::OfflineSends::Refuse;
    session.open(options);
    QTRY_COMPARE(session.state(), Session::State::Open);
    server.kill();
    QTRY_COMPARE(session.state(), Session::State::WaitingToReconnect);
    QVERIFY(!session.sendText(QStringLiteral("not now")));
    QCOMPARE(session.queuedCount(), 0);
    QVERIFY2(recorder.of(EventKind::Error).last().payloadText().contains(QStringLiteral("queuing while disconnected is off")),
             recorder.of(EventKind::Error).last().payload.constData());
    session.cancelReconnect();
    QCOMPARE(session.state(), Session::State::Closed);
}

void tst_Resilience::selfSignedCertificate()
{
    QTemporaryDir dir;
    QString cert, key, error;
    QVERIFY2(test::makeSelfSignedCertificate(dir.path(), &cert, &key, &error), qPrintable(error));
    test::ServerProcess server;
    QVERIFY2(server.start(&error, 0, {QStringLiteral("--tls"), cert, key}), qPrintable(error));
    const QUrl url = server.url(QStringLiteral("/echo"), QStringLiteral("wss"));

    // By default: a clear error naming the certificate, and no reconnect loop.
    {
        Session session;
        Recorder recorder(session);
        session.open(reconnecting(url));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 10000);
        const QString message = recorder.of(EventKind::Error).last().payloadText();
        QVERIFY2(message.contains(QStringLiteral("is not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("self signed")) || message.contains(QStringLiteral("self-signed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("localhost")), qPrintable(message));
        QCOMPARE(recorder.count(EventKind::Reconnect), 0);
    }
    // With the explicit override for this one connection: it connects, and says so.
    {
        Session session;
        Recorder recorder(session);
        SessionOptions options = reconnecting(url);
        options.ignoreCertificateErrors = true;
        session.open(options);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, 10000);
        QVERIFY(session.handshake().certificateErrorsIgnored);
        QVERIFY(session.handshake().tlsProtocol.startsWith(QStringLiteral("TLS")));
        QVERIFY(!session.handshake().tlsCipher.isEmpty());
        QVERIFY(session.handshake().peerCertificate.contains(QStringLiteral("localhost")));
        QVERIFY(recorder.of(EventKind::Info).first().payloadText().startsWith(QStringLiteral("Certificate errors ignored for this connection")));
        session.sendText(QStringLiteral("over tls"));
        QTRY_COMPARE(session.counters().messagesIn, 1ull);

        // The override does not stick: the same session opened without it is refused again.
        session.close();
        QTRY_COMPARE(session.state(), Session::State::Closed);
        options.ignoreCertificateErrors = false;
        session.open(options);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 10000);
        QVERIFY(recorder.of(EventKind::Error).last().payloadText().contains(QStringLiteral("is not trusted")));
    }
}

QTEST_GUILESS_MAIN(tst_Resilience)
#include "tst_resilience.moc"
