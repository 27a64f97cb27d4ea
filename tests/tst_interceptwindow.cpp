// The Intercept tab as a person uses it: File → New intercept…, the upstream typed into the
// real field, Start clicked, a breakpoint added with the real widgets, a QWebSocket client in
// this test as the intercepted program and the node "ws" server (tests/servers/relay_upstream.js)
// as its server. What each peer received and what the tab's model holds are read back.
#include "BreakpointPanel.h"
#include "ComposerWidget.h"
#include "DialogAnswerer.h"
#include "InterceptPage.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "SessionViewWindow.h"
#include "WindowDriver.h"
#include "TestServers.h"
#include "log/MessageLogModel.h"
#include "record/SessionFile.h"
#include "relay/RelayServer.h"
#include "wire/HttpHead.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace wsi;
using wsi::test::ServerProcess;

namespace {

// The intercepted program: a client that keeps what it receives.
struct Client
{
    QWebSocket socket;
    QStringList received;
    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) { received << text; });
    }
};

QList<SessionEvent> eventsTagged(MessageLogModel *model, MessageTag tag)
{
    model->flush();
    QList<SessionEvent> out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SessionEvent e = model->eventAt(row);
        if (e.tag == tag)
            out << e;
    }
    return out;
}

} // namespace

class tst_InterceptWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdEditDropInjectAndSave();
    void binaryBreakpointEditedAsHex();
    void closeHeldAndEdited();
    void badBreakpointIsRefusedAndKept();
    void portInUse();
    void badUpstreamUrl();
    void unreachableUpstreamIsShown();
    void otherAddressWarns();

private:
    InterceptPage *openIntercept();
    bool startTo(InterceptPage *page, const QString &upstream);
    void addBreakpoint(InterceptPage *page, int direction, int kind, int match, const QString &pattern, const QString &value = {});

    std::unique_ptr<ServerProcess> m_node;
    std::unique_ptr<MainWindow> m_window;
};

void tst_InterceptWindow::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_interceptwindow"));
}

void tst_InterceptWindow::init()
{
    m_node = std::make_unique<ServerProcess>(QStringLiteral("relay_upstream.js"));
    QString error;
    QVERIFY2(m_node->start(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(QUrl());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_InterceptWindow::cleanup()
{
    m_window.reset();
    m_node.reset();
}

InterceptPage *tst_InterceptWindow::openIntercept()
{
    // File → New intercept… by its shortcut, as a person would.
    if (!test::activate(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = qobject_cast<InterceptPage *>(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget());
    return page;
}

bool tst_InterceptWindow::startTo(InterceptPage *page, const QString &upstream)
{
    page->upstreamEdit()->clear();
    QTest::keyClicks(page->upstreamEdit(), upstream);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    return page->isListening();
}

void tst_InterceptWindow::addBreakpoint(InterceptPage *page, int direction, int kind, int match, const QString &pattern, const QString &value)
{
    BreakpointPanel *panel = page->breakpoints();
    panel->findChild<QComboBox *>(QStringLiteral("breakDirectionCombo"))->setCurrentIndex(direction);
    panel->findChild<QComboBox *>(QStringLiteral("breakKindCombo"))->setCurrentIndex(kind);
    panel->findChild<QComboBox *>(QStringLiteral("breakMatchCombo"))->setCurrentIndex(match);
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("breakPatternEdit")), pattern);
    if (!value.isEmpty())
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("breakValueEdit")), value);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addBreakpointButton")), Qt::LeftButton);
}

void tst_InterceptWindow::holdEditDropInjectAndSave()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    QCOMPARE(page->windowTitle(), QStringLiteral("Intercept"));
    QVERIFY(startTo(page, m_node->url(QStringLiteral("/")).toString()));
    const QString listen = page->findChild<QLineEdit *>(QStringLiteral("interceptUrlEdit"))->text();
    QVERIFY2(listen.startsWith(QStringLiteral("ws://127.0.0.1:")), qPrintable(listen));
    QCOMPARE(page->startButton()->text(), QStringLiteral("&Stop"));
    QVERIFY(!page->upstreamEdit()->isEnabled());

    // To the server, text, JSON path $.op equals "buy".
    addBreakpoint(page, 1, 0, 2, QStringLiteral("$.op"), QStringLiteral("buy"));
    QListWidget *rules = page->breakpoints()->breakpointList();
    QCOMPARE(rules->count(), 1);
    QVERIFY2(rules->item(0)->text().contains(QStringLiteral("$.op = buy")), qPrintable(rules->item(0)->text()));

    Client client;
    client.socket.open(QUrl(listen + QStringLiteral("echo")));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 10000);
    // The handshake as both sides sent it, in the Connections tab.
    page->sideTabs()->setCurrentIndex(2);
    auto *connections = page->findChild<QListWidget *>(QStringLiteral("connectionList"));
    QTRY_COMPARE_WITH_TIMEOUT(connections->count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->handshakeView()->toPlainText().contains(QStringLiteral("HTTP/1.1 101")), 5000);
    QVERIFY(page->handshakeView()->toPlainText().contains(QStringLiteral("GET /echo HTTP/1.1")));
    QVERIFY(page->handshakeView()->toPlainText().contains(QStringLiteral("Sec-WebSocket-Key"), Qt::CaseInsensitive));

    // A message the breakpoint names is held; the one behind it waits too.
    client.socket.sendTextMessage(QStringLiteral("{\"op\":\"sell\",\"n\":0}"));
    QVERIFY(!m_node->waitForLine("received {\"op\":\"sell\",\"n\":0}").isEmpty()); // not named: flows
    client.socket.sendTextMessage(QStringLiteral("{\"op\":\"buy\",\"n\":1}"));
    client.socket.sendTextMessage(QStringLiteral("behind"));
    QListWidget *held = page->breakpoints()->heldList();
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 1, 5000);
    QVERIFY2(held->item(0)->text().contains(QStringLiteral("#1 ↑ to server")), qPrintable(held->item(0)->text()));
    QCOMPARE(page->sideTabs()->currentIndex(), 0); // the Breakpoints tab, shown when a message is held
    QTRY_VERIFY_WITH_TIMEOUT(page->windowTitle().contains(QStringLiteral("1 held")), 2000);
    QVERIFY(page->breakpoints()->heldEditor()->toPlainText().contains(QStringLiteral("\"buy\"")));

    // The other direction flows: a message injected toward the client arrives while one is held.
    page->sideTabs()->setCurrentIndex(1);
    page->findChild<QComboBox *>(QStringLiteral("injectDirectionCombo"))->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QComboBox *>(QStringLiteral("injectConnectionCombo"))->count(), 1, 2000);
    QTest::keyClicks(page->composer()->editor(), QStringLiteral("from the inspector"));
    QTest::mouseClick(page->composer()->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(client.received.contains(QStringLiteral("from the inspector")), qPrintable(page->statusLabel()->text()), 5000);
    // Ctrl+Enter in the composer injects too.
    QTest::mouseClick(page->composer()->editor()->viewport(), Qt::LeftButton);
    QTRY_VERIFY(page->composer()->editor()->hasFocus());
    page->composer()->editor()->selectAll();
    QTest::keyClicks(page->composer()->editor(), QStringLiteral("by the keyboard"));
    QTest::keyClick(page->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(client.received.contains(QStringLiteral("by the keyboard")), 5000);
    QCOMPARE(held->count(), 1);
    QVERIFY(!client.received.contains(QStringLiteral("behind"))); // still behind the held one

    // Edit then forward: exactly the new payload reaches the server, then the one behind it.
    page->sideTabs()->setCurrentIndex(0);
    page->breakpoints()->findChild<QComboBox *>(QStringLiteral("heldFormatCombo"))->setCurrentIndex(0);
    QPlainTextEdit *editor = page->breakpoints()->heldEditor();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("{\"op\":\"buy\",\"n\":2}"));
    QTest::mouseClick(page->breakpoints()->findChild<QPushButton *>(QStringLiteral("forwardEditedButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 0, 2000);
    QVERIFY(!m_node->waitForLine("received {\"op\":\"buy\",\"n\":2}").isEmpty());
    QVERIFY(!m_node->waitForLine("received behind").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(client.received.contains(QStringLiteral("behind")), 5000);
    QVERIFY(client.received.contains(QStringLiteral("{\"op\":\"buy\",\"n\":2}")));
    QVERIFY(!client.received.contains(QStringLiteral("{\"op\":\"buy\",\"n\":1}")));

    // Drop: held, dropped, never reaches the server; the next message does.
    client.socket.sendTextMessage(QStringLiteral("{\"op\":\"buy\",\"n\":3}"));
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 1, 5000);
    QTest::mouseClick(page->breakpoints()->findChild<QPushButton *>(QStringLiteral("dropButton")), Qt::LeftButton);
    QCOMPARE(held->count(), 0);
    client.socket.sendTextMessage(QStringLiteral("after the drop"));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.contains(QStringLiteral("after the drop")), 5000);
    QVERIFY(!client.received.contains(QStringLiteral("{\"op\":\"buy\",\"n\":3}")));

    // The model: both directions of connection 1, and each tag where it belongs.
    MessageLogModel *model = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(eventsTagged(model, MessageTag::Injected).size(), 2, 2000);
    const SessionEvent injected = eventsTagged(model, MessageTag::Injected).constFirst();
    QCOMPARE(injected.payload, QByteArray("from the inspector"));
    QCOMPARE(injected.direction, Direction::Incoming); // toward the client, from the client's side
    QCOMPARE(injected.connection, 1);
    const QList<SessionEvent> edited = eventsTagged(model, MessageTag::Edited);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.constFirst().payload, QByteArray("{\"op\":\"buy\",\"n\":2}"));
    QCOMPARE(edited.constFirst().direction, Direction::Outgoing);
    const QList<SessionEvent> dropped = eventsTagged(model, MessageTag::Dropped);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.constFirst().payload, QByteArray("{\"op\":\"buy\",\"n\":3}"));
    int echoes = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SessionEvent e = model->eventAt(row);
        QCOMPARE(e.connection, 1);
        if (e.kind == EventKind::Text && e.direction == Direction::Incoming && e.payload == "after the drop") {
            ++echoes;
            QCOMPARE(model->data(model->index(row, MessageLogModel::DirectionColumn)).toString(), QStringLiteral("#1 ↓ to client"));
        }
    }
    QCOMPARE(echoes, 1);

    // Save by the real button and dialog; File → Open reads it back with conn, tags and handshake.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("intercept.jsonl"));
    test::answerNextFileDialog(this, path);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("interceptSaveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 5000);
    const SessionFile::Contents contents = SessionFile::read(path);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    QVERIFY(contents.problems.isEmpty());
    QCOMPARE(qsizetype(contents.events.size()), qsizetype(model->rowCount()));
    QCOMPARE(contents.header.url.port(), int(m_node->port()));
    bool sawDropped = false;
    for (const SessionEvent &e : contents.events) {
        QCOMPARE(e.connection, 1);
        if (e.tag == MessageTag::Dropped)
            sawDropped = e.payload == "{\"op\":\"buy\",\"n\":3}";
    }
    QVERIFY(sawDropped);
    // The open line keeps both heads (the reader has no field for them: read as JSON).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool sawOpenHeads = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == QStringLiteral("open"))
            sawOpenHeads = o.value(QStringLiteral("request")).toObject().value(QStringLiteral("line")).toString() == QStringLiteral("GET /echo HTTP/1.1")
                           && o.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt() == 101
                           && o.value(QStringLiteral("conn")).toInt() == 1;
    }
    QVERIFY(sawOpenHeads);
    SessionViewWindow *view = m_window->openSessionFile(path);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->logPane()->model()->rowCount(), model->rowCount(), 5000);
    view->close();

    // Stop closes the client's connection and frees the fields.
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(!page->isListening());
    QVERIFY(page->upstreamEdit()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, 5000);
}

void tst_InterceptWindow::binaryBreakpointEditedAsHex()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    // To the client, binary, containing "PK".
    addBreakpoint(page, 2, 1, 1, QStringLiteral("PK"));
    QCOMPARE(page->breakpoints()->breakpointList()->count(), 1);
    QVERIFY(startTo(page, m_node->url(QStringLiteral("/")).toString()));
    QList<QByteArray> binary; // outlive the client and its connections
    QStringList text;
    QWebSocket client;
    connect(&client, &QWebSocket::binaryMessageReceived, &client, [&binary](const QByteArray &m) { binary << m; });
    connect(&client, &QWebSocket::textMessageReceived, &client, [&text](const QString &m) { text << m; });
    client.open(QUrl(page->listenUrl() + QStringLiteral("echo")));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);
    client.sendBinaryMessage(QByteArray("\x01PK\x03", 4)); // to the server: not held; its echo is
    QVERIFY(!m_node->waitForLine("received-binary 01504b03").isEmpty());
    QListWidget *held = page->breakpoints()->heldList();
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 1, 5000);
    QVERIFY(held->item(0)->text().contains(QStringLiteral("#1 ↓ to client")));
    // Held toward the client; the server still gets what the client sends.
    client.sendTextMessage(QStringLiteral("meanwhile"));
    QVERIFY(!m_node->waitForLine("received meanwhile").isEmpty());
    QVERIFY(binary.isEmpty());
    auto *format = page->breakpoints()->findChild<QComboBox *>(QStringLiteral("heldFormatCombo"));
    QCOMPARE(format->currentIndex(), 2); // binary shows as hex
    QCOMPARE(page->breakpoints()->heldEditor()->toPlainText(), QStringLiteral("01 50 4b 03"));
    // Not hex: said, nothing sent, the editor keeps the text.
    page->breakpoints()->heldEditor()->selectAll();
    QTest::keyClicks(page->breakpoints()->heldEditor(), QStringLiteral("zz"));
    QTest::mouseClick(page->breakpoints()->findChild<QPushButton *>(QStringLiteral("forwardEditedButton")), Qt::LeftButton);
    QCOMPARE(held->count(), 1);
    auto *heldStatus = page->breakpoints()->findChild<QLabel *>(QStringLiteral("heldStatusLabel"));
    QVERIFY2(heldStatus->text().startsWith(QStringLiteral("Not forwarded:")), qPrintable(heldStatus->text()));
    QVERIFY(heldStatus->isVisibleTo(page));
    QCOMPARE(page->breakpoints()->heldEditor()->toPlainText(), QStringLiteral("zz"));
    page->breakpoints()->heldEditor()->selectAll();
    QTest::keyClicks(page->breakpoints()->heldEditor(), QStringLiteral("ca fe"));
    QTest::mouseClick(page->breakpoints()->findChild<QPushButton *>(QStringLiteral("forwardEditedButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 1, 5000);
    QCOMPARE(binary.constFirst(), QByteArray("\xca\xfe", 2));
    QTRY_VERIFY_WITH_TIMEOUT(text.contains(QStringLiteral("meanwhile")), 5000);
    // Forward all releases what a second message brought.
    client.sendBinaryMessage(QByteArray("PK again"));
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 1, 5000);
    QTest::mouseClick(page->breakpoints()->findChild<QPushButton *>(QStringLiteral("forwardAllButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 2, 5000);
    QCOMPARE(binary.at(1), QByteArray("PK again"));
}

void tst_InterceptWindow::closeHeldAndEdited()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    // To the client, Close (the kind combo's sixth entry), regex "^1011".
    addBreakpoint(page, 2, 5, 0, QStringLiteral("^1011"));
    QCOMPARE(page->breakpoints()->breakpointList()->count(), 1);
    QVERIFY2(page->breakpoints()->breakpointList()->item(0)->text().contains(QStringLiteral("close")),
             qPrintable(page->breakpoints()->breakpointList()->item(0)->text()));
    QVERIFY(startTo(page, m_node->url(QStringLiteral("/")).toString()));
    QWebSocket client;
    int closeCode = 0;
    QString closeReason;
    connect(&client, &QWebSocket::disconnected, &client, [&] {
        closeCode = client.closeCode();
        closeReason = client.closeReason();
    });
    client.open(QUrl(page->listenUrl() + QStringLiteral("close1011")));
    QListWidget *held = page->breakpoints()->heldList();
    QTRY_COMPARE_WITH_TIMEOUT(held->count(), 1, 10000);
    QVERIFY2(held->item(0)->text().contains(QStringLiteral("close · 1011 upstream boom")), qPrintable(held->item(0)->text()));
    QCOMPARE(page->breakpoints()->heldEditor()->toPlainText(), QStringLiteral("1011 upstream boom"));
    // The close waits at the relay: the client comes up (its 101 may be read after the hold is
    // shown) and stays up.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
    QCOMPARE(closeCode, 0);
    QCOMPARE(held->count(), 1);
    // A code that may not be sent is refused with why; the close stays held.
    page->breakpoints()->heldEditor()->selectAll();
    QTest::keyClicks(page->breakpoints()->heldEditor(), QStringLiteral("1005 nope"));
    auto *forwardEdited = page->breakpoints()->findChild<QPushButton *>(QStringLiteral("forwardEditedButton"));
    QTest::mouseClick(forwardEdited, Qt::LeftButton);
    auto *heldStatus = page->breakpoints()->findChild<QLabel *>(QStringLiteral("heldStatusLabel"));
    QVERIFY2(heldStatus->text().startsWith(QStringLiteral("Not forwarded:")), qPrintable(heldStatus->text()));
    QCOMPARE(held->count(), 1);
    page->breakpoints()->heldEditor()->selectAll();
    QTest::keyClicks(page->breakpoints()->heldEditor(), QStringLiteral("4001 changed here"));
    QTest::mouseClick(forwardEdited, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(closeCode, 4001, 10000);
    QCOMPARE(closeReason, QStringLiteral("changed here"));
    QCOMPARE(held->count(), 0);
    // The log shows the close as it went, tagged edited.
    const QList<SessionEvent> edited = eventsTagged(page->model(), MessageTag::Edited);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).kind, EventKind::Close);
    QCOMPARE(edited.at(0).closeCode, 4001);
}

void tst_InterceptWindow::badBreakpointIsRefusedAndKept()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    addBreakpoint(page, 0, 0, 0, QStringLiteral("(unclosed"));
    auto *error = page->breakpoints()->findChild<QLabel *>(QStringLiteral("breakErrorLabel"));
    QVERIFY(error->isVisibleTo(page));
    QVERIFY2(error->text().contains(QStringLiteral("not a valid regular expression")), qPrintable(error->text()));
    QCOMPARE(page->breakpoints()->breakpointList()->count(), 0);
    QCOMPARE(page->breakpoints()->findChild<QLineEdit *>(QStringLiteral("breakPatternEdit"))->text(), QStringLiteral("(unclosed"));
    page->breakpoints()->findChild<QLineEdit *>(QStringLiteral("breakPatternEdit"))->clear();
    addBreakpoint(page, 0, 0, 2, QStringLiteral("no dollar"));
    QVERIFY(error->text().contains(QStringLiteral("not a JSON path")));
    QCOMPARE(page->breakpoints()->breakpointList()->count(), 0);
}

void tst_InterceptWindow::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    page->portSpin()->setValue(taken.serverPort());
    QVERIFY(!startTo(page, m_node->url(QStringLiteral("/")).toString()));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("the port is in use")), qPrintable(page->statusLabel()->text()));
    QVERIFY(page->upstreamEdit()->isEnabled()); // nothing lost: fix the port, start again
    QCOMPARE(page->upstreamEdit()->text(), m_node->url(QStringLiteral("/")).toString());
    page->portSpin()->setValue(0);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(page->isListening());
}

void tst_InterceptWindow::badUpstreamUrl()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    QVERIFY(!startTo(page, QStringLiteral("http://127.0.0.1:1/")));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("ws:// or wss://")), qPrintable(page->statusLabel()->text()));
    QVERIFY(!startTo(page, QString()));
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("Enter a WebSocket URL")));
}

void tst_InterceptWindow::unreachableUpstreamIsShown()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    QVERIFY(startTo(page, QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    QWebSocket client;
    client.open(QUrl(page->listenUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(QStringLiteral("cannot reach the upstream")), 10000);
    QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("Connection #1:")));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    page->model()->flush();
    bool error = false;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        error = error || page->model()->eventAt(row).kind == EventKind::Error;
    QVERIFY(error);
}

void tst_InterceptWindow::otherAddressWarns()
{
    InterceptPage *page = openIntercept();
    QVERIFY(page);
    QVERIFY(!page->warningLabel()->isVisibleTo(page));
    page->addressEdit()->selectAll();
    QTest::keyClicks(page->addressEdit(), QStringLiteral("0.0.0.0"));
    QVERIFY(page->warningLabel()->isVisibleTo(page));
    QVERIFY(page->warningLabel()->text().contains(QStringLiteral("anyone")));
    page->addressEdit()->selectAll();
    QTest::keyClicks(page->addressEdit(), QStringLiteral("not an address"));
    QVERIFY(!startTo(page, m_node->url(QStringLiteral("/")).toString()));
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("not an IP address")));
}

QTEST_MAIN(tst_InterceptWindow)
#include "tst_interceptwindow.moc"
