#include "PrivateFile.h"

#include <QFile>
#include <QSaveFile>

namespace wsi {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool PrivateFile::open(QFile &file, QIODevice::OpenMode mode)
{
    // Created with 0600 (the umask can only take bits away); an existing file keeps its mode on open.
    return file.open(mode, OwnerOnly) && file.setPermissions(OwnerOnly);
}

bool PrivateFile::open(QSaveFile &file, QIODevice::OpenMode mode)
{
    return file.open(mode) && file.setPermissions(OwnerOnly);
}

bool PrivateFile::restrict(const QString &path)
{
    return !QFile::exists(path) || QFile::setPermissions(path, OwnerOnly);
}

} // namespace wsi
