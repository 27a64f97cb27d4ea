#pragma once

#include <QStatusBar>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace wsi {

class MessageLogModel;
class Session;
class SessionRecorder;

// A tab's own status line: the state with the browser's readyState numbers, the reconnect
// countdown with Reconnect now and Stop, the recording, and the counters. It reads the
// session, the recorder and the log on timers of its own; the tab tells it when the state
// changed or a recording started or stopped.
class TabStatusRow final : public QStatusBar
{
    Q_OBJECT
public:
    TabStatusRow(Session *session, const SessionRecorder *recorder, const MessageLogModel *log, QWidget *parent = nullptr);

    void refreshState();
    void refreshRecording();
    void refreshCounters();

private:
    void refreshReconnectCountdown();

    Session *m_session;
    const SessionRecorder *m_recorder;
    const MessageLogModel *m_log;
    QLabel *m_stateLabel;
    QLabel *m_countersLabel;
    QLabel *m_reconnectLabel;
    QLabel *m_recordingLabel;
    QPushButton *m_reconnectNowButton;
    QPushButton *m_stopReconnectButton;
    QTimer m_countersTimer;
    QTimer m_countdownTimer;
};

} // namespace wsi
