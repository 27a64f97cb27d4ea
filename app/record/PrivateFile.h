#pragma once

#include <QIODevice>

class QFile;
class QFileDevice;
class QSaveFile;

namespace wsi {

// The one rule for every file the inspector writes (recordings, saved sessions, exports, snippets,
// settings): readable and writable by its owner only (0600), whatever the umask, because it holds
// the traffic of private APIs. Files are created 0600 and an existing file's mode is narrowed too.
struct PrivateFile
{
    static bool open(QFile &file, QIODevice::OpenMode mode);
    // QSaveFile writes a temporary file and renames it: its mode is set before anything is written.
    static bool open(QSaveFile &file, QIODevice::OpenMode mode);
    // Narrows a file that someone else created (QSettings' own file).
    static bool restrict(const QString &path);
};

} // namespace wsi
