#pragma once

#include "compose/MessageDraft.h"
#include "record/SessionFile.h"
#include "session/SessionEvent.h"

#include <QHostAddress>
#include <QMap>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
QT_END_NAMESPACE

namespace wsi {

class ComposerWidget;
class LogPane;
class MessageLogModel;

// What the tabs that listen for clients share (Intercept: a RelayServer; Server: a MockServer):
// the address and port to listen on (127.0.0.1 unless another is typed, with a warning then),
// Start/Stop, the URL to point a client at with Copy, a status line, one log of every client
// connection (the Dir column names the connection; a choice shows one connection only), the list
// of connections with each one's handshake, a composer aimed at one open connection, and Save…
// of the log as a session file (each event with its "conn"). A subclass runs its server and lays
// the parts out with its own fields.
class ListeningPage : public QWidget
{
    Q_OBJECT
public:
    ~ListeningPage() override;

    // Starts with the fields as they are; false (and the reason shown) when it cannot listen.
    bool start();
    void stop();
    virtual bool isListening() const = 0;
    QString listenUrl() const; // what the user points their client at; empty while stopped
    bool saveSessionAs(const QString &path, QString *error);

    MessageLogModel *model() const { return m_model; }
    LogPane *logPane() const { return m_log; }
    ComposerWidget *composer() const { return m_composer; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portSpin() const { return m_port; }
    QPushButton *startButton() const { return m_start; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warning; }
    QTabWidget *sideTabs() const { return m_side; }
    QPlainTextEdit *handshakeView() const { return m_handshake; }
    QListWidget *connectionList() const { return m_connectionList; }
    // The open connection the composer sends to.
    QComboBox *composerConnectionCombo() const { return m_composerConnection; }

protected:
    // name: the widgets' object names start with it ("intercept" → interceptAddressEdit);
    // title: the tab's title ("Intercept").
    ListeningPage(const QString &name, const QString &title, QWidget *parent);

    // The subclass's server. startServer shows why when it cannot start (and returns false);
    // stopServer closes it and its connections, and says so.
    virtual bool startServer(const QHostAddress &address, quint16 port) = 0;
    virtual void stopServer() = 0;
    virtual QUrl serverUrl() const = 0;
    // The composed message to this connection; false when it was not sent (the status says why).
    virtual bool deliver(int connection, const MessageDraft::Wire &wire) = 0;
    // The status line when nothing was sent: "Not injected: %1", "Not sent: %1".
    virtual QString notSent(const QString &why) const = 0;
    // The fields of the subclass that are locked while listening.
    virtual QList<QWidget *> setupFields() const { return {}; }
    // The URL a saved session names.
    virtual QUrl sessionUrl() const;
    // Added to the tab's title (" (1 held)").
    virtual QString titleSuffix() const { return {}; }
    // Words for the listen address's tooltip and its warning's second half.
    virtual QString exposedWarning(const QString &address) const;

    // The parts, laid out by the subclass: "Listen on [address] port [port]" (it adds its
    // fields and startButton()); the URL row with Copy and Save…; the composer with the
    // connection to send to (extra widgets after it); the connections with their handshakes.
    QHBoxLayout *makeListenRow();
    QHBoxLayout *makeUrlRow();
    QWidget *makeComposerPage(const QString &label, const QList<QWidget *> &extra);
    QWidget *makeConnectionsPage();
    // The whole tab: setup rows, warning, status, and the log beside the side tabs.
    void finishLayout(const QList<QLayout *> &rows, QTabWidget *side);

    // The server's signals (connected queued: servers emit with English texts in scope).
    void onEvent(const wsi::SessionEvent &event);
    void onConnectionStarted(int connection);
    void onConnectionFinished(int connection);
    void showStatus(const QString &text, bool problem);
    void refreshTitle();
    quint16 listeningPort() const { return quint16(serverUrl().port()); }

private:
    void refreshWarning();
    void refreshConnections();
    void showHandshake();
    void sendComposed();
    void lockFields(bool listening);

    QString m_title;
    MessageLogModel *m_model;
    LogPane *m_log;
    ComposerWidget *m_composer;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QPushButton *m_start;
    QLabel *m_warning;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QTabWidget *m_side = nullptr;
    QComboBox *m_composerConnection;
    QListWidget *m_connectionList;
    QPlainTextEdit *m_handshake;
    // Each connection's Open event (the log keeps no heads): its handshake, and Save writes it.
    QMap<int, SessionEvent> m_opens;
    QMap<int, bool> m_open; // connections seen; true while open
    quint64 m_sendCounter = 1;
};

} // namespace wsi
