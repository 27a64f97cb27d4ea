#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace wsi {

// Writes blocks of bytes to a file, in order, on its own thread: whoever records
// never waits for the disk (a page cache full of dirty pages blocks a write for
// tens of milliseconds). Only when the disk falls behind — MaxQueuedBytes queued, or
// the oldest block waiting longer than MaxLagMs — does write() wait: back-pressure
// (which in the end slows the server through TCP) instead of memory and a kill's loss
// growing without end.
class FileWriter
{
public:
    static constexpr qsizetype MaxQueuedBytes = 64 * 1024 * 1024;
    static constexpr int MaxLagMs = 25;

    FileWriter() = default;
    ~FileWriter();
    FileWriter(const FileWriter &) = delete;
    FileWriter &operator=(const FileWriter &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_thread.joinable(); }
    QString fileName() const { return m_fileName; }

    void write(QByteArray bytes);
    // A payload to be written base64-encoded ("…" with quotes, EventJson::appendBase64) where
    // at bytes of its block have been written: a binary flood is encoded on this thread
    // instead of the recorder's (the window's).
    struct Base64
    {
        qsizetype at;
        QByteArray payload;
    };
    static qsizetype encodedSize(qsizetype payloadSize) { return 2 + (payloadSize + 2) / 3 * 4; }
    // bytes with the payloads encoded into them, in the order of their at.
    void write(QByteArray bytes, std::vector<Base64> base64);
    // Writes what is queued, then closes.
    void close();
    // A buffer the thread has finished with, emptied but keeping its allocation, or an empty
    // one: reusing them spares a fresh (page-faulting) allocation per batch.
    QByteArray takeSpareBuffer();
    // The first write error since the last call, or an empty string.
    QString takeError();

private:
    using Clock = std::chrono::steady_clock;
    struct Block
    {
        QByteArray bytes;
        std::vector<Base64> base64;
        qsizetype size; // as written: bytes and the payloads encoded
        Clock::time_point queued;
    };
    void run();
    bool behind(Clock::time_point now) const;

    QFile m_file;
    QString m_fileName;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;    // the thread: work queued, or closing
    std::condition_variable m_written; // write(): the queue shrank
    std::deque<Block> m_queue;
    Clock::time_point m_writingSince{}; // the block being written; epoch: none
    std::vector<QByteArray> m_spare;
    QByteArray m_expanded; // the thread's: a block with its payloads encoded
    qsizetype m_queuedBytes = 0;
    bool m_closing = false;
    QString m_error;
};

} // namespace wsi
