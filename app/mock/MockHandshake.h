#pragma once

#include <QByteArray>
#include <QString>

namespace wsi {

struct HttpHead;
class MockRules;

// What the mock server answers a client's upgrade request (RFC 6455 §4.2): 101 with the Accept
// key and the subprotocol the rules accept, or a refusal — 400 when it is not a WebSocket
// upgrade, 426 (with Sec-WebSocket-Version: 13) for another version, the status the rules'
// "reject" chooses. A refusal's body says why unless the rules give one.
struct MockHandshake
{
    int status = 101;
    QByteArray reason = "Switching Protocols"; // the status line's reason phrase
    QByteArray headers;                         // header lines, each ending in CRLF
    QByteArray body;
    QString why; // a refusal: why, for the error event (a fact: English)

    bool accepted() const { return status == 101; }
    QByteArray wire() const; // the status line, the headers, a blank line, the body

    static MockHandshake answer(const HttpHead &request, const MockRules &rules);
    // A refusal: "Connection: close" and a plain-text body (body, or one saying why).
    static MockHandshake refusal(int status, const QByteArray &reason, const QByteArray &extraHeaders, const QString &body,
                                 const QString &why);
    static QByteArray reasonPhrase(int status);
};

} // namespace wsi
