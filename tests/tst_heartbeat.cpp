// The heartbeat's timing with a clock the test moves by hand: no real waiting.
#include "session/Heartbeat.h"

#include <QTest>

using namespace wsi;
using Action = HeartbeatMonitor::Action;

namespace {
HeartbeatSettings settings(HeartbeatSettings::Mode mode, bool anyTraffic = true)
{
    HeartbeatSettings s;
    s.mode = mode;
    s.intervalMs = 30000;
    s.timeoutMs = 10000;
    s.anyTrafficCountsAsLife = anyTraffic;
    return s;
}
} // namespace

class tst_Heartbeat : public QObject
{
    Q_OBJECT
private slots:
    void offDoesNothing();
    void pingEveryIntervalAndMeasureRtt();
    void missedReplyIsDeadAfterTimeout();
    void trafficPostponesPing();
    void trafficSettlesOutstandingPingWhenAllowed();
    void trafficDoesNotSettleWhenNotAllowed();
    void appReply_data();
    void appReply();
};

void tst_Heartbeat::offDoesNothing()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::Off));
    monitor.start(0);
    QVERIFY(!monitor.isActive());
    QCOMPARE(monitor.poll(1000000), Action::None);
    QCOMPARE(monitor.nextDeadlineMs(), -1);
}

void tst_Heartbeat::pingEveryIntervalAndMeasureRtt()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::PingFrame));
    monitor.start(1000);
    QCOMPARE(monitor.nextDeadlineMs(), 31000);
    QCOMPARE(monitor.poll(30999), Action::None);
    QCOMPARE(monitor.poll(31000), Action::SendPing);
    QVERIFY(monitor.awaitingReply());
    QCOMPARE(monitor.nextDeadlineMs(), 41000); // the reply's deadline
    QCOMPARE(monitor.poll(35000), Action::None); // no second ping while one is out
    monitor.onPong(31042);
    QCOMPARE(monitor.lastRttMs(), 42);
    QVERIFY(!monitor.awaitingReply());
    QCOMPARE(monitor.nextDeadlineMs(), 61042);
}

void tst_Heartbeat::missedReplyIsDeadAfterTimeout()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::PingFrame, false));
    monitor.start(0);
    QCOMPARE(monitor.poll(30000), Action::SendPing);
    QCOMPARE(monitor.poll(39999), Action::None);
    QCOMPARE(monitor.poll(40000), Action::Dead);
}

void tst_Heartbeat::trafficPostponesPing()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::PingFrame));
    monitor.start(0);
    QVERIFY(!monitor.onTraffic(20000));
    QCOMPARE(monitor.poll(30000), Action::None);
    QCOMPARE(monitor.nextDeadlineMs(), 50000);
    QCOMPARE(monitor.poll(50000), Action::SendPing);
}

void tst_Heartbeat::trafficSettlesOutstandingPingWhenAllowed()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::PingFrame, true));
    monitor.start(0);
    QCOMPARE(monitor.poll(30000), Action::SendPing);
    QVERIFY(monitor.onTraffic(39000)); // a busy link is alive even if the pong is late
    QCOMPARE(monitor.nextDeadlineMs(), 69000);
    QCOMPARE(monitor.poll(40000), Action::None);
    QCOMPARE(monitor.lastRttMs(), -1); // traffic is life, not a round-trip measurement
}

void tst_Heartbeat::trafficDoesNotSettleWhenNotAllowed()
{
    HeartbeatMonitor monitor(settings(HeartbeatSettings::Mode::PingFrame, false));
    monitor.start(0);
    QCOMPARE(monitor.poll(30000), Action::SendPing);
    QVERIFY(!monitor.onTraffic(39000));
    QCOMPARE(monitor.poll(40000), Action::Dead);
}

void tst_Heartbeat::appReply_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "pong" << false << "pong" << true;
    QTest::newRow("exact, longer text") << "pong" << false << "pong!" << false;
    QTest::newRow("exact, dot is literal") << "a.b" << false << "axb" << false;
    QTest::newRow("regex") << R"(^\{"type":"pong".*\}$)" << true << R"({"type":"pong","t":5})" << true;
    QTest::newRow("regex, no match") << "^pong$" << true << "ping" << false;
    QTest::newRow("invalid regex never matches") << "([" << true << "([" << false;
}

void tst_Heartbeat::appReply()
{
    QFETCH(QString, expected);
    QFETCH(bool, regex);
    QFETCH(QString, reply);
    QFETCH(bool, matches);
    HeartbeatSettings s = settings(HeartbeatSettings::Mode::AppText, false);
    s.expectedReply = expected;
    s.replyIsRegex = regex;
    HeartbeatMonitor monitor(s);
    monitor.start(0);
    QVERIFY(!monitor.onTextReply(reply, 100)); // no ping out yet: an ordinary message
    QCOMPARE(monitor.poll(30000), Action::SendPing);
    QCOMPARE(monitor.onTextReply(reply, 30007), matches);
    QCOMPARE(monitor.awaitingReply(), !matches);
    if (matches)
        QCOMPARE(monitor.lastRttMs(), 7);
    QCOMPARE(monitor.poll(40000), matches ? Action::None : Action::Dead);
}

QTEST_GUILESS_MAIN(tst_Heartbeat)
#include "tst_heartbeat.moc"
