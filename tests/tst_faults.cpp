// The misbehaving-server matrix: a raw-socket server (not Qt's) does one wrong thing
// per case. For each: what the user sees (state, close code, who closed, message),
// the session still works afterwards, and the recording holds every message that
// arrived before the fault.
#include "SessionEventLog.h"
#include "TestServers.h"
#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "server/EchoServer.h"

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

private:
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

    QTest::newRow("invalid UTF-8 text frame") << "/invalid-utf8" << 0 << 1007 << ClosedBy::Client << "Invalid UTF-8" << 3;
    QTest::newRow("message over the size limit") << "/oversized?size=4096" << 1024 << 1009 << ClosedBy::Client << "" << 3;
    QTest::newRow("reserved opcode") << "/reserved-opcode" << 0 << 1002 << ClosedBy::Client << "opcode" << 3;
    QTest::newRow("close frame with invalid code") << "/bad-close-code" << 0 << 1002 << ClosedBy::Client << "Invalid close code" << 3;
    QTest::newRow("close without reason, then TCP reset") << "/close-then-reset" << 0 << 1001 << ClosedBy::Server << "" << 3;
    QTest::newRow("wrong Sec-WebSocket-Accept") << "/bad-accept" << 0 << 0 << ClosedBy::Nobody << "does not match the client key" << 0;
    QTest::newRow("handshake never completes") << "/no-handshake" << 0 << 0 << ClosedBy::Nobody << "Timed out after 700 ms" << 0;
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
        QCOMPARE(close.code, closeCode);
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

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
