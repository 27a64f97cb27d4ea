#pragma once

#include "SessionFile.h"

#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>

namespace wsi {

// Reads a session file (or a HAR) on a thread of its own and hands its events over in
// batches, so the window that shows them stays responsive, shows how far it got and can stop
// it; what is held at once is what the receiver keeps plus a few batches in flight, not the
// file and a copy of every event.
class SessionLoader final : public QObject
{
    Q_OBJECT
public:
    static constexpr size_t BatchSize = 20000;
    static constexpr int BatchesInFlight = 4;
    // Reading refuses a file whose events would not fit in the memory left (InputFile's rule):
    // kept as a log's rows, an event takes about this share of its line.
    static constexpr qint64 MemoryFactor = 1;

    explicit SessionLoader(QObject *parent = nullptr);
    ~SessionLoader() override; // stops the reading and waits for its thread

    // Once per loader.
    void start(const QString &path);
    // Stops reading; the events read until then are still handed over, then finished() comes with
    // stopped set.
    void stop();
    bool isRunning() const { return m_thread != nullptr && m_thread->isRunning(); }

    struct Result
    {
        SessionFile::Header header;
        QStringList problems;
        QString fatalError; // nothing could be read
        qint64 events = 0;
        bool stopped = false; // by stop(), before the end of the file
        qint64 bytesRead = 0, size = 0;
    };

signals:
    // Each batch in file order; the receiver must call batchTaken() once it has it, or the
    // reading waits (BatchesInFlight at most are queued).
    void eventsRead(const std::vector<wsi::SessionEvent> &batch);
    void progress(qint64 bytesRead, qint64 size);
    void finished(const wsi::SessionLoader::Result &result);

private:
    void read(const QString &path);
    void hand(std::vector<SessionEvent> &batch, qint64 bytesRead, qint64 size);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    qint64 m_handed = 0; // events handed over (the reading thread's)
    QSemaphore m_slots{BatchesInFlight};
};

} // namespace wsi
