#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wsi {

// What an RFC 6455 (and IANA registry) close code means, in words a user reads
// in the log: "1011 Internal error (the server hit an unexpected condition)".
struct CloseCode
{
    static QString name(int code);
    static QString meaning(int code);
    static QString describe(int code); // "1011 Internal error"
    static bool isValidToSend(int code);

    // A close frame's payload as a user reads and types it: "1011 the reason" ("" for an
    // empty payload, the code alone without a reason).
    static QString frameText(const QByteArray &payload);
    // The payload for such a text ("" makes an empty close frame). nullopt with *error when the
    // text does not start with a code that may be sent, or the frame would pass 125 bytes.
    static std::optional<QByteArray> framePayload(const QString &text, QString *error);
};

} // namespace wsi
