#pragma once

#include <QRegularExpression>
#include <QString>
#include <QtGlobal>

namespace wsi {

struct HeartbeatSettings
{
    enum class Mode { Off, PingFrame, AppText };
    Mode mode = Mode::Off;
    int intervalMs = 30000; // the articles' heartCheck: every 30 s
    int timeoutMs = 10000;
    QString payload = QStringLiteral("ping");
    QString expectedReply = QStringLiteral("pong");
    bool replyIsRegex = false;
    bool anyTrafficCountsAsLife = true;

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name, bool *ok = nullptr);
};

// The heartbeat's timing as a pure state machine over a clock the caller passes
// in, so it is tested without waiting: the session asks when to wake next and
// what to do then.
class HeartbeatMonitor
{
public:
    enum class Action { None, SendPing, Dead };

    explicit HeartbeatMonitor(const HeartbeatSettings &settings = HeartbeatSettings());
    void setSettings(const HeartbeatSettings &settings);
    const HeartbeatSettings &settings() const { return m_settings; }
    bool isActive() const { return m_active; }

    void start(qint64 nowMs);
    void stop();
    // Any incoming message; with anyTrafficCountsAsLife it settles an outstanding ping
    // (then true: the next ping is due sooner than the deadline the caller waits for).
    bool onTraffic(qint64 nowMs);
    // A text message in AppText mode: true when it is the expected reply (and so swallowed by the ping).
    bool onTextReply(const QString &text, qint64 nowMs);
    void onPong(qint64 nowMs);
    // What is due at nowMs; SendPing marks a ping as sent at nowMs.
    Action poll(qint64 nowMs);
    qint64 nextDeadlineMs() const;

    bool awaitingReply() const { return m_pingSentAtMs >= 0; }
    qint64 lastRttMs() const { return m_lastRttMs; }
    bool matchesReply(const QString &text) const;

private:
    void answered(qint64 nowMs, bool measured);

    HeartbeatSettings m_settings;
    QRegularExpression m_replyPattern;
    bool m_active = false;
    qint64 m_nextPingAtMs = 0;
    qint64 m_pingSentAtMs = -1;
    qint64 m_lastRttMs = -1;
};

} // namespace wsi
