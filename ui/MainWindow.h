#pragma once

#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "session/Session.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDockWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace wsi {

class ConnectionPanel;
class LogPane;
class MessageLogModel;

// The sample page test.html as a desktop window: URL, Open, message, Send,
// Close, and the message log. It shows what the Session reports and holds no
// protocol logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QUrl &defaultUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts the URL in the field and opens it, as a person would; with options
    // (from the command line) instead of those remembered for the URL.
    void openUrl(const QString &url, const std::optional<SessionOptions> &options = std::nullopt);

    Session *session() { return &m_session; }
    MessageLogModel *logModel() const { return m_model; }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    LogPane *logPane() const;
    static QStringList recentUrls();
    // The options the next Open of url uses: remembered ones for that URL, else the defaults.
    static SessionOptions optionsForUrl(const QUrl &url);
    static void rememberOptions(const SessionOptions &options);

    // Records every event of this window's session to path as it happens (secrets redacted).
    // url names the connection in the file's header when the session has not opened yet.
    bool startRecording(const QString &path, const QString &url = QString());
    void stopRecording();
    bool isRecording() const;
    // Writes the whole log as a session file.
    bool saveSessionAs(const QString &path, QString *error);
    // Opens a session (or HAR) file read-only in its own window; nullptr (after saying why) when unreadable.
    class SessionViewWindow *openSessionFile(const QString &path);

private:
    void onOpenClicked();
    void onCloseClicked();
    void onCloseWithCodeClicked();
    void onOptionsClicked();
    void onIgnoreCertificateClicked();
    void refreshReconnectCountdown();
    void onRecordToggled(bool on);
    void refreshRecordingLabel();
    SessionFile::Header logHeader() const;
    void onSendClicked();
    void onSessionEvent(const wsi::SessionEvent &event);
    void onStateChanged(wsi::Session::State state);
    void refreshCounters();
    void updateHandshakeView();
    void rememberUrl(const QString &url);
    void loadRecentUrls();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session m_session;
    MessageLogModel *m_model;
    QLabel *m_stateLabel;
    QLabel *m_countersLabel;
    QLabel *m_reconnectLabel;
    QLabel *m_recordingLabel;
    QAction *m_recordAction;
    SessionRecorder *m_recorder;
    QPushButton *m_reconnectNowButton;
    QPushButton *m_stopReconnectButton;
    ConnectionPanel *m_panel;
    QDockWidget *m_panelDock;
    QPlainTextEdit *m_handshakeView;
    QCheckBox *m_showSecretsCheck;
    QTimer m_countersTimer;
    QTimer m_countdownTimer;
    bool m_ignoreCertificateOnce = false;
    std::optional<SessionOptions> m_nextOpenOptions;
    QUrl m_defaultUrl;
};

} // namespace wsi
