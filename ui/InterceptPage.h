#pragma once

#include "ListeningPage.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace wsi {

class BreakpointPanel;
class RelayServer;

// A tab of kind "Intercept" (MainWindow, File → New intercept…): listens on a port, forwards
// each client that connects to an upstream URL through a RelayServer, and shows both directions
// of every client connection in one log (ListeningPage). Beside the log: the breakpoints and the
// messages they hold (BreakpointPanel), a composer that injects a message into a connection
// either way, and each connection's handshake as both sides sent it.
class InterceptPage final : public ListeningPage
{
    Q_OBJECT
public:
    explicit InterceptPage(QWidget *parent = nullptr);
    ~InterceptPage() override;

    bool isListening() const override { return m_relay != nullptr; }
    BreakpointPanel *breakpoints() const { return m_breakpoints; }
    RelayServer *relay() const { return m_relay; }
    QLineEdit *upstreamEdit() const { return m_upstream; }

protected:
    bool startServer(const QHostAddress &address, quint16 port) override;
    void stopServer() override;
    QUrl serverUrl() const override;
    bool deliver(int connection, const MessageDraft::Wire &wire) override;
    QString notSent(const QString &why) const override;
    QList<QWidget *> setupFields() const override;
    QUrl sessionUrl() const override;
    QString titleSuffix() const override;
    QString exposedWarning(const QString &address) const override;

private:
    RelayServer *m_relay = nullptr;
    BreakpointPanel *m_breakpoints;
    QLineEdit *m_upstream;
    QCheckBox *m_insecure;
    QComboBox *m_injectDirection;
};

} // namespace wsi
