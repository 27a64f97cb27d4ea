#include "HttpHead.h"

#include <QCryptographicHash>

namespace wsi {

HttpHead::Parse HttpHead::parse(const QByteArray &bytes, bool response, HttpHead *out, qsizetype *headBytes)
{
    // Not HTTP at all: say so as soon as the first bytes show it, not after 64 KiB.
    const QByteArrayView expected = response ? QByteArrayView("HTTP/") : QByteArrayView();
    if (response) {
        const qsizetype n = qMin(bytes.size(), expected.size());
        if (QByteArrayView(bytes.constData(), n) != expected.first(n))
            return Parse::NotHttp;
    }
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return bytes.size() > MaxHeadBytes ? Parse::TooLong : Parse::Incomplete;
    if (end + 4 > MaxHeadBytes)
        return Parse::TooLong;
    *headBytes = end + 4;
    HttpHead head;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            head.startLine = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::NotHttp;
        head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (response) {
        // "HTTP/1.1 404 Not Found": version, three digits, a reason that may hold spaces or be empty.
        const QList<QByteArray> parts = head.startLine.split(' ');
        bool ok = false;
        head.status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || head.status < 100 || head.status > 999)
            return Parse::NotHttp;
        const qsizetype reasonAt = head.startLine.indexOf(' ', head.startLine.indexOf(' ') + 1);
        head.reason = reasonAt < 0 ? QByteArray() : head.startLine.mid(reasonAt + 1);
    }
    *out = head;
    return Parse::Complete;
}

QByteArray HttpHead::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool HttpHead::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpHead::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QStringList HttpHead::lines() const
{
    QStringList out;
    out << QString::fromLatin1(startLine);
    for (const auto &h : headers)
        out << QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromLatin1(h.second);
    return out;
}

QByteArray websocketAccept(const QByteArray &key)
{
    const QByteArray keyed = key + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(keyed, QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace wsi
