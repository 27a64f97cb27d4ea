#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "log/MemoryGuard.h"
#include "log/MessageStore.h"
#include "log/PlainText.h"
#include "log/ReadyBlocks.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

using namespace wsi;

namespace {
SessionEvent makeEvent(EventKind kind, Direction direction, const QByteArray &payload, int code = 0)
{
    SessionEvent event;
    event.timestampUs = nowUs();
    event.kind = kind;
    event.direction = direction;
    event.payload = payload;
    event.setNumber(code);
    return event;
}

// The same bytes in a buffer twice their size, which the store copies into its chunks
// rather than keeping (MessageStore::KeepBytes).
QByteArray withSpareRoom(const QByteArray &payload)
{
    QByteArray roomy;
    roomy.reserve(2 * payload.size());
    roomy.append(payload);
    return roomy;
}
} // namespace

class tst_MessageLog : public QObject
{
    Q_OBJECT
private slots:
    void memoryGuard_data();
    void memoryGuard();
    void storeKeepsEveryPayload();
    void storeHandlesPayloadLargerThanChunk();
    void storeKeepsOwnBuffersByReference_data();
    void storeKeepsOwnBuffersByReference();
    void storeDropsKeptPayloadsInOrder();
    void readyBlocksComeInAndAreReused();
    void modelAnnouncesRowsInBatches();
    void bigBatchGoesInPieces_data();
    void bigBatchGoesInPieces();
    void modelTextIsPlain();
    void detailShowsJsonAndHex();
    void escape_data();
    void escape();
    void clearEmptiesModel();
    void hugeMessageDetailIsCut();
    void filterChecksInSlicesAndFollowsNewRows();
    void storeDropsFromFrontAndFreesChunks();
    void rowLimitKeepsNewestAndNumbersStay();
    void filterFollowsDroppedRows();
    void roundTripOver65msIsKeptWhole();
    void filterMatchesWhatTheRowShows();
    void hidePingsLeavesTheRest();
};

void tst_MessageLog::storeDropsFromFrontAndFreesChunks()
{
    MessageStore store;
    const QByteArray big = ' ' + QByteArray(MessageStore::ChunkSize / 4, 'x'); // three per chunk
    for (int i = 0; i < 12; ++i)
        store.append(makeEvent(EventKind::Text, Direction::Incoming, withSpareRoom(QByteArray::number(i) + big)));
    QCOMPARE(store.keptCount(), 0);
    QCOMPARE(store.payloadBytes(), 12 * qint64(big.size()) + 10 + 2 * 2);
    const auto numberAt = [&store](int row) {
        const QByteArrayView payload = store.payload(row);
        return payload.first(payload.indexOf(' ')).toByteArray().toInt();
    };
    QCOMPARE(store.chunkCount(), 4);
    store.dropFront(5);
    QCOMPARE(store.size(), 7);
    QCOMPARE(store.chunkCount(), 3); // the first chunk held events 0-2 only
    QCOMPARE(store.droppedCount(), 5);
    // What is held is untouched, in order, after the chunks before it were freed.
    for (int row = 0; row < store.size(); ++row)
        QCOMPARE(numberAt(row), row + 5);
    QCOMPARE(store.payloadBytes(), 7 * qint64(big.size()) + 5 + 2 * 2); // "5".."9", "10", "11"
    store.dropFront(100);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.droppedCount(), 12);
    QCOMPARE(store.payloadBytes(), 0);
    QCOMPARE(store.chunkCount(), 1); // kept for the next appends
    store.append(makeEvent(EventKind::Binary, Direction::Outgoing, "after"));
    QCOMPARE(store.payload(0).toByteArray(), QByteArray("after"));
    store.clear();
    QCOMPARE(store.droppedCount(), 0);
}

void tst_MessageLog::rowLimitKeepsNewestAndNumbersStay()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dropped(&model, &MessageLogModel::rowsDropped);
    model.setRowLimit(100);
    for (int i = 0; i < 60; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "m" + QByteArray::number(i + 1)));
    model.flush();
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(dropped.size(), 0);
    for (int i = 60; i < 250; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "m" + QByteArray::number(i + 1)));
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedRows(), 150);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.last().at(0).toLongLong(), 150);
    // The first held row is message 151 and is numbered so; the last is 250.
    QCOMPARE(model.index(0, MessageLogModel::NumberColumn).data().toLongLong(), 151);
    QCOMPARE(model.index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("m151"));
    QCOMPARE(model.index(99, MessageLogModel::DataColumn).data().toString(), QStringLiteral("m250"));
    QVERIFY(model.detailText(0).startsWith(QStringLiteral("#151 ")));
    // Lowering the limit drops at once; 0 means no limit again.
    model.setRowLimit(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("m241"));
    model.setRowLimit(0);
    for (int i = 250; i < 300; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "m" + QByteArray::number(i + 1)));
    model.flush();
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.droppedRows(), 240);
}

void tst_MessageLog::filterFollowsDroppedRows()
{
    MessageLogModel model;
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLogModel(&model);
    QVERIFY(filter.setText(QStringLiteral("odd")));
    for (int i = 1; i <= 100; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArray::number(i) + (i % 2 ? " odd" : " even")));
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(filter.rowCount(), 50);
    model.setRowLimit(30); // keeps 71..100
    QCOMPARE(filter.rowCount(), 15);
    QCOMPARE(filter.index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("71 odd"));
    QCOMPARE(filter.mapToSource(filter.index(14, 0)).row(), 28); // message 99
    // Rows arriving after the drop are still checked, against the new positions.
    for (int i = 101; i <= 110; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArray::number(i) + (i % 2 ? " odd" : " even")));
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(filter.rowCount(), 15);
    QCOMPARE(filter.index(14, MessageLogModel::DataColumn).data().toString(), QStringLiteral("109 odd"));
    QCOMPARE(filter.index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("81 odd"));
}

void tst_MessageLog::filterChecksInSlicesAndFollowsNewRows()
{
    MessageLogModel model;
    for (int i = 0; i < 300000; ++i)
        model.append(makeEvent(EventKind::Text, i % 2 ? Direction::Incoming : Direction::Outgoing,
                               QByteArray("tick ") + QByteArray::number(i) + (i % 1000 == 0 ? " MATCH" : "")));
    model.flush();
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLogModel(&model);
    // A zero budget: every slice checks one block of 1024 rows and hands back to the event loop.
    filter.setSliceBudgetMs(0);
    QSignalSpy progress(&filter, &LogFilterModel::progress);
    QVERIFY(filter.setText(QStringLiteral("match")));
    // Nothing is checked until the event loop runs: setting the filter costs no time at all.
    QCOMPARE(filter.rowsChecked(), 0);
    QVERIFY(!filter.isComplete());
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(filter.rowCount(), 300);
    QCOMPARE(progress.size(), (300000 + 1023) / 1024);
    QCOMPARE(progress.constLast().at(0).toInt(), 300000);
    QVERIFY(filter.longestSliceMs() < 50);
    filter.setSliceBudgetMs(8);
    const QModelIndex source = model.index(123000, MessageLogModel::DataColumn);
    const QModelIndex shown = filter.mapFromSource(source);
    QCOMPARE(shown.row(), 123);
    QCOMPARE(filter.mapToSource(shown), source);
    QVERIFY(!filter.mapFromSource(model.index(123001, 0)).isValid());
    QVERIFY(filter.index(0, MessageLogModel::DataColumn).data().toString().endsWith(QStringLiteral("MATCH")));

    // Kind and direction narrow it; new rows that match arrive through it.
    filter.setDirectionFilter(LogFilterModel::DirectionFilter::Outgoing);
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(filter.rowCount(), 300); // every thousandth row is even, so outgoing
    model.append(makeEvent(EventKind::Text, Direction::Outgoing, "late MATCH"));
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "late MATCH, incoming"));
    QTRY_COMPARE(filter.rowCount(), 301);

    // finish() answers at once, for export.
    QVERIFY(filter.setText(QStringLiteral("/tick 29999[0-9]$/")));
    filter.finish();
    QVERIFY(filter.isComplete());
    QCOMPARE(filter.rowCount(), 5);
    model.clear();
    QTRY_COMPARE(filter.rowCount(), 0);
}

void tst_MessageLog::hugeMessageDetailIsCut()
{
    MessageLogModel model;
    model.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArray(1 << 20, 'a')));
    model.flush();
    const QString detail = model.detailText(0);
    QVERIFY(detail.size() < 20 * 1024);
    QVERIFY(detail.contains(QStringLiteral("1032192 more bytes not shown here")));
    // One long line is cut further: a text widget lays out a line at once.
    QVERIFY2(detail.contains(QString(4096, u'a') + QStringLiteral(" … (12288 more characters on this line; Copy message has them all)")),
             qPrintable(detail.left(200)));
    QVERIFY(!detail.contains(QString(4097, u'a')));
    // Only the long line is cut ({"a":" + 5000 + ", = 5008 characters); the short ones stay whole.
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "{\"a\":\"" + QByteArray(5000, 'b') + "\",\n\"c\":1}"));
    model.flush();
    const QString json = model.detailText(1);
    QVERIFY(json.contains(QStringLiteral("(912 more characters on this line")));
    QVERIFY(json.contains(QStringLiteral("\"c\":1}")));
    QVERIFY(model.index(0, MessageLogModel::DataColumn).data().toString().size() <= 201);
}

void tst_MessageLog::storeKeepsEveryPayload()
{
    MessageStore store;
    // Over three pages of records (65,536 a page), then the front two dropped: rows still map.
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        store.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArray::number(i)));
    QCOMPARE(store.size(), n);
    for (int i = 0; i < n; i += 997)
        QCOMPARE(store.payload(i).toByteArray(), QByteArray::number(i));
    QCOMPARE(store.event(65536).payload, QByteArray("65536"));
    store.dropFront(140000);
    QCOMPARE(store.size(), n - 140000);
    for (int row = 0; row < store.size(); row += 991)
        QCOMPARE(store.payload(row).toByteArray(), QByteArray::number(row + 140000));
    QCOMPARE(store.payload(store.size() - 1).toByteArray(), QByteArray::number(n - 1));
    store.append(makeEvent(EventKind::Text, Direction::Incoming, "next"));
    QCOMPARE(store.payload(store.size() - 1).toByteArray(), QByteArray("next"));
    store.clear();
    for (int i = 0; i < 10000; ++i)
        store.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArray::number(i)));
    QCOMPARE(store.event(42).payload, QByteArray("42"));
    QCOMPARE(store.event(42).kind, EventKind::Text);
}

void tst_MessageLog::storeHandlesPayloadLargerThanChunk()
{
    MessageStore store;
    store.append(makeEvent(EventKind::Text, Direction::Incoming, "small"));
    const QByteArray big(MessageStore::ChunkSize + 100, 'x');
    store.append(makeEvent(EventKind::Binary, Direction::Incoming, withSpareRoom(big)));
    store.append(makeEvent(EventKind::Text, Direction::Outgoing, "after"));
    QCOMPARE(store.keptCount(), 0);
    QCOMPARE(store.chunkCount(), 3); // "small"; the big one, in a chunk of its size; "after"
    QCOMPARE(store.payload(0).toByteArray(), QByteArray("small"));
    QCOMPARE(store.payload(1).size(), big.size());
    QCOMPARE(store.payload(1).toByteArray(), big);
    QCOMPARE(store.payload(2).toByteArray(), QByteArray("after"));
    QCOMPARE(store.payloadBytes(), qint64(big.size() + 10));
}

void tst_MessageLog::storeKeepsOwnBuffersByReference_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("kept");
    static const char raw[2 * MessageStore::KeepBytes] = {'r'};
    QTest::newRow("64 KiB - 1, own buffer") << QByteArray(MessageStore::KeepBytes - 1, 'a') << false;
    QTest::newRow("64 KiB, own buffer") << QByteArray(MessageStore::KeepBytes, 'b') << true;
    QTest::newRow("1 MiB, own buffer") << QByteArray(1 << 20, 'c') << true;
    QTest::newRow("128 KiB in a 256 KiB buffer") << withSpareRoom(QByteArray(2 * MessageStore::KeepBytes, 'd')) << false;
    QTest::newRow("128 KiB of someone else's memory (fromRawData)") << QByteArray::fromRawData(raw, sizeof raw) << false;
}

void tst_MessageLog::storeKeepsOwnBuffersByReference()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, kept);
    MessageStore store;
    store.append(makeEvent(EventKind::Text, Direction::Incoming, "before"));
    store.append(makeEvent(EventKind::Binary, Direction::Incoming, payload));
    store.append(makeEvent(EventKind::Text, Direction::Incoming, "after"));
    QCOMPARE(store.keptCount(), kept ? 1 : 0);
    // Kept: the very buffer, not a copy; else a copy in a chunk of the store's.
    QCOMPARE(store.payload(1).constData() == payload.constData(), kept);
    QCOMPARE(store.payload(1).toByteArray(), payload);
    QCOMPARE(store.event(1).payload, payload);
    QCOMPARE(store.payload(0).toByteArray(), QByteArray("before"));
    QCOMPARE(store.payload(2).toByteArray(), QByteArray("after"));
    QCOMPARE(store.payloadBytes(), payload.size() + 11);
}

// How many of a block's pages are in memory (mincore).
qsizetype residentPages(const void *block, size_t bytes)
{
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    std::vector<unsigned char> in((bytes + page - 1) / page);
    if (mincore(const_cast<void *>(block), bytes, in.data()) != 0)
        return -1;
    return std::count_if(in.begin(), in.end(), [](unsigned char flags) { return flags & 1; });
}

void tst_MessageLog::readyBlocksComeInAndAreReused()
{
    using Blocks = ReadyBlocks<char, 1024 * 1024>;
    const qsizetype pages = qsizetype(Blocks::Bytes / size_t(sysconf(_SC_PAGESIZE)));
    Blocks blocks;
    Blocks::Block fresh = blocks.take();
    QVERIFY(fresh);
    // A prepared block is made on another thread with every page in before it is taken.
    blocks.prepare();
    Blocks::Block ready = blocks.take();
    QVERIFY(ready && ready.get() != fresh.get());
    if (MappedBytes::MapsPages) // else (ASan) malloc'd, and mincore wants a page's address
        QCOMPARE(residentPages(ready.get(), Blocks::Bytes), pages);
    std::memset(ready.get(), 'r', Blocks::Bytes);
    // A block given back is the next one taken, its bytes as left; a second one given back
    // while one is spare is freed instead.
    char *const given = ready.get();
    blocks.giveBack(std::move(ready));
    blocks.giveBack(std::move(fresh));
    Blocks::Block again = blocks.take();
    QCOMPARE(static_cast<const void *>(again.get()), static_cast<const void *>(given)); // as pointers, not strings
    QCOMPARE(again[Blocks::Bytes - 1], 'r');
    QVERIFY(blocks.take().get() != given);
    // A block given back while another is being made is taken first; then the one made.
    Blocks::Block first = blocks.take();
    char *const back = first.get();
    blocks.prepare();
    blocks.giveBack(std::move(first));
    QCOMPARE(static_cast<const void *>(blocks.take().get()), static_cast<const void *>(back));
    Blocks::Block made = blocks.take();
    if (MappedBytes::MapsPages)
        QCOMPARE(residentPages(made.get(), Blocks::Bytes), pages);
    // release() frees the spare and waits for one being made.
    blocks.prepare();
    blocks.release();
    QVERIFY(blocks.take());
}

void tst_MessageLog::storeDropsKeptPayloadsInOrder()
{
    // Kept and copied payloads mixed over several chunks; dropping from the front lets the
    // kept buffers go and frees the chunks before the first held row, whichever kind it is.
    MessageStore store;
    std::vector<QByteArray> sent;
    for (int i = 0; i < 60; ++i) {
        QByteArray payload(i % 3 == 0 ? MessageStore::KeepBytes : MessageStore::ChunkSize / 8, 'p');
        std::memcpy(payload.data(), QByteArray::number(i).rightJustified(4, '0').constData(), 4);
        sent.push_back(i % 3 == 0 ? payload : withSpareRoom(payload)); // kept, copied, copied
        store.append(makeEvent(EventKind::Binary, Direction::Incoming, sent.back()));
    }
    QCOMPARE(store.keptCount(), 20);
    const qsizetype chunks = store.chunkCount();
    QVERIFY(chunks >= 5);
    for (const qsizetype drop : {1, 2, 13, 20}) {
        store.dropFront(drop);
        const qint64 first = store.droppedCount();
        for (qsizetype row = 0; row < store.size(); ++row)
            QCOMPARE(store.payload(row).first(4).toByteArray(), QByteArray::number(first + row).rightJustified(4, '0'));
        qsizetype held = 0;
        for (qint64 i = 0; i < 60; i += 3) {
            QCOMPARE(sent[size_t(i)].isDetached(), i < first); // the store let go of the dropped only
            held += i >= first ? 1 : 0;
        }
        QCOMPARE(store.keptCount(), held);
    }
    QVERIFY(store.chunkCount() < chunks);
    store.append(makeEvent(EventKind::Binary, Direction::Incoming, QByteArray(MessageStore::KeepBytes, 'n')));
    QCOMPARE(store.payload(store.size() - 1).toByteArray(), QByteArray(MessageStore::KeepBytes, 'n'));
    store.dropFront(store.size());
    QCOMPARE(store.keptCount(), 0);
    QCOMPARE(store.payloadBytes(), 0);

    // Kept payloads only, no chunk ever made: dropped in part, then whole, then appended again.
    MessageStore keptOnly;
    for (int i = 0; i < 10; ++i)
        keptOnly.append(makeEvent(EventKind::Binary, Direction::Incoming, QByteArray(MessageStore::KeepBytes, char('a' + i))));
    QCOMPARE(keptOnly.chunkCount(), 0);
    keptOnly.dropFront(4);
    QCOMPARE(keptOnly.payload(0).front(), 'e');
    keptOnly.dropFront(keptOnly.size());
    QCOMPARE(keptOnly.size(), 0);
    QCOMPARE(keptOnly.keptCount(), 0);
    keptOnly.append(makeEvent(EventKind::Text, Direction::Incoming, "small"));
    keptOnly.append(makeEvent(EventKind::Binary, Direction::Incoming, QByteArray(MessageStore::KeepBytes, 'z')));
    QCOMPARE(keptOnly.payload(0).toByteArray(), QByteArray("small"));
    QCOMPARE(keptOnly.payload(1).front(), 'z');
    QCOMPARE(keptOnly.droppedCount(), 10);
}

void tst_MessageLog::modelAnnouncesRowsInBatches()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "m" + QByteArray::number(i)));
    QCOMPARE(model.rowCount(), 0); // not yet announced
    QTRY_COMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.size(), 1); // one insert for the whole batch
    model.append(makeEvent(EventKind::Text, Direction::Outgoing, "last"));
    model.flush();
    QCOMPARE(model.rowCount(), 501);
    QCOMPARE(model.index(500, MessageLogModel::DataColumn).data().toString(), QStringLiteral("last"));
    QCOMPARE(model.index(500, MessageLogModel::DirectionColumn).data().toString(), QStringLiteral("↑ out"));
    QCOMPARE(model.index(0, MessageLogModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.batchIntervalMs(), MessageLogModel::BatchMs);
    // A firehose's batch: the next ones come less often (each costs the view a repaint) ...
    for (int i = 0; i < MessageLogModel::FloodRows; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "f"));
    model.flush();
    QCOMPARE(model.batchIntervalMs(), MessageLogModel::FloodBatchMs);
    // ... until the flow slows down again.
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "calm"));
    QTRY_COMPARE(model.rowCount(), 502 + MessageLogModel::FloodRows);
    QCOMPARE(model.batchIntervalMs(), MessageLogModel::BatchMs);
}

void tst_MessageLog::bigBatchGoesInPieces_data()
{
    QTest::addColumn<qsizetype>("rows");
    QTest::addColumn<qsizetype>("rowLimit");
    QTest::addColumn<QList<qsizetype>>("pieces");
    constexpr qsizetype Max = MessageLogModel::MaxRowsPerInsert;
    QTest::newRow("one piece") << Max << qsizetype(0) << QList<qsizetype>{Max};
    QTest::newRow("three pieces") << 2 * Max + 7 << qsizetype(0) << QList<qsizetype>{Max, Max, 7};
    // Over the limit: the oldest go before any piece is shown; the rest still in pieces.
    QTest::newRow("under a row limit") << 3 * Max << Max + 5 << QList<qsizetype>{Max, 5};
}

void tst_MessageLog::bigBatchGoesInPieces()
{
    QFETCH(qsizetype, rows);
    QFETCH(qsizetype, rowLimit);
    QFETCH(QList<qsizetype>, pieces);
    MessageLogModel model;
    model.setRowLimit(rowLimit);
    QList<qsizetype> inserted;
    QList<int> firstNumbers;
    connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first, int last) {
        inserted << qsizetype(last - first + 1);
        firstNumbers << model.index(first, MessageLogModel::NumberColumn).data().toInt();
        // A row that comes while the batch goes in: shown by the next batch, after it.
        if (inserted.size() == 1)
            model.append(makeEvent(EventKind::Text, Direction::Incoming, "later"));
    });
    for (qsizetype i = 0; i < rows; ++i)
        model.append(makeEvent(EventKind::Text, Direction::Incoming, "r"));
    QCOMPARE(model.rowCount(), 0);
    const qsizetype total = rows + 1;
    const qsizetype shown = rowLimit > 0 ? qMin(total, rowLimit) : total;
    QTRY_COMPARE_WITH_TIMEOUT(model.index(int(shown - 1), MessageLogModel::DataColumn).data().toString(), QStringLiteral("later"), 10000);
    QCOMPARE(qsizetype(model.rowCount()), shown);
    QCOMPARE(inserted, pieces << 1);
    // The pieces follow one another in order, the first after the rows over the limit.
    QCOMPARE(firstNumbers.constFirst(), int(rows - qMin(rows, rowLimit > 0 ? rowLimit : rows) + 1));
    QCOMPARE(firstNumbers.constLast(), int(total));
    QCOMPARE(model.index(0, MessageLogModel::NumberColumn).data().toInt(), int(total - shown + 1));
}

void tst_MessageLog::modelTextIsPlain()
{
    MessageLogModel model;
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "<b>x</b><img src=y>\nline2"));
    model.flush();
    const QString shown = model.index(0, MessageLogModel::DataColumn).data().toString();
    QCOMPARE(shown, QStringLiteral("<b>x</b><img src=y>\\nline2"));
}

void tst_MessageLog::detailShowsJsonAndHex()
{
    MessageLogModel model;
    model.append(makeEvent(EventKind::Text, Direction::Incoming, R"({"b":1,"a":[true]})"));
    model.append(makeEvent(EventKind::Binary, Direction::Incoming, QByteArray("\x00\x01" "ABC", 5)));
    model.append(makeEvent(EventKind::Close, Direction::Incoming, "boom", 1011));
    model.flush();
    QVERIFY(model.detailText(0).contains(QStringLiteral("── JSON ──")));
    QVERIFY(model.detailText(0).contains(QStringLiteral("    \"a\": [")));
    QVERIFY2(model.detailText(1).contains(QStringLiteral("00000000  00 01 41 42 43")), qPrintable(model.detailText(1)));
    QVERIFY(model.detailText(1).contains(QStringLiteral("..ABC")));
    QCOMPARE(model.index(1, MessageLogModel::DataColumn).data().toString(), QStringLiteral("00 01 41 42 43"));
    QVERIFY(model.detailText(2).contains(QStringLiteral("1011 Internal error")));
    QVERIFY(model.detailText(2).contains(QStringLiteral("unexpected condition")));
    QCOMPARE(model.index(2, MessageLogModel::KindColumn).data(MessageLogModel::SeverityRole).toInt(),
             int(MessageLogModel::Severity::Problem));
}

void tst_MessageLog::escape_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markup kept as characters") << "<script>alert(1)</script>" << "<script>alert(1)</script>";
    QTest::newRow("newline") << "a\nb" << "a\\nb";
    QTest::newRow("ansi") << "\x1b[31mred" << "\\e[31mred";
    QTest::newRow("nul") << QString(QChar(0)) + "x" << "\\0x";
    QTest::newRow("bidi override") << QString(QChar(0x202E)) + "abc" << "\\u202Eabc";
    QTest::newRow("zero width") << "a" + QString(QChar(0x200B)) + "b" << "a\\u200Bb";
    QTest::newRow("unicode kept") << "héllo ✓ 日本" << "héllo ✓ 日本";
}

void tst_MessageLog::escape()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::escape(input), expected);
}

void tst_MessageLog::clearEmptiesModel()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "a"));
    model.flush();
    model.append(makeEvent(EventKind::Text, Direction::Incoming, "pending"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.store().size(), 0);
    QTest::qWait(model.batchIntervalMs() * 3);
    QCOMPARE(model.rowCount(), 0);
}


void tst_MessageLog::roundTripOver65msIsKeptWhole()
{
    // A pong's code is its round trip in microseconds: 16 bits clamped every RTT over 65.535 ms.
    MessageLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(makeEvent(EventKind::Pong, Direction::Incoming, QByteArray(), 123456));
    model.append(makeEvent(EventKind::Close, Direction::Incoming, QByteArrayLiteral("bye"), 4999));
    model.flush();
    QCOMPARE(model.store().record(0).number, 123456);
    QVERIFY2(model.index(0, MessageLogModel::DataColumn).data().toString().contains(QStringLiteral("round trip 123.456 ms")),
             qPrintable(model.index(0, MessageLogModel::DataColumn).data().toString()));
    // What Save session as... writes comes from here.
    const std::vector<SessionEvent> held = model.heldEvents();
    QCOMPARE(held.at(0).rttUs, 123456);
    QCOMPARE(held.at(1).closeCode, 4999);
}

void tst_MessageLog::filterMatchesWhatTheRowShows()
{
    MessageLogModel model;
    SessionEvent news = makeEvent(EventKind::Text, Direction::Incoming, QByteArrayLiteral("42[\"news\",{\"hello\":\"world\"}]"));
    news.tag = MessageTag::SocketIo;
    model.append(news);
    model.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArrayLiteral("plain words")));
    model.append(makeEvent(EventKind::Close, Direction::Incoming, QByteArrayLiteral("bye"), 1001));
    model.flush();
    const QString shown = model.index(0, MessageLogModel::DataColumn).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("event news")), qPrintable(shown));

    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setLogModel(&model);
    const auto matches = [&filter](const QString &text) {
        filter.setText(text);
        filter.finish();
        QStringList rows;
        for (int row = 0; row < filter.rowCount(); ++row)
            rows << QString::number(filter.mapToSource(filter.index(row, 0)).row());
        return rows.join(u',');
    };
    QCOMPARE(matches(QStringLiteral("event news")), QStringLiteral("0")); // what the row shows
    QCOMPARE(matches(QStringLiteral("42[")), QStringLiteral("0"));        // the raw frame
    QCOMPARE(matches(QStringLiteral("/^event \\w+/")), QStringLiteral("0"));
    QCOMPARE(matches(QStringLiteral("going away")), QStringLiteral("2")); // "1001 Going away, closed by server: bye"
    QCOMPARE(matches(QStringLiteral("words")), QStringLiteral("1"));
}

void tst_MessageLog::hidePingsLeavesTheRest()
{
    MessageLogModel model;
    const auto tagged = [](const QByteArray &payload, MessageTag tag, Direction direction) {
        SessionEvent event = makeEvent(EventKind::Text, direction, payload);
        event.tag = tag;
        return event;
    };
    model.append(tagged("0{\"sid\":\"a\"}", MessageTag::EngineIo, Direction::Incoming)); // 0: Engine.IO open: kept
    model.append(tagged("2", MessageTag::EngineIo, Direction::Incoming));                  // 1: Engine.IO ping
    model.append(tagged("3", MessageTag::EngineIo, Direction::Outgoing));                  // 2: its pong
    model.append(tagged("42[\"news\"]", MessageTag::SocketIo, Direction::Incoming));      // 3
    model.append(tagged("ping", MessageTag::Heartbeat, Direction::Outgoing));              // 4: application heartbeat
    model.append(makeEvent(EventKind::Ping, Direction::Outgoing, QByteArray()));           // 5
    model.append(makeEvent(EventKind::Pong, Direction::Incoming, QByteArray(), 900));      // 6
    model.append(makeEvent(EventKind::Text, Direction::Incoming, QByteArrayLiteral("2")));  // 7: plain "2" is a message
    model.flush();
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setLogModel(&model);
    filter.setKindFilter(LogFilterModel::KindFilter::NoPings);
    QVERIFY(filter.isFiltering());
    filter.finish();
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.mapToSource(filter.index(row, 0)).row();
    QCOMPARE(rows, (QList<int>{0, 3, 7}));
    // The other way round: only the protocol's control frames.
    model.append(makeEvent(EventKind::Close, Direction::Incoming, QByteArrayLiteral("bye"), 1000)); // 8
    model.flush();
    filter.setKindFilter(LogFilterModel::KindFilter::Control);
    filter.finish();
    rows.clear();
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.mapToSource(filter.index(row, 0)).row();
    QCOMPARE(rows, (QList<int>{5, 6, 8}));
}

void tst_MessageLog::memoryGuard_data()
{
    QTest::addColumn<QList<qint64>>("available"); // MiB free at each look; threshold 1000 MiB
    QTest::addColumn<int>("warnings");
    QTest::newRow("plenty") << QList<qint64>{8000, 5000, 2000} << 0;
    QTest::newRow("falls below: told once") << QList<qint64>{3000, 900, 800, 700} << 1;
    QTest::newRow("a little back up: not again") << QList<qint64>{900, 1500, 900} << 1;
    QTest::newRow("well back up, then low again") << QList<qint64>{900, 2500, 900} << 2;
    QTest::newRow("unknown: silent") << QList<qint64>{-1, -1} << 0;
}

// The low-memory warning of a window whose logs keep every row: once per fall below the threshold.
void tst_MessageLog::memoryGuard()
{
    QFETCH(QList<qint64>, available);
    QFETCH(int, warnings);
    MemoryGuard guard;
    guard.setThresholdBytes(1000ll << 20);
    QSignalSpy told(&guard, &MemoryGuard::lowMemory);
    for (qint64 mib : available)
        guard.check(mib < 0 ? -1 : mib << 20);
    QCOMPARE(told.size(), warnings);
}

QTEST_GUILESS_MAIN(tst_MessageLog)
#include "tst_messagelog.moc"
