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
class CheckRunWindow;
class ConnectionPanel;
class ConnectionsDock;
class ConnectionTab;
class LogPane;
class MessageLogModel;
class SessionViewWindow;

// The window: one tab per connection, the menus that act on the current tab,
// and what spans tabs (send to several, tabs restored on the next start).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QUrl &defaultUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionTab *addConnectionTab(const QString &url = QString());
    ConnectionTab *currentTab() const;
    ConnectionTab *tab(int index) const;
    int tabCount() const;
    void closeTab(int index);

    // Brings back the tabs (URL and mode; options are remembered per URL) of the last run,
    // without connecting them; false when there were none.
    bool restoreTabs();
    void saveTabs() const;

    // The current tab's, for the command line and tests.
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
    // The current tab's log as a check file: its sends again, its replies expected.
    bool saveAsCheck(const QString &path, QString *error);
    CheckRunPage *runCheckFile(const QString &path);
    CheckRunWindow *checkRunWindow();

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
    CheckRunWindow *m_checks = nullptr;
};

} // namespace wsi
