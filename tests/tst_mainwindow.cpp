// The window used as a person uses it: type into the real URL field, click the
// real buttons, read the real log model.
#include "ConnectionPanel.h"
#include "LogPane.h"
#include "ConnectionTab.h"
#include "MainWindow.h"
#include "log/LogFilterModel.h"
#include "record/SessionExport.h"
#include "DialogAnswerer.h"
#include "TestFiles.h"
#include "TestServers.h"
#include "log/FrameLogModel.h"
#include "WindowDriver.h"
#include "log/MessageLogModel.h"
#include "server/EchoServer.h"

#include "ReplayDialog.h"
#include "SessionViewWindow.h"
#include "record/SessionFile.h"
#include "session/EventJson.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QElapsedTimer>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTableWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QScrollBar>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTabBar>
#include <QTest>
#include <QScopeGuard>
#include <QMessageBox>

#include <sys/stat.h>

using namespace wsi;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openingAFifoIsRefusedAtOnce();
    void openSendEchoClose();
    void ctrlEnterSends();
    void serverCloseShowsCodeAndMeaning();
    void badUrlIsRefusedClearly();
    void rejectedHandshakeShowsStatus();
    void framesTabListsTheWire();
    void recentUrlsAreRemembered();
    void optionsDialogSetsAndRemembersOptions();
    void reconnectCountdownStopAndNow();
    void closeWithChosenCode();
    void panelShowsCountersRttAndChart();
    void certificateErrorThenConnectAnywayOnce();
    void recordFromMenuThenBrowseReadOnly();
    void exportSelectionAndFilter();
    void replayFromSessionView();
    void aBigSessionOpensWhileTheWindowWaitsAndCanBeStopped();
    void filterByTextKindAndRegex();
    void secretsMaskedInWindowAndRecording();
    void hostileTextIsInert();
    void detailPaneShowsJsonPrettyAndHexDump();
    void copyAndResendFromTheLog();
    void followPausesWhileTheUserReads();
    void rowLimitDropsOldRowsButTheRecordingKeepsAll();
    void followStaysOnTheNewestRowWithARowLimit();
    void lowMemoryOffersARowLimit();

private:
    // Runs fill on the next modal dialog once it is up, then presses its OK button.
    void answerNextDialog(const std::function<void(QDialog *)> &fill);
    // Answers the next file dialog with path.
    void answerFileDialog(const QString &path);
    void sendTyped(const QString &text);
    // Clicks the log row of this log-model row, as a person selecting it.
    void clickRow(int row);
    QTemporaryDir m_dir;
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
    test::useFreshSettings(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_echo.listen());
}

void tst_MainWindow::init()
{
    QSettings().remove(QStringLiteral("log/rowLimit"));
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
    int current = 0; // the current tab, where child() looks
    while (current < m_window->tabCount() - 1 && m_window->tab(current) != m_window->currentTab())
        ++current;
    test::typeUrlAndOpen(*m_window, current, url);
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
    const QModelIndex index = m_window->logPane()->toShown(m_window->logModel()->index(row, MessageLogModel::DataColumn));
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
    // The state label changes at once; the row reaches the log on its next batch.
    int row = -1;
    QTRY_VERIFY((row = findRow(EventKind::Close, Direction::Incoming, QStringLiteral("1011 Internal error, closed by server: boom"))) >= 0);
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
    test::RawHttpServer server("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"api\"\r\n"
                               "Content-Length: 8\r\n\r\nno token");
    typeUrlAndOpen(server.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    QTRY_VERIFY(findRow(EventKind::Error, Direction::Local, QStringLiteral("HTTP 401 Unauthorized · WWW-Authenticate: Bearer")) >= 0);
    // The Handshake tab shows the request as it went on the wire and the answer as it came back.
    const QString shown = child<QPlainTextEdit>("handshakeView")->toPlainText();
    for (const char *part : {"HTTP/1.1 401 Unauthorized", "WWW-Authenticate: Bearer realm=\"api\"", "no token",
                             "Upgrade: websocket", "Sec-WebSocket-Version: 13"})
        QVERIFY2(shown.contains(QLatin1String(part)), qPrintable(shown));
    QVERIFY2(QRegularExpression(QStringLiteral("Sec-WebSocket-Key: [A-Za-z0-9+/]{22}==")).match(shown).hasMatch(), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("X-WSI-Tap")), qPrintable(shown));
}

void tst_MainWindow::recentUrlsAreRemembered()
{
    const QString url = m_scripted.url(QStringLiteral("/echo")).toString();
    typeUrlAndOpen(url);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QVERIFY(ConnectionTab::recentUrls().contains(url));
    QVERIFY(!ConnectionTab::recentUrls().contains(m_echo.url().toString()));
    // A new window offers it in the list.
    m_window.reset();
    init();
    auto *combo = child<QComboBox>("urlCombo");
    QVERIFY(combo->findText(url) >= 0);
    QCOMPARE(combo->itemText(0), m_echo.url().toString());
}

void tst_MainWindow::answerNextDialog(const std::function<void(QDialog *)> &fill)
{
    test::answerNextDialog(this, fill);
}

void tst_MainWindow::optionsDialogSetsAndRemembersOptions()
{
    const QString url = m_scripted.url(QStringLiteral("/echo?options")).toString();
    QLineEdit *field = child<QComboBox>("urlCombo")->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, url);
    answerNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("headersEdit")), QStringLiteral("X-Api-Key: k1"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("originEdit")), QStringLiteral("https://app.test"));
        dialog->findChild<QComboBox *>(QStringLiteral("heartbeatModeCombo"))->setCurrentIndex(1);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("heartbeatIntervalSpin"))->setValue(0.2);
        auto *reconnect = dialog->findChild<QCheckBox *>(QStringLiteral("reconnectCheck"));
        QTest::mouseClick(reconnect, Qt::LeftButton, {}, QPoint(5, reconnect->height() / 2));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("onConnectEdit")), QStringLiteral("hello-on-connect"));
    });
    QTest::mouseClick(child<QPushButton>("optionsButton"), Qt::LeftButton);

    const SessionOptions remembered = MainWindow::optionsForUrl(QUrl(url));
    QCOMPARE(remembered.headers.size(), 1);
    QCOMPARE(remembered.headers.first().first, QByteArray("X-Api-Key"));
    QCOMPARE(remembered.origin, QStringLiteral("https://app.test"));
    QCOMPARE(remembered.heartbeat.mode, HeartbeatSettings::Mode::PingFrame);
    QCOMPARE(remembered.heartbeat.intervalMs, 200);
    QVERIFY(remembered.reconnect.enabled);
    QCOMPARE(remembered.onConnectMessages, QStringList{QStringLiteral("hello-on-connect")});

    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QCOMPARE(m_window->session()->options().origin, QStringLiteral("https://app.test"));
    QVERIFY(child<QPlainTextEdit>("handshakeView")->toPlainText().contains(QStringLiteral("X-Api-Key: ••••••")));
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("hello-on-connect")) >= 0);
    const int sent = findRow(EventKind::Text, Direction::Outgoing, QStringLiteral("hello-on-connect"));
    QCOMPARE(m_window->logModel()->index(sent, 0).data(MessageLogModel::TagRole).toInt(), int(MessageTag::OnConnect));
    QTRY_VERIFY(findRow(EventKind::Pong, Direction::Incoming, QString()) >= 0); // the protocol heartbeat runs
}

void tst_MainWindow::reconnectCountdownStopAndNow()
{
    const QString url = m_scripted.url(QStringLiteral("/drop")).toString();
    SessionOptions options;
    options.url = QUrl(url);
    options.reconnect.enabled = true;
    options.reconnect.initialDelayMs = 5000; // long enough to read the countdown
    options.reconnect.jitter = 0;
    ConnectionTab::rememberOptions(options);

    typeUrlAndOpen(url);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    auto *editor = child<QPlainTextEdit>("messageEdit");
    QTest::keyClicks(editor, QStringLiteral("drop me"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY2(stateText().startsWith(QStringLiteral("RECONNECTING")), qPrintable(stateText()));
    auto *countdown = child<QLabel>("reconnectLabel");
    QTRY_VERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().startsWith(QStringLiteral("reconnect attempt 1 in ")), qPrintable(countdown->text()));
    QTRY_VERIFY(findRow(EventKind::Close, Direction::Local, QStringLiteral("1006 Abnormal closure, closed by network")) >= 0);
    QTRY_VERIFY(findRow(EventKind::Reconnect, Direction::Local, QStringLiteral("Reconnect attempt 1 in 5.0 s")) >= 0);

    // While waiting, Send queues (the default policy) and the count shows.
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(m_window->session()->queuedCount(), 1);
    QTRY_VERIFY(child<QLabel>("countersLabel")->text().contains(QStringLiteral("queued 1")));

    // "Reconnect now" skips the wait; the queued message goes out (and the server drops us again).
    QTest::mouseClick(child<QPushButton>("reconnectNowButton"), Qt::LeftButton);
    QTRY_VERIFY(findRow(EventKind::Open, Direction::Local, QStringLiteral("reconnect attempt 1")) >= 0);
    QTRY_VERIFY2(stateText().startsWith(QStringLiteral("RECONNECTING")), qPrintable(stateText()));
    QCOMPARE(m_window->session()->queuedCount(), 0);

    // "Stop" ends it: CLOSED, and no further attempt.
    QTRY_VERIFY(child<QPushButton>("stopReconnectButton")->isVisible());
    QTest::mouseClick(child<QPushButton>("stopReconnectButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    QVERIFY(!countdown->isVisible());
    QTRY_VERIFY(findRow(EventKind::Reconnect, Direction::Local, QStringLiteral("Reconnect stopped by the user")) >= 0);
}

void tst_MainWindow::closeWithChosenCode()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    answerNextDialog([](QDialog *dialog) {
        auto *code = dialog->findChild<QSpinBox *>(QStringLiteral("codeSpin"));
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("4001"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("meaningLabel"))->text().contains(QStringLiteral("Private use")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("<i>bye</i>"));
    });
    m_window->findChild<QAction *>(QStringLiteral("closeWithCodeAction"))->trigger();
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    QTRY_VERIFY(findRow(EventKind::Close, Direction::Outgoing, QStringLiteral("4001 Private use (application), closed by client: <i>bye</i>")) >= 0);
    m_window->connectionPanel()->sample();
    QVERIFY2(child<QLabel>("panelLastClose")->text().startsWith(QStringLiteral("4001 Private use (application) by client: <i>bye</i>")),
             qPrintable(child<QLabel>("panelLastClose")->text()));
}

void tst_MainWindow::panelShowsCountersRttAndChart()
{
    SessionOptions options;
    options.url = m_echo.url();
    options.heartbeat.mode = HeartbeatSettings::Mode::PingFrame;
    options.heartbeat.intervalMs = 100;
    ConnectionTab::rememberOptions(options);
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    auto *editor = child<QPlainTextEdit>("messageEdit");
    QTest::keyClicks(editor, QStringLiteral("count me"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 1ull);
    QTRY_VERIFY(m_window->session()->lastRttMs() >= 0);
    ConnectionPanel *panel = m_window->connectionPanel();
    panel->sample();
    QCOMPARE(child<QLabel>("panelMessages")->text(), QStringLiteral("↑ 1   ↓ 1"));
    QVERIFY(child<QLabel>("panelRtt")->text().endsWith(QStringLiteral(" ms")));
    QVERIFY(child<QLabel>("panelState")->text().startsWith(QStringLiteral("OPEN")));
    QCOMPARE(child<QLabel>("panelTls")->text(), QStringLiteral("(not encrypted)"));
    QVERIFY(panel->ratePointCount() >= 1);
    QTRY_VERIFY(m_window->session()->lastRttMs() >= 0);
    QTest::qWait(150);
    panel->sample();
    QVERIFY(panel->rttPointCount() >= 1);
}

void tst_MainWindow::certificateErrorThenConnectAnywayOnce()
{
    QTemporaryDir dir;
    QString cert, key, error;
    QVERIFY2(test::makeSelfSignedCertificate(dir.path(), &cert, &key, &error), qPrintable(error));
    test::ServerProcess server;
    QVERIFY2(server.start(&error, 0, {QStringLiteral("--tls"), cert, key}), qPrintable(error));
    const QString url = server.url(QStringLiteral("/echo"), QStringLiteral("wss")).toString();

    typeUrlAndOpen(url);
    QTRY_VERIFY_WITH_TIMEOUT(stateText().startsWith(QStringLiteral("CLOSED")), 10000);
    auto *bar = child<QFrame>("certificateBar");
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(child<QLabel>("certificateLabel")->text().contains(QStringLiteral("localhost")),
             qPrintable(child<QLabel>("certificateLabel")->text()));

    QTest::mouseClick(child<QPushButton>("ignoreCertificateButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stateText().startsWith(QStringLiteral("OPEN")), 10000);
    QVERIFY(!bar->isVisible());
    m_window->connectionPanel()->sample();
    QVERIFY(child<QLabel>("panelCertificate")->text().startsWith(QStringLiteral("⚠ ERRORS IGNORED for this connection")));
    QVERIFY(child<QLabel>("panelTls")->text().startsWith(QStringLiteral("TLS")));

    // Only once: closing and opening again is refused again.
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QVERIFY(!m_window->session()->handshake().certificateErrorsIgnored);
}

void tst_MainWindow::answerFileDialog(const QString &path)
{
    test::answerNextFileDialog(this, path);
}

void tst_MainWindow::sendTyped(const QString &text)
{
    auto *editor = child<QPlainTextEdit>("messageEdit");
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
}

void tst_MainWindow::recordFromMenuThenBrowseReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("from-window.jsonl"));
    answerFileDialog(path);
    m_window->findChild<QAction *>(QStringLiteral("recordAction"))->trigger();
    QVERIFY(m_window->isRecording());
    QVERIFY(child<QLabel>("recordingLabel")->text().startsWith(QStringLiteral("● REC from-window.jsonl")));

    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    sendTyped(QStringLiteral("first <i>message</i>"));
    sendTyped(QStringLiteral("{\"second\": 2}"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    m_window->findChild<QAction *>(QStringLiteral("recordAction"))->trigger(); // off
    QVERIFY(!m_window->isRecording());

    const SessionFile::Contents contents = SessionFile::read(path);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    QCOMPARE(contents.header.url, m_echo.url());
    int texts = 0;
    for (const SessionEvent &event : contents.events)
        texts += event.kind == EventKind::Text;
    QCOMPARE(texts, 4);

    // A session recorded in the window replays from the CLI with --check and passes.
    QProcess cli;
    cli.start(QStringLiteral(WSI_CLI_PATH), {QStringLiteral("replay"), path, QStringLiteral("--check"), QStringLiteral("--quiet")});
    QVERIFY(cli.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 15000);
    const QString report = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("2 sent, 2 replies matched, 0 mismatched, 0 missing, 0 unexpected: PASS")), qPrintable(report));

    // Open it read-only through File → Open session…
    answerFileDialog(path);
    m_window->findChild<QAction *>(QStringLiteral("openSessionAction"))->trigger();
    SessionViewWindow *view = nullptr;
    QTRY_VERIFY((view = qobject_cast<SessionViewWindow *>(QApplication::topLevelWidgets().isEmpty() ? nullptr : [] {
                     for (QWidget *w : QApplication::topLevelWidgets())
                         if (auto *v = qobject_cast<SessionViewWindow *>(w))
                             return v;
                     return static_cast<SessionViewWindow *>(nullptr);
                 }())));
    QCOMPARE(view->logModel()->rowCount(), int(contents.events.size()));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("sessionInfo"))->text().contains(m_echo.url().toString()));
    view->close();
}

// File → Open session… on a FIFO nobody writes to: refused at once with a message that says
// what it is (open() would have frozen the window until a writer came).
void tst_MainWindow::openingAFifoIsRefusedAtOnce()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.jsonl"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QString said;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, &said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        said = box->text();
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    });
    poll->start();
    answerFileDialog(fifo);
    QElapsedTimer took;
    took.start();
    m_window->findChild<QAction *>(QStringLiteral("openSessionAction"))->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("is a pipe or socket, not a file")), qPrintable(said));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not a file")));
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<SessionViewWindow *>(w) || !w->isVisible());
}

void tst_MainWindow::exportSelectionAndFilter()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    sendTyped(QStringLiteral("alpha"));
    sendTyped(QStringLiteral("beta"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("beta")) >= 0);

    // Select the two "beta" rows with the mouse (click, then Ctrl+click).
    auto *view = child<QTableView>("logView");
    const auto proxyIndex = [this](int sourceRow) {
        return m_window->logPane()->toShown(m_window->logModel()->index(sourceRow, MessageLogModel::DataColumn));
    };
    const QModelIndex out = proxyIndex(findRow(EventKind::Text, Direction::Outgoing, QStringLiteral("beta")));
    const QModelIndex in = proxyIndex(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("beta")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(out).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(in).center());
    QCOMPARE(m_window->logPane()->selectedRows().size(), size_t(2));

    const QString har = m_dir.filePath(QStringLiteral("selection.har"));
    answerFileDialog(har);
    m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    const SessionFile::Contents exported = SessionExport::read(har);
    QVERIFY2(exported.ok(), qPrintable(exported.fatalError));
    int messages = 0;
    for (const SessionEvent &event : exported.events) {
        if (event.kind == EventKind::Text) {
            QCOMPARE(event.payloadText(), QStringLiteral("beta"));
            ++messages;
        }
    }
    QCOMPARE(messages, 2);

    // With one row selected, Export writes what the filter shows: CSV of the text messages.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(out).center());
    child<QComboBox>("kindFilterCombo")->setCurrentIndex(int(LogFilterModel::KindFilter::Text));
    const QString csv = m_dir.filePath(QStringLiteral("texts.csv"));
    answerFileDialog(csv);
    m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // header + 4 text messages
    QVERIFY(lines.at(0).startsWith("time,direction,kind,size,code,data"));
    QVERIFY(lines.at(1).contains(",out,text,5,,\"alpha\""));
}

void tst_MainWindow::replayFromSessionView()
{
    // A recording made by the CLI's format, replayed from the window against the echo server.
    SessionFile::Header header;
    header.url = m_echo.url();
    header.startedUs = nowUs();
    std::vector<SessionEvent> events;
    for (const char *text : {"one", "two", "three"}) {
        for (Direction direction : {Direction::Outgoing, Direction::Incoming}) {
            SessionEvent event;
            event.timestampUs = header.startedUs + qint64(events.size()) * 1000;
            event.kind = EventKind::Text;
            event.direction = direction;
            event.payload = text;
            events.push_back(event);
        }
    }
    events[5].payload = "not three"; // the server will answer "three"
    const QString path = m_dir.filePath(QStringLiteral("to-replay.jsonl"));
    QString error;
    QVERIFY(SessionFile::write(path, header, events, &error));

    SessionViewWindow *view = m_window->openSessionFile(path);
    QVERIFY(view);
    const QAbstractItemModel *shown = view->logPane()->view()->model();
    QCOMPARE(shown->rowCount(), 6);
    QCOMPARE(shown->index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("one"));
    QCOMPARE(shown->index(5, MessageLogModel::SizeColumn).data().toInt(), 9);
    view->findChild<QAction *>(QStringLiteral("replayAction"))->trigger();
    ReplayDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<ReplayDialog *>()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("replayUrlEdit"))->text(), m_echo.url().toString());
    dialog->findChild<QComboBox *>(QStringLiteral("replaySpeedCombo"))->setCurrentIndex(6); // as fast as possible
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replayStartButton")), Qt::LeftButton);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("replaySummary"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("FAIL")), qPrintable(summary->text()));
    QCOMPARE(summary->text(), QStringLiteral("3 sent, 2 replies matched, 1 mismatched, 0 missing, 0 unexpected: FAIL"));
    auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("replayResults"));
    QCOMPARE(results->rowCount(), 3);
    QCOMPARE(results->item(2, 0)->text(), QStringLiteral("MISMATCH"));
    QVERIFY(results->item(2, 2)->text().contains(QStringLiteral("expected \"not three\", got \"three\"")));
    // The cell is cut at the column's edge; its tooltip has all of it (issue 12).
    QVERIFY2(results->item(2, 2)->toolTip().contains(QStringLiteral("expected \"not three\", got \"three\"")),
             qPrintable(results->item(2, 2)->toolTip()));
    QVERIFY(results->item(2, 2)->toolTip().endsWith(QStringLiteral("\n\nthree")));
    QCOMPARE(results->item(2, 1)->toolTip(), QStringLiteral("not three"));
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("replayProgress"))->value(), 3);
    view->close();
}

// A recording of a million messages (230 MB): read off the window's thread behind a progress
// dialog; the first time read to its end (every event a row), the second time stopped with the
// dialog's button, what was read so far shown and the stop said.
void tst_MainWindow::aBigSessionOpensWhileTheWindowWaitsAndCanBeStopped()
{
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    const int count = 1000000;
    QVERIFY(test::writeNumberedSession(path, count));

    // Read to the end: the progress dialog showed (the file takes longer than its delay) and went.
    bool progressShown = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("openSessionProgress"));
        progressShown = progressShown || (progress && progress->isVisible());
    });
    watcher.start(20);
    SessionViewWindow *whole = m_window->openSessionFile(path);
    watcher.stop();
    QVERIFY(whole);
    QVERIFY(progressShown);
    QCOMPARE(whole->logModel()->rowCount(), count);
    QCOMPARE(whole->logModel()->index(count - 1, MessageLogModel::DataColumn).data().toString().left(12), QStringLiteral("000000999999"));
    QVERIFY(!whole->findChild<QLabel *>(QStringLiteral("sessionInfo"))->text().contains(QStringLiteral("stopped")));
    delete whole;

    // Stopped with the dialog's button as soon as it shows.
    QTimer stopper;
    connect(&stopper, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("openSessionProgress"));
        if (!progress || !progress->isVisible())
            return;
        stopper.stop();
        QPushButton *button = progress->findChild<QPushButton *>();
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Stop reading"));
        QTest::mouseClick(button, Qt::LeftButton);
    });
    stopper.start(20);
    SessionViewWindow *part = m_window->openSessionFile(path);
    QVERIFY(!stopper.isActive());
    QVERIFY(part);
    const int shown = part->logModel()->rowCount();
    QVERIFY2(shown > 0 && shown < count, qPrintable(QString::number(shown)));
    // The rows are the file's first ones, in order.
    QCOMPARE(part->logModel()->index(shown - 1, MessageLogModel::DataColumn).data().toString().left(12),
             QString::number(shown - 1).rightJustified(12, u'0'));
    const QString info = part->findChild<QLabel *>(QStringLiteral("sessionInfo"))->text();
    QVERIFY2(info.contains(QStringLiteral("Reading was stopped at")) && info.contains(QStringLiteral("%1 events").arg(shown)), qPrintable(info));
    delete part;
}

void tst_MainWindow::filterByTextKindAndRegex()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    for (const QString &text : {QStringLiteral("Apple pie"), QStringLiteral("banana"), QStringLiteral("APPLE juice")})
        sendTyped(text);
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 3ull);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("APPLE juice")) >= 0);
    LogFilterModel *filter = m_window->logPane()->filter();
    auto *edit = child<QLineEdit>("filterEdit");
    // Ctrl+F puts the cursor in the filter, from anywhere in the window.
    child<QPlainTextEdit>("messageEdit")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("apple"));
    QTRY_COMPARE(filter->rowCount(), 4); // case-insensitive, both ways
    QVERIFY(child<QLabel>("filterStatus")->text().startsWith(QStringLiteral("4 of ")));
    child<QComboBox>("directionFilterCombo")->setCurrentIndex(int(LogFilterModel::DirectionFilter::Incoming));
    QTRY_COMPARE(filter->rowCount(), 2);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("/^b.n+/"));
    QTRY_COMPARE(filter->rowCount(), 1);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("/([/"));
    QTRY_VERIFY(child<QLabel>("filterStatus")->text().startsWith(QStringLiteral("Not a valid regular expression")));
    QCOMPARE(filter->rowCount(), 1); // the last good filter stays
    // New rows that match arrive through the filter.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("kiwi"));
    QTRY_COMPARE(filter->rowCount(), 0);
    sendTyped(QStringLiteral("kiwi!"));
    QTRY_COMPARE(filter->rowCount(), 1);
}

void tst_MainWindow::secretsMaskedInWindowAndRecording()
{
    const QString url = m_echo.url().toString() + QStringLiteral("?token=s3cret&room=1");
    SessionOptions options;
    options.url = QUrl(url);
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer s3cret")));
    options.headers.append(qMakePair(QByteArray("X-Client"), QByteArray("inspector")));
    ConnectionTab::rememberOptions(options);
    const QString file = m_dir.filePath(QStringLiteral("secrets.jsonl"));
    QVERIFY(m_window->startRecording(file, url));
    typeUrlAndOpen(url);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QTRY_VERIFY(findRow(EventKind::Open, Direction::Local, QStringLiteral("room=1")) >= 0);

    auto *handshake = child<QPlainTextEdit>("handshakeView");
    QVERIFY2(!handshake->toPlainText().contains(QStringLiteral("s3cret")), qPrintable(handshake->toPlainText()));
    QVERIFY(handshake->toPlainText().contains(QStringLiteral("Authorization: •••••• (hidden; tick Show secrets)")));
    QVERIFY(handshake->toPlainText().contains(QStringLiteral("X-Client: inspector")));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("s3cret")));
    for (int row = 0; row < m_window->logModel()->rowCount(); ++row)
        QVERIFY(!m_window->logModel()->index(row, MessageLogModel::DataColumn).data().toString().contains(QStringLiteral("s3cret")));

    // On purpose, they show.
    QTest::mouseClick(child<QCheckBox>("showSecretsCheck"), Qt::LeftButton);
    QVERIFY(handshake->toPlainText().contains(QStringLiteral("Authorization: Bearer s3cret")));
    QVERIFY(handshake->toPlainText().contains(QStringLiteral("token=s3cret")));

    // The recording never has them.
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    m_window->stopRecording();
    QFile recorded(file);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArray text = recorded.readAll();
    QVERIFY(text.contains("room=1"));
    QVERIFY(!text.contains("s3cret"));
}

void tst_MainWindow::hostileTextIsInert()
{
    typeUrlAndOpen(m_echo.url().toString() + QStringLiteral("/%E2%80%AEevil"));
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QVERIFY2(!m_window->windowTitle().contains(QChar(0x202E)), qPrintable(m_window->windowTitle()));

    const QString hostile = QStringLiteral("<script>alert(1)</script><b>bold</b> \x1b[31mred\x1b[0m ") + QChar(0x202E)
        + QStringLiteral("txt.exe") + QChar(0x200B) + QStringLiteral("zw ") + QChar(0) + QStringLiteral("nul\r\nline2");
    m_window->session()->sendText(hostile);
    const QString huge(1 << 20, u'y'); // a 1 MiB single line
    m_window->session()->sendText(huge);
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("<script>")) >= 0);

    const int row = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("<script>"));
    const QString shown = m_window->logModel()->index(row, MessageLogModel::DataColumn).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("<script>alert(1)</script><b>bold</b> \\e[31mred\\e[0m \\u202Etxt.exe\\u200Bzw \\0nul\\r\\nline2")),
             qPrintable(shown));
    for (const QChar c : shown)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x202E && c.unicode() != 0x200B, qPrintable(shown));

    // The detail pane: the same characters, inert, and selecting the 1 MiB line does not block.
    auto *view = child<QTableView>("logView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_window->logPane()->toShown(m_window->logModel()->index(row, 0))).center());
    const QString detail = child<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!detail.contains(QChar(0x202E)) && !detail.contains(QChar(0x1B)) && !detail.contains(QChar(0)));
    const auto findHuge = [this] {
        const MessageLogModel *model = m_window->logModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(MessageLogModel::DirectionRole).toInt() == int(Direction::Incoming)
                && model->index(r, MessageLogModel::SizeColumn).data().toInt() == (1 << 20))
                return r;
        }
        return -1;
    };
    int hugeRow = -1;
    QTRY_VERIFY((hugeRow = findHuge()) >= 0);
    QElapsedTimer clock;
    clock.start();
    view->scrollToBottom();
    view->selectRow(m_window->logPane()->toShown(m_window->logModel()->index(hugeRow, 0)).row());
    QCoreApplication::processEvents();
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(child<QPlainTextEdit>("detailView")->toPlainText().contains(QStringLiteral("more bytes not shown here")));
}

void tst_MainWindow::clickRow(int row)
{
    auto *view = child<QTableView>("logView");
    const QModelIndex shown = m_window->logPane()->toShown(m_window->logModel()->index(row, MessageLogModel::DataColumn));
    view->scrollTo(shown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown).center());
    QCOMPARE(view->currentIndex().row(), shown.row());
}

void tst_MainWindow::framesTabListsTheWire()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    auto *capture = child<QCheckBox>("captureFramesCheck");
    auto *table = child<QTableView>("framesTable");
    // Click the detail pane's Frames tab, as a user would.
    QTabWidget *tabs = nullptr;
    QWidget *page = capture;
    for (; page && !tabs; page = page->parentWidget()) {
        if (page->parentWidget() && (tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget())))
            break;
    }
    QVERIFY(tabs && page);
    const int index = tabs->indexOf(page);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Frames"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QTRY_VERIFY(capture->isVisible());
    QTest::mouseClick(capture, Qt::LeftButton, {}, QPoint(8, capture->height() / 2));
    QVERIFY(capture->isChecked());
    sendTyped(QStringLiteral("hello frames"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 1ull);
    // The text went out masked and came back plain, one frame each way.
    QAbstractItemModel *frames = table->model();
    QTRY_COMPARE(frames->rowCount(), 2);
    const auto cell = [frames](int row, int column) { return frames->index(row, column).data().toString(); };
    QCOMPARE(cell(0, FrameLogModel::Dir), QStringLiteral("↑"));
    QCOMPARE(cell(0, FrameLogModel::Opcode), QStringLiteral("text"));
    QCOMPARE(cell(0, FrameLogModel::Masked), QStringLiteral("masked"));
    QCOMPARE(cell(0, FrameLogModel::Length), QStringLiteral("12"));
    QCOMPARE(cell(1, FrameLogModel::Dir), QStringLiteral("↓"));
    QCOMPARE(cell(1, FrameLogModel::Fin), QStringLiteral("FIN"));
    QCOMPARE(cell(1, FrameLogModel::Masked), QString());
    // Unticked: nothing more is listed.
    QTest::mouseClick(capture, Qt::LeftButton, {}, QPoint(8, capture->height() / 2));
    sendTyped(QStringLiteral("not listed"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    QCOMPARE(frames->rowCount(), 2);
}

void tst_MainWindow::detailPaneShowsJsonPrettyAndHexDump()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    sendTyped(QStringLiteral("{\"price\":1.5,\"tags\":[\"a\"]}"));
    m_window->session()->sendBinary(QByteArray("\x00\x01\xfeWS<b>", 8));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    int row = -1;
    QTRY_VERIFY((row = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("price"))) >= 0);
    clickRow(row);
    const QString json = child<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY2(json.contains(QStringLiteral("── JSON ──\n{\n    \"price\": 1.5,\n    \"tags\": [\n        \"a\"\n    ]\n}")), qPrintable(json));
    QTRY_VERIFY((row = findRow(EventKind::Binary, Direction::Incoming, QString())) >= 0);
    clickRow(row);
    const QString hex = child<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY2(hex.contains(QStringLiteral("00 01 fe 57 53 3c 62 3e")), qPrintable(hex));
    QVERIFY2(hex.contains(QStringLiteral("...WS<b>")), qPrintable(hex));
}

void tst_MainWindow::copyAndResendFromTheLog()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    auto *editor = child<QPlainTextEdit>("messageEdit");
    QTest::keyClicks(editor, QStringLiteral("line one"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("line two"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    sendTyped(QStringLiteral("second"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    int first = -1;
    QTRY_VERIFY((first = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("line one"))) >= 0);
    int second = -1;
    QTRY_VERIFY((second = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("second"))) >= 0);
    auto *view = child<QTableView>("logView");

    // Ctrl+C on the log: the whole payload, newline and all, not the escaped preview.
    clickRow(first);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line one\nline two"));
    // Ctrl+click adds a row; Ctrl+Shift+C copies the rows as the table shows them.
    const QModelIndex secondShown = m_window->logPane()->toShown(m_window->logModel()->index(second, MessageLogModel::DataColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(secondShown).center());
    QCOMPARE(m_window->logPane()->selectedRows(), (std::vector<int>{first, second}));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split(u'\t').size(), int(MessageLogModel::ColumnCount));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("\tline one\\nline two")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\t↓ in\ttext\t6\tsecond")), qPrintable(lines.at(1)));

    // F5 sends both again, in order, tagged; the echo server answers them.
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 4ull);
    QCOMPARE(m_window->session()->counters().messagesOut, 4ull);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Resent 2 messages")));
    QTRY_VERIFY(m_window->logModel()->rowCount() > second + 4);
    std::vector<QString> resent;
    for (int row = second + 1; row < m_window->logModel()->rowCount(); ++row) {
        const QModelIndex index = m_window->logModel()->index(row, MessageLogModel::DataColumn);
        if (index.data(MessageLogModel::TagRole).toInt() == int(MessageTag::Resent))
            resent.push_back(QString::fromUtf8(m_window->logModel()->eventAt(row).payload));
    }
    QCOMPARE(resent, (std::vector<QString>{QStringLiteral("line one\nline two"), QStringLiteral("second")}));

    // Not connected: nothing is sent, and the status bar says why.
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    clickRow(first);
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Not sent: the connection is CLOSED")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->session()->counters().messagesOut, 4ull);
    QVERIFY(m_window->logPane()->resendAction()->isVisible());
}

void tst_MainWindow::followPausesWhileTheUserReads()
{
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    for (int i = 0; i < 200; ++i)
        m_window->session()->sendText(QStringLiteral("row %1").arg(i));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 200ull);
    m_window->logModel()->flush();
    auto *view = child<QTableView>("logView");
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // following the newest row

    // Scrolled up a few pages to read: new rows do not pull the view away.
    clickRow(m_window->logModel()->rowCount() - 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_PageUp);
    const int reading = bar->value();
    QVERIFY(reading > 0 && reading < bar->maximum());
    for (int i = 0; i < 50; ++i)
        m_window->session()->sendText(QStringLiteral("more %1").arg(i));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 250ull);
    m_window->logModel()->flush();
    QTRY_VERIFY(bar->maximum() > reading + 50);
    QCOMPARE(bar->value(), reading);

    // Follow unticked: even at the bottom, the view stays where it is.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    const int bottom = bar->value();
    QVERIFY(bottom > 0);
    QTest::mouseClick(child<QCheckBox>("followCheck"), Qt::LeftButton);
    QVERIFY(!child<QCheckBox>("followCheck")->isChecked());
    m_window->session()->sendText(QStringLiteral("while paused"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 251ull);
    m_window->logModel()->flush();
    QTRY_VERIFY(bar->maximum() > bottom); // the view's range grows on its next layout
    QCOMPARE(bar->value(), bottom);

    // Ticked again: back to following.
    QTest::mouseClick(child<QCheckBox>("followCheck"), Qt::LeftButton);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    m_window->session()->sendText(QStringLiteral("following again"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 252ull);
    m_window->logModel()->flush();
    QTRY_COMPARE(bar->value(), bar->maximum());
}

// With a row limit, old rows leave the top while new ones arrive: Follow keeps the newest in
// view (it used to stay on the oldest kept row, the scroll position moved up with the removal).
void tst_MainWindow::followStaysOnTheNewestRowWithARowLimit()
{
    m_window->logModel()->setRowLimit(60);
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QVERIFY(child<QCheckBox>("followCheck")->isChecked());
    auto *logView = child<QTableView>("logView");
    for (int round = 1; round <= 4; ++round) {
        for (int i = 1; i <= 100; ++i)
            m_window->session()->sendText(QStringLiteral("r%1 n%2").arg(round).arg(i));
        QTRY_COMPARE(m_window->session()->counters().messagesIn, quint64(round * 100));
        const QString newest = QStringLiteral("r%1 n100").arg(round);
        QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, newest) >= 0);
        QVERIFY(m_window->logModel()->droppedRows() > 0);
        const QScrollBar *bar = logView->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "more rows than the view shows");
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QModelIndex last = m_window->logPane()->toShown(
            m_window->logModel()->index(findRow(EventKind::Text, Direction::Incoming, newest), MessageLogModel::DataColumn));
        QVERIFY(logView->viewport()->rect().intersects(logView->visualRect(last)));
    }
}

// With no row limit and less free memory than the threshold (set above what any machine has,
// so the real /proc/meminfo figure is below it), the window warns without blocking and its
// answer sets the limit: the log drops to the newest rows.
void tst_MainWindow::lowMemoryOffersARowLimit()
{
    m_window.reset();
    QSettings().setValue(QStringLiteral("log/lowMemoryMiB"), qint64(1) << 30); // a petabyte
    const auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("log/lowMemoryMiB")); });
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("lowMemoryBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("MiB of memory are left, and the logs keep every row")), qPrintable(box->text()));
    QCOMPARE(m_window->logModel()->rowLimit(), 0);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("lowMemoryLimitButton")), Qt::LeftButton);
    QCOMPARE(m_window->logModel()->rowLimit(), 100000);
    QCOMPARE(ConnectionTab::savedLogRowLimit(), 100000);
    // Once a limit is set it does not ask again.
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("lowMemoryBox")));
}

void tst_MainWindow::rowLimitDropsOldRowsButTheRecordingKeepsAll()
{
    const QString path = m_dir.filePath(QStringLiteral("row-limit.jsonl"));
    QVERIFY(m_window->startRecording(path, m_echo.url().toString()));
    // View → Log row limit…: 20 rows.
    answerNextDialog([](QDialog *dialog) {
        auto *spin = dialog->findChild<QSpinBox *>();
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("20"));
    });
    m_window->findChild<QAction *>(QStringLiteral("rowLimitAction"))->trigger();
    QCOMPARE(m_window->logModel()->rowLimit(), 20);
    QCOMPARE(ConnectionTab::savedLogRowLimit(), 20);

    typeUrlAndOpen(m_echo.url().toString());
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("OPEN")));
    for (int i = 1; i <= 100; ++i)
        m_window->session()->sendText(QStringLiteral("n%1").arg(i));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 100ull);
    QTRY_VERIFY(findRow(EventKind::Text, Direction::Incoming, QStringLiteral("n100")) >= 0);
    QCOMPARE(m_window->logModel()->rowCount(), 20);
    const qint64 dropped = m_window->logModel()->droppedRows();
    QVERIFY(dropped >= 180);
    // The # column keeps counting; the last row is the newest event: n100, or a heartbeat's
    // ping or pong after it (this endpoint remembers the 0.2 s heartbeat an earlier test set,
    // and a slow run, under a sanitizer, meets it).
    const MessageLogModel *model = m_window->logModel();
    QCOMPARE(model->index(0, MessageLogModel::NumberColumn).data().toLongLong(), dropped + 1);
    QCOMPARE(model->index(19, MessageLogModel::NumberColumn).data().toLongLong(), dropped + 20);
    const int newest = findRow(EventKind::Text, Direction::Incoming, QStringLiteral("n100"));
    for (int row = newest + 1; row < model->rowCount(); ++row) {
        const EventKind kind = model->store().record(row).kind;
        QVERIFY2(kind == EventKind::Ping || kind == EventKind::Pong, qPrintable(model->index(row, MessageLogModel::DataColumn).data().toString()));
    }
    auto *status = child<QLabel>("droppedStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("older rows left the log (limit 20)")), qPrintable(status->text()));

    // Save session as… writes what the log holds, and says what it does not.
    const QString saved = m_dir.filePath(QStringLiteral("row-limit-saved.jsonl"));
    answerFileDialog(saved);
    m_window->findChild<QAction *>(QStringLiteral("saveSessionAction"))->trigger();
    QCOMPARE(SessionFile::read(saved).events.size(), size_t(20));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Saved 20 events to row-limit-saved.jsonl; %1 older events had left the log (row limit 20)")
                     .arg(m_window->logModel()->droppedRows())),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The recording has every message, in order.
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(stateText().startsWith(QStringLiteral("CLOSED")));
    m_window->currentTab()->stopRecording();
    const SessionFile::Contents contents = SessionFile::read(path);
    QVERIFY2(contents.ok(), qPrintable(contents.fatalError));
    QStringList incoming;
    for (const SessionEvent &event : contents.events)
        if (event.kind == EventKind::Text && event.direction == Direction::Incoming)
            incoming << QString::fromUtf8(event.payload);
    QCOMPARE(incoming.size(), 100);
    QCOMPARE(incoming.first(), QStringLiteral("n1"));
    QCOMPARE(incoming.last(), QStringLiteral("n100"));

    // A new tab gets the limit too (it is kept in the settings); 0 lifts it.
    QCOMPARE(m_window->addConnectionTab(QString())->logModel()->rowLimit(), 20);
    answerNextDialog([](QDialog *dialog) {
        auto *spin = dialog->findChild<QSpinBox *>();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
    });
    m_window->findChild<QAction *>(QStringLiteral("rowLimitAction"))->trigger();
    for (int i = 0; i < m_window->tabCount(); ++i)
        QCOMPARE(m_window->tab(i)->logModel()->rowLimit(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
