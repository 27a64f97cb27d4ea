// The window used as a person uses it: type into the real URL field, click the
// real buttons, read the real log model.
#include "MainWindow.h"
#include "TestServers.h"
#include "log/MessageLogModel.h"
#include "server/EchoServer.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace wsi;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openSendEchoClose();
    void ctrlEnterSends();
    void serverCloseShowsCodeAndMeaning();
    void badUrlIsRefusedClearly();
    void rejectedHandshakeShowsStatus();
    void recentUrlsAreRemembered();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void typeUrlAndOpen(const QString &url);
    int findRow(EventKind kind, Direction direction, const QString &text) const;
    QString stateText() { return child<QLabel>("stateLabel")->text(); }

    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsinspector-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_echo.listen());
}

void tst_MainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::typeUrlAndOpen(const QString &url)
{
    QLineEdit *field = child<QComboBox>("urlCombo")->lineEdit();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, url);
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
}

int tst_MainWindow::findRow(EventKind kind, Direction direction, const QString &text) const
{
    const MessageLogModel *model = m_window->logModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MessageLogModel::DataColumn);
        if (index.data(MessageLogModel::KindRole).toInt() == int(kind)
            && index.data(MessageLogModel::DirectionRole).toInt() == int(direction)
            && index.data().toString().contains(text))
            return row;
    }
    return -1;
}

void tst_MainWindow::openSendEchoClose()
{
    auto *openButton = child<QPushButton>("openButton");
    auto *closeButton = child<QPushButton>("closeButton");
    auto *sendButton = child<QPushButton>("sendButton");
    QVERIFY(openButton->isEnabled());
    QVERIFY(!closeButton->isEnabled());
    QVERIFY(!sendButton->isEnabled());
    QCOMPARE(child<QComboBox>("urlCombo")->currentText(), m_echo.url().toString());

    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY2(stateText().startsWith(QStringLiteral("OPEN")), qPrintable(stateText()));
    QVERIFY(sendButton->isEnabled());
    QVERIFY(closeButton->isEnabled());
    QVERIFY(!openButton->isEnabled());

    auto *editor = child<QPlainTextEdit>("messageEdit");
    QTest::keyClicks(editor, QStringLiteral("<b>x</b><img src=y>"));
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("<b>x</b><img src=y>")) >= 0);
    QVERIFY(findRow(EventKind::Text, Direction::Outgoing, QStringLiteral("<b>x</b><img src=y>")) >= 0);

    // Select the echoed row with the mouse: the detail pane shows the same characters.
    auto *view = child<QTableView>("logView");
    const int row = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("<b>x</b>"));
    const QModelIndex index = m_window->logModel()->index(row, MessageLogModel::DataColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
    QVERIFY2(child<QPlainTextEdit>("detailView")->toPlainText().contains(QStringLiteral("<b>x</b><img src=y>")),
             qPrintable(child<QPlainTextEdit>("detailView")->toPlainText()));

    QTest::mouseClick(closeButton, Qt::LeftButton);
    QTRY_VERIFY2(stateText().startsWith(QStringLiteral("CLOSED")), qPrintable(stateText()));
    QTRY_VERIFY(findRow(EventKind::Close, Direction::Outgoing, QStringLiteral("1000 Normal closure, closed by client")) >= 0);
    QVERIFY(openButton->isEnabled());
    QVERIFY(!sendButton->isEnabled());
}

void tst_MainWindow::ctrlEnterSends()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    auto *editor = child<QPlainTextEdit>("messageEdit");
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("via keyboard"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("via keyboard")) >= 0);
    QCOMPARE(m_window->session()->counters().messagesOut, 1ull);
}

void tst_MainWindow::serverCloseShowsCodeAndMeaning()
{
    typeUrlAndOpen(m_scripted.url(QStringLiteral("/close1011")).toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    const int row = findRow(EventKind::Close, Direction::Incoming, QStringLiteral("1011 Internal error, closed by server: boom"));
    QVERIFY(row >= 0);
    QVERIFY(m_window->logModel()->detailText(row).contains(QStringLiteral("unexpected condition")));
}

void tst_MainWindow::badUrlIsRefusedClearly()
{
    typeUrlAndOpen(QStringLiteral("http://example.com/"));
    QVERIFY(child<QPushButton>("openButton")->isEnabled());
    QTRY_VERIFY(findRow(EventKind::Error, Direction::Local, QStringLiteral("scheme must be ws:// or wss://")) >= 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("not a WebSocket URL")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // What the user typed is still there to fix.
    QCOMPARE(child<QComboBox>("urlCombo")->currentText(), QStringLiteral("http://example.com/"));
}

void tst_MainWindow::rejectedHandshakeShowsStatus()
{
    test::RawHttpServer server("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    typeUrlAndOpen(server.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    QTRY_VERIFY(findRow(EventKind::Error, Direction::Local, QStringLiteral("HTTP 401 Unauthorized")) >= 0);
    QVERIFY(child<QPlainTextEdit>("handshakeView")->toPlainText().contains(QStringLiteral("HTTP 401 (rejected)")));
    QVERIFY(child<QPlainTextEdit>("handshakeView")->toPlainText().contains(QStringLiteral("Upgrade: websocket")));
}

void tst_MainWindow::recentUrlsAreRemembered()
{
    const QString url = m_scripted.url(QStringLiteral("/echo")).toString();
    typeUrlAndOpen(url);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QVERIFY(MainWindow::recentUrls().contains(url));
    QVERIFY(!MainWindow::recentUrls().contains(m_echo.url().toString()));
    // A new window offers it in the list.
    m_window.reset();
    init();
    auto *combo = child<QComboBox>("urlCombo");
    QVERIFY(combo->findText(url) >= 0);
    QCOMPARE(combo->itemText(0), m_echo.url().toString());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
