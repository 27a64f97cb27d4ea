#pragma once

#include "ReplyComparer.h"
#include "record/SessionFile.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace wsi {

struct ReplayReport
{
    enum class Status { Matched, Mismatched, Missing, Unexpected };
    // text() lists this many replies that did not match, then says how many more there were.
    static constexpr qsizetype MaxListedItems = 100;
    struct Item
    {
        Status status;
        SessionEvent expected;
        SessionEvent actual;
        QString difference;
    };

    QList<Item> items;
    int sent = 0;
    // Bytes of frames the replay wrote, and how many of them reached the server's TCP connection
    // (a server that stops reading leaves the rest in the inspector): taken when the replay ends.
    quint64 bytesWritten = 0;
    quint64 bytesDelivered = 0;
    int matched = 0;
    int mismatched = 0;
    int missing = 0;
    int unexpected = 0;
    QString error; // the replay could not run (connection failed, nothing to send)
    std::vector<qint64> sendTimesUs; // when each message went out, from the session's own events

    bool passed() const { return error.isEmpty() && mismatched == 0 && missing == 0 && unexpected == 0; }
    QString text() const; // the readable report
    static QString statusName(Status status);
};

// Sends a recorded session's outgoing messages to a server with the recorded
// spacing scaled by a speed factor (0 = as fast as possible), collects what
// comes back, and compares it with what was recorded, in order.
class Replayer final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        SessionOptions options;   // its url is the target
        double speed = 1.0;        // 2.0 = twice as fast; 0 = as fast as possible
        int replyTimeoutMs = 2000; // how long to wait for the remaining replies after the last send
        ReplyComparer comparer;
        std::vector<size_t> onlyIndexes; // recorded event indexes to send; empty = every outgoing message
    };

    explicit Replayer(QObject *parent = nullptr);

    void start(const std::vector<SessionEvent> &recorded, const Settings &settings);
    void pause();
    void resume();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    Session &session() { return m_session; }
    const ReplayReport &report() const { return m_report; }

    static bool isReplayedMessage(const SessionEvent &event);
    static bool isExpectedReply(const SessionEvent &event);
    // What a replay needs of a recording (a session file read one event at a time, a HAR whole):
    // its messages, not the file's states, pings and frames. A recording that sends nothing is
    // only counted, not held: no events, and *receivedOnly says how many messages it received.
    static SessionFile::Contents readMessages(const QString &path, qint64 *receivedOnly);
    // Why a replay of such a recording does not run.
    static QString nothingToSend(qint64 received);

signals:
    void progress(int sent, int total);
    void finished(const wsi::ReplayReport &report);

private:
    void onSessionEvent(const wsi::SessionEvent &event);
    void onStateChanged(wsi::Session::State state);
    void sendDue();
    void scheduleNext();
    void waitForReplies();
    void finish(const QString &error = QString());

    Session m_session;
    Settings m_settings;
    std::vector<SessionEvent> m_toSend;
    std::vector<qint64> m_offsetsUs; // when each is due, from the replay's start, already scaled
    std::vector<SessionEvent> m_expected;
    std::vector<SessionEvent> m_received;
    size_t m_next = 0;
    QTimer m_sendTimer;
    QTimer m_replyTimer;
    QElapsedTimer m_clock;
    qint64 m_pausedAtUs = -1;
    qint64 m_pausedTotalUs = 0;
    bool m_running = false;
    bool m_paused = false;
    ReplayReport m_report;
};

} // namespace wsi
