#pragma once

#include "i18n/Translation.h"
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace wsi {

// gzip (RFC 1952), zlib (RFC 1950) and raw deflate (RFC 1951) with zlib, the output bounded:
// a few KiB that inflate to a GiB stop at maxOutput and say so.
class Inflater
{
    WSI_DECLARE_TR_FUNCTIONS(Inflater)
public:
    enum class Format { Gzip, Zlib, Deflate };
    struct Result
    {
        QByteArray bytes;       // what was inflated (up to maxOutput)
        bool limitReached = false;
        qint64 trailingBytes = 0; // bytes after the end of the compressed stream
        QString error;          // why it stopped before the end; empty when whole
        bool ok() const { return error.isEmpty(); }
    };
    static Result inflate(QByteArrayView bytes, Format format, qint64 maxOutput);
    static bool hasGzipMagic(QByteArrayView bytes);
    // A zlib header: deflate method, a window that exists and the header checksum (RFC 1950).
    static bool hasZlibHeader(QByteArrayView bytes);
};

} // namespace wsi
