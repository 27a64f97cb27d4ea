#include "FileWriter.h"

#include "PrivateFile.h"
#include "session/EventJson.h"

#include <utility>

namespace wsi {

namespace {
// Buffers bigger than this are not kept for reuse (a 1 MiB message's own payload, say).
constexpr qsizetype MaxSpareCapacity = 4 * 1024 * 1024;
constexpr size_t MaxSpareBuffers = 4;
} // namespace

FileWriter::~FileWriter()
{
    close();
}

bool FileWriter::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    // Unbuffered: blocks arrive already batched; QFile's buffer would only copy them once more.
    if (!PrivateFile::open(m_file, QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = m_file.errorString();
        return false;
    }
    m_fileName = path;
    m_closing = false;
    m_error.clear();
    m_thread = std::thread([this] { run(); });
    return true;
}

void FileWriter::write(QByteArray bytes)
{
    write(std::move(bytes), {});
}

void FileWriter::write(QByteArray bytes, std::vector<Base64> base64)
{
    if (!isOpen() || (bytes.isEmpty() && base64.empty()))
        return;
    qsizetype size = bytes.size();
    for (const Base64 &piece : base64)
        size += encodedSize(piece.payload.size());
    std::unique_lock lock(m_mutex);
    // The age of what waits grows while nothing is written: the wait looks again each millisecond.
    while (behind(Clock::now()))
        m_written.wait_for(lock, std::chrono::milliseconds(1));
    m_queuedBytes += size;
    m_queue.push_back({std::move(bytes), std::move(base64), size, Clock::now()});
    m_wake.notify_one();
}

bool FileWriter::behind(Clock::time_point now) const
{
    if (m_queuedBytes >= MaxQueuedBytes)
        return true;
    const Clock::time_point oldest = m_writingSince != Clock::time_point{} ? m_writingSince
        : m_queue.empty() ? now : m_queue.front().queued;
    return now - oldest > std::chrono::milliseconds(MaxLagMs);
}

void FileWriter::close()
{
    if (!isOpen())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_one();
    m_thread.join();
    m_file.close();
    std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_queuedBytes = 0;
}

QByteArray FileWriter::takeSpareBuffer()
{
    std::lock_guard lock(m_mutex);
    if (m_spare.empty())
        return QByteArray();
    QByteArray buffer = std::move(m_spare.back());
    m_spare.pop_back();
    return buffer;
}

QString FileWriter::takeError()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_error, QString());
}

void FileWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return; // closing, and everything is written
        m_writingSince = m_queue.front().queued;
        Block next = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        QByteArray block = std::move(next.bytes);
        QByteArrayView out = block;
        if (!next.base64.empty()) {
            m_expanded.resize(0);
            m_expanded.reserve(next.size);
            qsizetype done = 0;
            for (const Base64 &piece : next.base64) {
                m_expanded.append(block.constData() + done, piece.at - done);
                EventJson::appendBase64(m_expanded, piece.payload);
                done = piece.at;
            }
            m_expanded.append(block.constData() + done, block.size() - done);
            out = m_expanded;
            next.base64.clear(); // the payloads are freed here, not under the lock
        }
        QString failure;
        // The file is only touched here while the thread runs.
        if (m_file.write(out.data(), out.size()) != out.size())
            failure = m_file.errorString();
        if (m_expanded.capacity() > MaxSpareCapacity) // a big binary message's: not kept
            m_expanded = QByteArray();
        lock.lock();
        m_writingSince = Clock::time_point{};
        m_queuedBytes -= next.size;
        if (!failure.isEmpty() && m_error.isEmpty())
            m_error = failure;
        // Only a buffer nobody else holds (not a message payload the log still shows).
        if (block.isDetached() && block.capacity() <= MaxSpareCapacity && m_spare.size() < MaxSpareBuffers) {
            block.resize(0);
            m_spare.push_back(std::move(block));
        }
        m_written.notify_all();
    }
}

} // namespace wsi
