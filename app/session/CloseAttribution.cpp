#include "CloseAttribution.h"

#include "CloseCode.h"

#include "i18n/Translation.h"

#include <QCoreApplication>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CloseAttribution)
};

// RFC 6455 §7.4: codes that may appear in a close frame (IANA's registered 1000-1014 but for
// 1004-1006 and 1015, and the 3000-4999 ranges).
bool allowedOnWire(int code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
}
} // namespace

CloseVerdict decideClose(const CloseFacts &f)
{
    // The reason goes into the recorded close event: English, as a server's reason would be.
    const Translation::SourceText english;
    CloseVerdict v;
    if (f.declaredDead) {
        v.by = ClosedBy::Client;
        v.reason = Tr::tr("No heartbeat reply within %1 ms: connection declared dead").arg(f.deadAfterMs);
        return v;
    }
    if (f.closeTimedOut) {
        v.reason = f.undelivered > 0
            ? Tr::tr("The server did not finish the closing handshake within %1 ms; at least %2 bytes sent to it were still unread")
                  .arg(f.closeTimeoutMs).arg(f.undelivered)
            : Tr::tr("The server did not finish the closing handshake within %1 ms").arg(f.closeTimeoutMs);
        return v;
    }
    if (f.first.seen && !f.first.incoming) {
        // The client spoke first: the user, or QWebSocket failing a frame it could not accept.
        v.by = ClosedBy::Client;
        if (f.userClosed) {
            v.code = f.userCode;
            v.reason = f.userReason;
        } else {
            v.code = f.first.code;
            v.reason = QString::fromUtf8(f.first.reason);
        }
        return v;
    }
    if (f.first.seen) {
        const bool broken = !f.first.valid || (f.first.code != 1005 && !allowedOnWire(f.first.code));
        if (broken) {
            // The server's close frame itself broke the protocol: the client failed the connection.
            v.by = ClosedBy::Client;
            v.code = f.answer.seen ? f.answer.code : 1002;
            v.reason = f.first.valid
                ? Tr::tr("The server's close frame carried code %1, which RFC 6455 does not allow").arg(f.first.code)
                : Tr::tr("The server's close frame had a 1-byte payload (a close code takes 2)");
            return v;
        }
        v.by = ClosedBy::Server;
        v.code = f.first.code;
        v.reason = QString::fromUtf8(f.first.reason);
        return v;
    }
    if (f.userClosed) {
        // The user's close frame never reached the wire: QWebSocket gave up with what it had not
        // yet written (Qt 6.4 drops it). Not a normal closure, whatever code was asked for.
        v.by = ClosedBy::Client;
        v.reason = f.undelivered > 0
            ? Tr::tr("The close frame never reached the server: the connection ended with at least %1 bytes sent to it still unread")
                  .arg(f.undelivered)
            : Tr::tr("The close frame never reached the server: the connection ended first");
        return v;
    }
    v.reason = Tr::tr("Connection lost without a close frame");
    if (!f.transportError.isEmpty())
        v.reason += QStringLiteral(" (%1)").arg(f.transportError);
    return v;
}

} // namespace wsi
