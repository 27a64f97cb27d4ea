#pragma once

#include "SessionEvent.h"

#include <QByteArray>
#include <QString>

namespace wsi {

// Who ended a connection, with which code and why, decided from what passed on the wire
// (the tap's close frames) and what the session itself did — never from Qt's error texts.
struct CloseFacts
{
    struct Frame
    {
        bool seen = false;
        bool incoming = false; // from the server
        int code = 0;          // 1005 for an empty close frame
        QByteArray reason;
        bool valid = true;     // false: a 1-byte close payload
    };
    Frame first;  // the close frame that started the closing handshake
    Frame answer; // the other side's close frame, if one came
    bool userClosed = false;
    int userCode = 1000;
    QString userReason;
    bool closeTimedOut = false;  // the closing handshake did not finish in closeTimeoutMs
    int closeTimeoutMs = 0;
    qint64 undelivered = 0;      // bytes sent that had not left the client when the connection ended
    bool declaredDead = false;
    int deadAfterMs = 0;
    QString transportError; // the TCP error's text when the connection ended without a close frame
};

struct CloseVerdict
{
    int code = 1006;
    QString reason;
    ClosedBy by = ClosedBy::Network;
};

CloseVerdict decideClose(const CloseFacts &facts);

} // namespace wsi
