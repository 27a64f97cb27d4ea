// The articles' servers, each started here on 127.0.0.1 and driven through the
// window as a person would: tornado's WebSocketHandler with broadcast (two tabs),
// node's "websocket" package that only speaks echo-protocol, and socket.io 4.
#include "ComposerWidget.h"
#include "ConnectionPanel.h"
#include "ConnectionTab.h"
#include "DialogAnswerer.h"
#include "MainWindow.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "log/MessageLogModel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace wsi;

class tst_ArticleServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tornadoBroadcastReachesBothTabs();
    void nodeEchoProtocolNeedsItsSubprotocol();
    void socketIoTabReceivesNewsAndEmits();

private:
    template<typename T>
    T *inTab(int tab, const char *name) { return test::inTab<T>(*m_window, tab, name); }
    void typeUrlAndOpen(int tab, const QString &url);
    void send(int tab, const QString &text);
    int rowsWith(int tab, Direction direction, const QString &text) const;

    std::unique_ptr<MainWindow> m_window;
};

void tst_ArticleServers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsinspector-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_articleservers"));
    QSettings().clear();
}

void tst_ArticleServers::init()
{
    m_window = std::make_unique<MainWindow>(QUrl());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ArticleServers::cleanup()
{
    m_window.reset();
}

void tst_ArticleServers::typeUrlAndOpen(int tab, const QString &url)
{
    test::typeUrl(*m_window, tab, url);
    QTest::keyClick(inTab<QComboBox>(tab, "urlCombo")->lineEdit(), Qt::Key_Return);
}

void tst_ArticleServers::send(int tab, const QString &text)
{
    auto *editor = inTab<QPlainTextEdit>(tab, "messageEdit");
    editor->clear();
    QTest::keyClicks(editor, text);
    QTest::mouseClick(inTab<QPushButton>(tab, "sendButton"), Qt::LeftButton);
}

int tst_ArticleServers::rowsWith(int tab, Direction direction, const QString &text) const
{
    return test::rowsWith(*m_window, tab, direction, text);
}

void tst_ArticleServers::tornadoBroadcastReachesBothTabs()
{
    test::ServerProcess tornado(QStringLiteral("tornado_server.py"));
    QString error;
    QVERIFY2(tornado.start(&error), qPrintable(error));
    const QString url = tornado.url(QStringLiteral("/chat")).toString();
    typeUrlAndOpen(0, url);
    QTRY_COMPARE(m_window->tab(0)->session()->state(), Session::State::Open);
    m_window->addConnectionTab(QString());
    typeUrlAndOpen(1, url);
    QTRY_COMPARE(m_window->tab(1)->session()->state(), Session::State::Open);

    send(1, QStringLiteral("hello tornado"));
    QTRY_COMPARE(rowsWith(1, Direction::Incoming, QStringLiteral("You said: hello tornado")), 1);
    QCOMPARE(rowsWith(0, Direction::Incoming, QStringLiteral("hello tornado")), 0); // an answer goes to the sender only

    send(1, QStringLiteral("broadcast:to all of you"));
    QTRY_COMPARE(rowsWith(0, Direction::Incoming, QStringLiteral("to all of you")), 1);
    QTRY_COMPARE(rowsWith(1, Direction::Incoming, QStringLiteral("to all of you")), 1);
    QCOMPARE(rowsWith(1, Direction::Outgoing, QStringLiteral("broadcast:to all of you")), 1);
    QCOMPARE(rowsWith(0, Direction::Outgoing, QStringLiteral("to all of you")), 0);
}

void tst_ArticleServers::nodeEchoProtocolNeedsItsSubprotocol()
{
    test::ServerProcess node(QStringLiteral("echo_protocol_server.js"));
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    const QString url = node.url(QStringLiteral("/")).toString();

    // Without the subprotocol the server refuses the handshake: a clear message, the URL kept to retry.
    typeUrlAndOpen(0, url);
    QTRY_COMPARE(m_window->tab(0)->session()->state(), Session::State::Closed);
    QTRY_VERIFY(rowsWith(0, Direction::Local, QStringLiteral("HTTP 403")) >= 1);
    QVERIFY(rowsWith(0, Direction::Local, QStringLiteral("No subprotocol was requested")) >= 1);
    QCOMPARE(inTab<QComboBox>(0, "urlCombo")->currentText(), url);

    // Ask for echo-protocol in the options, as a person would, and open again.
    test::answerNextDialog(this, [](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subprotocolsEdit")), QStringLiteral("echo-protocol"));
    });
    QTest::mouseClick(inTab<QPushButton>(0, "optionsButton"), Qt::LeftButton);
    QTest::mouseClick(inTab<QPushButton>(0, "openButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->tab(0)->session()->state(), Session::State::Open);
    QCOMPARE(m_window->tab(0)->session()->handshake().negotiatedSubprotocol, QStringLiteral("echo-protocol"));
    m_window->connectionPanel()->sample();
    QCOMPARE(m_window->connectionPanel()->findChild<QLabel *>(QStringLiteral("panelSubprotocol"))->text(), QStringLiteral("echo-protocol"));
    send(0, QStringLiteral("echo me"));
    QTRY_COMPARE(rowsWith(0, Direction::Incoming, QStringLiteral("echo me")), 1);
}

void tst_ArticleServers::socketIoTabReceivesNewsAndEmits()
{
    test::ServerProcess io(QStringLiteral("socketio_server.js"));
    QString error;
    QVERIFY2(io.start(&error, 0, {QStringLiteral("--ping-interval"), QStringLiteral("300"), QStringLiteral("--ping-timeout"), QStringLiteral("200")}),
             qPrintable(error));
    // The URL a socket.io user has: the window suggests the mode, the user takes it.
    QLineEdit *field = inTab<QComboBox>(0, "urlCombo")->lineEdit();
    QTest::keyClicks(field, io.url(QStringLiteral("/socket.io/")).toString());
    QTRY_VERIFY(inTab<QWidget>(0, "socketIoHint")->isVisible());
    QTest::mouseClick(inTab<QPushButton>(0, "useSocketIoButton"), Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_window->tab(0)->session()->state(), Session::State::Open);

    // The server's emit("news", {hello: "world"}) is shown as an event, not as 42[...].
    QTRY_COMPARE(rowsWith(0, Direction::Incoming, QStringLiteral(R"(event news {"hello":"world"})")), 1);
    QVERIFY(inTab<QLabel>(0, "stateLabel")->text().contains(QStringLiteral("Socket.IO /")));

    // Emit anotherNews {"my": "data"} from the composer's Socket.IO event mode.
    auto *format = inTab<QComboBox>(0, "composerFormatCombo");
    QCOMPARE(format->currentData().toInt(), int(MessageDraft::Format::SocketIoEvent)); // offered first on a Socket.IO tab
    QTest::keyClicks(inTab<QLineEdit>(0, "socketIoEventEdit"), QStringLiteral("anotherNews"));
    send(0, QStringLiteral("{\"my\": \"data\"}"));
    const QByteArray line = io.waitForLine("anotherNews");
    QVERIFY2(!line.isEmpty(), "the server never received anotherNews");
    QCOMPARE(QJsonDocument(QJsonDocument::fromJson(line).object().value(QStringLiteral("args")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"([{"my":"data"}])"));
    QTRY_COMPARE(rowsWith(0, Direction::Outgoing, QStringLiteral(R"(event anotherNews {"my":"data"})")), 1);

    // Past the server's ping timeout (300 + 200 ms) several times over: still open, pings answered.
    QTest::qWait(1500);
    QCOMPARE(m_window->tab(0)->session()->state(), Session::State::Open);
    QVERIFY(rowsWith(0, Direction::Outgoing, QStringLiteral("Engine.IO pong")) >= 3);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("/socket.io/")));
}

QTEST_MAIN(tst_ArticleServers)
#include "tst_articleservers.moc"
