// The log at a glance, in the model layer: keep-alive rows known and folded into runs,
// the timeline's counters, the JSON tree over a message and its paths.
#include "log/JsonIndex.h"
#include "log/JsonTreeModel.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "log/PinSet.h"
#include "log/TimelineCounts.h"
#include "record/SessionFile.h"
#include "replay/MessageDiff.h"
#include "replay/ReplyComparer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wsi;

namespace {

qint64 s_clockUs = 1700000000000000;

SessionEvent makeEvent(EventKind kind, Direction direction, const QByteArray &payload, MessageTag tag = MessageTag::None, qint64 rttUs = 0)
{
    SessionEvent e;
    e.timestampUs = (s_clockUs += 1000);
    e.kind = kind;
    e.direction = direction;
    e.tag = tag;
    e.payload = payload;
    e.rttUs = rttUs;
    return e;
}

// One letter a row: p ping frame, o pong frame (RTT in ms from the digit after it is not
// needed: pongs get 200 µs, 400 µs, ...), h heartbeat text, e Engine.IO ping "2",
// E Engine.IO pong "3", m a message, s a Socket.IO event, c a close.
void appendRows(MessageLogModel &model, const QByteArray &rows)
{
    int pongs = 0;
    for (char c : rows) {
        switch (c) {
        case 'p': model.append(makeEvent(EventKind::Ping, Direction::Outgoing, "")); break;
        case 'o': model.append(makeEvent(EventKind::Pong, Direction::Incoming, "", MessageTag::None, 200 * ++pongs)); break;
        case 'h': model.append(makeEvent(EventKind::Text, Direction::Outgoing, "ping", MessageTag::Heartbeat)); break;
        case 'e': model.append(makeEvent(EventKind::Text, Direction::Incoming, "2", MessageTag::EngineIo)); break;
        case 'E': model.append(makeEvent(EventKind::Text, Direction::Outgoing, "3", MessageTag::EngineIo)); break;
        case 'm': model.append(makeEvent(EventKind::Text, Direction::Incoming, "{\"hello\":1}")); break;
        case 's': model.append(makeEvent(EventKind::Text, Direction::Incoming, "42[\"news\",{}]", MessageTag::SocketIo)); break;
        case 'c': {
            SessionEvent close = makeEvent(EventKind::Close, Direction::Local, "");
            close.closeCode = 1000;
            model.append(close);
            break;
        }
        default: QFAIL("unknown row letter");
        }
    }
}

// What the folded log shows, one letter a row: F<count> for a fold, else the log row's letter.
QString shown(const LogFilterModel &filter, const QByteArray &letters, int firstLetter = 0)
{
    QString text;
    for (int row = 0; row < filter.rowCount(); ++row) {
        if (!text.isEmpty())
            text += u' ';
        const int count = filter.foldedCount(row);
        if (count > 1)
            text += QStringLiteral("F%1").arg(count);
        else
            text += QLatin1Char(letters.at(filter.mapToSource(filter.index(row, 0)).row() + firstLetter));
    }
    return text;
}

} // namespace

class tst_LogGlance : public QObject
{
    Q_OBJECT
private slots:
    void keepAliveRows_data();
    void keepAliveRows();
    void foldRuns_data();
    void foldRuns();
    void foldTextSaysCountAndRoundTrips();
    void foldGrowsWhileRowsArrive();
    void foldWhileRowLimitDropsOldRows();
    void foldedRowMapsItsMembers();
    void timelineCountsEqualTheRows();
    void timelineCountsFromAppendNotFromRows();
    void jsonTreePathsRoundTripThroughIgnore_data();
    void jsonTreePathsRoundTripThroughIgnore();
    void jsonTreeSearchFindsKeysAndValues();
    void jsonTreeLoadsOffTheGuiThread();
    void jsonTreeBadTextSaysWhy();
    void pinSetNext_data();
    void pinSetNext();
    void foldShowsPinsInside_data();
    void foldShowsPinsInside();
    void jsonIndexReadsAsQtDoes_data();
    void jsonIndexReadsAsQtDoes();
    void jsonIndexRefusesBadText_data();
    void jsonIndexRefusesBadText();
    void jsonTreeKeepsWrittenOrderAndIndents();
    void ignoredPathForms_data();
    void ignoredPathForms();
    void diffOfReorderedKeysIsEmpty();
    void diffListsJsonPathsAndTextLines();
    void pinsStayOnTheirRows();
    void pinsSavedInTheSessionFile();
};

void tst_LogGlance::keepAliveRows_data()
{
    QTest::addColumn<QByteArray>("letter");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("ping frame") << QByteArray("p") << true;
    QTest::newRow("pong frame") << QByteArray("o") << true;
    QTest::newRow("heartbeat text") << QByteArray("h") << true;
    QTest::newRow("Engine.IO ping") << QByteArray("e") << true;
    QTest::newRow("Engine.IO pong") << QByteArray("E") << true;
    QTest::newRow("message") << QByteArray("m") << false;
    QTest::newRow("Socket.IO event") << QByteArray("s") << false;
    QTest::newRow("close") << QByteArray("c") << false;
}

void tst_LogGlance::keepAliveRows()
{
    QFETCH(QByteArray, letter);
    QFETCH(bool, keepAlive);
    MessageLogModel model;
    appendRows(model, letter);
    model.flush();
    QCOMPARE(model.isKeepAliveRow(0), keepAlive);
    QCOMPARE(model.index(0, 0).data(MessageLogModel::KeepAliveRole).toBool(), keepAlive);
    // Dimmed: keep-alive rows are quiet, a normal close is not.
    const auto severity = MessageLogModel::Severity(model.index(0, 0).data(MessageLogModel::SeverityRole).toInt());
    QCOMPARE(severity == MessageLogModel::Severity::Quiet, keepAlive);
}

void tst_LogGlance::foldRuns_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("folded");
    QTest::newRow("no keep-alive") << QByteArray("mms") << QStringLiteral("m m s");
    QTest::newRow("a lone ping stays a row") << QByteArray("mpm") << QStringLiteral("m p m");
    QTest::newRow("one run of mixed keep-alive") << QByteArray("mpohheEm") << QStringLiteral("m F6 m");
    QTest::newRow("a message between two runs") << QByteArray("popmeEeE") << QStringLiteral("F3 m F4");
    QTest::newRow("a run at the very start and end") << QByteArray("eEsEe") << QStringLiteral("F2 s F2");
    QTest::newRow("a close breaks a run") << QByteArray("ppcpp") << QStringLiteral("F2 c F2");
}

void tst_LogGlance::foldRuns()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, folded);
    MessageLogModel model;
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFoldKeepAlive(true);
    QVERIFY(filter.isFiltering());
    filter.setLogModel(&model);
    appendRows(model, rows);
    model.flush();
    filter.finish();
    QCOMPARE(shown(filter, rows), folded);
    // Every log row is accounted for once: the shown rows' counts add up to the log.
    int total = 0;
    for (int row = 0; row < filter.rowCount(); ++row)
        total += filter.foldedCount(row);
    QCOMPARE(total, model.rowCount());
    // Off again: every row is its own.
    filter.setFoldKeepAlive(false);
    filter.finish();
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void tst_LogGlance::foldTextSaysCountAndRoundTrips()
{
    MessageLogModel model;
    LogFilterModel filter;
    filter.setFoldKeepAlive(true);
    filter.setLogModel(&model);
    appendRows(model, "mpopopopom"); // pongs at 0.2, 0.4, 0.6 and 0.8 ms
    model.flush();
    filter.finish();
    QCOMPARE(filter.rowCount(), 3);
    const QModelIndex fold = filter.index(1, MessageLogModel::DataColumn);
    QCOMPARE(fold.data().toString(), QStringLiteral("↕ 8 pings/pongs, RTT 0.20–0.80 ms"));
    QCOMPARE(fold.data(MessageLogModel::FoldRole).toInt(), 8);
    QCOMPARE(filter.index(1, MessageLogModel::NumberColumn).data().toString(), QStringLiteral("2–9"));
    QCOMPARE(MessageLogModel::Severity(fold.data(MessageLogModel::SeverityRole).toInt()), MessageLogModel::Severity::Quiet);
    // The rows around it are the log's own.
    QCOMPARE(filter.index(2, MessageLogModel::DataColumn).data().toString(), QStringLiteral("{\"hello\":1}"));
    QCOMPARE(filter.index(2, 0).data(MessageLogModel::FoldRole).toInt(), 0);
}

void tst_LogGlance::foldGrowsWhileRowsArrive()
{
    MessageLogModel model;
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFoldKeepAlive(true);
    filter.setLogModel(&model);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    const QByteArray rows = "mp" "o" "pp" "m" "e";
    // A batch at a time, as a live connection brings them.
    appendRows(model, "mp");
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(shown(filter, rows), QStringLiteral("m p"));
    appendRows(model, "o");
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    // The lone ping became a fold of two, in place: the row said so.
    QCOMPARE(shown(filter, rows), QStringLiteral("m F2"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1);
    appendRows(model, "pp");
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(shown(filter, rows), QStringLiteral("m F4"));
    appendRows(model, "me");
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(shown(filter, rows), QStringLiteral("m F4 m e"));
}

void tst_LogGlance::foldWhileRowLimitDropsOldRows()
{
    MessageLogModel model;
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFoldKeepAlive(true);
    filter.setLogModel(&model);
    const QByteArray rows = "mpppppmpopo";
    appendRows(model, rows);
    model.flush();
    filter.finish();
    QCOMPARE(shown(filter, rows), QStringLiteral("m F5 m F4"));
    // The limit takes the first message and two pings: the first fold loses two rows and stays.
    model.setRowLimit(8);
    filter.finish();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(shown(filter, rows, 3), QStringLiteral("F3 m F4"));
    QCOMPARE(filter.index(0, MessageLogModel::NumberColumn).data().toString(), QStringLiteral("4–6"));
    QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 0);
    QCOMPARE(filter.lastSourceRow(0), 2);
    // Two more go: one ping is left of that run, a row of its own.
    model.setRowLimit(6);
    filter.finish();
    QCOMPARE(shown(filter, rows, 5), QStringLiteral("p m F4"));
    // The second run is cut in its middle while new rows arrive behind it.
    model.setRowLimit(3);
    appendRows(model, "pm");
    model.flush();
    QTRY_VERIFY(filter.isComplete());
    QCOMPARE(model.rowCount(), 3);
    // Left: "o" (pong), "p" (ping, joined the run), "m".
    QCOMPARE(shown(filter, "opm"), QStringLiteral("F2 m"));
    QCOMPARE(filter.foldedCount(0), 2);
    model.setRowLimit(1);
    filter.finish();
    QCOMPARE(shown(filter, "m"), QStringLiteral("m"));
}

void tst_LogGlance::foldedRowMapsItsMembers()
{
    MessageLogModel model;
    LogFilterModel filter;
    filter.setFoldKeepAlive(true);
    filter.setLogModel(&model);
    appendRows(model, "mpopm");
    model.flush();
    filter.finish();
    // Each member of the fold is found at the fold's row (a timeline click lands there).
    for (int row = 1; row <= 3; ++row)
        QCOMPARE(filter.mapFromSource(model.index(row, 0)).row(), 1);
    QCOMPARE(filter.mapFromSource(model.index(4, 0)).row(), 2);
}

void tst_LogGlance::timelineCountsEqualTheRows()
{
    MessageLogModel model;
    // 1 000 messages over about 3 s, both ways, with pings and closes that are not counted.
    qint64 at = 1700000000000000;
    for (int i = 0; i < 1000; ++i) {
        SessionEvent e = makeEvent(i % 3 == 0 ? EventKind::Binary : EventKind::Text, i % 4 == 0 ? Direction::Outgoing : Direction::Incoming, "x");
        at += (i * 7919) % 6000;
        e.timestampUs = at;
        model.append(e);
        if (i % 100 == 0)
            model.append(makeEvent(EventKind::Ping, Direction::Outgoing, ""));
    }
    model.flush();
    const TimelineCounts &timeline = model.timeline();
    qint64 sent = 0, received = 0;
    for (int b = 0; b < timeline.bucketCount(); ++b) {
        sent += timeline.sent(b);
        received += timeline.received(b);
    }
    // And the rows, counted the slow way, bucket by bucket.
    std::vector<int> sentRows(size_t(timeline.bucketCount())), receivedRows(size_t(timeline.bucketCount()));
    int messages = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const MessageStore::Record &r = model.store().record(row);
        if (r.kind != EventKind::Text && r.kind != EventKind::Binary)
            continue;
        ++messages;
        ++(r.direction == Direction::Outgoing ? sentRows : receivedRows)[size_t(timeline.bucketOf(r.timestampUs))];
    }
    QCOMPARE(sent + received, qint64(messages));
    QCOMPARE(sent, timeline.totalSent());
    QCOMPARE(received, timeline.totalReceived());
    QCOMPARE(sent, 250);
    for (int b = 0; b < timeline.bucketCount(); ++b) {
        QCOMPARE(int(timeline.sent(b)), sentRows[size_t(b)]);
        QCOMPARE(int(timeline.received(b)), receivedRows[size_t(b)]);
    }
    QVERIFY(timeline.bucketCount() > 20);
    model.clear();
    QVERIFY(model.timeline().isEmpty());
}

void tst_LogGlance::timelineCountsFromAppendNotFromRows()
{
    TimelineCounts counts;
    counts.add(1000050000, EventKind::Text, Direction::Incoming);  // bucket 0
    counts.add(1000099999, EventKind::Text, Direction::Outgoing);  // still bucket 0 (starts at 1000000000)
    counts.add(1000150000, EventKind::Binary, Direction::Incoming); // bucket 1
    counts.add(1000350000, EventKind::Ping, Direction::Outgoing);   // not a message
    counts.add(1000450000, EventKind::Text, Direction::Local);      // not sent nor received
    counts.add(999000000, EventKind::Text, Direction::Incoming);    // a clock stepping back: bucket 0
    QCOMPARE(counts.startUs(), qint64(1000000000));
    QCOMPARE(counts.bucketCount(), 2);
    QCOMPARE(counts.sent(0), 1u);
    QCOMPARE(counts.received(0), 2u);
    QCOMPARE(counts.received(1), 1u);
    QCOMPARE(counts.largest(), 2u);
}

void tst_LogGlance::jsonTreePathsRoundTripThroughIgnore_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("changed");
    QTest::addColumn<QString>("path");
    QTest::newRow("array element's key") << QByteArray(R"({"items":[{"id":1},{"id":2},{"id":3},{"id":4,"n":"x"}]})")
                                         << QByteArray(R"({"items":[{"id":1},{"id":2},{"id":3},{"id":99,"n":"x"}]})") << QStringLiteral("$.items[3].id");
    QTest::newRow("top-level key") << QByteArray(R"({"ts":17,"v":"a"})") << QByteArray(R"({"v":"a","ts":18})") << QStringLiteral("$.ts");
    QTest::newRow("nested object") << QByteArray(R"({"data":{"meta":{"requestId":"r-1","ok":true}}})")
                                   << QByteArray(R"({"data":{"meta":{"requestId":"r-2","ok":true}}})") << QStringLiteral("$.data.meta.requestId");
    QTest::newRow("array in array") << QByteArray(R"({"m":[[1,2],[3,4]]})") << QByteArray(R"({"m":[[1,2],[5,4]]})") << QStringLiteral("$.m[1][0]");
    // Keys the dotted form cannot hold are copied in quotes, and --ignore reads them back.
    QTest::newRow("key with a dot") << QByteArray(R"({"a.b":1,"a":{"b":1}})") << QByteArray(R"({"a.b":2,"a":{"b":1}})") << QStringLiteral("$['a.b']");
    QTest::newRow("key with brackets") << QByteArray(R"({"x":{"k[0]":"p","k":["p"]}})") << QByteArray(R"({"x":{"k[0]":"q","k":["p"]}})")
                                       << QStringLiteral("$.x['k[0]']");
    QTest::newRow("key with a quote") << QByteArray(R"({"it's":true})") << QByteArray(R"({"it's":false})") << QStringLiteral(R"($['it\'s'])");
    QTest::newRow("key with a backslash") << QByteArray(R"({"a\\b":1})") << QByteArray(R"({"a\\b":2})") << QStringLiteral(R"($['a\\b'])");
    QTest::newRow("key with a space and double quote") << QByteArray(R"({"say \"hi\"":[0,1]})") << QByteArray(R"({"say \"hi\"":[0,2]})")
                                                       << QStringLiteral(R"($['say "hi"'][1])");
    QTest::newRow("key that is a star") << QByteArray(R"({"*":1,"b":1})") << QByteArray(R"({"*":2,"b":1})") << QStringLiteral("$['*']");
    QTest::newRow("empty key") << QByteArray(R"({"":{"]":0}})") << QByteArray(R"({"":{"]":5}})") << QStringLiteral("$[''][']']");
}

void tst_LogGlance::jsonTreePathsRoundTripThroughIgnore()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, changed);
    QFETCH(QString, path);
    JsonTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&tree, &JsonTreeModel::loaded);
    tree.load(json);
    QTRY_COMPARE(loaded.size(), 1);
    // Walk down as a person clicks: the node the path names has that path.
    const QModelIndex node = tree.indexForPath(path);
    QVERIFY(node.isValid());
    QCOMPARE(tree.path(node), path);
    QCOMPARE(node.data(JsonTreeModel::PathRole).toString(), path);

    // The message with another value there differs for the replay comparer until the path
    // copied from the tree is given to --ignore.
    const SessionEvent a = makeEvent(EventKind::Text, Direction::Incoming, json), b = makeEvent(EventKind::Text, Direction::Incoming, changed);
    ReplyComparer comparer;
    comparer.mode = ReplyComparer::Mode::Json;
    QVERIFY(!comparer.compare(a, b).equal);
    comparer.ignoredPaths = {tree.path(node)};
    const ReplyComparer::Result result = comparer.compare(a, b);
    QVERIFY2(result.equal, qPrintable(result.difference));
}

void tst_LogGlance::jsonTreeSearchFindsKeysAndValues()
{
    JsonTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setDocument(QJsonDocument::fromJson(R"({"user":{"name":"Ada","role":"admin"},"roles":["ADMIN","guest"],"n":42})").object());
    QCOMPARE(tree.setSearch(QStringLiteral("admin")), 2);
    // In document order (a decoded QJsonObject's keys come sorted).
    QCOMPARE(tree.path(tree.matchIndex(0)), QStringLiteral("$.roles[0]"));
    QCOMPARE(tree.path(tree.matchIndex(1)), QStringLiteral("$.user.role"));
    QVERIFY(tree.matchIndex(1).data(JsonTreeModel::MatchRole).toBool());
    QVERIFY(!tree.indexForPath(QStringLiteral("$.user.name")).data(JsonTreeModel::MatchRole).toBool());
    // Keys match too, and numbers as written.
    QCOMPARE(tree.setSearch(QStringLiteral("role")), 2); // the keys "role" and "roles"
    QCOMPARE(tree.setSearch(QStringLiteral("42")), 1);
    QCOMPARE(tree.valueText(tree.matchIndex(0)), QStringLiteral("42"));
    QCOMPARE(tree.setSearch(QString()), 0);
    QCOMPARE(tree.valueText(tree.indexForPath(QStringLiteral("$.user"))), QStringLiteral(R"({"name":"Ada","role":"admin"})"));
}

void tst_LogGlance::jsonTreeLoadsOffTheGuiThread()
{
    // A 5 MiB message: load() returns before the parse is done; the rows come after.
    QByteArray big = "{\"items\":[";
    for (int i = 0; big.size() < 5 * 1024 * 1024; ++i)
        big += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"item number )" + QByteArray::number(i) + "\"}";
    big += "]}";
    JsonTreeModel tree;
    QSignalSpy loaded(&tree, &JsonTreeModel::loaded);
    tree.load(big);
    QVERIFY(tree.isLoading());
    QCOMPARE(tree.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(!tree.isLoading());
    const QModelIndex items = tree.indexForPath(QStringLiteral("$.items"));
    QVERIFY(tree.rowCount(items) > 50000);
    QCOMPARE(tree.valueText(tree.indexForPath(QStringLiteral("$.items[50000].id"))), QStringLiteral("50000"));
}

void tst_LogGlance::jsonTreeBadTextSaysWhy()
{
    JsonTreeModel tree;
    QSignalSpy failed(&tree, &JsonTreeModel::failed);
    tree.load("{\"a\": [1, 2");
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!tree.hasDocument());
    QCOMPARE(tree.rowCount(), 0);
}

void tst_LogGlance::pinSetNext_data()
{
    QTest::addColumn<QList<int>>("pins");
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<int>("next");
    QTest::newRow("none") << QList<int>{} << 3 << true << -1;
    QTest::newRow("after") << QList<int>{2, 7, 9} << 3 << true << 7;
    QTest::newRow("before") << QList<int>{2, 7, 9} << 7 << false << 2;
    QTest::newRow("forward wraps") << QList<int>{2, 7, 9} << 9 << true << 2;
    QTest::newRow("back wraps") << QList<int>{2, 7, 9} << 2 << false << 9;
    QTest::newRow("from before the first") << QList<int>{2, 7} << -1 << true << 2;
    QTest::newRow("from past the last, back") << QList<int>{2, 7} << 100 << false << 7;
    QTest::newRow("the only one, from itself") << QList<int>{4} << 4 << true << 4;
}

void tst_LogGlance::pinSetNext()
{
    QFETCH(QList<int>, pins);
    QFETCH(int, from);
    QFETCH(bool, forward);
    QFETCH(int, next);
    PinSet set;
    for (int pin : pins)
        QVERIFY(set.set(pin + 100, true));
    QVERIFY(pins.isEmpty() || !set.set(pins.first() + 100, true)); // already pinned: no change
    std::vector<int> rows;
    for (qint64 event : set.between(100, 1000))
        rows.push_back(int(event - 100));
    QCOMPARE(rows, std::vector<int>(pins.begin(), pins.end()));
    QCOMPARE(PinSet::next(rows, from, forward), next);
}

void tst_LogGlance::foldShowsPinsInside_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QList<int>>("pins"); // log rows
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<QString>("marked"); // the shown rows, 1 where the pin mark shows
    QTest::newRow("no pins") << QByteArray("mpopm") << QList<int>{} << QString() << "0 0 0";
    QTest::newRow("pin inside a fold") << QByteArray("mpopm") << QList<int>{2} << QString() << "0 1 0";
    QTest::newRow("pin on the fold's first row") << QByteArray("mpopm") << QList<int>{1} << QString() << "0 1 0";
    QTest::newRow("pin beside a fold") << QByteArray("mpopm") << QList<int>{4} << QString() << "0 0 1";
    QTest::newRow("two folds, one pinned") << QByteArray("popmeEe") << QList<int>{5} << QString() << "0 0 1";
    QTest::newRow("a lone pinned ping") << QByteArray("mpm") << QList<int>{1} << QString() << "0 1 0";
    // A row the filter hides is not a member: its pin does not mark the fold over it.
    QTest::newRow("pinned row the filter hides") << QByteArray("mpmhopm") << QList<int>{2} << QStringLiteral("/^(?!\\{)/") << "0";
}

void tst_LogGlance::foldShowsPinsInside()
{
    QFETCH(QByteArray, rows);
    QFETCH(QList<int>, pins);
    QFETCH(QString, filterText);
    QFETCH(QString, marked);
    MessageLogModel model;
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFoldKeepAlive(true);
    QVERIFY(filter.setText(filterText));
    filter.setLogModel(&model);
    appendRows(model, rows);
    model.flush();
    filter.finish();
    // Pinned after folding: the fold's row is told (the view repaints it).
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    for (int row : pins)
        model.setPinned(row, true);
    QStringList marks;
    for (int row = 0; row < filter.rowCount(); ++row)
        marks << (filter.index(row, 0).data(MessageLogModel::PinRole).toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    QCOMPARE(marks.join(u' '), marked);
    for (int row : pins) {
        const QModelIndex shown = filter.mapFromSource(model.index(row, 0));
        if (!shown.isValid())
            continue;
        const bool told = std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &signal) {
            return signal.at(0).toModelIndex().row() <= shown.row() && signal.at(1).toModelIndex().row() >= shown.row();
        });
        QVERIFY2(told, qPrintable(QStringLiteral("no dataChanged for shown row %1").arg(shown.row())));
    }
}

// Every value of a document, rebuilt from the index alone (keys decoded, scalars from their text).
QJsonValue rebuild(const JsonIndex &index, int entry)
{
    switch (index.type(entry)) {
    case JsonIndex::Type::Object: {
        QJsonObject object;
        for (int row = 0; row < index.childCount(entry); ++row)
            object.insert(index.key(index.child(entry, row)), rebuild(index, index.child(entry, row)));
        return object;
    }
    case JsonIndex::Type::Array: {
        QJsonArray array;
        for (int row = 0; row < index.childCount(entry); ++row)
            array.append(rebuild(index, index.child(entry, row)));
        return array;
    }
    case JsonIndex::Type::String: return index.text(entry);
    case JsonIndex::Type::Number: return index.text(entry).toDouble();
    case JsonIndex::Type::True: return true;
    case JsonIndex::Type::False: return false;
    case JsonIndex::Type::Null: return QJsonValue::Null;
    }
    return QJsonValue();
}

void tst_LogGlance::jsonIndexReadsAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})");
    QTest::newRow("scalar number") << QByteArray("-12.5e3");
    QTest::newRow("scalar string") << QByteArray(R"("x")");
    QTest::newRow("empty containers") << QByteArray(R"( { "o" : { } , "a" : [ ] } )");
    QTest::newRow("escapes") << QByteArray(R"(["q\"b\\s\/n\nt\tr\rb\bf\fu\u00e9\u4e2d"])");
    QTest::newRow("surrogate pair") << QByteArray(R"({"e\ud83d\ude00":"\ud83d\ude00"})");
    QTest::newRow("raw UTF-8") << QByteArray("{\"cl\xc3\xa9\":\"\xe4\xb8\xad\xe6\x96\x87\"}");
    QTest::newRow("numbers") << QByteArray("[0,-0,1.5,2e10,3E-2,-4.25e+1,123456789]");
    QTest::newRow("whitespace") << QByteArray("\n\t [ 1 ,\r\n 2 ] \n");
    QTest::newRow("nesting") << QByteArray(R"([[[[{"a":[[]]}]]]])");
    // What Qt's reader lets pass, this one does too (the tree shows what the comparer reads).
    QTest::newRow("unknown escape") << QByteArray(R"(["\x\q"])");
    QTest::newRow("raw newline in a string") << QByteArray("[\"a\nb\tc\"]");
}

void tst_LogGlance::jsonIndexReadsAsQtDoes()
{
    QFETCH(QByteArray, json);
    QString error;
    const std::optional<JsonIndex> index = JsonIndex::read(json, &error);
    QVERIFY2(index, qPrintable(error));
    QJsonValue expected;
    QVERIFY(ReplyComparer::parseJson(json, &expected));
    QCOMPARE(rebuild(*index, 0), expected);
    // The compact text of the whole is the same document too.
    QJsonValue fromCompact;
    QVERIFY(ReplyComparer::parseJson(index->compact(0), &fromCompact));
    QCOMPARE(fromCompact, expected);
    // Every entry's parent lists it at its row.
    for (int entry = 1; entry < index->size(); ++entry)
        QCOMPARE(index->child(index->parent(entry), index->row(entry)), entry);
}

void tst_LogGlance::jsonIndexRefusesBadText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why"); // a part of the message
    QTest::newRow("empty") << QByteArray("") << "ends where a value was expected";
    QTest::newRow("cut off") << QByteArray(R"({"a": [1, 2)") << "byte 11";
    QTest::newRow("trailing comma") << QByteArray("[1,]") << "unexpected character ']' at byte 3";
    QTest::newRow("bare key") << QByteArray("{a:1}") << "a key in quotes was expected at byte 1";
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << "':' was expected";
    QTest::newRow("two values") << QByteArray("[1] [2]") << "more than one JSON value at byte 4";
    QTest::newRow("leading zero") << QByteArray("[01]") << "',' or ']' was expected at byte 2";
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << "four hex digits";
    QTest::newRow("unclosed string") << QByteArray(R"(["abc)") << "not closed";
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << "unexpected character 't'";
    QTest::newRow("number without digits") << QByteArray("[-]") << "a digit was expected";
    QTest::newRow("too deep") << QByteArray(JsonIndex::MaxDepth + 1, '[') + QByteArray(JsonIndex::MaxDepth + 1, ']') << "nested deeper than 1024";
}

void tst_LogGlance::jsonIndexRefusesBadText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!JsonIndex::read(json, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    // Qt's reader refuses it as well.
    QJsonValue value;
    QVERIFY(!ReplyComparer::parseJson(json, &value));
}

void tst_LogGlance::jsonTreeKeepsWrittenOrderAndIndents()
{
    JsonTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&tree, &JsonTreeModel::loaded);
    tree.load(R"({"z":1,"a":[true,{"m":null,"b":"x\"y"}],"e":{},"n":-1.50e2})");
    QTRY_COMPARE(loaded.size(), 1);
    const QModelIndex root = tree.index(0, 0);
    QStringList keys;
    for (int row = 0; row < tree.rowCount(root); ++row)
        keys << tree.index(row, 0, root).data().toString();
    QCOMPARE(keys, QStringList({"z", "a", "e", "n"}));
    // Numbers as written; strings decoded for Copy value.
    QCOMPARE(tree.valueText(tree.indexForPath(QStringLiteral("$.n"))), QStringLiteral("-1.50e2"));
    QCOMPARE(tree.valueText(tree.indexForPath(QStringLiteral("$.a[1].b"))), QStringLiteral("x\"y"));
    QCOMPARE(tree.valueText(tree.indexForPath(QStringLiteral("$.a"))), QStringLiteral(R"([true,{"m":null,"b":"x\"y"}])"));
    QCOMPARE(tree.indexForPath(QStringLiteral("$.a[1].m")).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("null"));
    QVERIFY(!tree.indexForPath(QStringLiteral("$.a[2]")).isValid());
    QVERIFY(!tree.indexForPath(QStringLiteral("$.z.q")).isValid());
    QVERIFY(!tree.indexForPath(QStringLiteral("$.a[")).isValid());
    // The text view's JSON: two spaces a level, as written.
    QCOMPARE(tree.indentedText(), QStringLiteral("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    {\n      \"m\": null,\n      \"b\": \"x\\\"y\"\n    }\n  ],\n"
                                                 "  \"e\": {},\n  \"n\": -1.50e2\n}"));
    QVERIFY(!tree.indentedTextCut());
}

void tst_LogGlance::ignoredPathForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // empty: --ignore takes it
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    const QByteArray a = R"({"ts":1,"items":[{"id":1,"v":1},{"id":2,"v":2}],"a.b":1,"a":{"b":1}})";
    QTest::newRow("older bare key") << "ts" << QString() << a << QByteArray(R"({"ts":9,"items":[{"id":1,"v":1},{"id":2,"v":2}],"a.b":1,"a":{"b":1}})");
    QTest::newRow("older dotted star") << "items.*.id" << QString() << a
                                       << QByteArray(R"({"ts":1,"items":[{"id":7,"v":1},{"id":8,"v":2}],"a.b":1,"a":{"b":1}})");
    QTest::newRow("older dotted index") << "items.1.v" << QString() << a
                                        << QByteArray(R"({"ts":1,"items":[{"id":1,"v":1},{"id":2,"v":5}],"a.b":1,"a":{"b":1}})");
    QTest::newRow("bracket star") << "$.items[*].id" << QString() << a
                                  << QByteArray(R"({"ts":1,"items":[{"id":7,"v":1},{"id":8,"v":2}],"a.b":1,"a":{"b":1}})");
    QTest::newRow("quoted key is that key") << "$['a.b']" << QString() << a
                                            << QByteArray(R"({"ts":1,"items":[{"id":1,"v":1},{"id":2,"v":2}],"a.b":3,"a":{"b":1}})");
    QTest::newRow("dotted is not the quoted key") << "$.a.b" << QString() << a
                                                  << QByteArray(R"({"ts":1,"items":[{"id":1,"v":1},{"id":2,"v":2}],"a.b":3,"a":{"b":1}})");
    QTest::newRow("unclosed quote") << "$['a.b" << "the quoted key is not closed" << a << a;
    QTest::newRow("bad index") << "$.items[x]" << "character 9" << a << a;
}

void tst_LogGlance::ignoredPathForms()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QString problem;
    QCOMPARE(ReplyComparer::checkIgnoredPath(path, &problem), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    ReplyComparer comparer;
    comparer.mode = ReplyComparer::Mode::Json;
    const SessionEvent e = makeEvent(EventKind::Text, Direction::Incoming, expected), x = makeEvent(EventKind::Text, Direction::Incoming, actual);
    QVERIFY(!comparer.compare(e, x).equal);
    comparer.ignoredPaths = {path};
    // A path names what it names: "$.a.b" is not the key "a.b".
    QCOMPARE(comparer.compare(e, x).equal, QByteArray(QTest::currentDataTag()) != "dotted is not the quoted key");
}

void tst_LogGlance::diffOfReorderedKeysIsEmpty()
{
    const SessionEvent a = makeEvent(EventKind::Text, Direction::Outgoing, R"({"b":{"y":2,"x":1},"a":[1,2],"c":"z"})");
    const SessionEvent b = makeEvent(EventKind::Text, Direction::Incoming, R"({"a":[1,2],"c":"z","b":{"x":1,"y":2}})");
    const MessageDiff diff = MessageDiff::compare(a, b);
    QCOMPARE(diff.mode, MessageDiff::Mode::Json);
    QVERIFY(diff.equal);
    QVERIFY(diff.differences.isEmpty());
    QVERIFY(!diff.lines.empty());
    for (const MessageDiff::Line &line : diff.lines) {
        QCOMPARE(line.kind, MessageDiff::LineKind::Same);
        QCOMPARE(line.left, line.right);
    }
    // The replay comparer says the same of them.
    ReplyComparer comparer;
    comparer.mode = ReplyComparer::Mode::Json;
    QVERIFY(comparer.compare(a, b).equal);
}

void tst_LogGlance::diffListsJsonPathsAndTextLines()
{
    const MessageDiff json = MessageDiff::compare(makeEvent(EventKind::Text, Direction::Incoming, R"({"id":1,"items":[{"n":1},{"n":2}],"ok":true})"),
                                                  makeEvent(EventKind::Text, Direction::Incoming, R"({"ok":false,"items":[{"n":1},{"n":3}],"id":1})"));
    QVERIFY(!json.equal);
    QCOMPARE(json.differences, QStringList({QStringLiteral("$.items[1].n: expected 2, got 3"), QStringLiteral("$.ok: expected true, got false")}));
    int changed = 0;
    for (const MessageDiff::Line &line : json.lines)
        changed += line.kind == MessageDiff::LineKind::Changed;
    QCOMPARE(changed, 2);

    const MessageDiff text = MessageDiff::compare(makeEvent(EventKind::Text, Direction::Incoming, "one\ntwo\nthree\nfour"),
                                                  makeEvent(EventKind::Text, Direction::Incoming, "one\nthree\nfour\nfive"));
    QCOMPARE(text.mode, MessageDiff::Mode::Text);
    QVERIFY(!text.equal);
    QCOMPARE(int(text.lines.size()), 5);
    QCOMPARE(text.lines[1].kind, MessageDiff::LineKind::OnlyLeft);
    QCOMPARE(text.lines[1].left, QStringLiteral("two"));
    QCOMPARE(text.lines[4].kind, MessageDiff::LineKind::OnlyRight);
    QCOMPARE(text.lines[4].right, QStringLiteral("five"));
}

void tst_LogGlance::pinsStayOnTheirRows()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    appendRows(model, "mmmmmmmmmm");
    model.flush();
    QCOMPARE(model.nextPinnedRow(0, true), -1);
    model.setPinned(2, true);
    model.setPinned(7, true);
    QVERIFY(model.index(2, 0).data(MessageLogModel::PinRole).toBool());
    QVERIFY(!model.index(3, 0).data(MessageLogModel::PinRole).toBool());
    QCOMPARE(model.pinnedRows(), std::vector<int>({2, 7}));
    QCOMPARE(model.nextPinnedRow(2, true), 7);
    QCOMPARE(model.nextPinnedRow(7, true), 2); // wraps
    QCOMPARE(model.nextPinnedRow(2, false), 7);
    QCOMPARE(model.nextPinnedRow(-1, true), 2);
    // Old rows leave: the pins stay on their events; the first one leaves with its row.
    model.setRowLimit(7);
    QCOMPARE(model.pinnedRows(), std::vector<int>({4}));
    QVERIFY(model.isPinned(4));
    QCOMPARE(model.eventNumber(4), 8);
    model.setPinned(4, false);
    QVERIFY(model.pinnedRows().empty());
}

void tst_LogGlance::pinsSavedInTheSessionFile()
{
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    header.startedUs = s_clockUs;
    header.pins = {0, 2};
    std::vector<SessionEvent> events{makeEvent(EventKind::Text, Direction::Outgoing, "a"), makeEvent(EventKind::Text, Direction::Incoming, "b"),
                                     makeEvent(EventKind::Text, Direction::Incoming, "c")};
    const QByteArray file = SessionFile::serialize(header, events);
    QVERIFY(file.left(file.indexOf('\n')).contains(R"("pins":[0,2])"));
    const SessionFile::Contents read = SessionFile::parse(file, QStringLiteral("pins.jsonl"));
    QVERIFY(read.ok());
    QCOMPARE(read.header.pins, std::vector<int>({0, 2}));
    QCOMPARE(int(read.events.size()), 3);
    // A file from before pins, and one with nonsense in the field: both open, without pins.
    header.pins.clear();
    const QByteArray old = SessionFile::serialize(header, events);
    QVERIFY(!old.contains("pins"));
    const SessionFile::Contents oldRead = SessionFile::parse(old, QStringLiteral("old.jsonl"));
    QVERIFY(oldRead.ok());
    QVERIFY(oldRead.header.pins.empty());
    QByteArray odd = old;
    odd.replace(R"("format")", R"("pins":["x",-1,1.5,1],"format")");
    const SessionFile::Contents oddRead = SessionFile::parse(odd, QStringLiteral("odd.jsonl"));
    QVERIFY(oddRead.ok());
    QCOMPARE(oddRead.header.pins, std::vector<int>({1}));
}

QTEST_MAIN(tst_LogGlance)
#include "tst_logglance.moc"
