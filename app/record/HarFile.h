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
};

} // namespace wsi
