// Replay as a regression test: recorded sessions sent again, with the recorded
// timing scaled, and the replies compared.
#include "TestServers.h"
#include "record/SessionFile.h"
#include "replay/Replayer.h"
#include "server/EchoServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace wsi;

namespace {

SessionEvent message(Direction direction, const QByteArray &text, qint64 atUs)
{
    SessionEvent e;
    e.timestampUs = atUs;
    e.kind = EventKind::Text;
    e.direction = direction;
    e.payload = text;
    return e;
}

// A recording of an echo conversation: sends 0, 150, 300, 500 ms after the first.
std::vector<SessionEvent> echoRecording()
{
    const qint64 t0 = 1795687200000000;
    std::vector<SessionEvent> events;
    const qint64 offsetsMs[] = {0, 150, 300, 500};
    int n = 0;
    for (qint64 offset : offsetsMs) {
        const QByteArray text = QByteArrayLiteral("{\"n\":") + QByteArray::number(++n) + "}";
        events.push_back(message(Direction::Outgoing, text, t0 + offset * 1000));
        events.push_back(message(Direction::Incoming, text, t0 + offset * 1000 + 300));
    }
    SessionEvent heartbeat = message(Direction::Outgoing, "ping", t0 + 600000);
    heartbeat.tag = MessageTag::Heartbeat; // heartbeats are not replayed
    events.push_back(heartbeat);
    return events;
}

ReplayReport runReplay(Replayer &replayer, const std::vector<SessionEvent> &events, const Replayer::Settings &settings)
{
    QSignalSpy finished(&replayer, &Replayer::finished);
    replayer.start(events, settings);
    if (finished.isEmpty())
        finished.wait(20000);
    return replayer.report();
}

} // namespace

// How late a timer may wake on the CI machine (2 cores, sanitizer build, other suites running).
constexpr qint64 ReplayJitterMs = 25;

class tst_Replay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void echoReplayPassesAndKeepsSpacing();
    void speedScalesSpacing_data();
    void speedScalesSpacing();
    void differentServerFailsWithReport();
    void ignoredPathsMakeItPass();
    void selectedMessagesOnly();
    void pauseAndResume();
    void unreachableTargetIsAnError();
    void nothingToReplay();
    void longReportsAreCut();
    void serverThatStopsReadingIsToldApart();

private:
    EchoServer m_echo;
    test::ServerProcess m_python;
    test::ServerProcess m_misbehaving{QStringLiteral("misbehaving_server.py")};
};

void tst_Replay::initTestCase()
{
    QVERIFY(m_echo.listen());
    QString error;
    QVERIFY2(m_python.start(&error), qPrintable(error));
    QVERIFY2(m_misbehaving.start(&error), qPrintable(error));
}

void tst_Replay::echoReplayPassesAndKeepsSpacing()
{
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_echo.url();
    const ReplayReport report = runReplay(replayer, echoRecording(), settings);
    QVERIFY2(report.passed(), qPrintable(report.text()));
    QCOMPARE(report.sent, 4);
    QCOMPARE(report.matched, 4);
    // Every byte written went on to the server: the report says nothing more about it.
    QVERIFY(report.bytesWritten > 0);
    QCOMPARE(report.bytesDelivered, report.bytesWritten);
    QVERIFY(!report.text().contains(QStringLiteral("stopped reading")));
    QVERIFY(report.text().contains(QStringLiteral("4 sent, 4 replies matched, 0 mismatched, 0 missing, 0 unexpected: PASS")));
    // At 1x the replay's own send timestamps keep the recorded spacing. The sends are scheduled
    // against the start (no drift), but a timer on a busy 2-core CI machine under ASan woke 11 ms
    // late once: the tolerance is the CI's jitter, still far from any other speed (2x would be 75 ms off or more).
    QCOMPARE(report.sendTimesUs.size(), size_t(4));
    const qint64 recordedMs[] = {0, 150, 300, 500};
    for (size_t i = 1; i < 4; ++i) {
        const qint64 actualMs = (report.sendTimesUs[i] - report.sendTimesUs[0]) / 1000;
        QVERIFY2(qAbs(actualMs - recordedMs[i]) <= ReplayJitterMs,
                 qPrintable(QStringLiteral("message %1 sent at +%2 ms, recorded at +%3 ms").arg(i + 1).arg(actualMs).arg(recordedMs[i])));
    }
}

void tst_Replay::speedScalesSpacing_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<int>("lastOffsetMs");
    QTest::newRow("2x") << 2.0 << 250;
    QTest::newRow("0.5x") << 0.5 << 1000;
    QTest::newRow("as fast as possible") << 0.0 << 0;
}

void tst_Replay::speedScalesSpacing()
{
    QFETCH(double, speed);
    QFETCH(int, lastOffsetMs);
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_echo.url();
    settings.speed = speed;
    const ReplayReport report = runReplay(replayer, echoRecording(), settings);
    QVERIFY2(report.passed(), qPrintable(report.text()));
    const qint64 actualMs = (report.sendTimesUs.back() - report.sendTimesUs.front()) / 1000;
    QVERIFY2(qAbs(actualMs - lastOffsetMs) <= ReplayJitterMs, qPrintable(QString::number(actualMs)));
}

void tst_Replay::differentServerFailsWithReport()
{
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_python.url(QStringLiteral("/differ"));
    settings.speed = 0;
    settings.comparer.mode = ReplyComparer::Mode::Json;
    const ReplayReport report = runReplay(replayer, echoRecording(), settings);
    QVERIFY(!report.passed());
    QCOMPARE(report.mismatched, 4);
    const QString text = report.text();
    QVERIFY2(text.contains(QStringLiteral("reply 1: MISMATCH: $.echo: expected (missing), got \"{\"n\":1}\"")), qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral("FAIL\n")));
}

void tst_Replay::ignoredPathsMakeItPass()
{
    // The recording has {"n": k, "echo": ..., "at": <time>}; the server answers with other times.
    std::vector<SessionEvent> events;
    const qint64 t0 = 1795687200000000;
    for (int k = 1; k <= 3; ++k) {
        events.push_back(message(Direction::Outgoing, "m" + QByteArray::number(k), t0 + k * 1000));
        events.push_back(message(Direction::Incoming, QStringLiteral(R"({"n": %1, "echo": "m%1"})").arg(k).toUtf8(), t0 + k * 1000 + 10));
    }
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_python.url(QStringLiteral("/differ"));
    settings.speed = 0;
    settings.comparer.mode = ReplyComparer::Mode::Json;
    const ReplayReport report = runReplay(replayer, events, settings);
    QVERIFY2(report.passed(), qPrintable(report.text()));

    // Spoil one recorded value: the ignore list must not hide it.
    events[3].payload = R"({"n": 2, "echo": "changed"})";
    settings.comparer.ignoredPaths = QStringList{QStringLiteral("n")};
    Replayer second;
    const ReplayReport failed = runReplay(second, events, settings);
    QCOMPARE(failed.mismatched, 1);
    QVERIFY2(failed.text().contains(QStringLiteral("$.echo: expected \"changed\", got \"m2\"")), qPrintable(failed.text()));
}

void tst_Replay::selectedMessagesOnly()
{
    const std::vector<SessionEvent> events = echoRecording();
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_echo.url();
    settings.speed = 0;
    settings.onlyIndexes = {2, 6}; // the second and fourth sends
    const ReplayReport report = runReplay(replayer, events, settings);
    QVERIFY2(report.passed(), qPrintable(report.text()));
    QCOMPARE(report.sent, 2);
    QCOMPARE(report.matched, 2);
    QCOMPARE(report.items.at(1).actual.payload, QByteArray("{\"n\":4}"));
}

void tst_Replay::pauseAndResume()
{
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_echo.url();
    QSignalSpy progress(&replayer, &Replayer::progress);
    QSignalSpy finished(&replayer, &Replayer::finished);
    replayer.start(echoRecording(), settings);
    QTRY_COMPARE(progress.size(), 1);
    replayer.pause();
    QVERIFY(replayer.isPaused());
    QTest::qWait(700); // longer than the whole recording
    QCOMPARE(progress.size(), 1);
    replayer.resume();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(replayer.report().passed(), qPrintable(replayer.report().text()));
    // Resumed with the recorded spacing: the last message still came 350 ms after the second.
    const auto &times = replayer.report().sendTimesUs;
    QVERIFY((times[3] - times[1]) / 1000 >= 340);
}

void tst_Replay::unreachableTargetIsAnError()
{
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(test::unusedPort()));
    const ReplayReport report = runReplay(replayer, echoRecording(), settings);
    QVERIFY(!report.passed());
    QVERIFY2(report.error.contains(QStringLiteral("Connection refused")), qPrintable(report.error));
    QVERIFY(report.text().startsWith(QStringLiteral("Replay failed: Connection refused")));
}

void tst_Replay::nothingToReplay()
{
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_echo.url();
    // A recording of a server that only sends: said once, not once per message as "MISSING".
    std::vector<SessionEvent> onlyIncoming;
    for (int i = 0; i < 5000; ++i)
        onlyIncoming.push_back(message(Direction::Incoming, "x", 1 + i));
    const ReplayReport report = runReplay(replayer, onlyIncoming, settings);
    QCOMPARE(report.error, QStringLiteral("the session has no outgoing messages to replay (it holds 5000 received messages only)"));
    QCOMPARE(report.missing, 0);
    QVERIFY(!report.text().contains(QStringLiteral("MISSING")));
    QCOMPARE(report.text().count(u'\n'), 2);
}

// However many replies differ, the report lists the first MaxListedItems and counts the rest.
void tst_Replay::longReportsAreCut()
{
    ReplayReport report;
    for (int i = 0; i < 1000; ++i) {
        report.items.append({ReplayReport::Status::Missing, message(Direction::Incoming, "gone", 1 + i), SessionEvent(), QString()});
        ++report.missing;
    }
    const QString text = report.text();
    QCOMPARE(text.count(QStringLiteral("MISSING")), int(ReplayReport::MaxListedItems));
    QVERIFY2(text.contains(QStringLiteral("… and 900 more replies that did not match, not listed")), qPrintable(text.right(300)));
}

void tst_Replay::serverThatStopsReadingIsToldApart()
{
    // 40 MiB to a server that never reads (64 KiB receive buffer): "sent" is not "delivered".
    std::vector<SessionEvent> events;
    for (int i = 0; i < 40; ++i)
        events.push_back(message(Direction::Outgoing, QByteArray(1 << 20, 'd'), 1795687200000000 + i));
    Replayer replayer;
    Replayer::Settings settings;
    settings.options.url = m_misbehaving.url(QStringLiteral("/deaf"));
    settings.speed = 0;
    settings.replyTimeoutMs = 300;
    const ReplayReport report = runReplay(replayer, events, settings);
    QCOMPARE(report.sent, 40);
    QVERIFY2(report.bytesWritten >= 40ull << 20, qPrintable(QString::number(report.bytesWritten)));
    QVERIFY2(report.bytesDelivered < report.bytesWritten - (8 << 20), qPrintable(QString::number(report.bytesDelivered)));
    QVERIFY2(report.text().contains(QStringLiteral("bytes written went on to the server: it stopped reading")), qPrintable(report.text()));
}

QTEST_GUILESS_MAIN(tst_Replay)
#include "tst_replay.moc"
