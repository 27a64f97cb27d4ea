#pragma once

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QAbstractSocket;
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

// Reading a peer's socket with bounded memory (the relay's two sides, the mock server's clients):
// the socket's own read buffer is capped, so while nothing is read it fills and TCP slows the
// sender; what is read comes a chunk at a time, into one buffer reused for every read. The caller
// decides when to stop reading (its writes not taken, messages piling up).
class ChunkedRead
{
public:
    static constexpr qint64 Chunk = 256 << 10;      // read and framed at a time
    static constexpr qint64 SocketBuffer = 1 << 20; // each socket's read buffer: full, TCP slows the sender

    // Caps the socket's read buffer at SocketBuffer.
    static void bound(QAbstractSocket *socket);
    // The next chunk (at most Chunk bytes) the device holds; empty when it holds nothing. The
    // buffer is reused: it is valid until the next call.
    const QByteArray &next(QIODevice *from);

private:
    QByteArray m_chunk;
};

} // namespace wsi
