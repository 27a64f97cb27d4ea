#pragma once

#include "session/SessionEvent.h"
#include "session/SessionOptions.h"

#include "FileWriter.h"

#include <QObject>
#include <QTimer>

namespace wsi {

// Writes a session file as events happen. Lines gather in memory and go to the
// file once the oldest is FlushAgeMs old (or each 512 KiB under a flood); the writing
// itself happens on a FileWriter's thread, so a slow disk does not stall the thread
// that records until it is FileWriter::MaxLagMs behind. With the tap's pause (the
// session's queue at most SessionOptions::pauseReadingAfterUs old) that bounds the time
// from reading a message to its line being in the file: what a kill -9 can lose.
class SessionRecorder final : public QObject
{
    Q_OBJECT
public:
    explicit SessionRecorder(QObject *parent = nullptr);
    ~SessionRecorder() override;

    bool start(const QString &path, const SessionOptions &options, bool includeSecrets, QString *error);
    void record(const wsi::SessionEvent &event);
    void stop();
    bool isRecording() const { return m_writer.isOpen(); }
    QString fileName() const { return m_writer.fileName(); }
    quint64 eventsWritten() const { return m_events; }
    QString lastError() const { return m_lastError; }

    static constexpr int FlushAgeMs = 25;
    // Read to written, the documented promise: the tap's pause (25 ms), this buffer (25 ms,
    // plus the events' own wait of up to 25 ms) and the writer's queue (25 ms).
    static constexpr int LagBoundMs = 100;
    // A flood fills the buffer fast; writing it in pieces this size keeps each write short.
    static constexpr qsizetype FlushBytes = 512 * 1024;
    // Text messages this big are written straight from their payload when they need no escaping.
    static constexpr qsizetype DirectWriteBytes = 256 * 1024;
    // Binary messages this big are base64-encoded on the writer's thread (the lines around
    // them are made here); smaller ones cost less to encode in place than to hand over.
    static constexpr qsizetype WriterEncodesBytes = 256;

signals:
    void writeFailed(const QString &message);

private:
    void flush();
    void reportWriteError();

    FileWriter m_writer;
    QByteArray m_buffer;
    std::vector<FileWriter::Base64> m_base64; // payloads m_buffer's lines wait for (shared, not copied)
    qsizetype m_base64Bytes = 0;               // their encoded size
    QTimer m_flushTimer;
    qint64 m_startedUs = 0;
    qint64 m_bufferSinceUs = 0; // the timestamp of the oldest event in m_buffer; 0: none
    quint64 m_events = 0;
    QString m_lastError;
};

} // namespace wsi
