// A session file too big to hold: the index finds every event in one pass (across the reader's
// blocks, with a cut last line, CRLF, bad lines), its pages read back exactly the events a whole
// read gives, the big-file model shows the same text as the log that holds every row, and the
// streaming filter finds the same rows as the log's filter.
#include "log/BigSessionModel.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "log/SessionFilterScan.h"
#include "record/SessionIndex.h"
#include "record/SessionReader.h"
#include "session/EventJson.h"

#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;

namespace {

constexpr qint64 Started = 1795687200000000;

SessionEvent event(qint64 ts, EventKind kind, Direction direction, const QByteArray &payload, int number = 0)
{
    SessionEvent e;
    e.timestampUs = ts;
    e.kind = kind;
    e.direction = direction;
    e.payload = payload;
    e.setNumber(number);
    return e;
}

// A header, then events of every kind; payload sizes from sizes (text messages), in order.
QByteArray sessionText(const QList<int> &sizes, std::vector<SessionEvent> *written)
{
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:9001/"));
    header.startedUs = Started;
    QByteArray text = SessionFile::serialize(header, {});
    qint64 t = Started;
    int i = 0;
    for (int size : sizes) {
        SessionEvent e;
        switch (i++ % 5) {
        case 0: e = event(t += 3, EventKind::Text, Direction::Incoming, QByteArray::number(i) + QByteArray(qMax(0, size), 'a')); break;
        case 1: e = event(t += 3, EventKind::Binary, Direction::Outgoing, QByteArray::number(i) + QByteArray(qMax(0, size), '\x01')); break;
        case 2: e = event(t += 3, EventKind::Ping, Direction::Outgoing, QByteArray::number(i)); break;
        case 3: e = event(t += 3, EventKind::Close, Direction::Incoming, "bye " + QByteArray::number(i), 1011); break;
        default: e = event(t += 3, EventKind::Text, Direction::Outgoing, "Needle " + QByteArray::number(i) + QByteArray(qMax(0, size), 'b')); break;
        }
        EventJson::appendLine(text, e, Started);
        written->push_back(e);
    }
    return text;
}

std::vector<SessionEvent> readWhole(const QString &path)
{
    SessionReader reader;
    std::vector<SessionEvent> events;
    if (!reader.open(path))
        return events;
    SessionEvent e;
    while (reader.next(&e))
        events.push_back(e);
    return events;
}

bool same(const SessionEvent &a, const SessionEvent &b)
{
    return a.timestampUs == b.timestampUs && a.kind == b.kind && a.direction == b.direction && a.payload == b.payload
        && a.number() == b.number();
}

} // namespace

class tst_BigSession : public QObject
{
    Q_OBJECT

private slots:
    void indexFindsEveryEvent_data();
    void indexFindsEveryEvent();
    void stoppedIndexKeepsWhatWasRead();
    void notASession();
    void modelShowsWhatTheHeldLogShows();
    void pageOfAChangedFileSaysSo();
    void streamingFilterFindsWhatTheLogFilterFinds_data();
    void streamingFilterFindsWhatTheLogFilterFinds();

private:
    QTemporaryDir m_dir;
};

void tst_BigSession::indexFindsEveryEvent_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("events");   // the events a whole read finds
    QTest::addColumn<int>("problems");    // lines it skips

    const int block = int(SessionReader::BlockSize);
    std::vector<SessionEvent> written;
    QTest::newRow("header only") << sessionText({}, &written) << qint64(0) << 0;
    written.clear();
    QTest::newRow("one event") << sessionText({5}, &written) << qint64(1) << 0;
    written.clear();
    QTest::newRow("a page exactly") << sessionText(QList<int>(SessionIndex::RowsPerPage, 10), &written)
                                    << qint64(SessionIndex::RowsPerPage) << 0;
    written.clear();
    QTest::newRow("pages and a part page") << sessionText(QList<int>(3 * SessionIndex::RowsPerPage + 5, 10), &written)
                                           << qint64(3 * SessionIndex::RowsPerPage + 5) << 0;
    written.clear();
    // ~240 B a line: 60,000 lines span three 4 MiB blocks, lines cut by each block's end.
    QTest::newRow("many lines over three blocks") << sessionText(QList<int>(60000, 150), &written) << qint64(60000) << 0;
    written.clear();
    QTest::newRow("lines longer than a block") << sessionText({10, block + 100, 20, 2 * block + 17, 30}, &written) << qint64(5) << 0;
    written.clear();

    QByteArray cut = sessionText(QList<int>(200, 10), &written);
    cut.chop(9); // the last line loses its end: the recording was interrupted
    QTest::newRow("cut last line") << cut << qint64(199) << 1;
    written.clear();

    QByteArray crlf = sessionText(QList<int>(150, 10), &written);
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line ends") << crlf << qint64(150) << 0;
    written.clear();

    QByteArray bad = sessionText(QList<int>(100, 10), &written);
    // Blank and unreadable lines between events, one at a page's first row.
    QList<QByteArray> lines = bad.split('\n');
    lines.insert(5, "not json");
    lines.insert(30, "");
    lines.insert(66, "{\"ts_us\":\"x\"}");
    lines.insert(67, "   ");
    QTest::newRow("blank and bad lines") << lines.join('\n') << qint64(100) << 2;
}

void tst_BigSession::indexFindsEveryEvent()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, events);
    QFETCH(int, problems);
    const QString path = test::writeFile(m_dir, QStringLiteral("index.jsonl"), file);
    QVERIFY(!path.isEmpty());
    const std::vector<SessionEvent> whole = readWhole(path);
    QCOMPARE(qint64(whole.size()), events);

    SessionIndex index;
    qint64 lastDone = -1;
    QVERIFY2(index.build(path, [&](qint64 done, qint64 size) {
                 lastDone = done;
                 return size == file.size();
             }),
             qPrintable(index.fatalError()));
    QCOMPARE(index.rowCount(), events);
    QCOMPARE(index.problems().size(), problems);
    QCOMPARE(lastDone, index.bytesRead());
    QVERIFY(!index.stopped());
    QCOMPARE(index.header().startedUs, Started);
    QCOMPARE(index.pageCount(), int((events + SessionIndex::RowsPerPage - 1) / SessionIndex::RowsPerPage));
    // 8 bytes a page, not a row.
    QVERIFY(index.memoryBytes() <= qint64(sizeof(qint64)) * (index.pageCount() + 1));
    size_t next = 0;
    for (int page = 0; page < index.pageCount(); ++page) {
        QString error;
        const std::vector<SessionEvent> read = index.readPage(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const SessionEvent &e : read) {
            QVERIFY(next < whole.size());
            QVERIFY2(same(e, whole[next]), qPrintable(QStringLiteral("event %1 differs").arg(next)));
            ++next;
        }
    }
    QCOMPARE(qint64(next), events);
}

void tst_BigSession::stoppedIndexKeepsWhatWasRead()
{
    const QString path = m_dir.filePath(QStringLiteral("stopped.jsonl"));
    QVERIFY(test::writeNumberedSession(path, 100000));
    SessionIndex index;
    int calls = 0;
    QVERIFY(index.build(path, [&](qint64, qint64) { return ++calls < 2; }));
    QVERIFY(index.stopped());
    QVERIFY(index.rowCount() > 0);
    QVERIFY(index.rowCount() < 100000);
    QVERIFY(index.bytesRead() < index.size());
    QString error;
    const std::vector<SessionEvent> last = index.readPage(index.pageCount() - 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(last.back().payload.left(12), QByteArray::number(index.rowCount() - 1).rightJustified(12, '0'));
}

void tst_BigSession::notASession()
{
    const QString path = test::writeFile(m_dir, QStringLiteral("not.jsonl"), "hello\n{}\n");
    SessionIndex index;
    QVERIFY(!index.build(path));
    QVERIFY2(index.fatalError().contains(QStringLiteral("not a session file")), qPrintable(index.fatalError()));
    SessionIndex folder;
    QVERIFY(!folder.build(m_dir.path()));
    QVERIFY2(folder.fatalError().contains(QStringLiteral("folder")), qPrintable(folder.fatalError()));
}

void tst_BigSession::modelShowsWhatTheHeldLogShows()
{
    std::vector<SessionEvent> written;
    const QString path = test::writeFile(m_dir, QStringLiteral("model.jsonl"), sessionText(QList<int>(1000, 40), &written));
    SessionIndex index;
    QVERIFY(index.build(path));
    BigSessionModel big(index);
    QAbstractItemModelTester tester(&big, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageLogModel held;
    for (const SessionEvent &e : written)
        held.append(e);
    held.flush();
    QCOMPARE(big.rowCount(), held.rowCount());
    for (int row : {0, 1, 63, 64, 65, 500, 998, 999}) {
        for (int column = 0; column < MessageLogModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(MessageLogModel::SeverityRole), int(MessageLogModel::KindRole),
                             int(MessageLogModel::SizeShareRole)})
                QCOMPARE(big.index(row, column).data(role), held.index(row, column).data(role));
        }
        int inPage = 0;
        const MessageLogModel *page = big.page(row, &inPage);
        QVERIFY(page);
        QCOMPARE(page->detailText(inPage), held.detailText(row));
    }
    // Only the pages looked at are held, at most CachedPages.
    QVERIFY(big.heldPages() <= BigSessionModel::CachedPages);
    for (int row = 0; row < big.rowCount(); row += SessionIndex::RowsPerPage)
        big.index(row, MessageLogModel::DataColumn).data();
    QCOMPARE(big.heldPages(), qMin(BigSessionModel::CachedPages, index.pageCount()));

    big.showMatchesOnly();
    QCOMPARE(big.rowCount(), 0);
    big.addMatches({3, 70, 900});
    QCOMPARE(big.rowCount(), 3);
    QCOMPARE(big.fileRow(1), 70);
    QCOMPARE(big.shownRow(900), 2);
    QCOMPARE(big.shownRow(4), -1);
    QCOMPARE(big.index(2, MessageLogModel::NumberColumn).data(), held.index(900, MessageLogModel::NumberColumn).data());
    big.showAll();
    QCOMPARE(big.rowCount(), 1000);
}

void tst_BigSession::pageOfAChangedFileSaysSo()
{
    std::vector<SessionEvent> written;
    const QString path = test::writeFile(m_dir, QStringLiteral("changed.jsonl"), sessionText(QList<int>(200, 40), &written));
    SessionIndex index;
    QVERIFY(index.build(path));
    BigSessionModel big(index);
    QVERIFY(QFile::resize(path, 300));
    const QString text = big.index(150, MessageLogModel::DataColumn).data().toString();
    QVERIFY2(text.contains(QStringLiteral("cannot be read")) && text.contains(QStringLiteral("changed")), qPrintable(text));
    QCOMPARE(big.index(150, MessageLogModel::NumberColumn).data().toLongLong(), 151);
}

void tst_BigSession::streamingFilterFindsWhatTheLogFilterFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("some"); // rows match
    QTest::newRow("substring, any case") << "needle 1" << 0 << 0 << QString() << true;
    QTest::newRow("regular expression") << "/^Needle [0-9]+5b/" << 0 << 0 << QString() << true;
    QTest::newRow("close code's name") << "internal error" << 0 << 0 << QString() << true;
    QTest::newRow("kind only") << "" << int(LogFilterModel::KindFilter::Binary) << 0 << QString() << true;
    QTest::newRow("text and direction") << "1" << 0 << int(LogFilterModel::DirectionFilter::Outgoing) << QString() << true;
    QTest::newRow("nothing matches") << "no such text" << 0 << 0 << QString() << false;
    QTest::newRow("bad regular expression") << "/(/" << 0 << 0 << "Not a valid regular expression" << false;
}

void tst_BigSession::streamingFilterFindsWhatTheLogFilterFinds()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, direction);
    QFETCH(QString, error);
    QFETCH(bool, some);
    std::vector<SessionEvent> written;
    // More events than one step of the scan holds.
    const QString path = test::writeFile(m_dir, QStringLiteral("filter.jsonl"),
                                         sessionText(QList<int>(SessionFilterScan::RowsPerStep * 2 + 300, 20), &written));
    SessionIndex index;
    QVERIFY(index.build(path));

    MessageLogModel held;
    for (const SessionEvent &e : written)
        held.append(e);
    held.flush();
    LogFilterModel filter;
    filter.setLogModel(&held);
    filter.setText(text);
    filter.setKindFilter(LogFilterModel::KindFilter(kind));
    filter.setDirectionFilter(LogFilterModel::DirectionFilter(direction));
    filter.finish();
    std::vector<int> expected;
    for (int row = 0; row < filter.rowCount(); ++row)
        expected.push_back(filter.mapToSource(filter.index(row, 0)).row());

    SessionFilterScan scan;
    std::vector<int> found;
    connect(&scan, &SessionFilterScan::matchesFound, this, [&found](const std::vector<int> &rows) {
        QVERIFY(found.empty() || rows.front() > found.back());
        found.insert(found.end(), rows.begin(), rows.end());
    });
    QSignalSpy progress(&scan, &SessionFilterScan::progress);
    QSignalSpy finished(&scan, &SessionFilterScan::finished);
    QString startError;
    const bool started = scan.start(index, {text, LogFilterModel::KindFilter(kind), LogFilterModel::DirectionFilter(direction)},
                                    &startError);
    if (!error.isEmpty()) {
        QVERIFY(!started);
        QVERIFY2(startError.startsWith(error), qPrintable(startError));
        return;
    }
    QVERIFY(started);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toLongLong(), index.rowCount());
    QCOMPARE(found, expected);
    QCOMPARE(!found.empty(), some);
    QVERIFY(found.size() < written.size() || (text.isEmpty() && kind == 0));
}

QTEST_GUILESS_MAIN(tst_BigSession)
#include "tst_bigsession.moc"
