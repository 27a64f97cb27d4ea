// The log at a glance in the window: keep-alive folded on a real Socket.IO server's tab,
// rows tinted with contrast in both themes, and the JSON tree of a message clicked, searched
// and its path copied.
#include "CompareDialog.h"
#include "ConnectionTab.h"
#include "JsonTreePane.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "SessionViewWindow.h"
#include "TestServers.h"
#include "TimelineStrip.h"
#include "Theme.h"
#include "WindowDriver.h"
#include "log/JsonTreeModel.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "record/SessionFile.h"
#include "server/EchoServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QStyle>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace wsi;

class tst_LogGlanceWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void socketIoKeepAliveFolds();
    void rowTintsReadInBothThemes();
    void jsonTreeClickSearchAndCopyPath();
    void compareTwoRows();
    void pinJumpAndSave();
    void pinJumpPassesHiddenPinsAndFolds();
    void jsonTextViewBesideTheTree();
    void timelineCountsAndClickJumps();
    void numberColumnWidensForBoldNumbers();

private:
    template<typename T>
    T *inTab(const char *name) { return test::inTab<T>(*m_window, 0, name); }
    // Clicks the log row of the given source row, as a person would.
    void clickRow(int sourceRow, Qt::KeyboardModifiers modifiers = {});
    // Opens the echo tab and sends each text; returns the echoed rows (incoming), in order.
    std::vector<int> echo(const QStringList &texts);

    EchoServer m_echo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LogGlanceWindow::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_logglancewindow"));
    QVERIFY(m_echo.listen());
}

void tst_LogGlanceWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(test::activate(m_window.get()));
}

void tst_LogGlanceWindow::cleanup()
{
    m_window.reset();
}

void tst_LogGlanceWindow::clickRow(int sourceRow, Qt::KeyboardModifiers modifiers)
{
    auto *view = inTab<QTableView>("logView");
    const QModelIndex shown = m_window->logPane()->toShown(m_window->logModel()->index(sourceRow, MessageLogModel::DataColumn));
    QVERIFY(shown.isValid());
    view->scrollTo(shown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(shown).center());
    if (modifiers == Qt::NoModifier)
        QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{m_window->logPane()->toSource(shown).row()});
}

std::vector<int> tst_LogGlanceWindow::echo(const QStringList &texts)
{
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    [&] { QTRY_COMPARE(m_window->session()->state(), Session::State::Open); }();
    for (const QString &text : texts)
        test::sendTyped(*m_window, 0, text);
    [&] { QTRY_COMPARE(m_window->session()->counters().messagesIn, quint64(texts.size())); }();
    MessageLogModel *model = m_window->logModel();
    model->flush();
    std::vector<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(MessageLogModel::DirectionRole).toInt() == int(Direction::Incoming)
            && model->index(row, 0).data(MessageLogModel::KindRole).toInt() == int(EventKind::Text))
            rows.push_back(row);
    return rows;
}

void tst_LogGlanceWindow::socketIoKeepAliveFolds()
{
    test::ServerProcess io(QStringLiteral("socketio_server.js"));
    QString error;
    QVERIFY2(io.start(&error, 0, {QStringLiteral("--ping-interval"), QStringLiteral("100"), QStringLiteral("--ping-timeout"), QStringLiteral("2000")}),
             qPrintable(error));
    QLineEdit *field = inTab<QComboBox>("urlCombo")->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, io.url(QStringLiteral("/socket.io/")).toString());
    QTRY_VERIFY(inTab<QWidget>("socketIoHint")->isVisible());
    QTest::mouseClick(inTab<QPushButton>("useSocketIoButton"), Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    MessageLogModel *model = m_window->logModel();
    // Pings every 100 ms, each answered: wait for ten of them.
    QTRY_VERIFY_WITH_TIMEOUT(test::rowsWith(*m_window, 0, Direction::Incoming, QStringLiteral("Engine.IO ping")) >= 10, 10000);

    auto *fold = inTab<QCheckBox>("foldKeepAliveCheck");
    QTest::mouseClick(fold, Qt::LeftButton, {}, QPoint(6, fold->height() / 2));
    QVERIFY(fold->isChecked());
    LogFilterModel *filter = m_window->logPane()->filter();
    QTRY_COMPARE(m_window->logPane()->shownModel(), static_cast<QAbstractItemModel *>(filter));
    QTRY_VERIFY(filter->isComplete());
    // Fewer rows than the log, a fold among them that says what it holds, the event still its own row.
    model->flush();
    QTRY_VERIFY(filter->isComplete());
    QVERIFY(filter->rowCount() < model->rowCount() - 8);
    int foldRow = -1, newsRow = -1;
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QString data = filter->index(row, MessageLogModel::DataColumn).data().toString();
        if (filter->foldedCount(row) >= 10)
            foldRow = row;
        if (data.contains(QStringLiteral("event news")))
            newsRow = row;
    }
    QVERIFY(foldRow >= 0);
    QVERIFY(newsRow >= 0);
    const QString text = filter->index(foldRow, MessageLogModel::DataColumn).data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("↕ ")) && text.contains(QStringLiteral("pings/pongs")), qPrintable(text));
    // The fold keeps growing while pings come; the run is still one row.
    const int before = filter->foldedCount(foldRow);
    const int rowsBefore = filter->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(filter->foldedCount(foldRow) >= before + 4, 10000);
    QCOMPARE(filter->rowCount(), rowsBefore);
    // A folded row is drawn in italics and dimmed; the view shows its text.
    auto *view = inTab<QTableView>("logView");
    QCOMPARE(view->model()->index(foldRow, MessageLogModel::DataColumn).data(MessageLogModel::FoldRole).toInt(), filter->foldedCount(foldRow));
    // Unfolding shows every row again.
    QTest::mouseClick(fold, Qt::LeftButton, {}, QPoint(6, fold->height() / 2));
    QTRY_COMPARE(m_window->logPane()->shownModel(), static_cast<QAbstractItemModel *>(model));
    m_window->tab(0)->session()->close();
}

void tst_LogGlanceWindow::rowTintsReadInBothThemes()
{
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    test::sendTyped(*m_window, 0, QStringLiteral("tinted"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 1ull);
    for (const char *theme : {"theme-dark", "theme-light"}) {
        m_window->findChild<QAction *>(QLatin1String(theme))->trigger();
        QTRY_COMPARE(Theme::isDark(m_window->logPane()->view()->palette()), QByteArray(theme) == "theme-dark");
        const QPalette palette = m_window->logPane()->view()->palette();
        const QColor sent = Theme::rowTint(palette, true), received = Theme::rowTint(palette, false);
        // Tinted: neither is the base colour, and they differ from each other.
        QVERIFY(sent != palette.color(QPalette::Base));
        QVERIFY(received != palette.color(QPalette::Base));
        QVERIFY(sent != received);
        for (const QColor &background : {sent, received, palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)}) {
            QVERIFY2(Theme::contrast(palette.color(QPalette::Text), background) >= 4.5, theme);
            QVERIFY2(Theme::contrast(Theme::problemColor(palette), background) >= 4.5, theme);
            const QColor quiet = Theme::quietColor(palette, background);
            QVERIFY2(Theme::contrast(quiet, background) >= 4.5, theme);
            // Dimmed: nearer the background than the text is.
            QVERIFY2(Theme::contrast(quiet, background) < Theme::contrast(palette.color(QPalette::Text), background), theme);
        }
        QVERIFY(Theme::contrast(palette.color(QPalette::Text), Theme::matchTint(palette)) >= 4.5);
    }
    m_window->findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
}

void tst_LogGlanceWindow::jsonTreeClickSearchAndCopyPath()
{
    const std::vector<int> echoed = echo({QStringLiteral(R"({"items":[{"id":1},{"id":2},{"id":3},{"id":4,"name":"Ada"}],"owner":"ada@example.org"})")});
    QCOMPARE(int(echoed.size()), 1);
    MessageLogModel *model = m_window->logModel();
    clickRow(echoed.front());

    // The Tree tab, clicked.
    QTabWidget *tabs = m_window->logPane()->detailTabs();
    const int treeTab = tabs->indexOf(m_window->logPane()->jsonTree());
    QVERIFY(treeTab >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(treeTab).center());
    QTRY_COMPARE(tabs->currentIndex(), treeTab);
    JsonTreePane *pane = m_window->logPane()->jsonTree();
    JsonTreeModel *tree = pane->model();
    QTRY_VERIFY(tree->hasDocument());
    QTreeView *view = pane->tree();
    QTRY_VERIFY(view->isExpanded(tree->index(0, 0)));

    // Click "items", open it with the keyboard, then its fourth element, then click "id".
    const auto clickNode = [&](const QString &path) {
        const QModelIndex node = tree->indexForPath(path);
        QVERIFY2(node.isValid(), qPrintable(path));
        view->scrollTo(node);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(node).center());
        QTRY_COMPARE(tree->path(view->currentIndex()), path);
    };
    clickNode(QStringLiteral("$.items"));
    QTest::keyClick(view, Qt::Key_Right);
    QTRY_VERIFY(view->isExpanded(tree->indexForPath(QStringLiteral("$.items"))));
    clickNode(QStringLiteral("$.items[3]"));
    QTest::keyClick(view, Qt::Key_Right);
    QTRY_VERIFY(view->isExpanded(tree->indexForPath(QStringLiteral("$.items[3]"))));
    clickNode(QStringLiteral("$.items[3].id"));
    QCOMPARE(view->currentIndex().siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("4"));
    // Copy path and copy value, with their keys on the tree.
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("$.items[3].id"));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("4"));

    // Search inside the message: both "ada"s, highlighted, next and previous.
    auto *search = pane->findChild<QLineEdit *>(QStringLiteral("jsonSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("ada"));
    QTRY_COMPARE(tree->matchCount(), 2);
    auto *status = pane->findChild<QLabel *>(QStringLiteral("jsonStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("match 1 of 2"));
    QCOMPARE(tree->path(view->currentIndex()), QStringLiteral("$.items[3].name"));
    QVERIFY(view->currentIndex().data(JsonTreeModel::MatchRole).toBool());
    QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("jsonNextButton")), Qt::LeftButton);
    QTRY_COMPARE(tree->path(view->currentIndex()), QStringLiteral("$.owner"));
    QCOMPARE(status->text(), QStringLiteral("match 2 of 2"));
    QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("jsonPreviousButton")), Qt::LeftButton);
    QTRY_COMPARE(tree->path(view->currentIndex()), QStringLiteral("$.items[3].name"));
    // A row that is not JSON says so instead of keeping the old tree.
    test::sendTyped(*m_window, 0, QStringLiteral("plain words"));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 2ull);
    model->flush();
    clickRow(model->rowCount() - 1);
    QTRY_VERIFY(!tree->hasDocument());
    QTRY_VERIFY(status->text().contains(QStringLiteral("no JSON")));
}

void tst_LogGlanceWindow::compareTwoRows()
{
    const std::vector<int> rows = echo({QStringLiteral(R"({"id":7,"items":[1,2],"ok":true})"), QStringLiteral(R"({"ok":true,"items":[1,2],"id":7})"),
                                        QStringLiteral(R"({"ok":false,"items":[1,2],"id":8})")});
    QCOMPARE(int(rows.size()), 3);
    QAction *compare = m_window->logPane()->compareAction();
    // Two rows with the same members in another order: nothing differs.
    clickRow(rows[0]);
    QVERIFY(!compare->isEnabled());
    clickRow(rows[1], Qt::ControlModifier);
    QTRY_COMPARE(m_window->logPane()->selectedRows(), (std::vector<int>{rows[0], rows[1]}));
    QVERIFY(compare->isEnabled());
    QTest::keyClick(inTab<QTableView>("logView"), Qt::Key_D, Qt::ControlModifier);
    CompareDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->logPane()->findChild<CompareDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->summary(), QStringLiteral("The same JSON (key order ignored, as replay compares)."));
    QCOMPARE(dialog->left()->toPlainText(), dialog->right()->toPlainText());
    QVERIFY(dialog->left()->extraSelections().isEmpty());
    dialog->close();
    QTRY_VERIFY(!m_window->logPane()->findChild<CompareDialog *>());
    // The first and the third: two paths differ, their lines marked on both sides.
    clickRow(rows[0]);
    clickRow(rows[2], Qt::ControlModifier);
    QTRY_COMPARE(m_window->logPane()->selectedRows(), (std::vector<int>{rows[0], rows[2]}));
    // This time from the right-click menu's action (the closed dialog took the window's focus).
    QVERIFY(inTab<QTableView>("logView")->actions().contains(compare));
    compare->trigger();
    QTRY_VERIFY((dialog = m_window->logPane()->findChild<CompareDialog *>()) != nullptr);
    QVERIFY2(dialog->summary().contains(QStringLiteral("$.id: expected 7, got 8")), qPrintable(dialog->summary()));
    QVERIFY(dialog->summary().contains(QStringLiteral("$.ok: expected true, got false")));
    QCOMPARE(dialog->left()->extraSelections().size(), 2);
    QCOMPARE(dialog->right()->extraSelections().size(), 2);
    dialog->close();
}

void tst_LogGlanceWindow::pinJumpAndSave()
{
    QStringList texts;
    for (int i = 0; i < 30; ++i)
        texts << QStringLiteral("message %1").arg(i);
    const std::vector<int> rows = echo(texts);
    QCOMPARE(int(rows.size()), 30);
    MessageLogModel *model = m_window->logModel();
    auto *view = inTab<QTableView>("logView");
    // Pin two rows with the key.
    clickRow(rows[3]);
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(model->isPinned(rows[3]));
    clickRow(rows[25]);
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(model->isPinned(rows[25]));
    QCOMPARE(model->pinnedRows(), (std::vector<int>{rows[3], rows[25]}));
    QVERIFY(view->model()->index(view->currentIndex().row(), 0).data(MessageLogModel::PinRole).toBool());
    // Jump between them: from a row in between, next is the later pin, previous the earlier.
    clickRow(rows[10]);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{rows[25]});
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); // wraps to the first
    QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{rows[3]});
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{rows[25]});
    // Ctrl+B again on a pinned row unpins it.
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(!model->isPinned(rows[25]));
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(model->isPinned(rows[25]));

    // Saved with the session and there again when it is opened.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pinned.jsonl"));
    QString error;
    QVERIFY2(m_window->saveSessionAs(path, &error), qPrintable(error));
    const SessionFile::Contents contents = SessionFile::read(path);
    QVERIFY(contents.ok());
    QCOMPARE(contents.header.pins, (std::vector<int>{rows[3], rows[25]}));
    std::unique_ptr<SessionViewWindow> viewer(m_window->openSessionFile(path));
    QVERIFY(viewer);
    viewer->setAttribute(Qt::WA_DeleteOnClose, false);
    const MessageLogModel *opened = viewer->findChild<LogPane *>()->model();
    QCOMPARE(opened->pinnedRows(), (std::vector<int>{rows[3], rows[25]}));
    QCOMPARE(opened->eventAt(rows[25]).payload, QByteArray("message 25"));
}

void tst_LogGlanceWindow::pinJumpPassesHiddenPinsAndFolds()
{
    // A log of its own: messages, a run of keep-alive between them, pins on both.
    MessageLogModel model;
    qint64 clockUs = 1700000000000000;
    const auto add = [&](EventKind kind, Direction direction, const QByteArray &payload) {
        SessionEvent event;
        event.timestampUs = (clockUs += 1000);
        event.kind = kind;
        event.direction = direction;
        event.payload = payload;
        model.append(event);
    };
    add(EventKind::Text, Direction::Incoming, "alpha 0");  // row 0
    add(EventKind::Ping, Direction::Outgoing, "");         // 1
    add(EventKind::Pong, Direction::Incoming, "");         // 2, pinned, folded
    add(EventKind::Ping, Direction::Outgoing, "");         // 3
    add(EventKind::Text, Direction::Incoming, "beta 4");   // 4, pinned
    add(EventKind::Text, Direction::Incoming, "alpha 5");  // 5
    model.flush();
    LogPane pane;
    pane.setModel(&model);
    pane.resize(1100, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTableView *view = pane.view();
    auto *status = pane.findChild<QLabel *>(QStringLiteral("filterStatus"));
    model.setPinned(2, true);
    model.setPinned(4, true);
    QTest::mouseClick(pane.findChild<QCheckBox *>(QStringLiteral("foldKeepAliveCheck")), Qt::LeftButton);
    QTRY_COMPARE(pane.shownModel(), static_cast<QAbstractItemModel *>(pane.filter()));
    QTRY_COMPARE(pane.shownModel()->rowCount(), 4); // alpha 0, the fold, beta 4, alpha 5
    // The fold's row carries the mark of the pin inside it.
    QVERIFY(pane.shownModel()->index(1, 0).data(MessageLogModel::PinRole).toBool());
    QVERIFY(!pane.shownModel()->index(0, 0).data(MessageLogModel::PinRole).toBool());

    // Alt+Down from the first row lands on the fold and says which pinned row is in it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, MessageLogModel::DataColumn)).center());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(view->currentIndex().row(), 1);
    QVERIFY2(status->text().contains(QStringLiteral("folded into this row")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QString::number(model.eventNumber(2))));
    // On past the fold's rows to the next pin, not back into the fold.
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(pane.selectedRows(), std::vector<int>{4});

    // A filter that hides both pins: nothing to jump to, and it says so.
    auto *filterEdit = pane.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filterEdit, QStringLiteral("alpha"));
    QTRY_COMPARE(pane.shownModel()->rowCount(), 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, MessageLogModel::DataColumn)).center());
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("hides all 2 pinned rows")), qPrintable(status->text()));
    QCOMPARE(pane.selectedRows(), std::vector<int>{0});
    // A pin it shows is reached, passing over the hidden ones.
    model.setPinned(5, true);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(pane.selectedRows(), std::vector<int>{5});
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier); // wraps round, still only that one
    QTRY_COMPARE(pane.selectedRows(), std::vector<int>{5});
}

void tst_LogGlanceWindow::jsonTextViewBesideTheTree()
{
    // A value that looks like markup stays text.
    const std::vector<int> echoed = echo({QStringLiteral(R"({"name":"<b>Ada</b>","count":42,"ok":true,"gone":null})")});
    QCOMPARE(int(echoed.size()), 1);
    clickRow(echoed.front());
    QTabWidget *tabs = m_window->logPane()->detailTabs();
    JsonTreePane *pane = m_window->logPane()->jsonTree();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(pane)).center());
    QTRY_VERIFY(pane->model()->hasDocument());

    // The Text button shows the same document as indented text, in place of the tree.
    QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("jsonTextButton")), Qt::LeftButton);
    QTRY_VERIFY(pane->textView()->isVisible());
    QVERIFY(!pane->tree()->isVisible());
    QCOMPARE(pane->textView()->toPlainText(), pane->model()->indentedText());
    QVERIFY(pane->textView()->toPlainText().contains(QStringLiteral("\"name\": \"<b>Ada</b>\"")));

    // The colour under the first character of what, as the highlighter set it.
    const auto colourAt = [&](const QString &what) {
        const QTextCursor found = pane->textView()->document()->find(what);
        const QTextBlock block = found.block();
        const int at = found.selectionStart() - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        return QColor();
    };
    for (const char *theme : {"theme-dark", "theme-light"}) {
        m_window->findChild<QAction *>(QLatin1String(theme))->trigger();
        QTRY_COMPARE(Theme::isDark(pane->textView()->palette()), QByteArray(theme) == "theme-dark");
        const QPalette palette = pane->textView()->palette();
        QTRY_COMPARE(colourAt(QStringLiteral("\"count\"")), Theme::syntaxColor(palette, Theme::Syntax::Key));
        QCOMPARE(colourAt(QStringLiteral("\"<b>")), Theme::syntaxColor(palette, Theme::Syntax::String));
        QCOMPARE(colourAt(QStringLiteral("42")), Theme::syntaxColor(palette, Theme::Syntax::Number));
        QCOMPARE(colourAt(QStringLiteral("true")), Theme::syntaxColor(palette, Theme::Syntax::Literal));
        QCOMPARE(colourAt(QStringLiteral("null")), Theme::syntaxColor(palette, Theme::Syntax::Literal));
        // Four colours, each unlike the text's and readable on the background.
        QSet<QRgb> seen;
        for (Theme::Syntax syntax : {Theme::Syntax::Key, Theme::Syntax::String, Theme::Syntax::Number, Theme::Syntax::Literal}) {
            const QColor colour = Theme::syntaxColor(palette, syntax);
            QVERIFY2(Theme::contrast(colour, palette.color(QPalette::Base)) >= 4.5, theme);
            QVERIFY2(colour != palette.color(QPalette::Text), theme);
            seen.insert(colour.rgb());
        }
        QCOMPARE(seen.size(), 4);
    }
    m_window->findChild<QAction *>(QStringLiteral("theme-system"))->trigger();

    // Search goes through the text while it is shown; Enter finds the next one.
    auto *search = pane->findChild<QLineEdit *>(QStringLiteral("jsonSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("ada"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("Ada"));
    // And back to the tree.
    QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("jsonTextButton")), Qt::LeftButton);
    QTRY_VERIFY(pane->tree()->isVisible());
    QVERIFY(!pane->textView()->isVisible());
}

void tst_LogGlanceWindow::timelineCountsAndClickJumps()
{
    QStringList texts;
    for (int i = 0; i < 6; ++i)
        texts << QStringLiteral("tick %1").arg(i);
    std::vector<int> rows = echo(texts);
    // A second batch a few hundred milliseconds later: it falls in later 100 ms buckets.
    QTest::qWait(350);
    for (int i = 6; i < 12; ++i)
        test::sendTyped(*m_window, 0, QStringLiteral("tick %1").arg(i));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 12ull);
    MessageLogModel *model = m_window->logModel();
    model->flush();
    const int firstBatchEnd = rows.back();
    const TimelineCounts &counts = model->timeline();
    QCOMPARE(counts.totalSent(), 12);
    QCOMPARE(counts.totalReceived(), 12);
    // Drawn from those counters: a click on its right end goes to the first message of the
    // last 100 ms, which holds the last message.
    TimelineStrip *strip = m_window->logPane()->timeline();
    QVERIFY(strip->isVisible());
    QVERIFY(strip->height() >= 10);
    clickRow(0);
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() - 1, strip->height() / 2));
    const int last = counts.bucketCount() - 1;
    QCOMPARE(strip->timeAt(strip->width() - 1), counts.startUs() + last * TimelineCounts::BucketUs);
    const int expected = model->rowAtTime(strip->timeAt(strip->width() - 1));
    QVERIFY(expected > firstBatchEnd);
    QCOMPARE(counts.bucketOf(model->store().record(expected).timestampUs), last);
    QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{expected});
    // The left end: the first bucket, where the first message is.
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(0, strip->height() / 2));
    const int first = model->rowAtTime(counts.startUs());
    QVERIFY(first <= rows.front());
    QTRY_COMPARE(m_window->logPane()->selectedRows(), std::vector<int>{first});
}

void tst_LogGlanceWindow::numberColumnWidensForBoldNumbers()
{
    // A long session's numbers gain digits: the close row's number, drawn bold, still fits.
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    MessageLogModel *model = m_window->logModel();
    auto *view = inTab<QTableView>("logView");
    const int narrow = view->columnWidth(MessageLogModel::NumberColumn);
    model->setEventsBefore(999990 - model->rowCount()); // as after 999,990 events
    for (int i = 0; i < 12; ++i)
        test::sendTyped(*m_window, 0, QStringLiteral("message %1").arg(i));
    QTRY_COMPARE(m_window->session()->counters().messagesIn, 12ull);
    QTest::mouseClick(inTab<QPushButton>("closeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->state(), Session::State::Closed);
    model->flush();
    int closeRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(MessageLogModel::KindRole).toInt() == int(EventKind::Close))
            closeRow = row;
    QVERIFY(closeRow >= 0);
    const QString number = model->index(closeRow, MessageLogModel::NumberColumn).data().toString();
    QVERIFY2(number.size() == 7, qPrintable(number));
    QFont bold = view->font();
    bold.setBold(true);
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    QTRY_VERIFY(view->columnWidth(MessageLogModel::NumberColumn) >= QFontMetrics(bold).horizontalAdvance(number) + margins);
    QVERIFY(view->columnWidth(MessageLogModel::NumberColumn) > narrow);
}

QTEST_MAIN(tst_LogGlanceWindow)
#include "tst_logglancewindow.moc"
