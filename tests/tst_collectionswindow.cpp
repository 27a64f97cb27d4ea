// The window's collections and checks, driven as a person would: the Connections panel
// (double-click a saved connection, secret variables masked, an unknown variable said),
// Save to collection from a tab, a check file running in a tab of the window with rows turning
// green and red, and Save as check from selected log rows or a session file, run again.
#include "CheckRunPage.h"
#include "ConnectionTab.h"
#include "ConnectionsDock.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "SessionViewWindow.h"
#include "ComposerWidget.h"
#include "DialogAnswerer.h"
#include "EnvironmentDialog.h"
#include "TestFiles.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "check/CheckFile.h"
#include "check/CheckRunModel.h"
#include "collection/Collection.h"
#include "collection/CollectionModel.h"
#include "collection/CollectionSecrets.h"
#include "log/MessageLogModel.h"
#include "server/EchoServer.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace wsi;

class TestCollectionsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); } // each test's window starts with no collection open
    void savedConnectionOpensInTab();
    void unknownVariableIsSaidBeforeConnecting();
    void severalCollectionsOpen();
    void saveToCollectionFromTab();
    void importHarAndEmptyPostman();
    void savedMessageIntoComposer();
    void secretsStayMaskedInComposerLogAndRecording();
    void environmentEditor();
    void checkRunsInATab();
    void saveSelectedRowsAsCheck();

private:
    QString write(const QString &name, const QByteArray &content);
    QModelIndex connectionIndex(ConnectionsDock *dock, int file, int folder, int row);
    void doubleClick(QTreeView *tree, const QModelIndex &index);
    QTemporaryDir m_dir;
    EchoServer m_echo;
    test::ServerProcess m_login{QStringLiteral("login_server.py")};
};

QString TestCollectionsWindow::write(const QString &name, const QByteArray &content)
{
    return test::writeFile(m_dir, name, content);
}

QModelIndex TestCollectionsWindow::connectionIndex(ConnectionsDock *dock, int file, int folder, int row)
{
    CollectionModel *model = dock->model();
    return model->index(row, 0, model->index(folder, 0, model->fileIndex(file)));
}

void TestCollectionsWindow::doubleClick(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
}

void TestCollectionsWindow::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8()); // secrets.json too
    test::useFreshSettings(QStringLiteral("tst_collectionswindow"));
    QVERIFY(m_echo.listen());
    QString error;
    QVERIFY2(m_login.start(&error), qPrintable(error));
    write("team.json", QStringLiteral(R"({"wsinspectorCollection": 1, "name": "Team",
        "folders": [{"name": "Local", "connections": [
            {"name": "Echo", "url": "ws://{{host}}/", "options": {"headers": ["Authorization: Bearer {{token}}"]},
             "messages": [{"name": "hi", "format": "text", "text": "hi"}]},
            {"name": "Typo", "url": "ws://{{hots}}/"}]}],
        "environments": [{"name": "dev", "variables": [{"name": "host", "value": "127.0.0.1:%1"},
                                                      {"name": "token", "value": "s3cret-value", "secret": true}]}]})")
                           .arg(m_echo.port())
                           .toUtf8());
}

void TestCollectionsWindow::savedConnectionOpensInTab()
{
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(!dock->isVisible()); // no collection yet: the panel waits
    QVERIFY(dock->openCollection(m_dir.filePath("team.json")));
    QVERIFY(dock->isVisible());
    QTreeView *tree = dock->findChild<QTreeView *>(QStringLiteral("collectionTree"));
    const QModelIndex echo = connectionIndex(dock, 0, 0, 0);
    QCOMPARE(echo.data().toString(), QStringLiteral("Echo"));
    QCOMPARE(echo.data(Qt::ToolTipRole).toString(), QStringLiteral("ws://{{host}}/"));

    // The secret is masked in the variables list; the other value shows.
    auto *variables = dock->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
    QCOMPARE(variables->rowCount(), 2);
    QCOMPARE(variables->item(0, 1)->text(), QStringLiteral("127.0.0.1:%1").arg(m_echo.port()));
    QVERIFY(!variables->item(1, 1)->text().contains(QStringLiteral("s3cret")));
    QVERIFY(variables->item(1, 1)->text().contains(u'•'));

    const int before = window.tabCount();
    doubleClick(tree, echo);
    QCOMPARE(window.tabCount(), before + 1);
    ConnectionTab *tab = window.tab(window.tabCount() - 1);
    QCOMPARE(tab->urlText(), m_echo.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Open, 5000);
    // The header went out with the variable's value.
    QVERIFY(tab->session()->handshake().requestLines.contains(QStringLiteral("Authorization: Bearer s3cret-value")));
}

void TestCollectionsWindow::unknownVariableIsSaidBeforeConnecting()
{
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(dock->openCollection(m_dir.filePath("team.json")));
    const int before = window.tabCount();
    QString said;
    test::answerNextDialog(&window, [&said](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            said = box->text();
    });
    doubleClick(dock->findChild<QTreeView *>(QStringLiteral("collectionTree")), connectionIndex(dock, 0, 0, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 3000);
    QVERIFY2(said.contains(QStringLiteral("Typo")) && said.contains(QStringLiteral("{{hots}}")), qPrintable(said));
    QCOMPARE(window.tabCount(), before);
}

void TestCollectionsWindow::severalCollectionsOpen()
{
    MainWindow window(m_echo.url());
    ConnectionsDock *dock = window.connectionsDock();
    const QString other = write("other.json", R"({"wsinspectorCollection": 1, "name": "Other",
        "folders": [{"name": "A", "connections": [{"name": "x", "url": "ws://127.0.0.1:1/"}]}]})");
    QVERIFY(dock->openCollection(m_dir.filePath("team.json")));
    QVERIFY(dock->openCollection(other));
    QCOMPARE(dock->model()->fileCount(), 2);
    QCOMPARE(dock->model()->fileIndex(1).data().toString(), QStringLiteral("Other"));
    // The same file twice is refused, said in a dialog.
    QString said;
    test::answerNextDialog(&window, [&said](QDialog *dialog) { said = qobject_cast<QMessageBox *>(dialog)->text(); });
    QVERIFY(!dock->openCollection(other));
    QVERIFY(said.contains(QStringLiteral("open already")));
    QCOMPARE(dock->model()->fileCount(), 2);
    // A newer file is refused, named.
    const QString newer = write("newer.json", R"({"wsinspectorCollection": 9})");
    test::answerNextDialog(&window, [&said](QDialog *dialog) { said = qobject_cast<QMessageBox *>(dialog)->text(); });
    QVERIFY(!dock->openCollection(newer));
    QVERIFY2(said.contains(QStringLiteral("newer.json")) && said.contains(QStringLiteral("version 9")), qPrintable(said));
    // The next window opens with both again.
    MainWindow next(m_echo.url());
    QCOMPARE(next.connectionsDock()->model()->fileCount(), 2);
    QCOMPARE(next.connectionsDock()->model()->fileIndex(0).data().toString(), QStringLiteral("Team"));
}

void TestCollectionsWindow::saveToCollectionFromTab()
{
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    const QString path = write("saved.json", R"({"wsinspectorCollection": 1, "name": "Saved", "folders": []})");
    QVERIFY(dock->openCollection(path));
    test::typeUrl(window, 0, m_echo.url().toString() + QStringLiteral("chat"));
    test::answerNextDialog(&window, [](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("connectionNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("My chat"));
        auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        folder->selectAll();
        QTest::keyClicks(folder, QStringLiteral("Mine"));
    });
    window.askSaveToCollection();
    QString error;
    const std::optional<Collection> saved = Collection::read(path, &error);
    QVERIFY2(saved, qPrintable(error));
    const SavedConnection *connection = saved->findConnection(QStringLiteral("Mine/My chat"));
    QVERIFY(connection);
    QCOMPARE(connection->url, m_echo.url().toString() + QStringLiteral("chat"));
    // And the panel shows it.
    QCOMPARE(connectionIndex(dock, 0, 0, 0).data().toString(), QStringLiteral("My chat"));
}

void TestCollectionsWindow::importHarAndEmptyPostman()
{
    MainWindow window(m_echo.url());
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(dock->importCollection(QStringLiteral(WSI_TEST_DATA_DIR "/firefox.har"), m_dir.filePath("from-har.json")));
    QCOMPARE(dock->model()->fileCount(), 1);
    QCOMPARE(connectionIndex(dock, 0, 0, 0).data(CollectionModel::UrlRole).toString(), QStringLiteral("ws://127.0.0.1:9001/"));
    // A Postman export with only HTTP requests: said, nothing written, nothing opened.
    const QString postman = write("rest-only.postman.json", R"({"info": {"name": "REST", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "list", "request": {"method": "GET", "url": {"raw": "https://api.test/list"}}}]})");
    QString said;
    test::answerNextDialog(&window, [&said](QDialog *dialog) { said = qobject_cast<QMessageBox *>(dialog)->text(); });
    QVERIFY(!dock->importCollection(postman, m_dir.filePath("never.json")));
    QVERIFY2(said.contains(QStringLiteral("holds no WebSocket requests")), qPrintable(said));
    QVERIFY(!QFile::exists(m_dir.filePath("never.json")));
    QCOMPARE(dock->model()->fileCount(), 1);
}

void TestCollectionsWindow::savedMessageIntoComposer()
{
    const QString path = write("messages.json", QStringLiteral(R"({"wsinspectorCollection": 1, "name": "Msgs",
        "folders": [{"name": "Local", "connections": [
            {"name": "Echo", "url": "%1", "messages": [
                {"name": "login", "format": "json", "text": "{\"token\": \"{{token}}\", \"n\": {{counter}}}"},
                {"name": "typo", "format": "text", "text": "hello {{nope}}"}]},
            {"name": "Bare", "url": "%1"}]}],
        "environments": [{"name": "dev", "variables": [{"name": "token", "value": "t-42"}]}]})")
                                                   .arg(m_echo.url().toString())
                                                   .toUtf8());
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(dock->openCollection(path));
    QListWidget *list = dock->messages();
    QCOMPARE(list->count(), 0); // the file is selected, not a connection
    QTreeView *tree = dock->tree();
    const QModelIndex echo = connectionIndex(dock, 0, 0, 0);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(echo).center());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("login"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("typo"));

    // Double-click: into the current tab's composer, the environment's variable expanded and the
    // composer's own placeholder left for send time.
    const QPoint first = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first);
    const MessageDraft draft = window.currentTab()->composer()->draft();
    QCOMPARE(draft.format, MessageDraft::Format::Json);
    QCOMPARE(draft.text, QStringLiteral("{\"token\": \"t-42\", \"n\": {{counter}}}"));
    QVERIFY(window.currentTab()->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))->toPlainText().contains(QStringLiteral("t-42")));

    // An unknown variable is named; the composer keeps what it had.
    QString said;
    test::answerNextDialog(&window, [&said](QDialog *dialog) { said = qobject_cast<QMessageBox *>(dialog)->text(); });
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY2(said.contains(QStringLiteral("{{nope}}")), qPrintable(said));
    QCOMPARE(window.currentTab()->composer()->draft().text, draft.text);

    // Another connection: its (no) messages.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(connectionIndex(dock, 0, 0, 1)).center());
    QCOMPARE(list->count(), 0);
}

// A secret variable in a saved message: the composer shows {{token}}, the server (python
// websockets, /report prints what it receives) gets the value, and the log, the detail pane's
// source (the model) and the recording show the mask, for the sent message and its echo.
void TestCollectionsWindow::secretsStayMaskedInComposerLogAndRecording()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString path = write("secret-messages.json", QStringLiteral(R"({"wsinspectorCollection": 1, "name": "Secrets",
        "folders": [{"name": "Local", "connections": [
            {"name": "Report", "url": "%1", "messages": [{"name": "login", "format": "text", "text": "login {{user}} {{token}}"}]}]}],
        "environments": [{"name": "dev", "variables": [{"name": "user", "value": "ada"},
                                                      {"name": "token", "value": "tok-SECRET-77", "secret": true}]}]})")
                                                            .arg(server.url(QStringLiteral("/report")).toString())
                                                            .toUtf8());
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(dock->openCollection(path));
    QTreeView *tree = dock->tree();
    const QModelIndex report = connectionIndex(dock, 0, 0, 0);
    doubleClick(tree, report);
    const int tabIndex = window.tabCount() - 1;
    ConnectionTab *tab = window.tab(tabIndex);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Open, 5000);
    const QString recording = m_dir.filePath(QStringLiteral("secret-recording.jsonl"));
    QVERIFY(window.startRecording(recording));

    QListWidget *list = dock->messages();
    QTRY_COMPARE(list->count(), 1);
    const QPoint first = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first);
    const QString shown = test::inTab<QPlainTextEdit>(window, tabIndex, "messageEdit")->toPlainText();
    QCOMPARE(shown, QStringLiteral("login ada {{token}}"));

    QTest::mouseClick(test::inTab<QPushButton>(window, tabIndex, "sendButton"), Qt::LeftButton);
    QCOMPARE(server.waitForLine("received", 5000), QByteArray("received login ada tok-SECRET-77"));
    QTRY_COMPARE_WITH_TIMEOUT(test::rowsWith(window, tabIndex, Direction::Incoming, QStringLiteral("login ada <redacted>")), 1, 5000);
    QCOMPARE(test::rowsWith(window, tabIndex, Direction::Outgoing, QStringLiteral("login ada <redacted>")), 1);
    const MessageLogModel *model = tab->logModel();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(!model->eventAt(row).payload.contains("tok-SECRET-77"), model->eventAt(row).payload.constData());
    window.stopRecording();
    QFile file(recording);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY(recorded.contains("login ada <redacted>"));
    QVERIFY(!recorded.contains("tok-SECRET-77"));
}

void TestCollectionsWindow::environmentEditor()
{
    const QString path = write("editable.json", QStringLiteral(R"({"wsinspectorCollection": 1, "name": "Ed",
        "folders": [{"name": "Local", "connections": [{"name": "Echo", "url": "ws://{{host}}/"}]}],
        "environments": [{"name": "dev", "variables": [{"name": "host", "value": "127.0.0.1:%1"}, {"name": "old", "value": "x"}]}]})")
                                                   .arg(m_echo.port())
                                                   .toUtf8());
    const QString secretsPath = CollectionSecrets::fileName();
    QVERIFY2(secretsPath.startsWith(m_dir.path()) || secretsPath.contains(QStringLiteral("/.qttest/")), qPrintable(secretsPath)); // never yours
    QFile::remove(secretsPath);
    MainWindow window(m_echo.url());
    window.show();
    ConnectionsDock *dock = window.connectionsDock();
    QVERIFY(dock->openCollection(path));
    auto *shown = dock->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
    QCOMPARE(shown->rowCount(), 2);

    // Edit…: rename "old", add a secret typed into a masked field, a repeated name refused first.
    bool sawRepeat = false;
    test::answerNextDialog(&window, [&sawRepeat](QDialog *dialog) {
        auto *editor = qobject_cast<EnvironmentDialog *>(dialog);
        QTableWidget *table = editor->table();
        auto field = [table](int row, int column) { return qobject_cast<QLineEdit *>(table->cellWidget(row, column)); };
        QLineEdit *oldName = field(1, 0);
        oldName->selectAll();
        QTest::keyClicks(oldName, QStringLiteral("renamed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariableButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        QTest::keyClicks(field(2, 0), QStringLiteral("host"));
        QLineEdit *value = field(2, 1);
        QTest::mouseClick(table->cellWidget(2, 2)->findChild<QCheckBox *>(), Qt::LeftButton);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QTest::keyClicks(value, QStringLiteral("hunter2"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("environmentProblem"));
        sawRepeat = dialog->isVisible() && problem->isVisible() && problem->text().contains(QStringLiteral("\"host\" is there twice"));
        QLineEdit *name = field(2, 0);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("token"));
        // (OK is pressed by answerNextDialog.)
    });
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("editEnvironmentButton")), Qt::LeftButton);
    QVERIFY(sawRepeat);
    // The panel shows it, the secret masked; the file has the new names and not the secret's value.
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->item(1, 0)->text(), QStringLiteral("renamed"));
    QCOMPARE(shown->item(2, 0)->text(), QStringLiteral("token"));
    QVERIFY(!shown->item(2, 1)->text().contains(QStringLiteral("hunter2")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("\"renamed\""));
    QVERIFY(written.contains("\"token\""));
    QVERIFY(!written.contains("hunter2"));
    QVERIFY(!written.contains("\"old\""));
    // The secret's value went to the secrets file (0600), where the CLI and the next start find it.
    QFile secrets(CollectionSecrets::fileName());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains("hunter2"));
    QCOMPARE(secrets.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    CollectionModel reread;
    QString error;
    QVERIFY2(reread.open(path, &error), qPrintable(error));
    QCOMPARE(reread.variables(0).value(QStringLiteral("token")), QStringLiteral("hunter2"));

    // New…: a second environment, chosen at once; the user asks for secrets in the file this time.
    test::answerNextDialog(&window, [](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("environmentNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("staging"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariableButton")), Qt::LeftButton);
        QTest::keyClicks(qobject_cast<QLineEdit *>(qobject_cast<EnvironmentDialog *>(dialog)->table()->cellWidget(0, 0)), QStringLiteral("host"));
        dialog->findChild<QCheckBox *>(QStringLiteral("secretsInFileBox"))->setChecked(true);
    });
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("newEnvironmentButton")), Qt::LeftButton);
    QCOMPARE(dock->model()->collection(0).environments.size(), 2);
    QCOMPARE(dock->model()->environment(0), QStringLiteral("staging"));
    file.close(); // (the file was replaced whole: read the new one)
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("hunter2")); // said so: the secret is in the file now
}

void TestCollectionsWindow::checkRunsInATab()
{
    const QString path = write("login-check.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "ws://127.0.0.1:%1/",
        "checks": [{"name": "login", "steps": [
            {"step": "connect"},
            {"step": "send", "json": {"op": "login", "user": "ann", "password": "opensesame"}},
            {"step": "expect", "jsonPath": "$.user", "equals": "bob"},
            {"step": "close"}]}]})")
                                                       .arg(m_login.port())
                                                       .toUtf8());
    MainWindow window(m_echo.url());
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(window.tabCount(), 1);
    auto *send = window.findChild<QAction *>(QStringLiteral("sendAction"));
    auto *saveSession = window.findChild<QAction *>(QStringLiteral("saveSessionAction"));
    QVERIFY(saveSession->isEnabled());

    // File → Run check file…, the file chosen in the dialog: a tab of the main window.
    QList<int> failedRowStates; // what row 2 went through, as the table was told
    QObject watcher;
    connect(tabs, &QTabWidget::currentChanged, &watcher, [&] {
        auto *page = qobject_cast<CheckRunPage *>(tabs->currentWidget());
        if (!page)
            return;
        connect(page->model(), &QAbstractItemModel::dataChanged, &watcher, [&failedRowStates, page] {
            const int status = int(page->model()->status(2));
            if (status == int(CheckRunModel::Status::Pending))
                return;
            if (failedRowStates.isEmpty() || failedRowStates.last() != status)
                failedRowStates.append(status);
        });
    });
    test::answerNextFileDialog(&window, path);
    window.findChild<QAction *>(QStringLiteral("runCheckAction"))->trigger();
    QCOMPARE(window.tabCount(), 2);
    auto *page = qobject_cast<CheckRunPage *>(tabs->currentWidget());
    QVERIFY(page);
    QVERIFY(!window.currentTab()); // a tab of another kind
    QVERIFY(tabs->tabText(1).endsWith(QStringLiteral("login-check.json")));
    // What acts on a connection tab is off while the check is the current tab.
    QVERIFY(!send->isEnabled());
    QVERIFY(!saveSession->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveAsCheckAction"))->isEnabled());
    CheckRunModel *model = page->model();
    QCOMPARE(model->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(model->status(0), CheckRunModel::Status::Passed);
    QCOMPARE(model->status(1), CheckRunModel::Status::Passed);
    QCOMPARE(model->status(2), CheckRunModel::Status::Failed);
    QCOMPARE(model->status(3), CheckRunModel::Status::Skipped);
    // Live: the failing step was shown running before it turned red.
    QCOMPARE(failedRowStates, QList<int>({int(CheckRunModel::Status::Running), int(CheckRunModel::Status::Failed)}));
    QCOMPARE(tabs->tabText(1), QStringLiteral("✗ login-check.json"));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("✗ login-check.json")), qPrintable(window.windowTitle()));
    // The table shows the colours; the failed step's expected beside what came, without a click.
    QTableView *table = page->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->index(0, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(0xd4, 0xf4, 0xd4));
    QCOMPARE(table->model()->index(2, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(0xf8, 0xcc, 0xcc));
    QCOMPARE(page->expectedView()->toPlainText(), QStringLiteral("$.user = \"bob\""));
    QVERIFY2(page->gotView()->toPlainText().startsWith(QStringLiteral("$.user = \"ann\" in ")), qPrintable(page->gotView()->toPlainText()));
    // A click on a passed row shows nothing to compare; a click back on the failed one shows it again.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, CheckRunModel::StepColumn)).center());
    QCOMPARE(page->expectedView()->toPlainText(), QString());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, CheckRunModel::StepColumn)).center());
    QCOMPARE(page->expectedView()->toPlainText(), QStringLiteral("$.user = \"bob\""));
    QCOMPARE(page->summary()->text(), QStringLiteral("Finished: 2 steps passed, 1 failed"));

    // Back on the connection tab its actions answer again; the check tab closes like any tab.
    tabs->setCurrentIndex(0);
    QVERIFY(window.currentTab());
    QVERIFY(saveSession->isEnabled());
    QCOMPARE(send->isEnabled(), window.currentTab()->canSend());
    tabs->setCurrentIndex(1);
    QTest::mouseClick(tabs->tabBar()->tabButton(1, QTabBar::RightSide), Qt::LeftButton);
    QCOMPARE(window.tabCount(), 1);
    QVERIFY(window.currentTab());
    QVERIFY(saveSession->isEnabled());
    // A passing run's tab says so.
    const QString passing = write("passing.json", QStringLiteral(R"({"wsinspectorCheck": 1, "url": "%1",
        "checks": [{"name": "echo", "steps": [{"step": "connect"}, {"step": "send", "text": "hi"}, {"step": "expect", "text": "hi"}]}]})")
                                                      .arg(m_echo.url().toString())
                                                      .toUtf8());
    CheckRunPage *second = window.runCheckFile(passing);
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(second)), QStringLiteral("✓ passing.json"), 10000);
    QCOMPARE(second->model()->passedCount(), 3);
}

// The rows of tab's log going direction whose payload is text, in log order.
static std::vector<int> logRows(MainWindow &window, Direction direction, const QString &text)
{
    std::vector<int> rows;
    const MessageLogModel *model = window.logModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const SessionEvent event = model->eventAt(row);
        if (event.direction == direction && event.payloadText() == text)
            rows.push_back(row);
    }
    return rows;
}

void TestCollectionsWindow::saveSelectedRowsAsCheck()
{
    MainWindow window(m_echo.url());
    window.show();
    test::typeUrlAndOpen(window, 0, m_echo.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::Open, 5000);
    test::sendTyped(window, 0, QStringLiteral("{\"op\":\"ping\",\"n\":1}"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->counters().messagesIn, quint64(1), 5000);
    test::sendTyped(window, 0, QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->counters().messagesIn, quint64(2), 5000);

    // Select the second message and its echo in the log; Save as check is on its right-click menu.
    LogPane *pane = window.logPane();
    QTableView *view = pane->view();
    auto *saveAsCheck = window.findChild<QAction *>(QStringLiteral("saveAsCheckAction"));
    QVERIFY(saveAsCheck->isEnabled());
    QVERIFY(view->actions().contains(saveAsCheck));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    // (The log shows rows in batches: wait for the echo's row.)
    QTRY_COMPARE_WITH_TIMEOUT(logRows(window, Direction::Incoming, QStringLiteral("second")).size(), size_t(1), 5000);
    const std::vector<int> out = logRows(window, Direction::Outgoing, QStringLiteral("second"));
    const std::vector<int> in = logRows(window, Direction::Incoming, QStringLiteral("second"));
    QCOMPARE(out.size(), size_t(1));
    const auto at = [pane, view](int row) { return view->visualRect(pane->toShown(pane->model()->index(row, MessageLogModel::DataColumn))).center(); };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(out.front()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, at(in.front()));
    QCOMPARE(pane->selectedRows().size(), size_t(2));
    const QString selected = m_dir.filePath("selected.json");
    test::answerNextFileDialog(&window, selected);
    saveAsCheck->trigger();
    QString error;
    std::optional<CheckFile> check = CheckFile::read(selected, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(check->checks.at(0).name, QStringLiteral("selected"));
    QList<CheckStep> steps = check->checks.at(0).steps;
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).type, CheckStep::Type::Connect);
    QCOMPARE(steps.at(1).type, CheckStep::Type::Send);
    QCOMPARE(steps.at(1).draft.text, QStringLiteral("second"));
    QCOMPARE(steps.at(2).type, CheckStep::Type::Expect);
    QCOMPARE(steps.at(2).matcher.kind(), Matcher::Kind::Text);
    // Run again in its tab: it passes.
    CheckRunPage *page = window.runCheckFile(selected);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(page->model()->passedCount(), 3);
    QCOMPARE(page->model()->failedCount(), 0);

    // From a session file opened read-only (File → Open session…): nothing selected, every row.
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    const QString session = m_dir.filePath("echo-session.jsonl");
    QVERIFY2(window.saveSessionAs(session, &error), qPrintable(error));
    SessionViewWindow *viewer = window.openSessionFile(session);
    QVERIFY(viewer);
    auto *viewerAction = viewer->findChild<QAction *>(QStringLiteral("saveAsCheckAction"));
    QVERIFY(viewerAction);
    QVERIFY(viewer->findChild<LogPane *>()->view()->actions().contains(viewerAction));
    const QString whole = m_dir.filePath("whole.json");
    test::answerNextFileDialog(viewer, whole);
    viewerAction->trigger();
    check = CheckFile::read(whole, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(check->url, m_echo.url().toString());
    steps = check->checks.at(0).steps;
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.at(1).type, CheckStep::Type::Send);
    QCOMPARE(steps.at(2).type, CheckStep::Type::Expect);
    QCOMPARE(steps.at(2).matcher.kind(), Matcher::Kind::JsonSubset);
    QCOMPARE(steps.at(4).type, CheckStep::Type::Expect);
    page = window.runCheckFile(whole);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(page->model()->passedCount(), 5);
    delete viewer;
}

QTEST_MAIN(TestCollectionsWindow)
#include "tst_collectionswindow.moc"
