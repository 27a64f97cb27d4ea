#pragma once

#include "session/SessionEvent.h"
#include "session/SessionOptions.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace wsi {

// The session file: JSON Lines, a header object first, then one event a line.
// See README "Session files" for the fields.
struct SessionFile
{
    static constexpr const char *FormatName = "wsinspector-session";
    static constexpr int FormatVersion = 1;
    // read() holds every event of the file at once: about this many times its size at the peak.
    // (SessionReader reads one event at a time, for readers that keep less.)
    static constexpr qint64 MemoryFactor = 2;

    struct Header
    {
        QUrl url;
        qint64 startedUs = 0;
        QJsonObject options; // as saved: secrets redacted unless the user opted in
        bool secretsIncluded = false;
        // Optional "pins": the events a person pinned in the log, by their place among the
        // file's events (0 is the first event line). A file without it has none.
        std::vector<int> pins;
    };

    // What a recording without secrets keeps: the URL's password and token parameters, and the values of
    // the secret headers (Authorization, Cookie, ...) in the options, masked. Events keep their URL redacted.
    static Header redacted(const Header &header);
    static std::vector<SessionEvent> redacted(const std::vector<SessionEvent> &events);
    static SessionEvent redacted(const SessionEvent &event);

    // The header line for a recording of these options; secrets masked unless includeSecrets.
    static QByteArray headerLine(const SessionOptions &options, qint64 startedUs, bool includeSecrets);

    // What reading a file gave: everything readable, and each problem with its line.
    struct Contents
    {
        Header header;
        std::vector<SessionEvent> events;
        QStringList problems; // "FILE:LINE: what is wrong"; the lines named are skipped
        QString fatalError;   // set when nothing could be read (missing, empty, not a session)
        bool ok() const { return fatalError.isEmpty(); }
    };
    // The whole file at once (SessionReader streams it).
    static Contents read(const QString &path);
    static Contents parse(const QByteArray &data, const QString &nameForMessages);

    // A whole file at once (Save session as…, convert).
    static QByteArray serialize(const Header &header, const std::vector<SessionEvent> &events);
    static bool write(const QString &path, const Header &header, const std::vector<SessionEvent> &events, QString *error);
};

} // namespace wsi
