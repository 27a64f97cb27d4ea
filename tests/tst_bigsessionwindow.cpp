// A session file over the big-file size, opened through the real window (File → Open session…):
// its rows are read from the file as they are shown, the detail pane shows the selected row, the
// filter reads the file again on a thread and finds what it should, and what this view cannot do
// is disabled and says why. A file under the size still opens as before (every row held).
#include "BigSessionPane.h"
#include "DialogAnswerer.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "MessageDetailTabs.h"
#include "SessionViewWindow.h"
#include "TestFiles.h"
#include "WindowDriver.h"
#include "log/BigSessionModel.h"
#include "log/MessageLogModel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsi;

namespace {
QString numbered(int row)
{
    return QString::number(row).rightJustified(12, u'0');
}
} // namespace

class tst_BigSessionWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aFileOverTheSizeIsReadAsItIsShown();
    void aFileUnderTheSizeIsHeldAsBefore();
    void cleanup() { m_window.reset(); }

private:
    void openThroughTheMenu(const QString &path, SessionViewWindow **view);
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    EchoServer m_echo;
    static constexpr int Count = 40000; // ~9 MB, over the 1 MiB the test sets
};

void tst_BigSessionWindow::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_bigsessionwindow"));
    Preferences::setBigFileMiB(1);
    QVERIFY(m_echo.listen());
}

void tst_BigSessionWindow::openThroughTheMenu(const QString &path, SessionViewWindow **view)
{
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    test::answerNextFileDialog(this, path);
    m_window->findChild<QAction *>(QStringLiteral("openSessionAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((*view = [] {
                                 for (QWidget *w : QApplication::topLevelWidgets())
                                     if (auto *v = qobject_cast<SessionViewWindow *>(w); v && v->isVisible())
                                         return v;
                                 return static_cast<SessionViewWindow *>(nullptr);
                             }()),
                             30000);
}

void tst_BigSessionWindow::aFileOverTheSizeIsReadAsItIsShown()
{
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    QVERIFY(test::writeNumberedSession(path, Count));
    QVERIFY(SessionViewWindow::isBigFile(path));
    SessionViewWindow *view = nullptr;
    openThroughTheMenu(path, &view);
    QVERIFY(view);
    QVERIFY(!view->logPane());
    BigSessionPane *pane = view->bigPane();
    QVERIFY(pane);
    BigSessionModel *model = view->bigModel();
    QCOMPARE(model->rowCount(), Count);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("sessionInfo"))->text().contains(QStringLiteral("big file")));
    // The view shows what the file holds: first, middle and last rows.
    for (int row : {0, Count / 2, Count - 1}) {
        QCOMPARE(model->index(row, MessageLogModel::DataColumn).data().toString().left(12), numbered(row));
        QCOMPARE(model->index(row, MessageLogModel::NumberColumn).data().toLongLong(), row + 1);
    }
    QVERIFY(model->heldPages() <= BigSessionModel::CachedPages);

    // Select a row in the middle as a person would: the detail pane shows its whole message.
    QTableView *table = pane->view();
    const QModelIndex middle = model->index(Count / 2 + 3, MessageLogModel::DataColumn);
    table->scrollTo(middle);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(middle).center());
    QCOMPARE(table->currentIndex().row(), middle.row());
    QCOMPARE(pane->shownFileRow(), Count / 2 + 3);
    const QString detail = pane->detailTabs()->findChild<QPlainTextEdit *>(QStringLiteral("detailView"))->toPlainText();
    QVERIFY2(detail.startsWith(QStringLiteral("#%1 ").arg(Count / 2 + 4)), qPrintable(detail));
    QVERIFY2(detail.contains(numbered(Count / 2 + 3) + QString(88, u'm')), qPrintable(detail));

    // The filter, typed: rows 123 ("000000000123"), 1230–1239 and 12300–12399 hold "0000000123".
    QLineEdit *filter = pane->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("0000000123"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isFilterComplete(), 30000);
    QCOMPARE(model->rowCount(), 111);
    QCOMPARE(model->fileRow(0), 123);
    QCOMPARE(model->fileRow(1), 1230);
    QCOMPARE(model->fileRow(11), 12300);
    QCOMPARE(model->index(110, MessageLogModel::DataColumn).data().toString().left(12), numbered(12399));
    QCOMPARE(pane->filterStatus()->text(), QStringLiteral("111 of %1 rows match").arg(QLocale().toString(Count)));
    // A regular expression; then a bad one says why and keeps nothing stale.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("/^0+3999[0-9]m/"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isFilterComplete(), 30000);
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->fileRow(9), Count - 1);
    // The row chosen before stays chosen when a filter finds it.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("%1m").arg(Count / 2 + 3));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isFilterComplete(), 30000);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(pane->shownFileRow(), Count / 2 + 3);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("/(/"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY2(pane->filterStatus()->text().contains(QStringLiteral("Not a valid regular expression")),
             qPrintable(pane->filterStatus()->text()));
    // Cleared: every row again, and the row the detail pane shows is still selected where it is.
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(model->rowCount(), Count);
    QCOMPARE(table->currentIndex().row(), Count / 2 + 3);
    QCOMPARE(pane->shownFileRow(), Count / 2 + 3);

    // What needs every row in memory is disabled and says why.
    for (const char *name : {"foldKeepAliveCheck", "timelineCheck"}) {
        auto *check = pane->findChild<QCheckBox *>(QLatin1String(name));
        QVERIFY(check && !check->isEnabled());
        QVERIFY(check->toolTip().contains(QStringLiteral("Not for a file over 1 MiB")));
    }
    for (const char *name : {"exportAction", "replayAction", "saveAsCheckAction"}) {
        auto *action = view->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action && !action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("wsinspector-cli convert")));
    }
    view->close();
}

void tst_BigSessionWindow::aFileUnderTheSizeIsHeldAsBefore()
{
    const QString path = m_dir.filePath(QStringLiteral("small.jsonl"));
    QVERIFY(test::writeNumberedSession(path, 3000)); // ~0.7 MB
    QVERIFY(!SessionViewWindow::isBigFile(path));
    SessionViewWindow *view = nullptr;
    openThroughTheMenu(path, &view);
    QVERIFY(view);
    QVERIFY(!view->bigPane());
    QCOMPARE(view->logModel()->rowCount(), 3000);
    view->close();
}

QTEST_MAIN(tst_BigSessionWindow)
#include "tst_bigsessionwindow.moc"
