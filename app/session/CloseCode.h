#pragma once

#include <QString>

namespace wsi {

// What an RFC 6455 (and IANA registry) close code means, in words a user reads
// in the log: "1011 Internal error (the server hit an unexpected condition)".
struct CloseCode
{
    static QString name(int code);
    static QString meaning(int code);
    static QString describe(int code); // "1011 Internal error"
    static bool isValidToSend(int code);
};

} // namespace wsi
