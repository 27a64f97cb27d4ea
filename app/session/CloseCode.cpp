#include "CloseCode.h"

#include "i18n/Translation.h"

#include <QtEndian>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CloseCode)
};
} // namespace

QString CloseCode::name(int code)
{
    switch (code) {
    case 1000: return Tr::tr("Normal closure");
    case 1001: return Tr::tr("Going away");
    case 1002: return Tr::tr("Protocol error");
    case 1003: return Tr::tr("Unsupported data");
    case 1005: return Tr::tr("No status received");
    case 1006: return Tr::tr("Abnormal closure");
    case 1007: return Tr::tr("Invalid frame payload data");
    case 1008: return Tr::tr("Policy violation");
    case 1009: return Tr::tr("Message too big");
    case 1010: return Tr::tr("Mandatory extension");
    case 1011: return Tr::tr("Internal error");
    case 1012: return Tr::tr("Service restart");
    case 1013: return Tr::tr("Try again later");
    case 1014: return Tr::tr("Bad gateway");
    case 1015: return Tr::tr("TLS handshake failure");
    default: break;
    }
    if (code >= 3000 && code <= 3999)
        return Tr::tr("Registered (libraries/frameworks)");
    if (code >= 4000 && code <= 4999)
        return Tr::tr("Private use (application)");
    return Tr::tr("Unknown");
}

QString CloseCode::meaning(int code)
{
    switch (code) {
    case 1000: return Tr::tr("the purpose of the connection was fulfilled");
    case 1001: return Tr::tr("the endpoint is going away, e.g. a server shutting down or a page navigating away");
    case 1002: return Tr::tr("the endpoint received a frame that breaks the protocol");
    case 1003: return Tr::tr("the endpoint received a type of data it cannot accept");
    case 1005: return Tr::tr("the close frame carried no status code");
    case 1006: return Tr::tr("the connection was lost without a close frame");
    case 1007: return Tr::tr("a message's data did not match its type, e.g. invalid UTF-8 in a text message");
    case 1008: return Tr::tr("a message violated the endpoint's policy");
    case 1009: return Tr::tr("a message was too big to process");
    case 1010: return Tr::tr("the client expected the server to negotiate an extension");
    case 1011: return Tr::tr("the server hit an unexpected condition");
    case 1012: return Tr::tr("the server is restarting");
    case 1013: return Tr::tr("the server is overloaded; try again later");
    case 1014: return Tr::tr("a gateway got an invalid response upstream");
    case 1015: return Tr::tr("the TLS handshake failed");
    default: break;
    }
    if (code >= 3000 && code <= 4999)
        return Tr::tr("defined by the application, not by RFC 6455");
    return Tr::tr("not a code RFC 6455 defines");
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

QString CloseCode::frameText(const QByteArray &payload)
{
    if (payload.size() < 2)
        return QString();
    const int code = qFromBigEndian<quint16>(payload.constData());
    const QByteArray reason = payload.mid(2);
    return reason.isEmpty() ? QString::number(code) : QString::number(code) + u' ' + QString::fromUtf8(reason);
}

std::optional<QByteArray> CloseCode::framePayload(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QByteArray();
    const qsizetype space = trimmed.indexOf(u' ');
    bool ok = false;
    const int code = trimmed.left(space < 0 ? trimmed.size() : space).toInt(&ok);
    if (!ok || !isValidToSend(code)) {
        *error = Tr::tr("a close frame starts with a code that may be sent (1000–1003, 1007–1014, 3000–4999), then the reason: \"1000 bye\"");
        return std::nullopt;
    }
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    if (space >= 0)
        payload += trimmed.mid(space + 1).toUtf8();
    if (payload.size() > 125) {
        *error = Tr::tr("a close frame's reason is at most 123 bytes (this one is %1)").arg(payload.size() - 2);
        return std::nullopt;
    }
    return payload;
}

} // namespace wsi
