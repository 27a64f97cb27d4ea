// The misbehaving-server matrix: a raw-socket server (not Qt's) does one wrong thing
// per case. For each: what the user sees (state, close code, who closed, message),
// the session still works afterwards, and the recording holds every message that
// arrived before the fault.
#include "SessionEventLog.h"
#include "TestServers.h"
#include "record/SessionFile.h"
#include "session/EventJson.h"
#include "record/SessionRecorder.h"
#include "server/EchoServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;

Q_DECLARE_METATYPE(wsi::ClosedBy)

class tst_Faults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void burstThenSilence();
    void pingFlood();
    void serverPingsAndPongsAreRows();
    void tenMegabytesInTenThousandFragments();
    void utf8SplitAcrossFragments();
    void backPressureSlowsTheServer();
    void closeTimesOutWhenTheServerDoesNotRead();

private:
    // Opens path on the misbehaving server and waits for that many messages (the three good ones included).
    void openAndReceive(Session &session, const QString &path, quint64 messages, int timeoutMs = 10000);
    // The connection is still up after the fault; then it closes cleanly.
    static void stillOpenThenClose(Session &session);
    test::ServerProcess m_server{QStringLiteral("misbehaving_server.py")};
    EchoServer m_echo;
    QTemporaryDir m_dir;
};

void tst_Faults::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_echo.listen());
}

void tst_Faults::matrix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("maxMessageSize"); // 0: the default
    QTest::addColumn<int>("closeCode");      // 0: the connection never opens
    QTest::addColumn<ClosedBy>("closedBy");
    QTest::addColumn<QString>("shown");      // in the close reason or the error
    QTest::addColumn<int>("messagesBefore");

    QTest::newRow("invalid UTF-8 text frame") << "/invalid-utf8" << 0 << 1007 << ClosedBy::Client << "not valid UTF-8" << 3;
    QTest::newRow("message over the size limit") << "/oversized?size=4096" << 1024 << 1009 << ClosedBy::Client << "" << 3;
    QTest::newRow("reserved opcode") << "/reserved-opcode" << 0 << 1002 << ClosedBy::Client << "opcode" << 3;
    QTest::newRow("close frame with invalid code") << "/bad-close-code" << 0 << 1002 << ClosedBy::Client << "code 999" << 3;
    QTest::newRow("close without reason, then TCP reset") << "/close-then-reset" << 0 << 1001 << ClosedBy::Server << "" << 3;
    QTest::newRow("wrong Sec-WebSocket-Accept") << "/bad-accept" << 0 << 0 << ClosedBy::Nobody << "does not match the client key" << 0;
    QTest::newRow("handshake never completes") << "/no-handshake" << 0 << 0 << ClosedBy::Nobody << "Timed out after 700 ms" << 0;
    // Read on the wire by the tap (QWebSocket 6.4 says nothing useful, or the wrong thing).
    QTest::newRow("400 with a reason header and a body") << "/refuse-400" << 0 << 0 << ClosedBy::Nobody
        << "HTTP 400 Bad Request · X-WebSocket-Reject-Reason: echo-protocol required · body: no token" << 0;
    QTest::newRow("302 to another URL") << "/redirect" << 0 << 0 << ClosedBy::Nobody
        << "302 Found · Location: ws://127.0.0.1:9/elsewhere (redirects are not followed)" << 0;
    QTest::newRow("200 with a web page") << "/ok-200" << 0 << 0 << ClosedBy::Nobody << "HTTP 200 OK" << 0;
    QTest::newRow("101 without Upgrade") << "/no-upgrade" << 0 << 0 << ClosedBy::Nobody << "without \"Upgrade: websocket\"" << 0;
    QTest::newRow("bytes that are not HTTP") << "/not-http" << 0 << 0 << ClosedBy::Nobody << "not HTTP (53 53 48 2d" << 0;
    QTest::newRow("response head over 64 KiB") << "/huge-head" << 0 << 0 << ClosedBy::Nobody << "past 65536 bytes" << 0;
    QTest::newRow("101 one byte every 200 ms") << "/slow-101" << 0 << 0 << ClosedBy::Nobody << "Timed out after 700 ms" << 0;
    QTest::newRow("permessage-deflate never offered") << "/deflate-unasked" << 0 << 0 << ClosedBy::Nobody
        << "never offered (permessage-deflate)" << 0;
    QTest::newRow("empty close frame is 1005") << "/close-empty" << 0 << 1005 << ClosedBy::Server << "" << 3;
    QTest::newRow("close frame with 1 byte") << "/close-1byte" << 0 << 1002 << ClosedBy::Client << "1-byte payload" << 3;
    QTest::newRow("1012 Service Restart kept") << "/close?code=1012" << 0 << 1012 << ClosedBy::Server << "bye 1012" << 3;
    QTest::newRow("1013 Try Again Later kept") << "/close?code=1013" << 0 << 1013 << ClosedBy::Server << "bye 1013" << 3;
    QTest::newRow("1014 Bad Gateway kept") << "/close?code=1014" << 0 << 1014 << ClosedBy::Server << "bye 1014" << 3;
    QTest::newRow("4000 application code") << "/close?code=4000" << 0 << 4000 << ClosedBy::Server << "bye 4000" << 3;
    QTest::newRow("masked frame from the server") << "/masked" << 0 << 1002 << ClosedBy::Client << "RFC 6455 §5.1" << 3;
    QTest::newRow("control frame claiming 2^40 bytes") << "/big-control" << 0 << 1002 << ClosedBy::Client
        << "control frame of 1099511627776 bytes (RFC 6455 §5.5" << 3;
    QTest::newRow("reset in the middle of a frame") << "/reset-mid-frame" << 0 << 1006 << ClosedBy::Network
        << "without a close frame" << 3;
}

void tst_Faults::matrix()
{
    QFETCH(QString, path);
    QFETCH(int, maxMessageSize);
    QFETCH(int, closeCode);
    QFETCH(ClosedBy, closedBy);
    QFETCH(QString, shown);
    QFETCH(int, messagesBefore);

    Session session;
    test::SessionEventLog log(session);
    SessionOptions options;
    options.url = m_server.url(path);
    options.connectTimeoutMs = 700;
    if (maxMessageSize > 0)
        options.maxIncomingMessageSize = quint64(maxMessageSize);
    SessionRecorder recorder;
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".jsonl"));
    QString error;
    QVERIFY(recorder.start(file, options, false, &error));
    connect(&session, &Session::eventOccurred, &recorder, &SessionRecorder::record);

    QVERIFY(session.open(options));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 10000);
    if (closeCode != 0) {
        const SessionEvent close = log.last(EventKind::Close);
        QCOMPARE(close.closeCode, closeCode);
        QCOMPARE(close.closedBy, closedBy);
        QVERIFY2(close.payloadText().contains(shown), close.payload.constData());
    } else {
        QCOMPARE(log.count(EventKind::Open), 0);
        QVERIFY2(session.lastError().contains(shown), qPrintable(session.lastError()));
    }
    QCOMPARE(int(session.counters().messagesIn), messagesBefore);

    // Every message that arrived before the fault is in the recording.
    recorder.stop();
    const SessionFile::Contents recorded = SessionFile::read(file);
    QVERIFY2(recorded.ok() && recorded.problems.isEmpty(), qPrintable(recorded.fatalError + recorded.problems.join(u'\n')));
    QStringList received;
    for (const SessionEvent &event : recorded.events) {
        if (event.kind == EventKind::Text && event.direction == Direction::Incoming)
            received << event.payloadText();
    }
    QCOMPARE(received.size(), messagesBefore);
    for (int i = 0; i < received.size(); ++i)
        QCOMPARE(received.at(i), QStringLiteral("good %1").arg(i + 1));

    // And the inspector keeps working: the same session opens a good server.
    options.url = m_echo.url();
    QVERIFY(session.open(options));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QStringLiteral("still here"));
    QTRY_COMPARE(session.counters().messagesIn, 1ull);
}

void tst_Faults::burstThenSilence()
{
    Session session;
    SessionOptions options;
    options.url = m_server.url(QStringLiteral("/burst?n=10000"));
    const QString file = m_dir.filePath(QStringLiteral("burst.jsonl"));
    SessionRecorder recorder;
    QString error;
    QVERIFY(recorder.start(file, options, false, &error));
    connect(&session, &Session::eventOccurred, &recorder, &SessionRecorder::record);
    session.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(session.counters().messagesIn, 10003ull, 15000);
    QTest::qWait(200); // then silence: nothing more, nothing closed
    QCOMPARE(session.state(), Session::State::Open);
    QCOMPARE(session.counters().messagesIn, 10003ull);
    recorder.stop();
    int burst = 0;
    for (const SessionEvent &event : SessionFile::read(file).events) {
        if (event.kind == EventKind::Text && event.payload.startsWith("burst ")) {
            QCOMPARE(event.payload, QByteArray("burst ") + QByteArray::number(burst).rightJustified(6, '0'));
            ++burst;
        }
    }
    QCOMPARE(burst, 10000);
    session.close();
    QTRY_COMPARE(session.state(), Session::State::Closed);
}

void tst_Faults::pingFlood()
{
    Session session;
    test::SessionEventLog log(session);
    SessionOptions options;
    options.url = m_server.url(QStringLiteral("/ping-flood?n=5000"));
    session.open(options);
    // Qt answers the pings itself; the message after them still arrives and the link stays up.
    QTRY_COMPARE_WITH_TIMEOUT(session.counters().messagesIn, 4ull, 15000);
    QCOMPARE(log.last(EventKind::Text).payloadText(), QStringLiteral("after pings"));
    QTest::qWait(100);
    QCOMPARE(session.state(), Session::State::Open);
}

void tst_Faults::openAndReceive(Session &session, const QString &path, quint64 messages, int timeoutMs)
{
    SessionOptions options;
    options.url = m_server.url(path);
    QVERIFY(session.open(options));
    QTRY_COMPARE_WITH_TIMEOUT(session.counters().messagesIn, messages, timeoutMs);
}

void tst_Faults::stillOpenThenClose(Session &session)
{
    QCOMPARE(session.state(), Session::State::Open);
    session.close();
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QCOMPARE(session.lastClose().code, 1000);
}

void tst_Faults::serverPingsAndPongsAreRows()
{
    Session session;
    test::SessionEventLog log(session);
    openAndReceive(session, QStringLiteral("/server-pings"), 4);
    // The server's two pings, Qt's two automatic answers, the unasked pong — all in wire order.
    const auto controlRows = [&log] {
        QStringList rows;
        for (const SessionEvent &e : log.events) {
            if (e.kind == EventKind::Ping || e.kind == EventKind::Pong)
                rows << QStringLiteral("%1 %2 %3").arg(kindName(e.kind), directionName(e.direction)).arg(e.payload.size());
        }
        return rows;
    };
    QTRY_COMPARE(controlRows().size(), 5);
    const QStringList control = controlRows();
    const QList<SessionEvent> events = log.events;
    QVERIFY2(control.contains(QStringLiteral("ping in 0")), qPrintable(control.join(u',')));
    QVERIFY2(control.contains(QStringLiteral("ping in 125")), qPrintable(control.join(u',')));
    QVERIFY2(control.contains(QStringLiteral("pong out 125")), qPrintable(control.join(u',')));
    QVERIFY2(control.contains(QStringLiteral("pong in 7")), qPrintable(control.join(u',')));
    // And the message after them comes after them.
    QCOMPARE(log.last(EventKind::Text).payloadText(), QStringLiteral("after"));
    qsizetype pingAt = -1, afterAt = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).kind == EventKind::Ping && pingAt < 0)
            pingAt = i;
        if (events.at(i).kind == EventKind::Text && events.at(i).payload == "after")
            afterAt = i;
    }
    QVERIFY(pingAt >= 0 && pingAt < afterAt);
    // One timeline: the rows' times never go back (the open before the first message, each
    // answer after its ping).
    stillOpenThenClose(session);
    for (qsizetype i = 1; i < log.events.size(); ++i)
        QVERIFY2(log.events.at(i).timestampUs >= log.events.at(i - 1).timestampUs, qPrintable(QString::number(i)));
}

void tst_Faults::tenMegabytesInTenThousandFragments()
{
    Session session;
    test::SessionEventLog log(session);
    openAndReceive(session, QStringLiteral("/fragments?n=10000&size=10485760"), 5, 30000);
    QCOMPARE(session.counters().bytesIn, 3 * 6ull + 10485760ull + 5ull);
    QCOMPARE(log.last(EventKind::Text).payloadText(), QStringLiteral("after"));
    // The big one says how it came: in 10,000 frames (a message row and its JSON line show it).
    const auto big = std::find_if(log.events.cbegin(), log.events.cend(),
                                  [](const SessionEvent &e) { return e.kind == EventKind::Text && e.payload.size() == 10485760; });
    QVERIFY(big != log.events.cend());
    QCOMPARE(big->frames, 10000);
    QCOMPARE(log.last(EventKind::Text).frames, 1);
    const QByteArray line = EventJson::toLine(*big);
    QVERIFY(line.contains(",\"frames\":10000,"));
    SessionEvent back;
    QString error;
    bool notJson = false;
    QVERIFY2(EventJson::fromLine(line, &back, &error, &notJson), qPrintable(error));
    QCOMPARE(back.frames, 10000);
    stillOpenThenClose(session);
}

void tst_Faults::utf8SplitAcrossFragments()
{
    // Valid text whose UTF-8 character is split across fragments: Qt 6.4 alone closes with 1007.
    Session session;
    test::SessionEventLog log(session);
    openAndReceive(session, QStringLiteral("/split-utf8"), 5);
    QStringList texts;
    for (const SessionEvent &e : log.events) {
        if (e.kind == EventKind::Text && e.direction == Direction::Incoming)
            texts << e.payloadText();
    }
    QCOMPARE(texts.mid(3), (QStringList{QStringLiteral("café"), QStringLiteral("😀")}));
    stillOpenThenClose(session);
}

namespace {
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/statm"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    return status.readAll().split(' ').value(1).toLongLong() * 4096;
}
} // namespace

void tst_Faults::backPressureSlowsTheServer()
{
    // An endless flood into a session whose consumer is slow on purpose (about 25 µs a message):
    // the tap stops reading, TCP makes the server wait, memory stays bounded, nothing is lost.
    Session session;
    SessionOptions options;
    options.url = m_server.url(QStringLiteral("/flood-endless"));
    options.pauseReadingAboveBytes = 2 << 20;
    qint64 received = 0;
    qint64 expected = 1;
    bool inOrder = true;
    connect(&session, &Session::eventOccurred, this, [&](const SessionEvent &e) {
        if (e.kind != EventKind::Text || !e.payload.startsWith("n "))
            return;
        inOrder = inOrder && e.payload.mid(2, 8).toLongLong() == expected;
        ++expected;
        ++received;
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < 25000) {
        }
    });
    const qint64 rssBefore = residentBytes();
    session.open(options);
    QTRY_VERIFY_WITH_TIMEOUT(session.wire().pauses > 0, 15000);
    // Then six seconds of the server's own count: how far ahead of the reader can it get?
    qint64 sent = 0;
    QElapsedTimer watch;
    watch.start();
    while (watch.elapsed() < 6000) {
        const QByteArray line = m_server.waitForLine("sent ", 1000);
        if (!line.isEmpty())
            sent = line.mid(5).toLongLong();
    }
    const qint64 rssGrowth = residentBytes() - rssBefore;
    qInfo("server sent %lld, session handed on %lld, reading paused %llu times, RSS +%lld MiB", sent, received,
          session.wire().pauses, rssGrowth >> 20);
    QVERIFY(inOrder);
    QVERIFY(received > 0);
    // In flight at most: the bound (2 MiB), the tap's 4 MiB, QWebSocket's buffer and the kernel's
    // socket buffers on both loopback hops (autotuned up to about 10 MB a hop here): some 30 MB,
    // 104 bytes a message on the wire. Without back-pressure the server is millions ahead by now.
    QVERIFY2(sent - received < 600000, qPrintable(QStringLiteral("%1 ahead").arg(sent - received)));
    QVERIFY2(rssGrowth < (256ll << 20), qPrintable(QStringLiteral("RSS +%1 MiB").arg(rssGrowth >> 20)));

}

void tst_Faults::closeTimesOutWhenTheServerDoesNotRead()
{
    // A server that does not read never takes a close: what was sent to it stays unread, and the
    // close ends as 1006 saying so, within the close timeout.
    Session session;
    SessionOptions options;
    options.url = m_server.url(QStringLiteral("/deaf"));
    options.closeTimeoutMs = 1000;
    QVERIFY(session.open(options));
    QTRY_COMPARE(session.state(), Session::State::Open);
    // More than the kernel's buffers and the tap's 4 MiB hold together.
    for (int i = 0; i < 128; ++i)
        session.sendBinary(QByteArray(1 << 20, 'u'));
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, 5000);
    const Session::LastClose close = session.lastClose();
    QVERIFY2(close.code == 1006, qPrintable(QStringLiteral("%1 %2").arg(close.code).arg(close.reason)));
    // Either QWebSocket waits (then the close timeout ends it) or, as Qt 6.4 does here, it drops
    // what it had not written and hangs up without its close frame: never "1000 Normal closure".
    QVERIFY2(close.reason.contains(QStringLiteral("still unread")), qPrintable(close.reason));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
