#include "TabStatusRow.h"

#include "session/ConnectionText.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "record/SessionRecorder.h"
#include "session/Session.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace wsi {

TabStatusRow::TabStatusRow(Session *session, const SessionRecorder *recorder, const MessageLogModel *log, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_recorder(recorder)
    , m_log(log)
    , m_stateLabel(new QLabel(this))
    , m_countersLabel(new QLabel(this))
    , m_reconnectLabel(new QLabel(this))
    , m_recordingLabel(new QLabel(this))
    , m_reconnectNowButton(new QPushButton(tr("Reconnect now"), this))
    , m_stopReconnectButton(new QPushButton(tr("Stop"), this))
{
    setSizeGripEnabled(false);
    setObjectName(QStringLiteral("tabStatusRow"));

    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_reconnectLabel->setTextFormat(Qt::PlainText);
    m_reconnectNowButton->setObjectName(QStringLiteral("reconnectNowButton"));
    m_stopReconnectButton->setObjectName(QStringLiteral("stopReconnectButton"));
    m_reconnectNowButton->setToolTip(tr("Skip the wait and try now (Ctrl+R)"));
    m_stopReconnectButton->setToolTip(tr("Stop reconnecting; the connection stays closed"));

    // Network text must never become markup, wherever it lands.
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_countersLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_countersLabel->setObjectName(QStringLiteral("countersLabel"));
    m_stateLabel->setAccessibleName(tr("Connection state"));
    m_countersLabel->setAccessibleName(tr("Message counters"));
    addWidget(m_stateLabel);
    addWidget(m_reconnectLabel);
    addWidget(m_reconnectNowButton);
    addWidget(m_stopReconnectButton);
    addPermanentWidget(m_recordingLabel);
    addPermanentWidget(m_countersLabel);
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    m_recordingLabel->setTextFormat(Qt::PlainText);
    m_recordingLabel->hide();

    connect(m_reconnectNowButton, &QPushButton::clicked, session, &Session::reconnectNow);
    connect(m_stopReconnectButton, &QPushButton::clicked, session, &Session::cancelReconnect);
    connect(session, &Session::queuedCountChanged, this, &TabStatusRow::refreshCounters);
    m_countdownTimer.setInterval(100);
    connect(&m_countdownTimer, &QTimer::timeout, this, &TabStatusRow::refreshReconnectCountdown);
    // Counters change per message; people read them a few times a second.
    m_countersTimer.setInterval(250);
    connect(&m_countersTimer, &QTimer::timeout, this, &TabStatusRow::refreshCounters);
    m_countersTimer.start();
}

void TabStatusRow::refreshState()
{
    const Session::State state = m_session->state();
    // The browser's readyState numbers; waiting to reconnect is CLOSED (3) to a browser.
    static const int readyState[] = {3, 0, 1, 2, 3, 3};
    QString text = ConnectionText::stateShown(int(state));
    if (state != Session::State::Idle)
        text += tr(" (readyState %1)").arg(readyState[int(state)]);
    if (state != Session::State::Idle && m_session->options().protocol == SessionOptions::Protocol::SocketIo)
        text += tr(" · Socket.IO %1").arg(m_session->options().socketIoNamespace);
    m_stateLabel->setText(text);
    if (state == Session::State::WaitingToReconnect)
        m_countdownTimer.start();
    refreshReconnectCountdown();
    refreshCounters();
}

void TabStatusRow::refreshReconnectCountdown()
{
    const bool waiting = m_session->state() == Session::State::WaitingToReconnect;
    m_reconnectLabel->setVisible(waiting);
    m_reconnectNowButton->setVisible(waiting);
    m_stopReconnectButton->setVisible(waiting);
    if (!waiting) {
        m_countdownTimer.stop();
        return;
    }
    m_reconnectLabel->setText(tr("reconnect attempt %1 in %2 s")
                                  .arg(m_session->reconnectAttempt())
                                  .arg(qMax<qint64>(0, m_session->msUntilReconnect()) / 1000.0, 0, 'f', 1));
}

void TabStatusRow::refreshRecording()
{
    m_recordingLabel->setVisible(m_recorder->isRecording());
    if (m_recorder->isRecording())
        m_recordingLabel->setText(tr("● REC %1 (%2 events)").arg(QFileInfo(m_recorder->fileName()).fileName()).arg(m_recorder->eventsWritten()));
}

void TabStatusRow::refreshCounters()
{
    const Session::Counters &c = m_session->counters();
    QString text = tr("↑ %1 msgs, %2   ↓ %3 msgs, %4   log %5 rows")
                       .arg(c.messagesOut)
                       .arg(PlainText::humanSize(qint64(c.bytesOut)))
                       .arg(c.messagesIn)
                       .arg(PlainText::humanSize(qint64(c.bytesIn)))
                       .arg(m_log->rowCount());
    if (m_session->queuedCount() > 0)
        text += tr("   queued %1").arg(m_session->queuedCount());
    m_countersLabel->setText(text);
    refreshRecording();
}

} // namespace wsi
