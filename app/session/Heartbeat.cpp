#include "Heartbeat.h"

namespace wsi {

QString HeartbeatSettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Off: return QStringLiteral("off");
    case Mode::PingFrame: return QStringLiteral("ping");
    case Mode::AppText: return QStringLiteral("text");
    }
    return QString();
}

HeartbeatSettings::Mode HeartbeatSettings::modeFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QStringLiteral("ping"))
        return Mode::PingFrame;
    if (name == QStringLiteral("text"))
        return Mode::AppText;
    if (ok)
        *ok = name == QStringLiteral("off");
    return Mode::Off;
}

HeartbeatMonitor::HeartbeatMonitor(const HeartbeatSettings &settings)
{
    setSettings(settings);
}

void HeartbeatMonitor::setSettings(const HeartbeatSettings &settings)
{
    m_settings = settings;
    // Compiled once here, not per message.
    m_replyPattern = QRegularExpression(settings.replyIsRegex ? settings.expectedReply
                                                              : QRegularExpression::anchoredPattern(QRegularExpression::escape(settings.expectedReply)));
}

void HeartbeatMonitor::start(qint64 nowMs)
{
    m_active = m_settings.mode != HeartbeatSettings::Mode::Off;
    m_pingSentAtMs = -1;
    m_nextPingAtMs = nowMs + m_settings.intervalMs;
}

void HeartbeatMonitor::stop()
{
    m_active = false;
    m_pingSentAtMs = -1;
}

void HeartbeatMonitor::answered(qint64 nowMs, bool measured)
{
    if (measured)
        m_lastRttMs = nowMs - m_pingSentAtMs;
    m_pingSentAtMs = -1;
    m_nextPingAtMs = nowMs + m_settings.intervalMs;
}

bool HeartbeatMonitor::onTraffic(qint64 nowMs)
{
    if (!m_active || !m_settings.anyTrafficCountsAsLife)
        return false;
    if (m_pingSentAtMs >= 0) {
        answered(nowMs, false);
        return true;
    }
    m_nextPingAtMs = nowMs + m_settings.intervalMs; // a busy link needs no ping
    return false;
}

bool HeartbeatMonitor::matchesReply(const QString &text) const
{
    return m_replyPattern.isValid() && m_replyPattern.match(text).hasMatch();
}

bool HeartbeatMonitor::onTextReply(const QString &text, qint64 nowMs)
{
    if (!m_active || m_settings.mode != HeartbeatSettings::Mode::AppText || m_pingSentAtMs < 0 || !matchesReply(text))
        return false;
    answered(nowMs, true);
    return true;
}

void HeartbeatMonitor::onPong(qint64 nowMs)
{
    if (m_active && m_settings.mode == HeartbeatSettings::Mode::PingFrame && m_pingSentAtMs >= 0)
        answered(nowMs, true);
}

HeartbeatMonitor::Action HeartbeatMonitor::poll(qint64 nowMs)
{
    if (!m_active)
        return Action::None;
    if (m_pingSentAtMs >= 0)
        return nowMs >= m_pingSentAtMs + m_settings.timeoutMs ? Action::Dead : Action::None;
    if (nowMs >= m_nextPingAtMs) {
        m_pingSentAtMs = nowMs;
        return Action::SendPing;
    }
    return Action::None;
}

qint64 HeartbeatMonitor::nextDeadlineMs() const
{
    if (!m_active)
        return -1;
    return m_pingSentAtMs >= 0 ? m_pingSentAtMs + m_settings.timeoutMs : m_nextPingAtMs;
}

} // namespace wsi
