#pragma once

#include "SessionFile.h"

namespace wsi {

// Writes events in the format the file name asks for: .har (DevTools), .csv
// (spreadsheets), anything else a session file. Shared by Export…, Save, and
// `wsinspector-cli convert`.
struct SessionExport
{
    enum class Format { Session, Har, Csv };
    static Format formatFor(const QString &path);
    static QByteArray toCsv(const std::vector<SessionEvent> &events);
    // Secrets are masked as in a recording (SessionFile::redacted) unless includeSecrets.
    static bool write(const QString &path, const SessionFile::Header &header, const std::vector<SessionEvent> &events,
                      bool includeSecrets, QString *error);
    // Reads a session file or, by its name, a HAR.
    static SessionFile::Contents read(const QString &path);
};

} // namespace wsi
