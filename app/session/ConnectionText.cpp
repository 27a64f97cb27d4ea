#include "ConnectionText.h"

#include "Redaction.h"
#include "Session.h"
#include "wire/HttpHead.h"

#include "i18n/Translation.h"

#include <QCoreApplication>

namespace wsi::ConnectionText {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::ConnectionText)
};

QString shown(const QUrl &url)
{
    return Redaction::redactUrl(url).toString();
}

QString hostPort(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == QStringLiteral("wss") ? 443 : 80));
}

// The first line of a refusal's body, when it is short text worth a place in one line.
QString bodyLine(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('<'))
        return QString(); // empty, or an HTML page: the Handshake tab shows it whole
    const qsizetype lineEnd = trimmed.indexOf('\n');
    return QString::fromUtf8(trimmed.left(qMin<qsizetype>(200, lineEnd < 0 ? trimmed.size() : lineEnd))).trimmed();
}
} // namespace

QString refusal(const QUrl &url, const HttpHead &response, bool subprotocolsRequested)
{
    QString message = Tr::tr("Handshake rejected by %1: HTTP %2 %3")
                          .arg(shown(url))
                          .arg(response.status)
                          .arg(QString::fromLatin1(response.reason));
    // Headers that say why, as the servers of the articles send them.
    for (const char *name : {"X-WebSocket-Reject-Reason", "Sec-WebSocket-Version", "WWW-Authenticate"}) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            message += QStringLiteral(" · %1: %2").arg(QLatin1String(name), QString::fromLatin1(value));
    }
    if (response.status >= 300 && response.status < 400) {
        const QByteArray location = response.header("Location");
        message += location.isEmpty() ? Tr::tr(" · a redirect without a Location (redirects are not followed)")
                                      : Tr::tr(" · Location: %1 (redirects are not followed)").arg(QString::fromLatin1(location));
    }
    const QString body = bodyLine(response.body);
    if (!body.isEmpty())
        message += Tr::tr(" · body: %1").arg(body);
    if (!subprotocolsRequested && (response.status == 400 || response.status == 403 || response.status == 426))
        message += Tr::tr(". No subprotocol was requested: a server that only speaks one (Sec-WebSocket-Protocol) "
                      "refuses like this; Options → Subprotocols sets it");
    return message;
}

QString handshakeFault(const QUrl &url, HandshakeFault fault, const QString &detail)
{
    switch (fault) {
    case HandshakeFault::None:
        break;
    case HandshakeFault::NotHttp:
        return Tr::tr("Handshake with %1 failed: the server answered with bytes that are not HTTP (%2)").arg(shown(url), detail);
    case HandshakeFault::HeadTooLong:
        return Tr::tr("Handshake with %1 failed: the server's answer went on past %2 bytes without ending its headers")
            .arg(shown(url), detail);
    case HandshakeFault::NotUpgrade:
        return Tr::tr("Handshake with %1 failed: the server answered 101 without \"Upgrade: websocket\" and "
                  "\"Connection: Upgrade\"").arg(shown(url));
    case HandshakeFault::WrongAccept:
        return Tr::tr("Handshake with %1 failed: the server's Sec-WebSocket-Accept (%2) does not match the client key "
                  "(RFC 6455 §4.2.2)").arg(shown(url), detail);
    case HandshakeFault::UnofferedExtension:
        return Tr::tr("Handshake with %1 failed: the server turned on an extension the client never offered (%2); "
                  "RFC 6455 §4.1 says to fail the connection, and the inspector does not do compression")
            .arg(shown(url), detail);
    }
    return Tr::tr("Handshake with %1 failed").arg(shown(url));
}

QString socketError(const QUrl &url, QAbstractSocket::SocketError error, const QString &detail, const QString &certificateProblem)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return Tr::tr("Cannot resolve host \"%1\": %2").arg(url.host(), detail);
    case QAbstractSocket::ConnectionRefusedError:
        return Tr::tr("Connection refused by %1: nothing is listening on that port").arg(hostPort(url));
    case QAbstractSocket::SocketTimeoutError:
        return Tr::tr("Timed out talking to %1: %2").arg(hostPort(url), detail);
    case QAbstractSocket::SslHandshakeFailedError:
        if (!certificateProblem.isEmpty())
            return Tr::tr("The TLS certificate of %1 is not trusted: %2. To connect anyway, allow certificate errors for this connection.")
                .arg(hostPort(url), certificateProblem);
        return Tr::tr("TLS handshake with %1 failed: %2").arg(hostPort(url), detail);
    case QAbstractSocket::RemoteHostClosedError:
        return Tr::tr("Connection to %1 failed: the server closed the connection during the handshake").arg(shown(url));
    default:
        return Tr::tr("Connection to %1 failed: %2").arg(shown(url), detail);
    }
}

namespace {
QStringList maskedLines(QStringList lines, bool showSecrets)
{
    if (showSecrets)
        return lines;
    // Shown on screen, shared in screenshots: secrets are masked unless asked for.
    for (QString &line : lines) {
        if (line.startsWith(QStringLiteral("GET "))) {
            const QString target = line.section(u' ', 1, 1);
            const QUrl masked = Redaction::redactUrl(QUrl(QStringLiteral("ws://host") + target));
            line = QStringLiteral("GET %1 %2").arg(masked.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                                                   line.section(u' ', 2));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && Redaction::isSecretHeader(line.left(colon).toLatin1()))
            line = line.left(colon) + Tr::tr(": •••••• (hidden; tick Show secrets)");
    }
    return lines;
}
} // namespace

QString handshake(const Session &session, bool showSecrets)
{
    const Session::Handshake &h = session.handshake();
    QString text = Tr::tr("Request") + QStringLiteral("\n\n") + maskedLines(h.requestLines, showSecrets).join(u'\n')
        + QStringLiteral("\n\n") + Tr::tr("Response") + QStringLiteral("\n\n");
    if (h.response && h.response->status != 0) {
        text += maskedLines(h.response->lines(), showSecrets).join(u'\n') + u'\n';
        if (h.response->status != 101) {
            text += QStringLiteral("\n") + (h.response->body.isEmpty() ? Tr::tr("(no body)") : QString::fromUtf8(h.response->body));
            if (h.response->bodyCut)
                text += u'\n' + Tr::tr("(body cut at %1 bytes)").arg(HttpHead::BodyLimit);
            text += u'\n';
        }
    }
    if (h.httpStatus == 101) {
        text += u'\n' + Tr::tr("Subprotocol: %1").arg(h.negotiatedSubprotocol.isEmpty() ? Tr::tr("(none negotiated)")
                                                                                    : h.negotiatedSubprotocol) + u'\n';
        if (!h.tlsProtocol.isEmpty())
            text += u'\n' + Tr::tr("TLS: %1, %2\nCertificate: %3").arg(h.tlsProtocol, h.tlsCipher, h.peerCertificate) + u'\n';
        if (h.certificateErrorsIgnored)
            text += Tr::tr("⚠ certificate errors ignored for this connection") + u'\n';
    } else if (!h.response || h.response->status == 0) {
        if (session.state() == Session::State::Connecting)
            text += Tr::tr("(waiting)") + u'\n';
        else if (!session.lastError().isEmpty())
            text += Tr::tr("(none: %1)").arg(session.lastError()) + u'\n';
        else
            text += Tr::tr("(none)") + u'\n';
    }
    return text;
}

QString stateShown(int state)
{
    switch (Session::State(state)) {
    case Session::State::Idle: return Tr::tr("IDLE", "connection state before the first open; the translation adds its meaning");
    case Session::State::Connecting: return Tr::tr("CONNECTING", "readyState 0, kept as it is; the translation adds its meaning");
    case Session::State::Open: return Tr::tr("OPEN", "readyState 1, kept as it is; the translation adds its meaning");
    case Session::State::Closing: return Tr::tr("CLOSING", "readyState 2, kept as it is; the translation adds its meaning");
    case Session::State::Closed: return Tr::tr("CLOSED", "readyState 3, kept as it is; the translation adds its meaning");
    case Session::State::WaitingToReconnect: return Tr::tr("RECONNECTING", "waiting to reconnect; the translation adds its meaning");
    }
    return Session::stateName(Session::State(state));
}

QString closedByShown(int closedBy)
{
    switch (ClosedBy(closedBy)) {
    case ClosedBy::Nobody: return Tr::tr("nobody", "who closed the connection");
    case ClosedBy::Client: return Tr::tr("client", "who closed the connection");
    case ClosedBy::Server: return Tr::tr("server", "who closed the connection");
    case ClosedBy::Network: return Tr::tr("network", "who closed the connection: the connection was lost");
    }
    return closedByName(ClosedBy(closedBy));
}

} // namespace wsi::ConnectionText
