#include "HandshakeView.h"

#include "log/PlainText.h"
#include "session/Redaction.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wsi {

HandshakeView::HandshakeView(const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_showSecretsCheck(new QCheckBox(QStringLiteral("Show secrets"), this))
    , m_text(new QPlainTextEdit(this))
{
    m_text->setObjectName(QStringLiteral("handshakeView"));
    m_text->setAccessibleName(QStringLiteral("Handshake"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_showSecretsCheck->setObjectName(QStringLiteral("showSecretsCheck"));
    m_showSecretsCheck->setToolTip(QStringLiteral("Authorization, Cookie and token values are hidden unless you ask"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_showSecretsCheck);
    layout->addWidget(m_text, 1);
    connect(m_showSecretsCheck, &QCheckBox::toggled, this, &HandshakeView::refresh);
}

void HandshakeView::refresh()
{
    const Session::Handshake &handshake = m_session->handshake();
    QStringList request = handshake.requestLines;
    if (!m_showSecretsCheck->isChecked()) {
        // Shown on screen, shared in screenshots: secrets are masked unless asked for.
        for (QString &line : request) {
            if (line.startsWith(QStringLiteral("GET "))) {
                const QString target = line.section(u' ', 1, 1);
                const QUrl url(QStringLiteral("ws://host") + target);
                const QUrl masked = Redaction::redactUrl(url);
                line = QStringLiteral("GET %1 HTTP/1.1").arg(masked.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
                continue;
            }
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0 && Redaction::isSecretHeader(line.left(colon).toLatin1()))
                line = line.left(colon) + QStringLiteral(": •••••• (hidden; tick Show secrets)");
        }
    }
    QString text = QStringLiteral("Request\n\n") + request.join(u'\n') + QStringLiteral("\n\nResponse\n\n");
    if (handshake.httpStatus == 101) {
        text += QStringLiteral("HTTP/1.1 101 Switching Protocols\n");
        text += QStringLiteral("Sec-WebSocket-Protocol: %1\n")
                    .arg(handshake.negotiatedSubprotocol.isEmpty() ? QStringLiteral("(none negotiated)")
                                                                    : handshake.negotiatedSubprotocol);
        if (!handshake.tlsProtocol.isEmpty())
            text += QStringLiteral("\nTLS: %1, %2\nCertificate: %3%4\n")
                        .arg(handshake.tlsProtocol, handshake.tlsCipher, handshake.peerCertificate,
                             handshake.certificateErrorsIgnored ? QStringLiteral("\n⚠ certificate errors ignored for this connection")
                                                                : QString());
    } else if (handshake.httpStatus != 0) {
        text += QStringLiteral("HTTP %1 (rejected)\n").arg(handshake.httpStatus);
    } else if (m_session->state() == Session::State::Connecting) {
        text += QStringLiteral("(waiting)\n");
    } else {
        text += QStringLiteral("(none: %1)\n").arg(m_session->lastError());
    }
    m_text->setPlainText(PlainText::escape(text, PlainText::Newlines::Keep));
}

} // namespace wsi
