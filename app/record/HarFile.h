#pragma once

#include "SessionFile.h"

namespace wsi {

// Browser DevTools HAR files (Chrome's and Firefox's "_webSocketMessages")
// to and from sessions.
struct HarFile
{
    // The first entry with WebSocket messages becomes a session; problems name the entry and message.
    static SessionFile::Contents read(const QString &path);
    static SessionFile::Contents parse(const QByteArray &data, const QString &nameForMessages);
    static QByteArray serialize(const SessionFile::Header &header, const std::vector<SessionEvent> &events);

    // Written in parts, for a file of any size: head, the messages with separator between, tail.
    struct Parts
    {
        QByteArray head, separator, tail;
    };
    static Parts parts(const SessionFile::Header &header);
    // Appends the event's HAR message object; false (nothing appended) when a HAR holds no such event.
    static bool appendMessage(QByteArray &out, const SessionEvent &event);
};

} // namespace wsi
