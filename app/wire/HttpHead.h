#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wsi {

// An HTTP/1.1 request or response head as it passed on the wire: the start line and
// every header in order, as bytes. For a response that refused the upgrade, the
// first bytes of its body too.
struct HttpHead
{
    QByteArray startLine;                         // "GET /chat HTTP/1.1" or "HTTP/1.1 101 Switching Protocols"
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    int status = 0;                               // responses: the status code
    QByteArray reason;                            // responses: the reason phrase
    QByteArray body;                              // responses other than 101: the first BodyLimit bytes
    bool bodyCut = false;                         // the body went on past what is kept

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qsizetype BodyLimit = 64 * 1024;

    enum class Parse { Incomplete, Complete, NotHttp, TooLong };
    // Reads a head from the start of bytes; *headBytes is its length with the blank line.
    static Parse parse(const QByteArray &bytes, bool response, HttpHead *out, qsizetype *headBytes);

    QByteArray header(QByteArrayView name) const; // the first with that name (case-insensitive), or empty
    bool hasHeader(QByteArrayView name) const;
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const; // in a comma-separated list
    // The head's lines as text, one per line (start line first).
    QStringList lines() const;
};

// RFC 6455 §4.2.2: the Sec-WebSocket-Accept a server must answer to this key.
QByteArray websocketAccept(const QByteArray &key);

} // namespace wsi
