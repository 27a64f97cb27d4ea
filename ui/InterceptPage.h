#pragma once

#include "record/SessionFile.h"
#include "session/SessionEvent.h"

#include <QMap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
QT_END_NAMESPACE

namespace wsi {

class BreakpointPanel;
class ComposerWidget;
class LogPane;
class MessageLogModel;
class RelayServer;

// A tab of kind "Intercept" (MainWindow, File → New intercept…): listens on a port, forwards
// each client that connects to an upstream URL through a RelayServer, and shows both directions
// of every client connection in one log (the Dir column names the connection). Beside the log:
// the breakpoints and the messages they hold (BreakpointPanel), a composer that injects a
// message into a connection either way, and each connection's handshake as both sides sent it.
// Save writes the log as a session file (each event with its "conn").
class InterceptPage final : public QWidget
{
    Q_OBJECT
public:
    explicit InterceptPage(QWidget *parent = nullptr);
    ~InterceptPage() override;

    // Start with the fields as they are; false (and the reason shown) when it cannot listen.
    bool start();
    void stop();
    bool isListening() const { return m_relay != nullptr; }
    QString listenUrl() const; // what the user points their client at; empty while stopped
    bool saveSessionAs(const QString &path, QString *error);

    MessageLogModel *model() const { return m_model; }
    LogPane *logPane() const { return m_log; }
    BreakpointPanel *breakpoints() const { return m_breakpoints; }
    ComposerWidget *composer() const { return m_composer; }
    RelayServer *relay() const { return m_relay; }
    QLineEdit *upstreamEdit() const { return m_upstream; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portSpin() const { return m_port; }
    QPushButton *startButton() const { return m_start; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warning; }
    QTabWidget *sideTabs() const { return m_side; }
    QPlainTextEdit *handshakeView() const { return m_handshake; }

private:
    void onEvent(const wsi::SessionEvent &event);
    void onConnectionStarted(int connection);
    void onConnectionFinished(int connection);
    void refreshWarning();
    void refreshTitle();
    void refreshConnections();
    void showHandshake();
    void inject();
    void showStatus(const QString &text, bool problem);
    SessionFile::Header header() const;

    RelayServer *m_relay = nullptr;
    MessageLogModel *m_model;
    LogPane *m_log;
    BreakpointPanel *m_breakpoints;
    ComposerWidget *m_composer;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_upstream;
    QCheckBox *m_insecure;
    QPushButton *m_start;
    QLabel *m_warning;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QLabel *m_status;
    QTabWidget *m_side;
    QComboBox *m_injectConnection;
    QComboBox *m_injectDirection;
    QListWidget *m_connectionList;
    QPlainTextEdit *m_handshake;
    // Each connection's Open event (the log keeps no heads): its handshake, and Save writes it.
    QMap<int, SessionEvent> m_opens;
    QMap<int, bool> m_open; // connections seen; true while open
    quint64 m_injectCounter = 1;
};

} // namespace wsi
