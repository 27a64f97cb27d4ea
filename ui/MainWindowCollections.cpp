// The main window's collections and checks: the Connections panel, Save to collection,
// Run check file (in a tab). (MainWindow's other half is MainWindow.cpp.)
#include "MainWindow.h"

#include "CheckRunPage.h"
#include "ComposerWidget.h"
#include "ConnectionTab.h"
#include "ConnectionsDock.h"
#include "SaveToCollectionDialog.h"
#include "SessionActions.h"
#include "check/CheckPlan.h"
#include "collection/CollectionModel.h"
#include "prefs/Preferences.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace wsi {

namespace {
void warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

void MainWindow::setUpCollections()
{
    m_connections = new ConnectionsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_connections);
    resizeDocks({m_connections}, {260}, Qt::Horizontal);
    QAction *dockAction = m_connections->toggleViewAction();
    dockAction->setText(tr("Co&nnections"));
    dockAction->setObjectName(QStringLiteral("connectionsDockAction"));
    dockAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_ui->viewMenu->insertAction(m_ui->viewMenu->actions().value(0), dockAction);
    connect(m_connections, &ConnectionsDock::connectionActivated, this, &MainWindow::openSavedConnection);
    connect(m_connections, &ConnectionsDock::messageChosen, this,
            [this](const MessageDraft &draft, const QString &name, const QMap<QString, QString> &secrets) {
        ConnectionTab *tab = currentTab();
        if (!tab) {
            statusBar()->showMessage(tr("A saved message goes into a connection tab's composer: choose one first"), 10000);
            return;
        }
        tab->session()->addSecretVariables(secrets);
        tab->composer()->setDraft(draft);
        statusBar()->showMessage(tr("\"%1\" is in the composer").arg(name), 5000);
    });
    connect(m_connections, &ConnectionsDock::filesChanged, this, [this] {
        Preferences::setCollectionFiles(m_connections->model()->paths());
        m_connections->show(); // a collection just opened: show where it is
    });
    connect(m_connections->model(), &QAbstractItemModel::rowsRemoved, this,
            [this] { Preferences::setCollectionFiles(m_connections->model()->paths()); });

    auto *openCollection = new QAction(tr("Open &collection…"), this);
    openCollection->setObjectName(QStringLiteral("openCollectionAction"));
    connect(openCollection, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open collection"), QString(), tr("Collections (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_connections->openCollection(path);
    });
    auto *saveToCollection = new QAction(tr("Save connection to co&llection…"), this);
    saveToCollection->setObjectName(QStringLiteral("saveToCollectionAction"));
    connect(saveToCollection, &QAction::triggered, this, &MainWindow::askSaveToCollection);
    auto *runCheck = new QAction(tr("Run c&heck file…"), this);
    runCheck->setObjectName(QStringLiteral("runCheckAction"));
    connect(runCheck, &QAction::triggered, this, [this] {
        const QString path = SessionActions::askOpenPath(this, tr("Run check file"), tr("Check files (*.json);;All files (*)"));
        if (!path.isEmpty())
            runCheckFile(path);
    });
    for (QAction *action : {openCollection, saveToCollection, runCheck})
        m_ui->fileMenu->insertAction(m_ui->quitAction, action);
    m_connectionTabActions.append(saveToCollection);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);

    // The collections open last time, quietly: a file that went away is just not reopened.
    for (const QString &path : Preferences::collectionFiles()) {
        QString ignored;
        if (QFileInfo::exists(path))
            m_connections->model()->open(path, &ignored);
    }
    // No collection yet: the panel waits (View → Connections, F8) and leaves the log its width.
    m_connections->setVisible(m_connections->model()->fileCount() > 0);
}

ConnectionTab *MainWindow::openSavedConnection(const SessionOptions &options, const QString &name)
{
    Q_UNUSED(name)
    ConnectionTab *tab = addConnectionTab(options.url.toString());
    tab->openUrl(options.url.toString(), options);
    return tab;
}

bool MainWindow::saveToCollection(int file, const QString &folder, const QString &name, QString *error)
{
    ConnectionTab *tab = currentTab();
    if (!tab || file < 0 || file >= m_connections->model()->fileCount()) {
        *error = tr("No collection file is open to save into.");
        return false;
    }
    SessionOptions options = tab->session()->options();
    if (options.url.isEmpty() || options.url.toString() != tab->urlText()) {
        QString urlError;
        const QUrl url = SessionOptions::parseUrl(tab->urlText(), &urlError);
        if (url.isEmpty()) {
            *error = urlError;
            return false;
        }
        options = optionsForUrl(url);
        options.url = url;
    }
    return m_connections->model()->addConnection(file, folder, SavedConnection::fromOptions(name, options), error);
}

void MainWindow::askSaveToCollection()
{
    if (m_connections->model()->fileCount() == 0) {
        const QString path = QFileDialog::getSaveFileName(this, tr("New collection"), QStringLiteral("collection.json"), tr("Collections (*.json)"));
        if (path.isEmpty() || !m_connections->createCollection(path))
            return;
    }
    SaveToCollectionDialog dialog(m_connections->model()->paths(), currentTab() ? currentTab()->title() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!saveToCollection(dialog.file(), dialog.folder(), dialog.name(), &error))
        warn(this, tr("Save to collection"), error);
}

CheckRunPage *MainWindow::runCheckFile(const QString &path, const QString &environment)
{
    QString error;
    const std::optional<CheckPlan> plan = CheckPlan::prepare(path, environment, {}, &error);
    if (!plan) {
        warn(this, tr("Run check file"), error);
        return nullptr;
    }
    auto *page = new CheckRunPage(*plan, QFileInfo(path).fileName());
    addPageTab(page);
    return page;
}

} // namespace wsi
