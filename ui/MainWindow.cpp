#include "MainWindow.h"
#include "log/MemoryGuard.h"

#include "ComposerWidget.h"
#include "ConnectionTab.h"
#include "InterceptPage.h"
#include "ServerPage.h"
#include "LogPane.h"
#include "SendToTabsDialog.h"
#include "SessionActions.h"
#include "SessionViewWindow.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "i18n/Translation.h"
#include "session/ConnectionText.h"
#include "session/Session.h"
#include "prefs/Preferences.h"
#include "record/SessionExport.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QInputDialog>
#include <QSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>

#include <limits>

namespace wsi {

namespace {
// The echo server's port changes every run; its tab is saved by this name instead of its URL.
const QString BuiltInEchoUrl = QStringLiteral("builtin:echo");
} // namespace

MainWindow::MainWindow(const QUrl &defaultUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recordAction(new QAction(tr("&Record to file…"), this))
    , m_panelAction(new QAction(tr("Connection &panel"), this))
    , m_defaultUrl(defaultUrl)
    , m_connections(nullptr)
{
    m_memoryGuard = new MemoryGuard(this);
    m_memoryGuard->setThresholdBytes(Preferences::lowMemoryMiB() << 20);
    connect(m_memoryGuard, &MemoryGuard::lowMemory, this, &MainWindow::warnLowMemory);
    m_memoryGuard->setWatching(ConnectionTab::savedLogRowLimit() == 0);
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/wsinspector.png")));
    // 1280×760, or the screen's free area when it is smaller (a 1024×640 laptop): never off-screen.
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 760);
    resize(qMin(1280, room.width()), qMin(760, room.height()));
    m_ui->tabs->setTabBarAutoHide(false);
    m_ui->tabs->tabBar()->setAccessibleName(tr("Connection tabs"));
    setUpMenus();
    setUpCollections();
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    addConnectionTab();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpMenus()
{
    const auto onTab = [this](void (ConnectionTab::*slot)()) {
        return [this, slot] {
            if (ConnectionTab *tab = currentTab())
                (tab->*slot)();
        };
    };
    connect(m_ui->openAction, &QAction::triggered, this, onTab(&ConnectionTab::openConnection));
    connect(m_ui->closeAction, &QAction::triggered, this, onTab(&ConnectionTab::closeConnection));
    connect(m_ui->closeWithCodeAction, &QAction::triggered, this, onTab(&ConnectionTab::closeWithCode));
    connect(m_ui->optionsAction, &QAction::triggered, this, onTab(&ConnectionTab::showOptions));
    connect(m_ui->sendAction, &QAction::triggered, this, onTab(&ConnectionTab::send));
    m_ui->sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_ui->reconnectNowAction, &QAction::triggered, this, [this] { session()->reconnectNow(); });
    connect(m_ui->stopReconnectAction, &QAction::triggered, this, [this] { session()->cancelReconnect(); });
    m_connectionTabActions = {m_ui->openAction,         m_ui->closeAction,         m_ui->closeWithCodeAction, m_ui->optionsAction,
                              m_ui->sendAction,         m_ui->reconnectNowAction, m_ui->stopReconnectAction};
    m_ui->stopReconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    QAction *sendToTabsAction = new QAction(tr("Send to &tabs…"), this);
    sendToTabsAction->setObjectName(QStringLiteral("sendToTabsAction"));
    sendToTabsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    connect(sendToTabsAction, &QAction::triggered, this, &MainWindow::sendToTabs);
    m_ui->connectionMenu->insertAction(m_ui->reconnectNowAction, sendToTabsAction);
    m_connectionTabActions.append(sendToTabsAction);
    m_ui->connectionMenu->insertSeparator(m_ui->reconnectNowAction);

    // File menu: tabs, then sessions on disk, before Quit.
    QAction *newTabAction = new QAction(tr("&New tab"), this);
    newTabAction->setObjectName(QStringLiteral("newTabAction"));
    newTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(newTabAction, &QAction::triggered, this, [this] {
        addConnectionTab(QString())->focusUrl();
    });
    QAction *closeTabAction = new QAction(tr("Close ta&b"), this);
    closeTabAction->setObjectName(QStringLiteral("closeTabAction"));
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F4));
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_ui->tabs->currentIndex()); });
    QAction *nextTabAction = new QAction(tr("Ne&xt tab"), this);
    nextTabAction->setObjectName(QStringLiteral("nextTabAction"));
    nextTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextTabAction, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + 1) % tabCount()); });
    QAction *previousTabAction = new QAction(tr("Pre&vious tab"), this);
    previousTabAction->setObjectName(QStringLiteral("previousTabAction"));
    previousTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousTabAction, &QAction::triggered, this,
            [this] { m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + tabCount() - 1) % tabCount()); });

    QAction *openSessionAction = new QAction(tr("&Open session…"), this);
    openSessionAction->setObjectName(QStringLiteral("openSessionAction"));
    openSessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openSessionAction, &QAction::triggered, this, [this] {
        const QString path = SessionActions::askOpenPath(this, tr("Open session"),
                                                         tr("Sessions and HAR files (*.jsonl *.har);;All files (*)"));
        if (!path.isEmpty())
            openSessionFile(path);
    });
    QAction *saveAction = new QAction(tr("&Save session as…"), this);
    saveAction->setObjectName(QStringLiteral("saveSessionAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        const QString path = SessionActions::askSavePath(this, tr("Save session"), tr("Session (*.jsonl)"));
        QString error;
        if (!path.isEmpty() && !saveSessionAs(path, &error))
            QMessageBox::warning(this, tr("Save session"), error);
    });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setCheckable(true);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recordAction->setToolTip(tr("Write every event to a session file as it happens"));
    connect(m_recordAction, &QAction::toggled, this, &MainWindow::onRecordToggled);
    QAction *newInterceptAction = new QAction(tr("New &intercept…"), this);
    newInterceptAction->setObjectName(QStringLiteral("newInterceptAction"));
    newInterceptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    newInterceptAction->setToolTip(tr("Sit between another program and its WebSocket server: see, hold, edit and inject its messages"));
    connect(newInterceptAction, &QAction::triggered, this, &MainWindow::newIntercept);
    QAction *newServerAction = new QAction(tr("New &mock server…"), this);
    newServerAction->setObjectName(QStringLiteral("newServerAction"));
    newServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    newServerAction->setToolTip(tr("Be the WebSocket server for a client: answer it by rules from a file or by hand"));
    connect(newServerAction, &QAction::triggered, this, &MainWindow::newServer);
    for (QAction *action : {newTabAction, newInterceptAction, newServerAction, closeTabAction, nextTabAction, previousTabAction})
        m_ui->fileMenu->insertAction(m_ui->quitAction, action);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    for (QAction *action : {openSessionAction, saveAction, m_recordAction})
        m_ui->fileMenu->insertAction(m_ui->quitAction, action);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    auto *sessionMenu = new QMenu(this);
    m_logActions = SessionActions::addTo(sessionMenu, this, [this] { return logPane(); }, [this] { return currentTab()->logHeader(); });
    for (QAction *action : sessionMenu->actions())
        m_ui->fileMenu->insertAction(m_ui->quitAction, action);
    m_connectionTabActions << saveAction << m_recordAction << sessionMenu->actions();
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);

    m_panelAction->setObjectName(QStringLiteral("panelAction"));
    m_panelAction->setCheckable(true);
    // Shown or hidden as it was left in the last run.
    m_panelAction->setChecked(Preferences::panelVisible());
    m_panelAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_panelAction, &QAction::toggled, this, [this](bool on) {
        for (ConnectionTab *tab : connectionTabs())
            tab->setPanelVisible(on);
        Preferences::setPanelVisible(on);
    });
    m_ui->viewMenu->addAction(m_panelAction);
    QAction *rowLimitAction = m_ui->viewMenu->addAction(tr("Log &row limit…"));
    rowLimitAction->setObjectName(QStringLiteral("rowLimitAction"));
    connect(rowLimitAction, &QAction::triggered, this, &MainWindow::askLogRowLimit);
    QMenu *themeMenu = m_ui->viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (Theme::Choice choice : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        static const char *const labels[] = {QT_TR_NOOP("Follow the &system"), QT_TR_NOOP("&Light"), QT_TR_NOOP("&Dark")};
        QAction *action = themeMenu->addAction(tr(labels[int(choice)]));
        action->setObjectName(QStringLiteral("theme-") + Theme::name(choice));
        action->setCheckable(true);
        action->setChecked(Theme::current() == choice);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [choice] { Theme::apply(choice); });
    }
    addLanguageMenu();

    // Only matters where no keyring answers: then secrets stay for the run unless this is on.
    m_ui->connectionMenu->addSeparator();
    QAction *secretsFileAction = m_ui->connectionMenu->addAction(tr("Keep secrets in a private file when no keyring answers"));
    secretsFileAction->setObjectName(QStringLiteral("secretsFileAction"));
    secretsFileAction->setCheckable(true);
    secretsFileAction->setChecked(Preferences::secretsInPrivateFile());
    secretsFileAction->setToolTip(tr("Header values such as Authorization and URL tokens go to a file only you can read, "
                                     "instead of being forgotten when the program ends"));
    connect(secretsFileAction, &QAction::toggled, this, [](bool on) { Preferences::setSecretsInPrivateFile(on); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *aboutAction = helpMenu->addAction(tr("&About WebSocket Inspector"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("About WebSocket Inspector"),
                        tr("WebSocket Inspector %1\nConnect, send, watch every frame, record and replay.")
                            .arg(QCoreApplication::applicationVersion()),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
}

void MainWindow::addLanguageMenu()
{
    // View → Language: remembered in the preferences, applied at the next start. Each language
    // is named in itself, so a reader who cannot read the current one still finds theirs.
    QMenu *languageMenu = m_ui->viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = Preferences::language();
    const QList<QPair<QString, QString>> choices = {
        {Translation::systemChoice(), tr("Follow the s&ystem")},
        {Translation::englishChoice(), QStringLiteral("English")},
        {Translation::chineseChoice(), QStringLiteral("简体中文")},
    };
    for (const auto &[choice, label] : choices) {
        QAction *action = languageMenu->addAction(label);
        action->setObjectName(QStringLiteral("language-") + choice);
        action->setCheckable(true);
        action->setChecked(current == choice);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            if (Preferences::language() == choice)
                return;
            Preferences::setLanguage(choice);
            const QString message = tr("The language changes when WebSocket Inspector next starts");
            statusBar()->showMessage(message, 30000);
        });
    }
}

void MainWindow::askLogRowLimit()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Log row limit"));
    dialog.setLabelText(tr("Rows each log holds (0 = no limit).\n"
                           "Past it the oldest rows leave the log; a recording (File → Record) keeps every message."));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(0, std::numeric_limits<int>::max());
    dialog.setIntStep(10000);
    dialog.setIntValue(int(qMin<qsizetype>(ConnectionTab::savedLogRowLimit(), std::numeric_limits<int>::max())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyLogRowLimit(dialog.intValue());
}

void MainWindow::applyLogRowLimit(qsizetype limit)
{
    ConnectionTab::saveLogRowLimit(limit);
    for (ConnectionTab *tab : connectionTabs())
        tab->setLogRowLimit(limit);
    m_memoryGuard->setWatching(limit == 0);
    statusBar()->showMessage(limit == 0 ? tr("Logs hold every row")
                                        : tr("Logs hold the newest %1 rows").arg(QLocale().toString(qint64(limit))),
                             5000);
}

void MainWindow::warnLowMemory(qint64 availableBytes)
{
    // Not modal to the flood: the log goes on filling while the question is up, so it is
    // asked without blocking, and answered with a limit that frees memory at once.
    constexpr qsizetype SuggestedLimit = 100000;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Memory is running low"),
                                tr("Only %1 MiB of memory are left, and the logs keep every row.\n"
                                   "Keep only the newest %2 rows? A recording (File → Record) still keeps every message.")
                                    .arg(availableBytes >> 20)
                                    .arg(QLocale().toString(qint64(SuggestedLimit))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("lowMemoryBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *limit = box->addButton(tr("Keep the newest %1 rows").arg(QLocale().toString(qint64(SuggestedLimit))),
                                        QMessageBox::AcceptRole);
    limit->setObjectName(QStringLiteral("lowMemoryLimitButton"));
    box->addButton(tr("Keep every row"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, limit](QAbstractButton *clicked) {
        if (clicked == limit)
            applyLogRowLimit(SuggestedLimit);
    });
    statusBar()->showMessage(tr("Memory is running low: %1 MiB left").arg(availableBytes >> 20), 15000);
    box->open();
}

ConnectionTab *MainWindow::addConnectionTab(const QString &url)
{
    auto *tab = new ConnectionTab(m_defaultUrl, m_ui->tabs);
    if (!url.isNull())
        tab->setUrlText(url);
    tab->setPanelVisible(m_panelAction->isChecked());
    tab->logPane()->view()->addActions(m_logActions);
    connect(tab, &ConnectionTab::stateChanged, this, [this, tab] {
        refreshTabText(tab);
        if (tab == currentTab())
            refreshActions();
    });
    connect(tab, &ConnectionTab::titleChanged, this, [this, tab] {
        refreshTabText(tab);
        if (tab == currentTab())
            onCurrentTabChanged();
        saveTabs();
    });
    connect(tab, &ConnectionTab::recordingChanged, this, [this, tab] {
        if (tab == currentTab())
            refreshActions();
    });
    // Each tab's message shows while that tab is the current one, and goes when the tab clears it.
    connect(tab, &ConnectionTab::statusTextChanged, this, [this, tab] {
        if (tab == currentTab())
            refreshStatusBar();
    });
    connect(tab, &ConnectionTab::sendToTabsRequested, this, &MainWindow::sendToTabs);
    m_ui->tabs->setCurrentIndex(m_ui->tabs->addTab(tab, QString()));
    refreshTabText(tab);
    return tab;
}

void MainWindow::refreshTabText(ConnectionTab *tab)
{
    // The state is in the tab's name too, so a tab that dropped shows it without being opened.
    static const char *const marks[] = {"", "… ", "● ", "… ", "○ ", "↻ "};
    const Session::State state = tab->session()->state();
    const int index = m_ui->tabs->indexOf(tab);
    const QString mode = tab->isSocketIo() ? tr(" [Socket.IO]") : QString();
    m_ui->tabs->setTabText(index, QString::fromUtf8(marks[int(state)]) + tab->title() + mode);
    m_ui->tabs->setTabToolTip(index, tab->title() + mode + QStringLiteral(" — ") + ConnectionText::stateShown(int(state)));
}

ConnectionTab *MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab *>(m_ui->tabs->currentWidget());
}

ConnectionTab *MainWindow::tab(int index) const
{
    return qobject_cast<ConnectionTab *>(m_ui->tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_ui->tabs->count();
}

QList<ConnectionTab *> MainWindow::connectionTabs() const
{
    QList<ConnectionTab *> tabs;
    for (int i = 0; i < tabCount(); ++i)
        if (ConnectionTab *connection = tab(i))
            tabs.append(connection);
    return tabs;
}

void MainWindow::addPageTab(QWidget *page)
{
    connect(page, &QWidget::windowTitleChanged, this, [this, page](const QString &title) {
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(page), title);
        if (page == m_ui->tabs->currentWidget())
            onCurrentTabChanged();
    });
    m_ui->tabs->setCurrentIndex(m_ui->tabs->addTab(page, page->windowTitle()));
}

InterceptPage *MainWindow::newIntercept()
{
    auto *page = new InterceptPage;
    addPageTab(page);
    page->upstreamEdit()->setFocus();
    return page;
}

ServerPage *MainWindow::newServer()
{
    auto *page = new ServerPage;
    addPageTab(page);
    page->portSpin()->setFocus();
    return page;
}

void MainWindow::closeTab(int index)
{
    QWidget *closing = m_ui->tabs->widget(index);
    if (!closing)
        return;
    m_ui->tabs->removeTab(index);
    delete closing; // a connection tab's destructor closes the connection with 1001
    if (tabCount() == 0)
        addConnectionTab(QString());
    saveTabs();
}

bool MainWindow::restoreTabs()
{
    const QList<Preferences::SavedTab> saved = Preferences::tabs();
    if (saved.isEmpty())
        return false;
    while (tabCount() > 0) {
        QWidget *first = m_ui->tabs->widget(0);
        m_ui->tabs->removeTab(0);
        delete first;
    }
    for (const Preferences::SavedTab &entry : saved) {
        ConnectionTab *restored = addConnectionTab(entry.url == BuiltInEchoUrl ? m_defaultUrl.toString() : entry.url);
        restored->setSocketIo(entry.socketIo);
    }
    m_ui->tabs->setCurrentIndex(qBound(0, Preferences::currentTab(), tabCount() - 1));
    return true;
}

void MainWindow::saveTabs() const
{
    QList<Preferences::SavedTab> saved;
    const QList<ConnectionTab *> tabs = connectionTabs();
    for (const ConnectionTab *tab : tabs) {
        const QString url = tab->urlText();
        saved.append({url == m_defaultUrl.toString() && !url.isEmpty() ? BuiltInEchoUrl : url, tab->isSocketIo()});
    }
    Preferences::setTabs(saved, qMax(0, int(tabs.indexOf(currentTab()))));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTabs();
    QMainWindow::closeEvent(event);
}

void MainWindow::onCurrentTabChanged()
{
    const QWidget *page = m_ui->tabs->currentWidget();
    if (!page)
        return;
    const ConnectionTab *tab = currentTab();
    setWindowTitle(tr("%1 — WebSocket Inspector").arg(tab ? tab->title() : page->windowTitle()));
    refreshActions();
    refreshStatusBar();
}

void MainWindow::refreshStatusBar()
{
    ConnectionTab *tab = currentTab();
    if (!tab || tab->statusText().isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(tab->statusText());
}

void MainWindow::refreshActions()
{
    ConnectionTab *tab = currentTab();
    for (QAction *action : std::as_const(m_connectionTabActions))
        action->setEnabled(tab != nullptr);
    if (!tab)
        return;
    const Session::State state = tab->session()->state();
    const bool closed = state == Session::State::Idle || state == Session::State::Closed;
    const bool open = state == Session::State::Open;
    const bool onTheWay = state == Session::State::Connecting || state == Session::State::WaitingToReconnect;
    m_ui->openAction->setEnabled(closed);
    m_ui->closeAction->setEnabled(onTheWay || open);
    m_ui->closeWithCodeAction->setEnabled(open);
    m_ui->sendAction->setEnabled(tab->canSend());
    m_ui->reconnectNowAction->setEnabled(state == Session::State::WaitingToReconnect);
    m_ui->stopReconnectAction->setEnabled(state == Session::State::WaitingToReconnect);
    const QSignalBlocker blocker(m_recordAction);
    m_recordAction->setChecked(tab->isRecording());
}

ConnectionTab *MainWindow::tabForUrl(const QString &url)
{
    // The same endpoint however it was typed: "host:8080", "ws://host:8080/".
    const auto endpoint = [](const QString &text) {
        QString error;
        return SessionOptions::parseUrl(text.trimmed(), &error).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    };
    const QUrl wanted = endpoint(url);
    for (int i = 0; i < tabCount() && wanted.isValid() && !wanted.isEmpty(); ++i) {
        ConnectionTab *shown = tab(i);
        if (shown && endpoint(shown->urlText()) == wanted && shown->session()->state() == Session::State::Idle) {
            m_ui->tabs->setCurrentIndex(i);
            return shown;
        }
    }
    return addConnectionTab();
}

ConnectionTab *MainWindow::openLink(const QString &link)
{
    ConnectionTab *tab = addConnectionTab(QString());
    tab->reviewLink(link);
    m_ui->tabs->setCurrentWidget(tab);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    return tab;
}

void MainWindow::openUrl(const QString &url, const std::optional<SessionOptions> &options)
{
    currentTab()->openUrl(url, options);
}

Session *MainWindow::session()
{
    return currentTab()->session();
}

MessageLogModel *MainWindow::logModel() const
{
    return currentTab()->logModel();
}

ConnectionPanel *MainWindow::connectionPanel() const
{
    return currentTab()->connectionPanel();
}

LogPane *MainWindow::logPane() const
{
    return currentTab()->logPane();
}

bool MainWindow::startRecording(const QString &path, const QString &url)
{
    return currentTab()->startRecording(path, url);
}

void MainWindow::stopRecording()
{
    currentTab()->stopRecording();
}

bool MainWindow::isRecording() const
{
    return currentTab()->isRecording();
}

bool MainWindow::saveSessionAs(const QString &path, QString *error)
{
    return currentTab()->saveSessionAs(path, error);
}

SessionOptions MainWindow::optionsForUrl(const QUrl &url)
{
    return ConnectionTab::optionsForUrl(url);
}

void MainWindow::onRecordToggled(bool on)
{
    if (!on) {
        stopRecording();
        return;
    }
    const QString path = SessionActions::askSavePath(this, tr("Record to"), tr("Session (*.jsonl)"));
    if (path.isEmpty() || !startRecording(path))
        refreshActions();
}

SessionViewWindow *MainWindow::openSessionFile(const QString &path)
{
    QString error;
    SessionViewWindow *window = SessionViewWindow::open(path, this, &error);
    if (!window) {
        statusBar()->showMessage(error, 15000);
        QMessageBox::warning(this, tr("Open session"), error);
        return nullptr;
    }
    window->show();
    return window;
}

void MainWindow::sendToTabs()
{
    ConnectionTab *source = currentTab();
    const QList<ConnectionTab *> tabs = connectionTabs();
    QList<SendToTabsDialog::Target> targets;
    for (const ConnectionTab *tab : tabs)
        targets.append({tab->title(), ConnectionText::stateShown(int(tab->session()->state())), tab->session()->state() == Session::State::Open});
    SendToTabsDialog dialog(targets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MessageDraft draft = source->composer()->draft();
    int sent = 0;
    const QList<int> chosen = dialog.chosenTabs();
    for (int index : chosen)
        sent += tabs.at(index)->sendDraft(draft) ? 1 : 0;
    if (sent > 0)
        source->composer()->addToHistory(draft);
    statusBar()->showMessage(tr("Sent to %1 of %2 tabs").arg(sent).arg(chosen.size()), 10000);
}

void MainWindow::showShortcuts()
{
    // The log's keys: the current tab's, or any connection tab's while another kind is current.
    const ConnectionTab *source = currentTab() ? currentTab() : connectionTabs().value(0);
    const LogPane *pane = source ? source->logPane() : nullptr;
    ShortcutsDialog dialog(menuBar(), pane ? QList<QAction *>{pane->copyMessageAction(), pane->copyRowsAction(), pane->resendAction()} : QList<QAction *>(), this);
    dialog.exec();
}

} // namespace wsi
