#pragma once

#include "session/Session.h"

#include <QElapsedTimer>
#include <QList>

namespace wsi::test {

// Everything a session reported, in order, with when it arrived: what the
// network tests assert on.
class SessionEventLog
{
public:
    explicit SessionEventLog(Session &session)
    {
        m_clock.start();
        QObject::connect(&session, &Session::eventOccurred, &session, [this](const SessionEvent &event) {
            events.append(event);
            elapsedMs.append(m_clock.elapsed());
        });
        QObject::connect(&session, &Session::stateChanged, &session, [this](Session::State state) { states.append(state); });
    }

    QList<int> indexesOf(EventKind kind) const
    {
        QList<int> found;
        for (int i = 0; i < events.size(); ++i)
            if (events.at(i).kind == kind)
                found.append(i);
        return found;
    }
    QList<SessionEvent> of(EventKind kind) const
    {
        QList<SessionEvent> found;
        for (int i : indexesOf(kind))
            found.append(events.at(i));
        return found;
    }
    int count(EventKind kind) const { return int(indexesOf(kind).size()); }
    SessionEvent last(EventKind kind) const
    {
        const QList<int> found = indexesOf(kind);
        return found.isEmpty() ? SessionEvent() : events.at(found.last());
    }
    int countState(const QString &name) const
    {
        int n = 0;
        for (const SessionEvent &event : events)
            n += event.kind == EventKind::State && event.payloadText() == name;
        return n;
    }

    QList<SessionEvent> events;
    QList<qint64> elapsedMs;
    QList<Session::State> states;

private:
    QElapsedTimer m_clock;
};

} // namespace wsi::test
