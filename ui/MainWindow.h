#pragma once

#include "session/Session.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace wsi {

class MemoryGuard;

class CheckRunPage;
class InterceptPage;
class ServerPage;
class ConnectionPanel;
class ConnectionsDock;
class ConnectionTab;
class LogPane;
class MessageLogModel;
class SessionViewWindow;

// The window: one tab per connection, the menus that act on the current tab,
// and what spans tabs (send to several, tabs restored on the next start).
// The tabs are mostly connection tabs; a tab of another kind (a check run) is a page added with
// addPageTab(). The rules for those, each kept in one place: currentTab() and tab() are nullptr
// for them; loops over tabs go over connectionTabs(); the actions that act on the current
// connection tab are disabled while another kind is current (refreshActions()).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QUrl &defaultUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionTab *addConnectionTab(const QString &url = QString());
    // nullptr when that tab is of another kind.
    ConnectionTab *currentTab() const;
    ConnectionTab *tab(int index) const;
    // Tabs of every kind.
    int tabCount() const;
    QList<ConnectionTab *> connectionTabs() const;
    // A tab of another kind, made current; its text is the page's windowTitle (kept up to date),
    // and closing the tab deletes the page.
    void addPageTab(QWidget *page);
    void closeTab(int index);

    // Brings back the tabs (URL and mode; options are remembered per URL) of the last run,
    // without connecting them; false when there were none.
    bool restoreTabs();
    void saveTabs() const;
    // For the command line's URL: the restored tab that already shows it, not connected, made
    // current; else a new tab. So `wsinspector URL`, run day after day, keeps one tab for it.
    ConnectionTab *tabForUrl(const QString &url);

    // The current connection tab's, for the command line and tests (and for the actions, which
    // are disabled when the current tab is of another kind).
    void openUrl(const QString &url, const std::optional<SessionOptions> &options = std::nullopt);
    // A link from another program (wsinspector --open-link, or handed over by a second one):
    // a tab of its own that waits for Connect. Returns that tab.
    ConnectionTab *openLink(const QString &link);
    Session *session();
    MessageLogModel *logModel() const;
    ConnectionPanel *connectionPanel() const;
    LogPane *logPane() const;
    bool startRecording(const QString &path, const QString &url = QString());
    void stopRecording();
    bool isRecording() const;
    bool saveSessionAs(const QString &path, QString *error);
    static SessionOptions optionsForUrl(const QUrl &url);

    // Collections and checks.
    ConnectionsDock *connectionsDock() const { return m_connections; }
    // A saved connection (variables expanded) in a new tab, connecting.
    ConnectionTab *openSavedConnection(const SessionOptions &options, const QString &name);
    // The current tab's connection as it is set up, saved into an open collection file.
    bool saveToCollection(int file, const QString &folder, const QString &name, QString *error);
    void askSaveToCollection();
    // Prepares a check file (a bad one, or an unknown variable: said in a dialog, nullptr) and
    // runs it in a tab of its own. environment: empty for the file's own.
    CheckRunPage *runCheckFile(const QString &path, const QString &environment = QString());
    // A new Intercept tab (File → New intercept…), waiting for its upstream and Start.
    InterceptPage *newIntercept();
    // A new Server tab (File → New mock server…): a mock server waiting for its rules and Start.
    ServerPage *newServer();

    // Opens a session (or HAR) file read-only in its own window; nullptr (after saying why) when unreadable.
    SessionViewWindow *openSessionFile(const QString &path);
    // Asks which tabs get the current tab's message and sends it to each.
    void sendToTabs();
    void showShortcuts();
    void askLogRowLimit();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpMenus();
    void setUpCollections(); // MainWindowCollections.cpp
    void addLanguageMenu();
    void onCurrentTabChanged();
    void refreshActions();
    void refreshStatusBar();
    void refreshTabText(ConnectionTab *tab);
    void onRecordToggled(bool on);
    void applyLogRowLimit(qsizetype limit);
    void warnLowMemory(qint64 availableBytes);

    std::unique_ptr<Ui::MainWindow> m_ui;
    MemoryGuard *m_memoryGuard;
    QAction *m_recordAction;
    QAction *m_panelAction;
    QUrl m_defaultUrl;
    ConnectionsDock *m_connections;
    // Enabled only while a connection tab is current.
    QList<QAction *> m_connectionTabActions;
    // On every connection tab's log too (its right-click menu).
    QList<QAction *> m_logActions;
};

} // namespace wsi
