#include "InputFile.h"

#include "i18n/Translation.h"
#include "session/SystemMemory.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::InputFile)
};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}
} // namespace

bool InputFile::open(const QString &path, QFile *file, qint64 *size, QString *error, qint64 memoryFactor)
{
    // stat() looks at the name without opening it: a FIFO's open() would wait for a writer.
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        *error = errno == ENOENT ? Tr::tr("%1: no such file").arg(path)
                                 : Tr::tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISDIR(info.st_mode)) {
        *error = Tr::tr("%1: is a folder, not a file").arg(path);
        return false;
    }
    if (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)) {
        *error = Tr::tr("%1: is a pipe or socket, not a file: it is not read (it could wait for a writer forever); "
                        "save what it carries to a file first").arg(path);
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        *error = Tr::tr("%1: is a device, not a file: it is not read (a device such as /dev/zero never ends)").arg(path);
        return false;
    }
    *size = qint64(info.st_size);
    if (memoryFactor > 0) {
        const qint64 available = SystemMemory::availableBytes();
        if (available >= 0 && memoryNeeded(*size, memoryFactor) > available) {
            *error = Tr::tr("%1: too big to open here: %2 MiB needs about %3 MiB of memory and %4 MiB are free")
                         .arg(path, mebibytes(*size), mebibytes(memoryNeeded(*size, memoryFactor)), mebibytes(available));
            return false;
        }
    }
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot open: %2").arg(path, file->errorString());
        return false;
    }
    error->clear();
    return true;
}

QByteArray InputFile::read(const QString &path, QString *error, qint64 memoryFactor)
{
    QFile file;
    qint64 size = 0;
    if (!open(path, &file, &size, error, memoryFactor))
        return QByteArray();
    // Up to the size it had when looked at: a file something still appends to ends there.
    QByteArray data = file.read(size);
    if (data.size() != size && file.error() != QFileDevice::NoError) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return QByteArray();
    }
    error->clear();
    return data;
}

} // namespace wsi
