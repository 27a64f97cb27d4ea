#pragma once

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace wsi {

// Reading a file the user named (a session, a HAR, a message to send): only a regular file
// is read, and only up to the size it had when it was looked at. A FIFO would block the
// thread in open() until a writer came, a device such as /dev/zero never ends, a directory
// is no file, a file still growing would be read without end: each is refused before a byte
// is read, with a message that says which. A file bigger than the memory the machine has
// left (reading holds it, and what is made of it, at once) is refused too, not read until
// the program runs out of memory.
class InputFile
{
public:
    // How many bytes of memory reading a file of this size is expected to take at its peak.
    static qint64 memoryNeeded(qint64 fileSize, qint64 factor) { return fileSize * factor; }

    // The whole file; an empty array and *error set when it cannot or should not be read.
    // memoryFactor: the peak memory of reading and using it, as a multiple of its size (0: no check).
    static QByteArray read(const QString &path, QString *error, qint64 memoryFactor = 0);
    // The same rules, the file left open for reading in parts: *size is its size when looked at
    // (read no further). False with *error set when it cannot or should not be read.
    static bool open(const QString &path, QFile *file, qint64 *size, QString *error, qint64 memoryFactor = 0);
};

} // namespace wsi
