#pragma once

#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "session/Session.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
namespace Ui {
class ConnectionTab;
}
QT_END_NAMESPACE

namespace wsi {

class ComposerWidget;
class ConnectionPanel;
class HandshakeView;
class LinkBar;
class TabStatusRow;
class LogPane;
class MessageLogModel;
struct MessageDraft;

// One connection of the window, as the sample page test.html has it: URL,
// Open, message, Send, Close, and the message log, plus its panel, handshake
// and status line. It shows what its Session reports and holds no protocol logic.
class ConnectionTab final : public QWidget
{
    Q_OBJECT
public:
    // defaultUrl is the built-in echo server: first in the URL list, never remembered (its port changes).
    explicit ConnectionTab(const QUrl &defaultUrl, QWidget *parent = nullptr);
    ~ConnectionTab() override;

    // Puts the URL in the field and opens it, as a person would; with options
    // (from the command line) instead of those remembered for the URL.
    void openUrl(const QString &url, const std::optional<SessionOptions> &options = std::nullopt);
    // A link from another program: the URL goes in the field and a bar says where it goes and what
    // the saved options would send; nothing connects until the user clicks one of its buttons.
    void reviewLink(const QString &link);
    LinkBar *linkBar() const { return m_linkBar; }
    QString urlText() const;
    void setUrlText(const QString &url);
    void focusUrl();
    bool isSocketIo() const;
    void setSocketIo(bool on);
    // A short name for the tab: host:port/path, masked.
    QString title() const;

    Session *session() { return &m_session; }
    const Session *session() const { return &m_session; }
    MessageLogModel *logModel() const { return m_model; }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    ComposerWidget *composer() const;
    LogPane *logPane() const;
    void setPanelVisible(bool visible);

    bool startRecording(const QString &path, const QString &url = QString());
    void stopRecording();
    bool isRecording() const;
    bool saveSessionAs(const QString &path, QString *error);
    SessionFile::Header logHeader() const;

    // Sends a draft composed elsewhere (Send to tabs): expanded with this tab's counter.
    bool sendDraft(const MessageDraft &draft);
    // Sends the messages of these log rows again, in order, tagged "resent".
    void resend(const std::vector<int> &rows);

    // Rows each log holds (0 = all), shared by the tabs and kept across runs.
    static qsizetype savedLogRowLimit();
    static void saveLogRowLimit(qsizetype limit);
    void setLogRowLimit(qsizetype limit);

    static QStringList recentUrls();
    // The options the next Open of url uses: remembered ones for that URL, else the defaults.
    static SessionOptions optionsForUrl(const QUrl &url);
    static void rememberOptions(const SessionOptions &options);

    // Whether Send does something now: sends while OPEN, queues while on the way back when
    // Options say so. The one place the window asks (Send button, Send action, Send itself).
    bool canSend() const;

    // This tab's passing message for the window's status bar (empty when none): its own,
    // so one tab's error never shows on another, and cleared once the connection moves on.
    QString statusText() const { return m_statusText; }

public slots:
    void openConnection();
    void closeConnection();
    void closeWithCode();
    void showOptions();
    void send();

signals:
    void stateChanged(wsi::Session::State state);
    void titleChanged(const QString &title);
    void recordingChanged(bool on);
    // statusText() changed.
    void statusTextChanged();
    void sendToTabsRequested();

private:
    bool canSendNow();
    void showStatus(const QString &message, int timeoutMs);
    void clearStatus();
    void onUrlEdited();
    void onIgnoreCertificateClicked();
    void onSessionEvent(const wsi::SessionEvent &event);
    void onStateChanged(wsi::Session::State state);
    void refreshSocketIoHint();
    void loadModeFor(const QString &url);
    void rememberDecodeSettings(const wsi::DecodeSettings &decode);
    void rememberUrl(const QString &url);
    void loadRecentUrls();

    std::unique_ptr<Ui::ConnectionTab> m_ui;
    Session m_session;
    MessageLogModel *m_model;
    SessionRecorder *m_recorder;
    TabStatusRow *m_statusRow;
    ConnectionPanel *m_panel;
    HandshakeView *m_handshakeView;
    LinkBar *m_linkBar = nullptr;
    QTimer m_statusTimer;
    QString m_statusText;
    bool m_ignoreCertificateOnce = false;
    std::optional<SessionOptions> m_nextOpenOptions;
    QUrl m_defaultUrl;
    quint64 m_sendCounter = 0;
};

} // namespace wsi
