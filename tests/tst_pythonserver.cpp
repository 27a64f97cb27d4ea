// The session against a WebSocket server that is not Qt's own: python3-websockets,
// started by this test on 127.0.0.1 with a free port and stopped by it.
#include "TestServers.h"
#include "session/Session.h"

#include <QTest>

using namespace wsi;

class tst_PythonServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textAndBinaryEcho();
    void prefixedReply();
    void serverClosesWith1011();
    void serverDropsTcp();
    void handshakeRejected_data();
    void handshakeRejected();

private:
    QList<SessionEvent> eventsOf(EventKind kind) const;
    void openAndCollect(Session &session, const QString &path);

    test::ServerProcess m_server;
    QList<SessionEvent> m_events;
};

void tst_PythonServer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QList<SessionEvent> tst_PythonServer::eventsOf(EventKind kind) const
{
    QList<SessionEvent> found;
    for (const SessionEvent &event : m_events)
        if (event.kind == kind)
            found.append(event);
    return found;
}

void tst_PythonServer::openAndCollect(Session &session, const QString &path)
{
    m_events.clear();
    connect(&session, &Session::eventOccurred, this, [this](const SessionEvent &event) { m_events.append(event); });
    SessionOptions options;
    options.url = m_server.url(path);
    QVERIFY(session.open(options));
}

void tst_PythonServer::textAndBinaryEcho()
{
    Session session;
    openAndCollect(session, QStringLiteral("/echo"));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QStringLiteral("{\"hello\":\"wörld\"}"));
    session.sendBinary(QByteArray("\x01\x02\x03\x00", 4));
    QTRY_COMPARE(session.counters().messagesIn, 2ull);
    const QList<SessionEvent> texts = eventsOf(EventKind::Text);
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.at(1).direction, Direction::Incoming);
    QCOMPARE(texts.at(1).payloadText(), QStringLiteral("{\"hello\":\"wörld\"}"));
    QCOMPARE(eventsOf(EventKind::Binary).last().payload, QByteArray("\x01\x02\x03\x00", 4));
    session.close(1000, QStringLiteral("done"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    QCOMPARE(eventsOf(EventKind::Close).last().closedBy, ClosedBy::Client);
}

void tst_PythonServer::prefixedReply()
{
    Session session;
    openAndCollect(session, QStringLiteral("/prefix"));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QStringLiteral("hi"));
    QTRY_COMPARE(session.counters().messagesIn, 1ull);
    QCOMPARE(eventsOf(EventKind::Text).last().payloadText(), QStringLiteral("echo: hi"));
}

void tst_PythonServer::serverClosesWith1011()
{
    Session session;
    openAndCollect(session, QStringLiteral("/close1011"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const SessionEvent close = eventsOf(EventKind::Close).last();
    QCOMPARE(close.closeCode, 1011);
    QCOMPARE(close.payloadText(), QStringLiteral("boom"));
    QCOMPARE(close.closedBy, ClosedBy::Server);
}

void tst_PythonServer::serverDropsTcp()
{
    Session session;
    openAndCollect(session, QStringLiteral("/drop"));
    QTRY_COMPARE(session.state(), Session::State::Open);
    session.sendText(QStringLiteral("drop now"));
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const SessionEvent close = eventsOf(EventKind::Close).last();
    QCOMPARE(close.closeCode, 1006);
    QCOMPARE(close.closedBy, ClosedBy::Network);
}

void tst_PythonServer::handshakeRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("401") << "/reject401" << 401 << "HTTP 401 Unauthorized";
    QTest::newRow("404") << "/reject404" << 404 << "HTTP 404 Not Found";
}

void tst_PythonServer::handshakeRejected()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, shown);
    Session session;
    openAndCollect(session, path);
    QTRY_COMPARE(session.state(), Session::State::Closed);
    const QList<SessionEvent> errors = eventsOf(EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().httpStatus, status);
    QVERIFY2(errors.first().payloadText().contains(shown), errors.first().payload.constData());
    QVERIFY(eventsOf(EventKind::Open).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PythonServer)
#include "tst_pythonserver.moc"
