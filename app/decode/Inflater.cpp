#include "Inflater.h"

#include "log/PlainText.h"

#include <zlib.h>

namespace wsi {

bool Inflater::hasGzipMagic(QByteArrayView bytes)
{
    return bytes.size() >= 18 && quint8(bytes[0]) == 0x1f && quint8(bytes[1]) == 0x8b && quint8(bytes[2]) == 8;
}

bool Inflater::hasZlibHeader(QByteArrayView bytes)
{
    if (bytes.size() < 6)
        return false;
    const int cmf = quint8(bytes[0]);
    const int flg = quint8(bytes[1]);
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

Inflater::Result Inflater::inflate(QByteArrayView bytes, Format format, qint64 maxOutput)
{
    Result result;
    z_stream stream{};
    const int windowBits = format == Format::Gzip ? 15 + 16 : format == Format::Zlib ? 15 : -15;
    if (inflateInit2(&stream, windowBits) != Z_OK) {
        result.error = tr("zlib could not start");
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    // zlib counts in unsigned int: a payload over 4 GiB is not a WebSocket message anyway.
    stream.avail_in = uInt(qMin<qint64>(bytes.size(), std::numeric_limits<uInt>::max()));
    constexpr qint64 Chunk = 256 * 1024;
    int status = Z_OK;
    while (status == Z_OK) {
        if (result.bytes.size() >= maxOutput) {
            result.limitReached = true;
            break;
        }
        const qint64 room = qMin(Chunk, maxOutput - result.bytes.size());
        const qsizetype before = result.bytes.size();
        result.bytes.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(result.bytes.data() + before);
        stream.avail_out = uInt(room);
        status = ::inflate(&stream, Z_NO_FLUSH);
        result.bytes.resize(before + (room - stream.avail_out));
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            result.error = tr("the compressed data ends too early (after %1 inflated)").arg(PlainText::humanSize(result.bytes.size()));
            break;
        }
        if (status == Z_BUF_ERROR)
            status = Z_OK; // the output was full: more room next round
    }
    if (status == Z_STREAM_END) {
        result.trailingBytes = stream.avail_in;
    } else if (!result.limitReached && result.error.isEmpty()) {
        const QString why = stream.msg ? QString::fromLatin1(stream.msg) : tr("zlib error %1").arg(status);
        result.error = tr("the data is not valid %1: %2 (after %3 inflated)")
                           .arg(format == Format::Gzip ? tr("gzip") : format == Format::Zlib ? tr("zlib") : tr("deflate"), why,
                                PlainText::humanSize(result.bytes.size()));
    }
    inflateEnd(&stream);
    return result;
}

} // namespace wsi
