#include "SessionLoader.h"

#include "HarFile.h"
#include "SessionExport.h"
#include "SessionReader.h"

namespace wsi {

SessionLoader::SessionLoader(QObject *parent)
    : QObject(parent)
{
}

SessionLoader::~SessionLoader()
{
    stop();
    if (m_thread)
        m_thread->wait();
}

void SessionLoader::start(const QString &path)
{
    m_stop = false;
    m_handed = 0;
    m_thread.reset(QThread::create([this, path] { read(path); }));
    m_thread->start();
}

void SessionLoader::stop()
{
    m_stop = true;
    m_slots.release(BatchesInFlight); // a reader waiting for a slot sees the stop at once
}

void SessionLoader::hand(std::vector<SessionEvent> &batch, qint64 bytesRead, qint64 size)
{
    // Wait for room among the batches in flight: a window slower than the disk slows the reading.
    // (stop() makes room at once: what was read before it is still handed over.)
    m_slots.acquire();
    m_handed += qint64(batch.size());
    QMetaObject::invokeMethod(
        this,
        [this, taken = std::move(batch), bytesRead, size] {
            emit eventsRead(taken);
            emit progress(bytesRead, size);
            if (!m_stop)
                m_slots.release();
        },
        Qt::QueuedConnection);
    batch = std::vector<SessionEvent>();
    batch.reserve(BatchSize);
}

void SessionLoader::read(const QString &path)
{
    Result result;
    std::vector<SessionEvent> batch;
    batch.reserve(BatchSize);
    if (SessionExport::formatFor(path) == SessionExport::Format::Har) {
        // One JSON document: read whole (HAR files are a browser's export, not a recording's size).
        SessionFile::Contents contents = HarFile::read(path);
        result.header = contents.header;
        result.problems = contents.problems;
        result.fatalError = contents.fatalError;
        for (SessionEvent &event : contents.events) {
            if (m_stop)
                break;
            batch.push_back(std::move(event));
            if (batch.size() == BatchSize)
                hand(batch, 0, 0);
        }
        result.stopped = m_stop;
    } else {
        SessionReader reader;
        if (reader.open(path, MemoryFactor)) {
            result.header = reader.header();
            SessionEvent event;
            while (!m_stop && reader.next(&event)) {
                batch.push_back(std::move(event));
                if (batch.size() == BatchSize)
                    hand(batch, reader.position(), reader.size());
            }
            result.stopped = m_stop && reader.position() < reader.size();
        }
        result.problems = reader.problems();
        result.fatalError = reader.fatalError();
        result.bytesRead = reader.position();
        result.size = reader.size();
    }
    // The last part batch, also after a stop: "Stop reading" shows everything read until then.
    if (!batch.empty())
        hand(batch, result.bytesRead, result.size);
    result.events = m_handed;
    QMetaObject::invokeMethod(this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace wsi
