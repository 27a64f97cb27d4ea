#include "Replayer.h"

#include "record/SessionExport.h"
#include "record/SessionReader.h"

#include <algorithm>
#include <functional>

#include "log/PlainText.h"

#include <QCoreApplication>

namespace wsi {

QString ReplayReport::statusName(Status status)
{
    switch (status) {
    case Status::Matched: return QStringLiteral("matched");
    case Status::Mismatched: return QStringLiteral("MISMATCH");
    case Status::Missing: return QStringLiteral("MISSING");
    case Status::Unexpected: return QStringLiteral("UNEXPECTED");
    }
    return QString();
}

QString ReplayReport::text() const
{
    QString out;
    if (!error.isEmpty())
        out += Replayer::tr("Replay failed: %1\n").arg(error);
    int n = 0;
    qsizetype listed = 0;
    for (const Item &item : items) {
        ++n;
        if (item.status == Status::Matched)
            continue;
        if (++listed > MaxListedItems)
            continue;
        const SessionEvent &shown = item.status == Status::Unexpected ? item.actual : item.expected;
        out += Replayer::tr("reply %1: %2: %3\n")
                   .arg(n)
                   .arg(statusName(item.status),
                        item.status == Status::Mismatched ? item.difference
                                                          : PlainText::escape(QString::fromUtf8(shown.payload), PlainText::Newlines::Escape, 120));
    }
    if (listed > MaxListedItems)
        out += Replayer::tr("… and %1 more replies that did not match, not listed\n").arg(listed - MaxListedItems);
    if (bytesDelivered < bytesWritten)
        out += Replayer::tr("only %1 of the %2 bytes written went on to the server: it stopped reading\n")
                   .arg(bytesDelivered)
                   .arg(bytesWritten);
    out += Replayer::tr("%1 sent, %2 replies matched, %3 mismatched, %4 missing, %5 unexpected: %6\n")
               .arg(sent)
               .arg(matched)
               .arg(mismatched)
               .arg(missing)
               .arg(unexpected)
               .arg(passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return out;
}

Replayer::Replayer(QObject *parent)
    : QObject(parent)
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setTimerType(Qt::PreciseTimer); // the recorded spacing is what is being reproduced
    m_replyTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &Replayer::sendDue);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] { finish(); });
    connect(&m_session, &Session::eventOccurred, this, &Replayer::onSessionEvent);
    connect(&m_session, &Session::stateChanged, this, &Replayer::onStateChanged);
}

bool Replayer::isReplayedMessage(const SessionEvent &event)
{
    return (event.kind == EventKind::Text || event.kind == EventKind::Binary) && event.direction == Direction::Outgoing
        && event.tag != MessageTag::Heartbeat;
}

bool Replayer::isExpectedReply(const SessionEvent &event)
{
    return (event.kind == EventKind::Text || event.kind == EventKind::Binary) && event.direction == Direction::Incoming
        && event.tag != MessageTag::Heartbeat;
}

QString Replayer::nothingToSend(qint64 received)
{
    return received == 0 ? tr("the session has no outgoing messages to replay")
                         : tr("the session has no outgoing messages to replay (it holds %1 received messages only)").arg(received);
}

SessionFile::Contents Replayer::readMessages(const QString &path, qint64 *receivedOnly)
{
    *receivedOnly = 0;
    const auto isMessage = [](const SessionEvent &event) { return isReplayedMessage(event) || isExpectedReply(event); };
    if (SessionExport::formatFor(path) == SessionExport::Format::Har) {
        SessionFile::Contents contents = SessionExport::read(path);
        contents.events.erase(std::remove_if(contents.events.begin(), contents.events.end(), std::not_fn(isMessage)), contents.events.end());
        return contents;
    }
    // First counted, then, when there is something to send, read again keeping the messages.
    SessionReader counter;
    SessionFile::Contents contents;
    if (!counter.open(path)) {
        contents.fatalError = counter.fatalError();
        return contents;
    }
    contents.header = counter.header();
    qint64 sent = 0, received = 0;
    SessionEvent event;
    while (counter.next(&event)) {
        sent += isReplayedMessage(event) ? 1 : 0;
        received += isExpectedReply(event) ? 1 : 0;
    }
    contents.problems = counter.problems();
    if (sent == 0) {
        *receivedOnly = received;
        return contents;
    }
    SessionReader reader;
    if (!reader.open(path)) {
        contents.fatalError = reader.fatalError();
        return contents;
    }
    contents.events.reserve(size_t(sent + received));
    while (reader.next(&event)) {
        if (isMessage(event))
            contents.events.push_back(std::move(event));
    }
    return contents;
}

void Replayer::start(const std::vector<SessionEvent> &recorded, const Settings &settings)
{
    m_settings = settings;
    m_toSend.clear();
    m_offsetsUs.clear();
    m_expected.clear();
    m_received.clear();
    m_next = 0;
    m_report = ReplayReport();
    m_pausedTotalUs = 0;
    m_pausedAtUs = -1;
    m_paused = false;

    for (size_t i = 0; i < recorded.size(); ++i) {
        const SessionEvent &event = recorded[i];
        const bool chosen = settings.onlyIndexes.empty()
            || std::find(settings.onlyIndexes.begin(), settings.onlyIndexes.end(), i) != settings.onlyIndexes.end();
        if (isReplayedMessage(event) && chosen)
            m_toSend.push_back(event);
        else if (isExpectedReply(event) && settings.onlyIndexes.empty())
            m_expected.push_back(event);
    }
    if (!settings.onlyIndexes.empty()) {
        // With a selection, the replies expected are those recorded after each chosen message,
        // up to the next outgoing message.
        for (size_t i : settings.onlyIndexes) {
            for (size_t j = i + 1; j < recorded.size() && !isReplayedMessage(recorded[j]); ++j) {
                if (isExpectedReply(recorded[j]))
                    m_expected.push_back(recorded[j]);
            }
        }
    }
    if (m_toSend.empty()) {
        // Nothing sent, nothing expected back: the received messages are not a million "missing" lines.
        const size_t received = m_expected.size();
        m_expected.clear();
        m_running = true;
        finish(nothingToSend(qint64(received)));
        return;
    }
    const qint64 firstUs = m_toSend.front().timestampUs;
    for (const SessionEvent &event : m_toSend) {
        const qint64 offset = settings.speed > 0 ? qint64(double(event.timestampUs - firstUs) / settings.speed) : 0;
        m_offsetsUs.push_back(qMax<qint64>(0, offset));
    }
    m_running = true;
    SessionOptions options = settings.options;
    options.onConnectMessages.clear(); // recorded on-connect messages are replayed as recorded
    options.heartbeat.mode = HeartbeatSettings::Mode::Off;
    options.reconnect.enabled = false;
    if (!m_session.open(options))
        finish(m_session.lastError());
}

void Replayer::onStateChanged(Session::State state)
{
    if (!m_running)
        return;
    if (state == Session::State::Open) {
        m_clock.start();
        scheduleNext();
    } else if (state == Session::State::Closed) {
        finish(m_next < m_toSend.size() ? m_session.lastError().isEmpty()
                                                  ? tr("the connection closed after %1 of %2 messages").arg(m_next).arg(m_toSend.size())
                                                  : m_session.lastError()
                                        : QString());
    }
}

void Replayer::onSessionEvent(const SessionEvent &event)
{
    if (!m_running)
        return;
    if (isReplayedMessage(event))
        m_report.sendTimesUs.push_back(event.timestampUs);
    if (isExpectedReply(event)) {
        m_received.push_back(event);
        if (m_next >= m_toSend.size()) {
            if (m_received.size() >= m_expected.size())
                finish();
            else
                m_replyTimer.start(m_settings.replyTimeoutMs); // idle timeout restarts with each reply
        }
    }
}

void Replayer::scheduleNext()
{
    if (m_paused || !m_running)
        return;
    if (m_next >= m_toSend.size()) {
        waitForReplies();
        return;
    }
    const qint64 nowUs = m_clock.nsecsElapsed() / 1000 - m_pausedTotalUs;
    const qint64 dueUs = m_offsetsUs[m_next];
    m_sendTimer.start(int(qMax<qint64>(0, (dueUs - nowUs) / 1000)));
}

void Replayer::sendDue()
{
    const qint64 nowUs = m_clock.nsecsElapsed() / 1000 - m_pausedTotalUs;
    // Everything due by now goes out in this call; "as fast as possible" sends all at once.
    while (m_next < m_toSend.size() && m_offsetsUs[m_next] <= nowUs + 500) {
        const SessionEvent &event = m_toSend[m_next];
        const bool ok = event.kind == EventKind::Text ? m_session.sendText(QString::fromUtf8(event.payload))
                                                      : m_session.sendBinary(event.payload);
        if (!ok)
            return; // the session's close will finish the replay
        ++m_next;
        ++m_report.sent;
        emit progress(int(m_next), int(m_toSend.size()));
    }
    scheduleNext();
}

void Replayer::waitForReplies()
{
    if (m_received.size() >= m_expected.size())
        finish();
    else
        m_replyTimer.start(m_settings.replyTimeoutMs);
}

void Replayer::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_sendTimer.stop();
    m_pausedAtUs = m_clock.nsecsElapsed() / 1000;
}

void Replayer::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_pausedTotalUs += m_clock.nsecsElapsed() / 1000 - m_pausedAtUs;
    scheduleNext();
}

void Replayer::stop()
{
    if (m_running)
        finish(tr("stopped by the user after %1 of %2 messages").arg(m_next).arg(m_toSend.size()));
}

void Replayer::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_sendTimer.stop();
    m_replyTimer.stop();
    m_report.error = error;
    const Session::Wire wire = m_session.wire();
    m_report.bytesWritten = wire.framesWritten;
    m_report.bytesDelivered = wire.framesDelivered;
    const size_t common = qMin(m_expected.size(), m_received.size());
    for (size_t i = 0; i < common; ++i) {
        const ReplyComparer::Result result = m_settings.comparer.compare(m_expected[i], m_received[i]);
        ReplayReport::Item item{result.equal ? ReplayReport::Status::Matched : ReplayReport::Status::Mismatched,
                                m_expected[i], m_received[i], result.difference};
        (result.equal ? m_report.matched : m_report.mismatched)++;
        m_report.items.append(item);
    }
    for (size_t i = common; i < m_expected.size(); ++i) {
        m_report.items.append({ReplayReport::Status::Missing, m_expected[i], SessionEvent(), QString()});
        ++m_report.missing;
    }
    for (size_t i = common; i < m_received.size(); ++i) {
        m_report.items.append({ReplayReport::Status::Unexpected, SessionEvent(), m_received[i], QString()});
        ++m_report.unexpected;
    }
    if (m_session.state() == Session::State::Open || m_session.state() == Session::State::Connecting)
        m_session.close(1000, QStringLiteral("replay finished"));
    emit finished(m_report);
}

} // namespace wsi
