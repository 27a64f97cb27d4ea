#include "session/ReconnectPolicy.h"

#include <QTest>

#include <cmath>

using wsi::ReconnectPolicy;

class tst_ReconnectPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delayForAttempt_data();
    void delayForAttempt();
    void jitterStaysWithinBounds();
    void retryLimit();
    void whichClosesReconnect_data();
    void whichClosesReconnect();
    void whichFailuresReconnect();
};

void tst_ReconnectPolicy::delayForAttempt_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expectedMs");
    // initial 1000, factor 2, ceiling 30000, jitter 0.5
    QTest::newRow("first, no jitter") << 1 << 0.5 << 1000;
    QTest::newRow("second") << 2 << 0.5 << 2000;
    QTest::newRow("third") << 3 << 0.5 << 4000;
    QTest::newRow("sixth is capped") << 6 << 0.5 << 30000;
    QTest::newRow("hundredth is capped") << 100 << 0.5 << 30000;
    QTest::newRow("lowest jitter") << 1 << 0.0 << 500;
    QTest::newRow("highest jitter") << 1 << 1.0 << 1500;
    QTest::newRow("jitter never exceeds the ceiling") << 10 << 1.0 << 30000;
    QTest::newRow("jitter can go below the ceiling") << 10 << 0.0 << 15000;
}

void tst_ReconnectPolicy::delayForAttempt()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(int, expectedMs);
    ReconnectPolicy policy;
    QCOMPARE(policy.delayForAttempt(attempt, random), expectedMs);
}

void tst_ReconnectPolicy::jitterStaysWithinBounds()
{
    ReconnectPolicy policy;
    policy.initialDelayMs = 200;
    policy.growthFactor = 1.5;
    policy.maxDelayMs = 5000;
    policy.jitter = 0.3;
    for (int attempt = 1; attempt < 20; ++attempt) {
        const double base = qMin(200.0 * std::pow(1.5, attempt - 1), 5000.0);
        for (double r = 0; r < 1.0; r += 0.05) {
            const int delay = policy.delayForAttempt(attempt, r);
            QVERIFY(delay >= int(base * 0.7) - 1);
            QVERIFY(delay <= qMin(int(base * 1.3) + 1, 5000));
        }
    }
}

void tst_ReconnectPolicy::retryLimit()
{
    ReconnectPolicy policy;
    QVERIFY(policy.allowsAttempt(1000000)); // 0 = unlimited
    policy.maxAttempts = 3;
    QVERIFY(policy.allowsAttempt(3));
    QVERIFY(!policy.allowsAttempt(4));
}

void tst_ReconnectPolicy::whichClosesReconnect_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("onNormalClose");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("1006 abnormal") << 1006 << false << true;
    QTest::newRow("1001 going away") << 1001 << false << true;
    QTest::newRow("1011 internal error") << 1011 << false << true;
    QTest::newRow("1012 restart") << 1012 << false << true;
    QTest::newRow("1013 try later") << 1013 << false << true;
    QTest::newRow("1000 normal, default") << 1000 << false << false;
    QTest::newRow("1000 normal, asked for") << 1000 << true << true;
    QTest::newRow("1008 policy") << 1008 << false << false;
    QTest::newRow("4001 application") << 4001 << false << false;
}

void tst_ReconnectPolicy::whichClosesReconnect()
{
    QFETCH(int, code);
    QFETCH(bool, onNormalClose);
    QFETCH(bool, reconnects);
    ReconnectPolicy policy;
    QVERIFY(!policy.shouldReconnectAfterClose(code) || !reconnects || policy.enabled);
    policy.enabled = true;
    policy.onNormalClose = onNormalClose;
    QCOMPARE(policy.shouldReconnectAfterClose(code), reconnects);
    policy.enabled = false;
    QVERIFY(!policy.shouldReconnectAfterClose(code));
}

void tst_ReconnectPolicy::whichFailuresReconnect()
{
    ReconnectPolicy policy;
    policy.enabled = true;
    QVERIFY(policy.shouldReconnectAfterFailure(0));   // refused, unreachable, timeout
    QVERIFY(policy.shouldReconnectAfterFailure(503));
    QVERIFY(!policy.shouldReconnectAfterFailure(401));
    policy.onHandshakeRejected = true;
    QVERIFY(policy.shouldReconnectAfterFailure(401));
}

QTEST_GUILESS_MAIN(tst_ReconnectPolicy)
#include "tst_reconnectpolicy.moc"
