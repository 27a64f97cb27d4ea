#include "ChunkedRead.h"

#include <QAbstractSocket>

namespace wsi {

void ChunkedRead::bound(QAbstractSocket *socket)
{
    socket->setReadBufferSize(SocketBuffer);
}

const QByteArray &ChunkedRead::next(QIODevice *from)
{
    m_chunk.resize(Chunk); // keeps its capacity: no allocation after the first read
    const qint64 n = from->read(m_chunk.data(), Chunk);
    m_chunk.resize(n > 0 ? n : 0);
    return m_chunk;
}

} // namespace wsi
