// The window as people use it every day: the composer (JSON, binary, history,
// snippets, placeholders), several tabs, the keyboard, accessibility and the
// theme. Driven through the real widgets; read back from the real models.
#include "ChartScale.h"
#include "ComposerWidget.h"
#include "ConnectionPanel.h"
#include "ConnectionTab.h"
#include "DialogAnswerer.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "Theme.h"
#include "log/MessageLogModel.h"
#include "server/EchoServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace wsi;

class tst_Everyday : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void jsonCheckedAsYouTypeThenPrettyAndCompact();
    void binaryAsHexAndBase64();
    void placeholdersExpandedAtSend();
    void upAndDownRecallSentMessages();
    void snippetKeptForTheNextRun();
    void twoTabsAndSendToBoth();
    void tabsComeBackOnTheNextStart();
    void closingATabClosesItsConnection();
    void socketIoSuggestedForSocketIoUrls();
    void shortcutsDialogListsEveryShortcut();
    void everyControlIsNamed();
    void darkThemeKeepsProblemsReadable();
    void chartAxesTickOnRoundNumbers_data();
    void chartAxesTickOnRoundNumbers();
    void chartAxisNeverPassesThroughManyTicks();

private:
    template<typename T>
    T *inTab(int tab, const char *name) { return test::inTab<T>(*m_window, tab, name); }
    void activate();
    void openInTab(int tab, const QString &url);
    void chooseFormat(int tab, MessageDraft::Format format);
    void typeMessage(int tab, const QString &text);
    int rowsWith(int tab, EventKind kind, Direction direction, const QString &text) const;

    EchoServer m_echo;
    test::ScriptedWebSocketServer m_scripted;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Everyday::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_everyday"));
    QVERIFY(m_echo.listen());
}

void tst_Everyday::init()
{
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void tst_Everyday::cleanup()
{
    m_window.reset();
}

void tst_Everyday::activate()
{
    QVERIFY(test::activate(m_window.get()));
}

void tst_Everyday::openInTab(int tab, const QString &url)
{
    test::typeUrlAndOpen(*m_window, tab, url);
    QTRY_COMPARE(m_window->tab(tab)->session()->state(), Session::State::Open);
}

void tst_Everyday::chooseFormat(int tab, MessageDraft::Format format)
{
    QVERIFY(test::chooseFormat(*m_window, tab, format));
}

void tst_Everyday::typeMessage(int tab, const QString &text)
{
    auto *editor = inTab<QPlainTextEdit>(tab, "messageEdit");
    editor->clear();
    editor->setFocus();
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

int tst_Everyday::rowsWith(int tab, EventKind kind, Direction direction, const QString &text) const
{
    return test::rowsWith(*m_window, tab, direction, text, kind);
}

void tst_Everyday::jsonCheckedAsYouTypeThenPrettyAndCompact()
{
    openInTab(0, m_echo.url().toString());
    chooseFormat(0, MessageDraft::Format::Json);
    auto *status = inTab<QLabel>(0, "composerStatusLabel");
    typeMessage(0, QStringLiteral("{\"a\": 1,"));
    QVERIFY2(status->text().startsWith(QStringLiteral("✗ not JSON: line 1, column")), qPrintable(status->text()));
    // Invalid JSON is not sent: a clear message, the text stays to fix.
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Not sent: not JSON")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->session()->counters().messagesOut, 0ull);
    QTest::keyClicks(inTab<QPlainTextEdit>(0, "messageEdit"), QStringLiteral(" \"b\": [2, {\"c\": null}]}"));
    QVERIFY2(status->text().startsWith(QStringLiteral("✓ valid JSON")), qPrintable(status->text()));

    QTest::mouseClick(inTab<QPushButton>(0, "prettyButton"), Qt::LeftButton);
    auto *editor = inTab<QPlainTextEdit>(0, "messageEdit");
    QVERIFY2(editor->toPlainText().contains(QStringLiteral("\n    \"b\": [\n")), qPrintable(editor->toPlainText()));
    QTest::mouseClick(inTab<QPushButton>(0, "compactButton"), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\"a\":1,\"b\":[2,{\"c\":null}]}"));
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Text, Direction::Incoming, QStringLiteral("{\"a\":1,\"b\":[2,{\"c\":null}]}")), 1);
}

void tst_Everyday::binaryAsHexAndBase64()
{
    openInTab(0, m_echo.url().toString());
    chooseFormat(0, MessageDraft::Format::Hex);
    typeMessage(0, QStringLiteral("de ad be ef 00"));
    QCOMPARE(inTab<QLabel>(0, "composerStatusLabel")->text(), QStringLiteral("5 bytes, binary"));
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Binary, Direction::Incoming, QStringLiteral("de ad be ef 00")), 1);
    QCOMPARE(rowsWith(0, EventKind::Binary, Direction::Outgoing, QStringLiteral("de ad be ef 00")), 1);

    chooseFormat(0, MessageDraft::Format::Base64);
    typeMessage(0, QStringLiteral("not*base64"));
    QVERIFY(inTab<QLabel>(0, "composerStatusLabel")->text().contains(QStringLiteral("not valid base64")));
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not valid base64")));
    QCOMPARE(m_window->session()->counters().messagesOut, 1ull);
    typeMessage(0, QStringLiteral("AAEC/w=="));
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Binary, Direction::Incoming, QStringLiteral("00 01 02 ff")), 1);
}

void tst_Everyday::placeholdersExpandedAtSend()
{
    openInTab(0, m_echo.url().toString());
    typeMessage(0, QStringLiteral("n={{counter}} id={{uuid}}"));
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Text, Direction::Incoming, QStringLiteral("n=")), 2);
    const QRegularExpression uuid(QStringLiteral("id=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const MessageLogModel *model = m_window->logModel();
    QStringList echoed;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(MessageLogModel::DirectionRole).toInt() == int(Direction::Incoming))
            echoed << model->index(row, MessageLogModel::DataColumn).data().toString();
    QCOMPARE(echoed.size(), 2);
    QVERIFY2(echoed.at(0).startsWith(QStringLiteral("n=1 ")) && uuid.match(echoed.at(0)).hasMatch(), qPrintable(echoed.at(0)));
    QVERIFY2(echoed.at(1).startsWith(QStringLiteral("n=2 ")) && uuid.match(echoed.at(1)).hasMatch(), qPrintable(echoed.at(1)));
    QVERIFY(echoed.at(0).mid(4) != echoed.at(1).mid(4));
    // The composer keeps the template, not what it became.
    QCOMPARE(inTab<QPlainTextEdit>(0, "messageEdit")->toPlainText(), QStringLiteral("n={{counter}} id={{uuid}}"));
}

void tst_Everyday::upAndDownRecallSentMessages()
{
    openInTab(0, m_echo.url().toString());
    auto *editor = inTab<QPlainTextEdit>(0, "messageEdit");
    for (const QString &text : {QStringLiteral("first"), QStringLiteral("second\nline two")}) {
        typeMessage(0, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    }
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    typeMessage(0, QStringLiteral("draft"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QStringLiteral("second\nline two"));
    // The cursor is at the end, on the last line: Up moves inside the message first.
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QStringLiteral("second\nline two"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(editor->toPlainText(), QStringLiteral("second\nline two"));
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(editor->toPlainText(), QStringLiteral("draft"));
}

void tst_Everyday::snippetKeptForTheNextRun()
{
    chooseFormat(0, MessageDraft::Format::Json);
    typeMessage(0, QStringLiteral("{\"op\": \"subscribe\", \"id\": {{counter}}}"));
    test::answerNextDialog(this, [](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("subscribe"));
    });
    QTest::mouseClick(inTab<QAbstractButton>(0, "saveSnippetButton"), Qt::LeftButton);
    QTRY_VERIFY(inTab<QComboBox>(0, "snippetCombo")->findText(QStringLiteral("subscribe")) > 0);

    // A new run: the snippet is in the list; choosing it fills the composer, format included.
    m_window.reset();
    init();
    auto *snippets = inTab<QComboBox>(0, "snippetCombo");
    QCOMPARE(snippets->findText(QStringLiteral("subscribe")), 1);
    snippets->setFocus();
    QTest::keyClick(snippets, Qt::Key_Down);
    QCOMPARE(inTab<QPlainTextEdit>(0, "messageEdit")->toPlainText(), QStringLiteral("{\"op\": \"subscribe\", \"id\": {{counter}}}"));
    QCOMPARE(inTab<QComboBox>(0, "composerFormatCombo")->currentData().toInt(), int(MessageDraft::Format::Json));
    openInTab(0, m_echo.url().toString());
    QTest::mouseClick(inTab<QPushButton>(0, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Text, Direction::Incoming, QStringLiteral("{\"op\": \"subscribe\", \"id\": 1}")), 1);
}

void tst_Everyday::twoTabsAndSendToBoth()
{
    openInTab(0, m_echo.url().toString());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTab(), m_window->tab(1));
    openInTab(1, m_scripted.url(QStringLiteral("/echo")).toString());
    // Each tab is its own session and log.
    QVERIFY(m_window->tab(0)->session() != m_window->tab(1)->session());
    typeMessage(1, QStringLiteral("to everyone"));
    test::answerNextDialog(this, [](QDialog *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("tabList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked); // both are open, so both are ticked
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    });
    QTest::mouseClick(inTab<QPushButton>(1, "sendToTabsButton"), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(0, EventKind::Text, Direction::Incoming, QStringLiteral("to everyone")), 1);
    QTRY_COMPARE(rowsWith(1, EventKind::Text, Direction::Incoming, QStringLiteral("to everyone")), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sent to 2 of 2 tabs"));

    // Untick one: only the other gets it. The keys this time; a closed dialog hands the focus back.
    activate();
    typeMessage(1, QStringLiteral("only the first"));
    test::answerNextDialog(this, [](QDialog *dialog) {
        dialog->findChild<QListWidget *>(QStringLiteral("tabList"))->item(1)->setCheckState(Qt::Unchecked);
    });
    QTest::keyClick(inTab<QPlainTextEdit>(1, "messageEdit"), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(rowsWith(0, EventKind::Text, Direction::Incoming, QStringLiteral("only the first")), 1);
    QTest::qWait(100);
    QCOMPARE(rowsWith(1, EventKind::Text, Direction::Outgoing, QStringLiteral("only the first")), 0);
}

void tst_Everyday::tabsComeBackOnTheNextStart()
{
    const QString socketIoUrl = m_scripted.url(QStringLiteral("/socket.io/")).toString();
    SessionOptions remembered;
    remembered.url = QUrl(socketIoUrl);
    remembered.origin = QStringLiteral("https://app.test");
    remembered.protocol = SessionOptions::Protocol::SocketIo;
    remembered.socketIoNamespace = QStringLiteral("/chat");
    ConnectionTab::rememberOptions(remembered);
    openInTab(0, m_echo.url().toString());
    m_window->addConnectionTab(socketIoUrl);
    m_window->tab(1)->setSocketIo(true);
    m_window->addConnectionTab(QStringLiteral("ws://127.0.0.1:1/third"));
    m_window->close();

    // The echo server comes back on a new port next run: its tab follows it.
    EchoServer nextEcho;
    QVERIFY(nextEcho.listen());
    m_window = std::make_unique<MainWindow>(nextEcho.url());
    QVERIFY(m_window->restoreTabs());
    m_window->show();
    activate();
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->tab(0)->urlText(), nextEcho.url().toString());
    QCOMPARE(m_window->tab(1)->urlText(), socketIoUrl);
    QVERIFY(m_window->tab(1)->isSocketIo());
    QVERIFY(!m_window->tab(0)->isSocketIo());
    QCOMPARE(m_window->tab(2)->urlText(), QStringLiteral("ws://127.0.0.1:1/third"));
    QCOMPARE(m_window->currentTab(), m_window->tab(2));
    // Restored, not connected: nothing is opened behind the user's back.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_window->tab(i)->session()->state(), Session::State::Idle);
    // The URL's options came back with it.
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), m_window->tab(1));
    QCOMPARE(inTab<QLineEdit>(1, "namespaceEdit")->text(), QStringLiteral("/chat"));
    QTest::mouseClick(inTab<QPushButton>(1, "openButton"), Qt::LeftButton);
    QCOMPARE(m_window->tab(1)->session()->options().origin, QStringLiteral("https://app.test"));
    QCOMPARE(m_window->tab(1)->session()->options().socketIoNamespace, QStringLiteral("/chat"));
    QVERIFY(m_window->tab(1)->session()->options().url.query().contains(QStringLiteral("EIO=4")));

    // The command line names a URL: its restored tab if it has one and is not connected, else a
    // tab of its own (the same URL run again does not add a tab each time).
    QCOMPARE(m_window->tabForUrl(QStringLiteral(" ws://127.0.0.1:1/third/")), m_window->tab(2)); // as typed, the same endpoint
    QCOMPARE(m_window->currentTab(), m_window->tab(2));
    QCOMPARE(m_window->tabCount(), 3);
    ConnectionTab *added = m_window->tabForUrl(socketIoUrl); // tab 1, its URL's, is connected
    QCOMPARE(m_window->tabCount(), 4);
    QCOMPARE(added, m_window->tab(3));
    QCOMPARE(m_window->currentTab(), added);
    added = m_window->tabForUrl(QStringLiteral("ws://127.0.0.1:1/fourth"));
    QCOMPARE(m_window->tabCount(), 5);
    QCOMPARE(added, m_window->tab(4));
}

void tst_Everyday::closingATabClosesItsConnection()
{
    openInTab(0, m_scripted.url(QStringLiteral("/echo")).toString());
    m_window->addConnectionTab(QString());
    QCOMPARE(m_window->tabCount(), 2);
    const QStringList before = m_scripted.closesReceived();
    m_window->setFocus();
    m_window->closeTab(0);
    QCOMPARE(m_window->tabCount(), 1);
    QTRY_COMPARE(m_scripted.closesReceived().size(), before.size() + 1);
    QCOMPARE(m_scripted.closesReceived().constLast(), QStringLiteral("1001 Tab closed"));
    // Closing the last tab leaves a fresh one, not an empty window.
    m_window->closeTab(0);
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->currentTab()->session()->state(), Session::State::Idle);
}

void tst_Everyday::socketIoSuggestedForSocketIoUrls()
{
    auto *hint = inTab<QWidget>(0, "socketIoHint");
    QLineEdit *field = inTab<QComboBox>(0, "urlCombo")->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("ws://127.0.0.1:3000/socket.io/"));
    QVERIFY(hint->isVisible());
    QVERIFY(!m_window->currentTab()->isSocketIo());
    QTest::mouseClick(inTab<QPushButton>(0, "useSocketIoButton"), Qt::LeftButton);
    QVERIFY(m_window->currentTab()->isSocketIo());
    QVERIFY(!hint->isVisible());
    QVERIFY(inTab<QLineEdit>(0, "namespaceEdit")->isVisible());
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("ws://127.0.0.1:3000/chat"));
    QVERIFY(!hint->isVisible());
}

void tst_Everyday::shortcutsDialogListsEveryShortcut()
{
    QStringList expected;
    for (QAction *menuAction : m_window->menuBar()->actions())
        for (QAction *action : menuAction->menu()->actions())
            if (!action->shortcut().isEmpty())
                expected << action->shortcut().toString(QKeySequence::NativeText);
    // The log's own keys (they work while it has focus) must not clash with the menus' either.
    LogPane *log = m_window->logPane();
    for (const QAction *action : {log->copyMessageAction(), log->copyRowsAction(), log->resendAction()})
        expected << action->shortcut().toString(QKeySequence::NativeText);
    // Every main action has its keys.
    for (const char *name : {"openAction", "closeAction", "sendAction", "newTabAction", "closeTabAction", "recordAction",
                             "exportAction", "optionsAction", "reconnectNowAction", "sendToTabsAction", "shortcutsAction"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }
    QStringList shown;
    test::answerNextDialog(this, [&shown](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            shown << table->item(row, 0)->text();
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(!shown.isEmpty());
    for (const QString &keys : std::as_const(expected))
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(), [&keys](const QString &row) { return row.startsWith(keys); }), qPrintable(keys));
    // Unique keys: no two actions fight over one shortcut.
    QStringList sorted = expected;
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), expected.size());
}

void tst_Everyday::everyControlIsNamed()
{
    m_window->addConnectionTab(QString());
    QStringList unnamed;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool field = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                           || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (!field && !button)
            continue;
        // A line edit inside a combo box is named by its combo, a header by its table.
        if ((qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget())) || qobject_cast<QHeaderView *>(widget))
            continue;
        const bool named = !widget->accessibleName().isEmpty() || !widget->toolTip().isEmpty()
                           || (button && !button->text().isEmpty() && !button->toolTip().isEmpty());
        if (!named)
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Everyday::darkThemeKeepsProblemsReadable()
{
    m_window->findChild<QAction *>(QStringLiteral("theme-dark"))->trigger();
    QTRY_VERIFY(Theme::isDark(m_window->palette()));
    QTRY_VERIFY(Theme::isDark(m_window->logPane()->palette()));
    // Qt Charts has themes of its own: the panel's chart follows.
    auto *chart = m_window->connectionPanel()->findChild<QChartView *>(QStringLiteral("panelChart"))->chart();
    QTRY_COMPARE(chart->theme(), QChart::ChartThemeDark);
    QVERIFY(Theme::contrast(Theme::problemColor(m_window->palette()), m_window->palette().color(QPalette::Base)) >= 4.5);
    QCOMPARE(Theme::current(), Theme::Choice::Dark);
    m_window->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
    QTRY_VERIFY(!Theme::isDark(m_window->palette()));
    QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
    QVERIFY(Theme::contrast(Theme::problemColor(m_window->palette()), m_window->palette().color(QPalette::Base)) >= 4.5);
    m_window->findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
    QCOMPARE(Theme::current(), Theme::Choice::System);
}

void tst_Everyday::chartAxesTickOnRoundNumbers_data()
{
    QTest::addColumn<double>("largest");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("step");
    QTest::newRow("idle RTT, 4 ticks: 0, 0.05, 0.1") << 0.1 << 4 << 0.1 << 0.05;
    QTest::newRow("idle rate, 5 ticks: 0, 5, 10") << 10.0 << 5 << 10.0 << 5.0;
    QTest::newRow("on a step: 0, 10 … 40") << 40.0 << 5 << 40.0 << 10.0;
    QTest::newRow("between steps: 0, 50 … 150") << 133.3 << 5 << 150.0 << 50.0;
    QTest::newRow("200 thousand/s, 4 ticks: 0, 100, 200") << 200.0 << 4 << 200.0 << 100.0;
    QTest::newRow("two ticks: 0, 10") << 7.0 << 2 << 10.0 << 10.0;
    QTest::newRow("RTT 2.5 s, 3 ticks: 0, 2000, 4000") << 2500.0 << 3 << 4000.0 << 2000.0;
    QTest::newRow("a hair over a step: 0, 5 … 20") << 20.0000000199 << 5 << 20.0 << 5.0;
    QTest::newRow("12,000/s: 0, 5000 … 15000") << 12000.0 << 4 << 15000.0 << 5000.0;
}

void tst_Everyday::chartAxesTickOnRoundNumbers()
{
    QFETCH(double, largest);
    QFETCH(int, maxTicks);
    QFETCH(double, top);
    QFETCH(double, step);
    const ChartScale scale = ChartScale::fit(largest, maxTicks);
    QCOMPARE(scale.top, top);
    QCOMPARE(scale.step, step);
    QVERIFY(scale.top >= largest * (1 - 1e-9));
    QVERIFY(qRound(scale.top / scale.step) + 1 <= maxTicks);
    // Thousands once the axis would reach 10,000: at most four digits on it.
    QCOMPARE(ChartScale::divisorFor(largest, maxTicks), scale.top >= 10000 ? 1000.0 : 1.0);
    QCOMPARE(ChartScale::divisorFor(7999, 5), 1.0); // 0, 2000 … 8000
    QCOMPARE(ChartScale::divisorFor(8001, 5), 1000.0); // 0, 5000, 10000: shown as 0, 5, 10
}

void tst_Everyday::chartAxisNeverPassesThroughManyTicks()
{
    // Each state the axis passes through, as ticks over its range (a label item each).
    QValueAxis axis;
    axis.setTickType(QValueAxis::TicksDynamic);
    ChartScale{10, 5}.applyTo(&axis);
    double most = 0;
    const auto count = [&axis, &most] { most = qMax(most, axis.max() / axis.tickInterval()); };
    connect(&axis, &QValueAxis::rangeChanged, this, count);
    connect(&axis, &QValueAxis::tickIntervalChanged, this, count);
    // A flood begins (10 → 1,500 thousand/s), then ends (back to 10).
    for (const ChartScale scale : {ChartScale{1500, 500}, ChartScale{10, 5}}) {
        most = 0;
        scale.applyTo(&axis);
        QCOMPARE(axis.max(), scale.top);
        QCOMPARE(axis.tickInterval(), scale.step);
        QVERIFY2(most <= 3, qPrintable(QString::number(most)));
    }
}

QTEST_MAIN(tst_Everyday)
#include "tst_everyday.moc"
