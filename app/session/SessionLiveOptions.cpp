// Session::applyLiveOptions, kept apart from Session.cpp: the options a live connection
// can take without reconnecting.
#include "Session.h"

namespace wsi {

void Session::addSecretVariables(const QMap<QString, QString> &secrets)
{
    m_options.secretVariables.insert(secrets);
}

void Session::applyLiveOptions(const SessionOptions &options)
{
    m_options.reconnect = options.reconnect;
    m_options.offlineSends = options.offlineSends;
    m_options.onConnectMessages = options.onConnectMessages;
    m_options.heartbeat = options.heartbeat;
    m_heartbeat.setSettings(options.heartbeat);
    if (m_state == State::Open && m_connectionActive) {
        // A new interval or mode counts from now; an unanswered ping of the old settings is forgotten.
        m_pingSentNs = -1;
        m_heartbeat.start(nowMs());
        m_heartbeatTimer.stop();
        scheduleHeartbeat();
    }
    // Reconnect turned off (or its limit lowered) while a retry waits: no retry comes.
    if (m_state == State::WaitingToReconnect && (!m_options.reconnect.enabled || !m_options.reconnect.allowsAttempt(m_attempt)))
        cancelReconnect();
}

} // namespace wsi
