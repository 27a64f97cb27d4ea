#include "MockHandshake.h"

#include "MockRules.h"
#include "wire/HttpHead.h"

#include "i18n/Translation.h"

namespace wsi {

namespace {
// Facts for the record, English in every language (the caller holds a Translation::SourceText);
// the context is the connection's, whose texts these were.
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::MockConnection)
};
} // namespace

QByteArray MockHandshake::reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Refused";
    }
}

QByteArray MockHandshake::wire() const
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers + "\r\n" + body;
}

MockHandshake MockHandshake::refusal(int status, const QByteArray &reason, const QByteArray &extraHeaders, const QString &body,
                                     const QString &why)
{
    MockHandshake h;
    h.status = status;
    h.reason = reason;
    h.why = why;
    h.body = body.isEmpty() ? QByteArrayLiteral("wsinspector mock server: ") + why.toUtf8() + '\n' : body.toUtf8();
    h.headers = extraHeaders + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(h.body.size())
                + "\r\nConnection: close\r\n";
    return h;
}

MockHandshake MockHandshake::answer(const HttpHead &head, const MockRules &rules)
{
    const QList<QByteArray> parts = head.startLine.split(' ');
    const QByteArray key = head.header("Sec-WebSocket-Key");
    if (parts.size() != 3 || !head.headerHasToken("Upgrade", "websocket") || !head.headerHasToken("Connection", "upgrade") || key.isEmpty())
        return refusal(400, "Bad Request", {}, QString(),
                       Tr::tr("the client's request is not a WebSocket upgrade (Upgrade, Connection or Sec-WebSocket-Key missing)"));
    if (head.header("Sec-WebSocket-Version").trimmed() != "13")
        return refusal(426, "Upgrade Required", "Sec-WebSocket-Version: 13\r\n", QString(),
                       Tr::tr("the client asked for WebSocket version \"%1\"; this server speaks 13")
                           .arg(QString::fromLatin1(head.header("Sec-WebSocket-Version"))));
    const QByteArray target = parts.at(1);
    if (const MockRules::Reject *reject = rules.rejects(target))
        return refusal(reject->status, reject->reason.isEmpty() ? reasonPhrase(reject->status) : reject->reason, {}, reject->body,
                       Tr::tr("handshake for %1 refused with HTTP %2 by the rules").arg(QString::fromUtf8(target)).arg(reject->status));
    QList<QByteArray> offered;
    for (const auto &h : std::as_const(head.headers))
        if (h.first.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0)
            offered += h.second.split(',');
    const QString protocol = rules.chooseSubprotocol(offered);
    MockHandshake h;
    h.headers = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + websocketAccept(key) + "\r\n";
    if (!protocol.isEmpty())
        h.headers += "Sec-WebSocket-Protocol: " + protocol.toLatin1() + "\r\n";
    return h;
}

} // namespace wsi
