// The window's collections and checks, driven as a person would: the Connections panel
// (double-click a saved connection, secret variables masked, an unknown variable said),
// Save to collection from a tab, a check file running in the checks window with rows turning
// green and red, and Save as check from a tab's log, run again.
#include "CheckRunWindow.h"
#include "ConnectionsDock.h"
#include "DialogAnswerer.h"
#include "TestFiles.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "check/CheckFile.h"
#include "check/CheckRunModel.h"
#include "collection/Collection.h"
#include "collection/CollectionModel.h"
#include "server/EchoServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    void checkRunTurnsRowsGreenAndRed();
    void saveLogAsCheckAndRunIt();

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

void TestCollectionsWindow::checkRunTurnsRowsGreenAndRed()
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
    CheckRunPage *page = window.runCheckFile(path);
    QVERIFY(page);
    QVERIFY(window.checkRunWindow()->isVisible());
    CheckRunModel *model = page->model();
    QCOMPARE(model->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(model->status(0), CheckRunModel::Status::Passed);
    QCOMPARE(model->status(1), CheckRunModel::Status::Passed);
    QCOMPARE(model->status(2), CheckRunModel::Status::Failed);
    QCOMPARE(model->status(3), CheckRunModel::Status::Skipped);
    // The table shows the colours; the failed row is selected, its expected beside what came.
    QTableView *table = page->table();
    QCOMPARE(table->model()->index(0, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(0xd4, 0xf4, 0xd4));
    QCOMPARE(table->model()->index(2, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(0xf8, 0xcc, 0xcc));
    QCOMPARE(page->expectedView()->toPlainText(), QStringLiteral("$.user = \"bob\""));
    QVERIFY2(page->gotView()->toPlainText().startsWith(QStringLiteral("$.user = \"ann\" in ")), qPrintable(page->gotView()->toPlainText()));
    // A click on a passed row shows nothing to compare; a click back on the failed one shows it again.
    table->show();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, CheckRunModel::StepColumn)).center());
    QCOMPARE(page->expectedView()->toPlainText(), QString());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, CheckRunModel::StepColumn)).center());
    QCOMPARE(page->expectedView()->toPlainText(), QStringLiteral("$.user = \"bob\""));
    QCOMPARE(page->summary()->text(), QStringLiteral("Finished: 2 steps passed, 1 failed"));
}

void TestCollectionsWindow::saveLogAsCheckAndRunIt()
{
    MainWindow window(m_echo.url());
    window.show();
    test::typeUrlAndOpen(window, 0, m_echo.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::Open, 5000);
    test::sendTyped(window, 0, QStringLiteral("{\"op\":\"ping\",\"n\":1}"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->counters().messagesIn, quint64(1), 5000);
    const QString path = m_dir.filePath("from-log.json");
    QString error;
    QVERIFY2(window.saveAsCheck(path, &error), qPrintable(error));
    const std::optional<CheckFile> check = CheckFile::read(path, &error);
    QVERIFY2(check, qPrintable(error));
    const QList<CheckStep> &steps = check->checks.at(0).steps;
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).type, CheckStep::Type::Connect);
    QCOMPARE(steps.at(1).type, CheckStep::Type::Send);
    QCOMPARE(steps.at(2).type, CheckStep::Type::Expect);
    QCOMPARE(steps.at(2).matcher.kind(), Matcher::Kind::JsonSubset);
    CheckRunPage *page = window.runCheckFile(path);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(page->model()->passedCount(), 3);
    QCOMPARE(page->model()->failedCount(), 0);
}

QTEST_MAIN(TestCollectionsWindow)
#include "tst_collectionswindow.moc"
