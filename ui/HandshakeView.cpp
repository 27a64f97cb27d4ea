#include "HandshakeView.h"

#include "log/PlainText.h"
#include "session/ConnectionText.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wsi {

HandshakeView::HandshakeView(const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_showSecretsCheck(new QCheckBox(tr("Show secrets"), this))
    , m_text(new QPlainTextEdit(this))
{
    m_text->setObjectName(QStringLiteral("handshakeView"));
    m_text->setAccessibleName(tr("Handshake"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_showSecretsCheck->setObjectName(QStringLiteral("showSecretsCheck"));
    m_showSecretsCheck->setToolTip(tr("Authorization, Cookie and token values are hidden unless you ask"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_showSecretsCheck);
    layout->addWidget(m_text, 1);
    connect(m_showSecretsCheck, &QCheckBox::toggled, this, &HandshakeView::refresh);
}

void HandshakeView::refresh()
{
    // The request as it went on the wire and the answer as it came back (ConnectionText decides what).
    const QString text = ConnectionText::handshake(*m_session, m_showSecretsCheck->isChecked());
    m_text->setPlainText(PlainText::escape(text, PlainText::Newlines::Keep));
}

} // namespace wsi
