#include "ConnectionText.h"

#include "Redaction.h"
#include "Session.h"
#include "wire/HttpHead.h"

#include <QCoreApplication>

namespace wsi::ConnectionText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wsi::ConnectionText", text);
}

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
    QString message = tr("Handshake rejected by %1: HTTP %2 %3")
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
        message += location.isEmpty() ? tr(" · a redirect without a Location (redirects are not followed)")
                                      : tr(" · Location: %1 (redirects are not followed)").arg(QString::fromLatin1(location));
    }
    const QString body = bodyLine(response.body);
    if (!body.isEmpty())
        message += tr(" · body: %1").arg(body);
    if (!subprotocolsRequested && (response.status == 400 || response.status == 403 || response.status == 426))
        message += tr(". No subprotocol was requested: a server that only speaks one (Sec-WebSocket-Protocol) "
                      "refuses like this; Options → Subprotocols sets it");
    return message;
}

QString handshakeFault(const QUrl &url, HandshakeFault fault, const QString &detail)
{
    switch (fault) {
    case HandshakeFault::None:
        break;
    case HandshakeFault::NotHttp:
        return tr("Handshake with %1 failed: the server answered with bytes that are not HTTP (%2)").arg(shown(url), detail);
    case HandshakeFault::HeadTooLong:
        return tr("Handshake with %1 failed: the server's answer went on past %2 bytes without ending its headers")
            .arg(shown(url), detail);
    case HandshakeFault::NotUpgrade:
        return tr("Handshake with %1 failed: the server answered 101 without \"Upgrade: websocket\" and "
                  "\"Connection: Upgrade\"").arg(shown(url));
    case HandshakeFault::WrongAccept:
        return tr("Handshake with %1 failed: the server's Sec-WebSocket-Accept (%2) does not match the client key "
                  "(RFC 6455 §4.2.2)").arg(shown(url), detail);
    case HandshakeFault::UnofferedExtension:
        return tr("Handshake with %1 failed: the server turned on an extension the client never offered (%2); "
                  "RFC 6455 §4.1 says to fail the connection, and the inspector does not do compression")
            .arg(shown(url), detail);
    }
    return tr("Handshake with %1 failed").arg(shown(url));
}

QString socketError(const QUrl &url, QAbstractSocket::SocketError error, const QString &detail, const QString &certificateProblem)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return tr("Cannot resolve host \"%1\": %2").arg(url.host(), detail);
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Connection refused by %1: nothing is listening on that port").arg(hostPort(url));
    case QAbstractSocket::SocketTimeoutError:
        return tr("Timed out talking to %1: %2").arg(hostPort(url), detail);
    case QAbstractSocket::SslHandshakeFailedError:
        if (!certificateProblem.isEmpty())
            return tr("The TLS certificate of %1 is not trusted: %2. To connect anyway, allow certificate errors for this connection.")
                .arg(hostPort(url), certificateProblem);
        return tr("TLS handshake with %1 failed: %2").arg(hostPort(url), detail);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("Connection to %1 failed: the server closed the connection during the handshake").arg(shown(url));
    default:
        return tr("Connection to %1 failed: %2").arg(shown(url), detail);
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
            line = line.left(colon) + tr(": •••••• (hidden; tick Show secrets)");
    }
    return lines;
}
} // namespace

QString handshake(const Session &session, bool showSecrets)
{
    const Session::Handshake &h = session.handshake();
    QString text = tr("Request") + QStringLiteral("\n\n") + maskedLines(h.requestLines, showSecrets).join(u'\n')
        + QStringLiteral("\n\n") + tr("Response") + QStringLiteral("\n\n");
    if (h.response && h.response->status != 0) {
        text += maskedLines(h.response->lines(), showSecrets).join(u'\n') + u'\n';
        if (h.response->status != 101) {
            text += QStringLiteral("\n") + (h.response->body.isEmpty() ? tr("(no body)") : QString::fromUtf8(h.response->body));
            if (h.response->bodyCut)
                text += u'\n' + tr("(body cut at %1 bytes)").arg(HttpHead::BodyLimit);
            text += u'\n';
        }
    }
    if (h.httpStatus == 101) {
        text += u'\n' + tr("Subprotocol: %1").arg(h.negotiatedSubprotocol.isEmpty() ? tr("(none negotiated)")
                                                                                    : h.negotiatedSubprotocol) + u'\n';
        if (!h.tlsProtocol.isEmpty())
            text += u'\n' + tr("TLS: %1, %2\nCertificate: %3").arg(h.tlsProtocol, h.tlsCipher, h.peerCertificate) + u'\n';
        if (h.certificateErrorsIgnored)
            text += tr("⚠ certificate errors ignored for this connection") + u'\n';
    } else if (!h.response || h.response->status == 0) {
        if (session.state() == Session::State::Connecting)
            text += tr("(waiting)") + u'\n';
        else if (!session.lastError().isEmpty())
            text += tr("(none: %1)").arg(session.lastError()) + u'\n';
        else
            text += tr("(none)") + u'\n';
    }
    return text;
}

} // namespace wsi::ConnectionText
