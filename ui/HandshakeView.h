#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace wsi {

class Session;

// The Handshake tab: the request as sent (secrets masked unless Show secrets is ticked)
// and the answer (101 with subprotocol and TLS, the status that refused it, or why none came).
class HandshakeView final : public QWidget
{
    Q_OBJECT
public:
    explicit HandshakeView(const Session *session, QWidget *parent = nullptr);

    // Reads the session's handshake again (after an open, an error or a new attempt).
    void refresh();

private:
    const Session *m_session;
    QCheckBox *m_showSecretsCheck;
    QPlainTextEdit *m_text;
};

} // namespace wsi
