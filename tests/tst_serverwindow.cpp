// The Server tab as a person uses it: File → New mock server…, the port typed into the real
// field, a rules file loaded through the real button and file dialog, Start clicked; the
// python3-websockets client of tests/servers/relay_client.py (not Qt's) connects, and what it
// received, what the tab's log holds and what the tab says are read back.
#include "ComposerWidget.h"
#include "DialogAnswerer.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "PeerClient.h"
#include "ServerPage.h"
#include "WindowDriver.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "mock/MockServer.h"
#include "record/SessionFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsi;
using wsi::test::PeerClient;

class tst_ServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rulesReplyByHandCloseAndSave();
    void badRulesFileStartsNothing();
    void rulesEditedInTheTab();
    void portInUse();
    void refusedCloseCode();
    void connectionFilter();

private:
    ServerPage *openServer();
    // Types the port into the real field, clicks Start.
    bool startOn(ServerPage *page, quint16 port);
    QString writeFile(const QString &name, const QByteArray &bytes);
    bool loadByDialog(ServerPage *page, const QString &path);
    // The log's rows as the Dir and Data columns show them: "#1 ↓ from client|hello".
    static QStringList rows(ServerPage *page);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

void tst_ServerWindow::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_serverwindow"));
}

void tst_ServerWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(QUrl());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ServerWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

ServerPage *tst_ServerWindow::openServer()
{
    // File → New mock server… by its shortcut, as a person would.
    if (!test::activate(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    return qobject_cast<ServerPage *>(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget());
}

bool tst_ServerWindow::startOn(ServerPage *page, quint16 port)
{
    page->portSpin()->setFocus();
    page->portSpin()->selectAll();
    QTest::keyClicks(page->portSpin(), QString::number(port));
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    return page->isListening();
}

QString tst_ServerWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(bytes);
    return path;
}

bool tst_ServerWindow::loadByDialog(ServerPage *page, const QString &path)
{
    test::answerNextFileDialog(this, path);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("loadRulesButton")), Qt::LeftButton);
    return page->rulesPath() == path;
}

QStringList tst_ServerWindow::rows(ServerPage *page)
{
    MessageLogModel *model = page->model();
    model->flush();
    QAbstractItemModel *shown = page->logPane()->shownModel();
    QStringList out;
    for (int row = 0; row < shown->rowCount(); ++row)
        out << shown->index(row, MessageLogModel::DirectionColumn).data().toString() + u'|'
                   + shown->index(row, MessageLogModel::DataColumn).data().toString();
    return out;
}

void tst_ServerWindow::rulesReplyByHandCloseAndSave()
{
    ServerPage *page = openServer();
    QVERIFY(page);
    QCOMPARE(page->windowTitle(), QStringLiteral("Server"));
    const QString rulesPath = writeFile(QStringLiteral("greeter.json"), R"({"wsinspectorMock": 1,
  "rules": [{"regex": "^hello (\\w+)$", "reply": "hi {{1}}"}]
})");
    QVERIFY(loadByDialog(page, rulesPath));
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("rulesLabel"))->text().contains(QStringLiteral("greeter.json — 1 rule")),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("rulesLabel"))->text()));
    QVERIFY(page->rulesEditor()->toPlainText().contains(QStringLiteral("hi {{1}}")));

    const quint16 port = freePort();
    QVERIFY2(startOn(page, port), qPrintable(page->statusLabel()->text()));
    QCOMPARE(page->listenUrl(), QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->text(), page->listenUrl());
    QCOMPARE(page->windowTitle(), QStringLiteral("● Server :%1").arg(port));
    QCOMPARE(page->startButton()->text(), QStringLiteral("&Stop"));
    QVERIFY(!page->portSpin()->isEnabled());

    // The client says hello, gets the rule's reply, then one by hand, then waits to be closed.
    PeerClient client({page->listenUrl() + QStringLiteral("chat"), QStringLiteral("--send"), QStringLiteral("hello ann"), QStringLiteral("--expect"),
                       QStringLiteral("2"), QStringLiteral("--wait-close")});
    QTRY_VERIFY2_WITH_TIMEOUT(client.received().contains(QStringLiteral("hi ann")), qPrintable(client.errors()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rows(page).contains(QStringLiteral("#1 ↑ to client|hi ann")), 5000);
    QVERIFY2(rows(page).contains(QStringLiteral("#1 ↓ from client|hello ann")), qPrintable(rows(page).join(u'\n')));

    // Its handshake, in the Connections tab.
    page->sideTabs()->setCurrentIndex(2);
    QCOMPARE(page->connectionList()->count(), 1);
    QVERIFY2(page->connectionList()->item(0)->text().contains(QStringLiteral("#1 open /chat")), qPrintable(page->connectionList()->item(0)->text()));
    QVERIFY(page->handshakeView()->toPlainText().contains(QStringLiteral("GET /chat HTTP/1.1")));
    QVERIFY(page->handshakeView()->toPlainText().contains(QStringLiteral("HTTP/1.1 101 Switching Protocols")));

    // Answered by hand from the composer (Reply tab), by the real Send button.
    page->sideTabs()->setCurrentIndex(0);
    auto *to = page->findChild<QComboBox *>(QStringLiteral("replyConnectionCombo"));
    QCOMPARE(to->count(), 1);
    QCOMPARE(to->currentData().toInt(), 1);
    QTest::keyClicks(page->composer()->editor(), QStringLiteral("typed by hand"));
    QTest::mouseClick(page->composer()->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(client.received().contains(QStringLiteral("typed by hand")), qPrintable(page->statusLabel()->text()), 5000);
    QCOMPARE(page->statusLabel()->text(), QStringLiteral("Sent to client #1"));
    QTRY_VERIFY_WITH_TIMEOUT(rows(page).contains(QStringLiteral("#1 ↑ to client|typed by hand")), 5000);

    // Close client… with 4001 "bye" in the real dialog: the client sees both.
    test::answerNextDialog(this, [](QDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("codeSpin"))->setValue(4001);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("bye"));
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("closeClientButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
    const QJsonObject closed = client.first("closed");
    QCOMPARE(closed.value(QStringLiteral("closed")).toInt(), 4001);
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("bye"));
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionList()->item(0)->text().contains(QStringLiteral("#1 closed")), 5000);
    QCOMPARE(to->count(), 0);
    QVERIFY(!page->composer()->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());

    // Save… writes the log as a session file, each event with its connection and the handshake.
    const QString session = m_dir->filePath(QStringLiteral("server.jsonl"));
    test::answerNextFileDialog(this, session);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("serverSaveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(session), 5000);
    const SessionFile::Contents contents = SessionFile::read(session);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    QCOMPARE(qsizetype(contents.events.size()), qsizetype(page->model()->rowCount()));
    QCOMPARE(contents.header.url.port(), int(port));
    int texts = 0;
    for (const SessionEvent &e : contents.events) {
        QCOMPARE(e.connection, 1);
        texts += e.kind == EventKind::Text ? 1 : 0;
        if (e.kind == EventKind::Close && e.direction == Direction::Outgoing)
            QCOMPARE(e.closeCode, 4001);
    }
    QCOMPARE(texts, 3);

    // Stop frees the fields.
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(!page->isListening());
    QVERIFY(page->portSpin()->isEnabled());
    QCOMPARE(page->windowTitle(), QStringLiteral("Server"));
}

void tst_ServerWindow::badRulesFileStartsNothing()
{
    ServerPage *page = openServer();
    QVERIFY(page);
    const QString path = writeFile(QStringLiteral("bad.json"), "{\"wsinspectorMock\": 1,\n  \"rules\": [{\"regex\": \"(\", \"reply\": \"x\"}]\n}\n");
    QVERIFY(loadByDialog(page, path));
    // FILE:LINE:COLUMN and what is wrong, under the editor and in the status line.
    const QString error = page->rulesErrorLabel()->text();
    QVERIFY2(error.startsWith(path + QStringLiteral(":2:")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not compile")), qPrintable(error));
    QVERIFY(page->rulesErrorLabel()->isVisibleTo(page)); // the Rules tab is shown, with the error
    QVERIFY2(page->statusLabel()->text().contains(path + QStringLiteral(":2:")), qPrintable(page->statusLabel()->text()));
    // The file's text is in the editor to be fixed; Start refuses it.
    QVERIFY(page->rulesEditor()->toPlainText().contains(QStringLiteral("\"regex\": \"(\"")));
    const quint16 port = freePort();
    QVERIFY(!startOn(page, port));
    QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Not started: the rules do not read: ") + path + QStringLiteral(":2:")),
             qPrintable(page->statusLabel()->text()));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(1000)); // nothing listens there
    QVERIFY(page->portSpin()->isEnabled());
    QCOMPARE(page->portSpin()->value(), int(port)); // nothing typed is lost
}

void tst_ServerWindow::rulesEditedInTheTab()
{
    ServerPage *page = openServer();
    QVERIFY(page);
    QVERIFY(startOn(page, freePort()));
    page->sideTabs()->setCurrentIndex(1);
    QPlainTextEdit *editor = page->rulesEditor();
    auto *apply = page->findChild<QPushButton *>(QStringLiteral("applyRulesButton"));
    // A mistake: shown with its line and column, the rules that ran keep running.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("{\"wsinspectorMock\": 1,"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("\"rules\": [{\"text\": \"ping\", \"reply\": \"pong\"},]}"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(page->rulesErrorLabel()->text().startsWith(QStringLiteral("(rules not saved):2:")), qPrintable(page->rulesErrorLabel()->text()));
    QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("Rules not applied")));
    {
        PeerClient client({page->listenUrl(), QStringLiteral("--send"), QStringLiteral("ping"), QStringLiteral("--idle"), QStringLiteral("0.3")});
        QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
        QVERIFY2(client.received().isEmpty(), qPrintable(client.received().join(u',')));
        QVERIFY(!client.first("open").isEmpty());
    }
    // Fixed and applied: the next client is answered.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("{\"wsinspectorMock\": 1,"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("\"rules\": [{\"text\": \"ping\", \"reply\": \"pong\"}]}"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!page->rulesErrorLabel()->isVisibleTo(page));
    QCOMPARE(page->statusLabel()->text(), QStringLiteral("Rules applied: clients that connect from now on follow them"));
    PeerClient client({page->listenUrl(), QStringLiteral("--send"), QStringLiteral("ping"), QStringLiteral("--expect"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 20000);
    QCOMPARE(client.received(), QStringList{QStringLiteral("pong")});

    // Save rules… writes the editor's text; wsinspector's reader reads it back.
    const QString saved = m_dir->filePath(QStringLiteral("saved.json"));
    test::answerNextFileDialog(this, saved);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveRulesButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 5000);
    QString error;
    const std::optional<MockRules> read = MockRules::read(saved, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->rules.size(), 1);
    QCOMPARE(*read->rules.at(0).reply, QStringLiteral("pong"));
}

void tst_ServerWindow::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    ServerPage *page = openServer();
    QVERIFY(page);
    QVERIFY(!startOn(page, taken.serverPort()));
    QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Not started: ")), qPrintable(page->statusLabel()->text()));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("the port is in use")), qPrintable(page->statusLabel()->text()));
    QVERIFY(page->portSpin()->isEnabled());
    QCOMPARE(page->windowTitle(), QStringLiteral("Server"));
    // Another address than 127.0.0.1: the warning the Intercept tab gives.
    page->addressEdit()->selectAll();
    QTest::keyClicks(page->addressEdit(), QStringLiteral("0.0.0.0"));
    QVERIFY(page->warningLabel()->isVisibleTo(page));
    QVERIFY(page->warningLabel()->text().contains(QStringLiteral("anyone who can reach this address")));
}

void tst_ServerWindow::refusedCloseCode()
{
    ServerPage *page = openServer();
    QVERIFY(page);
    QVERIFY(startOn(page, freePort()));
    PeerClient client({page->listenUrl(), QStringLiteral("--wait-close")});
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QComboBox *>(QStringLiteral("replyConnectionCombo"))->count(), 1, 20000);
    // 1005 may be picked in the dialog, which says it may not be sent and offers no OK: cancelled.
    bool okEnabled = true;
    QString meaning;
    test::answerNextDialog(this, [&](QDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("codeSpin"))->setValue(1005);
        okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        meaning = dialog->findChild<QLabel *>(QStringLiteral("meaningLabel"))->text();
    }, QDialogButtonBox::Cancel);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("closeClientButton")), Qt::LeftButton);
    QVERIFY(!okEnabled);
    QVERIFY2(meaning.contains(QStringLiteral("may not be sent")), qPrintable(meaning));
    // Asked without the dialog (the tab's own check): refused with a clear message, the client stays.
    QVERIFY(!page->closeClient(1, 1006, QStringLiteral("x")));
    QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Not closed: 1006")), qPrintable(page->statusLabel()->text()));
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("may not be sent")));
    QVERIFY(!page->closeClient(1, 5000, QStringLiteral("x")));
    QVERIFY(!client.finished());
    QCOMPARE(page->server()->connections(), QList<int>{1});
    QVERIFY(page->closeClient(1, 1000, QStringLiteral("done")));
    QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
    QCOMPARE(client.first("closed").value(QStringLiteral("closed")).toInt(), 1000);
}

void tst_ServerWindow::connectionFilter()
{
    ServerPage *page = openServer();
    QVERIFY(page);
    QVERIFY(loadByDialog(page, writeFile(QStringLiteral("echo.json"), R"({"wsinspectorMock": 1, "rules": [{"reply": "echo {{message}}"}]})")));
    QVERIFY(startOn(page, freePort()));
    {
        PeerClient first({page->listenUrl() + QStringLiteral("a"), QStringLiteral("--send"), QStringLiteral("from one"), QStringLiteral("--expect"), QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(first.finished(), 20000);
        QCOMPARE(first.received(), QStringList{QStringLiteral("echo from one")});
    }
    PeerClient second({page->listenUrl() + QStringLiteral("b"), QStringLiteral("--send"), QStringLiteral("from two"), QStringLiteral("--expect"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(second.finished(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rows(page).contains(QStringLiteral("#2 ↑ to client|echo from two")), 5000);
    QVERIFY(rows(page).contains(QStringLiteral("#1 ↑ to client|echo from one")));

    // The log's connection choice: only #2's rows, then all again.
    QComboBox *filter = page->logPane()->connectionCombo();
    QVERIFY(filter->isVisibleTo(page));
    QCOMPARE(filter->count(), 3); // All connections, #1 only, #2 only
    filter->setCurrentIndex(filter->findData(2));
    QTRY_VERIFY_WITH_TIMEOUT(page->logPane()->filter()->isComplete(), 5000);
    const QStringList onlyTwo = rows(page);
    QVERIFY2(onlyTwo.contains(QStringLiteral("#2 ↓ from client|from two")), qPrintable(onlyTwo.join(u'\n')));
    for (const QString &row : onlyTwo)
        QVERIFY2(row.startsWith(QStringLiteral("#2 ")), qPrintable(row));
    // A new client does not change the choice.
    {
        PeerClient third({page->listenUrl(), QStringLiteral("--send"), QStringLiteral("from three"), QStringLiteral("--expect"), QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(third.finished(), 20000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(filter->count(), 4, 5000);
    QCOMPARE(filter->currentData().toInt(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && page->logPane()->filter()->isComplete(), 5000);
    for (const QString &row : rows(page))
        QVERIFY2(row.startsWith(QStringLiteral("#2 ")), qPrintable(row));
    filter->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(rows(page).contains(QStringLiteral("#3 ↓ from client|from three")), 5000);
    QVERIFY(rows(page).contains(QStringLiteral("#1 ↓ from client|from one")));
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
