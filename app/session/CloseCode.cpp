#include "CloseCode.h"

namespace wsi {

QString CloseCode::name(int code)
{
    switch (code) {
    case 1000: return QStringLiteral("Normal closure");
    case 1001: return QStringLiteral("Going away");
    case 1002: return QStringLiteral("Protocol error");
    case 1003: return QStringLiteral("Unsupported data");
    case 1005: return QStringLiteral("No status received");
    case 1006: return QStringLiteral("Abnormal closure");
    case 1007: return QStringLiteral("Invalid frame payload data");
    case 1008: return QStringLiteral("Policy violation");
    case 1009: return QStringLiteral("Message too big");
    case 1010: return QStringLiteral("Mandatory extension");
    case 1011: return QStringLiteral("Internal error");
    case 1012: return QStringLiteral("Service restart");
    case 1013: return QStringLiteral("Try again later");
    case 1014: return QStringLiteral("Bad gateway");
    case 1015: return QStringLiteral("TLS handshake failure");
    default: break;
    }
    if (code >= 3000 && code <= 3999)
        return QStringLiteral("Registered (libraries/frameworks)");
    if (code >= 4000 && code <= 4999)
        return QStringLiteral("Private use (application)");
    return QStringLiteral("Unknown");
}

QString CloseCode::meaning(int code)
{
    switch (code) {
    case 1000: return QStringLiteral("the purpose of the connection was fulfilled");
    case 1001: return QStringLiteral("the endpoint is going away, e.g. a server shutting down or a page navigating away");
    case 1002: return QStringLiteral("the endpoint received a frame that breaks the protocol");
    case 1003: return QStringLiteral("the endpoint received a type of data it cannot accept");
    case 1005: return QStringLiteral("the close frame carried no status code");
    case 1006: return QStringLiteral("the connection was lost without a close frame");
    case 1007: return QStringLiteral("a message's data did not match its type, e.g. invalid UTF-8 in a text message");
    case 1008: return QStringLiteral("a message violated the endpoint's policy");
    case 1009: return QStringLiteral("a message was too big to process");
    case 1010: return QStringLiteral("the client expected the server to negotiate an extension");
    case 1011: return QStringLiteral("the server hit an unexpected condition");
    case 1012: return QStringLiteral("the server is restarting");
    case 1013: return QStringLiteral("the server is overloaded; try again later");
    case 1014: return QStringLiteral("a gateway got an invalid response upstream");
    case 1015: return QStringLiteral("the TLS handshake failed");
    default: break;
    }
    if (code >= 3000 && code <= 4999)
        return QStringLiteral("defined by the application, not by RFC 6455");
    return QStringLiteral("not a code RFC 6455 defines");
}

QString CloseCode::describe(int code)
{
    return QString::number(code) + u' ' + name(code);
}

bool CloseCode::isValidToSend(int code)
{
    // RFC 6455 7.4: 1005, 1006 and 1015 must never be put on the wire.
    if (code == 1000 || (code >= 1001 && code <= 1003) || (code >= 1007 && code <= 1014))
        return true;
    return code >= 3000 && code <= 4999;
}

} // namespace wsi
