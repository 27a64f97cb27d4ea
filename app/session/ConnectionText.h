#pragma once

#include "wire/WireTap.h"

#include <QAbstractSocket>
#include <QString>
#include <QUrl>

namespace wsi {

struct HttpHead;
class Session;

// The words a user reads when a connection cannot be made: one line that says what happened
// and, where the wire tells, why. Built from typed facts (HTTP status and headers, socket error
// codes, the tap's findings), never from Qt's error texts, which are shown only as detail.
namespace ConnectionText {

// "Handshake rejected by ws://…: HTTP 400 Bad Request · X-WebSocket-Reject-Reason: echo-protocol required · body: …"
QString refusal(const QUrl &url, const HttpHead &response, bool subprotocolsRequested);
QString handshakeFault(const QUrl &url, HandshakeFault fault, const QString &detail);
QString socketError(const QUrl &url, QAbstractSocket::SocketError error, const QString &detail,
                    const QString &certificateProblem);

// The Handshake tab's text: the request as it went on the wire and the answer as it came back
// (status line, every header, a refusal's body), or what stopped it. Secrets masked unless asked.
QString handshake(const Session &session, bool showSecrets);

// A state as the window shows it: the browser's readyState name (CONNECTING, OPEN, CLOSING,
// CLOSED) kept as it is, with its meaning beside it in a translation ("OPEN（已连接）").
// Session::stateName() is the name the events and files carry.
QString stateShown(int state);
// Who closed (ClosedBy) in the reader's language; closedByName() is what files carry.
QString closedByShown(int closedBy);

} // namespace ConnectionText
} // namespace wsi
