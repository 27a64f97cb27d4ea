#include "SystemMemory.h"

#include <QByteArray>
#include <QFile>

#include <exception>
#include <new>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wsi::SystemMemory {

namespace {
// The value in kB of a "Name:   1234 kB" line of a /proc file, in bytes.
qint64 procField(const char *path, QByteArrayView name)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly)) // a /proc file: its size is 0, read it whole
        return -1;
    const QByteArray text = file.readAll();
    for (QByteArrayView line : text.split('\n')) {
        if (!line.startsWith(name) || line.size() <= name.size() || line[name.size()] != ':')
            continue;
        bool ok = false;
        const qint64 kb = line.sliced(name.size() + 1).trimmed().chopped(2).trimmed().toLongLong(&ok);
        return ok ? kb * 1024 : -1;
    }
    return -1;
}
} // namespace

qint64 availableBytes()
{
    return procField("/proc/meminfo", "MemAvailable");
}

qint64 residentBytes()
{
    return procField("/proc/self/status", "VmRSS");
}

namespace {
QByteArray &outOfMemoryMessage()
{
    static QByteArray message;
    return message;
}

[[noreturn]] void onTerminate()
{
    bool outOfMemory = false;
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc &) {
            outOfMemory = true;
        } catch (...) {
        }
    }
    if (!outOfMemory)
        std::abort();
    const QByteArray &message = outOfMemoryMessage();
    // write(2) allocates nothing; _exit runs no destructor that could need memory.
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message.constData(), size_t(message.size()));
    ::_exit(OutOfMemoryExitCode);
}
} // namespace

void exitCleanlyWhenOutOfMemory(const QByteArray &message)
{
    outOfMemoryMessage() = message;
    std::set_terminate(onTerminate);
}

void giveBackFreed()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace wsi::SystemMemory
