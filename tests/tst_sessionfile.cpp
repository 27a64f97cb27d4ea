// Session files and HAR files: what is written reads back the same, and every
// bad file gives a clear message naming the file and line while keeping what is readable.
#include "record/HarFile.h"
#include "record/SessionExport.h"
#include "record/SessionReader.h"
#include "session/Redaction.h"
#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "replay/ReplyComparer.h"
#include "session/EventJson.h"

#include <QDateTime>

#include <array>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;

namespace {

SessionEvent makeEvent(EventKind kind, Direction direction, const QByteArray &payload, int code = 0, qint64 ts = 0)
{
    SessionEvent e;
    e.timestampUs = ts ? ts : nowUs();
    e.kind = kind;
    e.direction = direction;
    e.payload = payload;
    e.setNumber(code);
    return e;
}

// The events recorded by a SessionRecorder to path, as read back from the file.
SessionFile::Contents recordAndRead(const QString &path, const std::vector<SessionEvent> &events)
{
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://example.test/"));
    SessionRecorder recorder;
    SessionFile::Contents failed;
    if (!recorder.start(path, options, false, &failed.fatalError))
        return failed;
    for (const SessionEvent &event : events)
        recorder.record(event);
    recorder.stop();
    if (recorder.eventsWritten() != events.size()) {
        failed.fatalError = QStringLiteral("%1 of %2 events written").arg(recorder.eventsWritten()).arg(events.size());
        return failed;
    }
    return SessionFile::read(path);
}

std::vector<SessionEvent> sampleEvents()
{
    std::vector<SessionEvent> events;
    qint64 t = 1795687200000000;
    events.push_back(makeEvent(EventKind::State, Direction::Local, "CONNECTING", 0, t += 10));
    events.push_back(makeEvent(EventKind::Open, Direction::Local, "ws://127.0.0.1:9001/", 101, t += 10));
    events.push_back(makeEvent(EventKind::Text, Direction::Outgoing, "plain", 0, t += 10));
    events.push_back(makeEvent(EventKind::Text, Direction::Incoming, "quote \" backslash \\ newline \n tab \t nul " + QByteArray(1, '\0') + " esc \x1b ünï 日本 <b>", 0, t += 10));
    events.push_back(makeEvent(EventKind::Binary, Direction::Incoming, QByteArray("\x00\xff\x80 bin", 7), 0, t += 10));
    SessionEvent ping = makeEvent(EventKind::Ping, Direction::Outgoing, "ping", 0, t += 10);
    ping.tag = MessageTag::Heartbeat;
    events.push_back(ping);
    SessionEvent pong = makeEvent(EventKind::Pong, Direction::Incoming, "ping", 250, t += 10);
    pong.tag = MessageTag::Heartbeat;
    events.push_back(pong);
    SessionEvent onConnect = makeEvent(EventKind::Text, Direction::Outgoing, "auth", 0, t += 10);
    onConnect.tag = MessageTag::OnConnect;
    events.push_back(onConnect);
    events.push_back(makeEvent(EventKind::Reconnect, Direction::Local, "Reconnect attempt 1 in 1.0 s", 1, t += 10));
    events.push_back(makeEvent(EventKind::Error, Direction::Local, "Handshake rejected", 401, t += 10));
    events.push_back(makeEvent(EventKind::Info, Direction::Local, "Queued (1 waiting)", 0, t += 10));
    SessionEvent close = makeEvent(EventKind::Close, Direction::Incoming, "boom", 1011, t += 10);
    close.closedBy = ClosedBy::Server;
    events.push_back(close);
    return events;
}

void compareEvents(const std::vector<SessionEvent> &a, const std::vector<SessionEvent> &b)
{
    QCOMPARE(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].timestampUs, b[i].timestampUs);
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].direction, b[i].direction);
        QCOMPARE(a[i].payload, b[i].payload);
        QCOMPARE(a[i].number(), b[i].number());
        QCOMPARE(a[i].closedBy, b[i].closedBy);
        QCOMPARE(a[i].tag, b[i].tag);
    }
}

QByteArray fileText(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class tst_SessionFile : public QObject
{
    Q_OBJECT
private slots:
    void escapingAtEveryPosition();
    void base64AtEveryLength();
    void isoTime_data();
    void isoTime();
    void timestampDigits_data();
    void timestampDigits();
    void roundTripEveryKind();
    void linesAreValidJsonForJq();
    void recorderWritesAsItGoesAndRedacts();
    void recorderIncludesSecretsOnlyWhenAsked();
    void recorderWritesBigTextsInPlaceAndInOrder();
    void recorderEncodesBinaryOnTheWriterThreadInOrder();
    void recorderReportsAFullDisk();
    void everyTagRoundTrips();
    void badFiles_data();
    void badFiles();
    void truncatedLastLineKeepsTheRest();
    void readerStreamsAcrossBlocks_data();
    void readerStreamsAcrossBlocks();
    void exportWriterWritesInBlocks_data();
    void exportWriterWritesInBlocks();
    void chromeHar();
    void firefoxHar();
    void harRoundTrip();
    void badHar_data();
    void badHar();
    void redactUrl_data();
    void redactUrl();
    void compare_data();
    void compare();

private:
    QTemporaryDir m_dir;
};

// ts_us and rel_us keep the digits above the microseconds from the line before: every line of a
// sequence (crossing seconds both ways, under a second, negative) has the exact numbers.
void tst_SessionFile::timestampDigits_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<qint64>("startedUs");
    const qint64 now = 1796072755778040;
    QTest::newRow("under a second") << QList<qint64>{0, 7, 999999} << qint64(0);
    QTest::newRow("a second exactly") << QList<qint64>{1000000, 1000001, 1999999, 2000000} << qint64(0);
    QTest::newRow("now, across seconds") << QList<qint64>{now, now + 1, now + 221960, now + 221961, now + 5000000} << now - 3;
    QTest::newRow("the clock back a second") << QList<qint64>{now, now - 1000000, now} << now - 2000000;
    QTest::newRow("before the start") << QList<qint64>{now, now - 5} << now;
    QTest::newRow("ten digits of seconds") << QList<qint64>{9999999999000000, 9999999999999999} << qint64(-1);
}

void tst_SessionFile::timestampDigits()
{
    QFETCH(QList<qint64>, times);
    QFETCH(qint64, startedUs);
    for (const qint64 us : times) {
        SessionEvent e;
        e.kind = EventKind::Text;
        e.direction = Direction::Incoming;
        e.timestampUs = us;
        e.payload = "x";
        QByteArray line;
        EventJson::appendLine(line, e, startedUs);
        QVERIFY2(line.startsWith("{\"ts_us\":" + QByteArray::number(us) + ','), line.constData());
        const QByteArray rel = ",\"rel_us\":" + QByteArray::number(us - startedUs) + ',';
        QVERIFY2(startedUs < 0 ? !line.contains("rel_us") : line.contains(rel), line.constData());
        QVERIFY(!QJsonDocument::fromJson(line).isNull());
    }
}

void tst_SessionFile::isoTime_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("iso");
    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000000Z";
    QTest::newRow("leap day 2000") << qint64(951782400123456) << "2000-02-29T00:00:00.123456Z";
    QTest::newRow("end of 2025") << qint64(1767225599999999) << "2025-12-31T23:59:59.999999Z";
    QTest::newRow("2026-11-26") << qint64(1795687200000040) << "2026-11-26T10:00:00.000040Z";
}

void tst_SessionFile::isoTime()
{
    QFETCH(qint64, us);
    QFETCH(QString, iso);
    QCOMPARE(EventJson::isoTime(us), iso);
    // The same instant as Qt computes it.
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")), iso.left(23));
}

void tst_SessionFile::roundTripEveryKind()
{
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:9001/"));
    header.startedUs = 1795687200000000;
    const std::vector<SessionEvent> events = sampleEvents();
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
    QVERIFY2(SessionFile::write(path, header, events, &error), qPrintable(error));
    const SessionFile::Contents read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.fatalError));
    QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(u'\n')));
    QCOMPARE(read.header.url, header.url);
    QCOMPARE(read.header.startedUs, header.startedUs);
    compareEvents(read.events, events);
}

void tst_SessionFile::linesAreValidJsonForJq()
{
    SessionFile::Header header;
    header.startedUs = 1795687200000000;
    const QByteArray text = SessionFile::serialize(header, sampleEvents());
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(sampleEvents().size() + 1));
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
    }
    const QJsonObject text3 = QJsonDocument::fromJson(lines.at(4)).object();
    QCOMPARE(text3.value(QStringLiteral("event")).toString(), QStringLiteral("text"));
    QCOMPARE(text3.value(QStringLiteral("rel_us")).toInt(), 40);
    QCOMPARE(text3.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-26T10:00:00.000040Z"));
    QVERIFY(text3.value(QStringLiteral("text")).toString().contains(QStringLiteral("quote \" backslash \\ newline \n")));
}

void tst_SessionFile::recorderWritesAsItGoesAndRedacts()
{
    const QString path = m_dir.filePath(QStringLiteral("recording.jsonl"));
    SessionOptions options;
    options.url = QUrl(QStringLiteral("wss://user:pw@example.test/feed?token=abc&room=1"));
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer s3cret")));
    options.headers.append(qMakePair(QByteArray("Cookie"), QByteArray("sid=s3cret")));
    options.headers.append(qMakePair(QByteArray("X-Client"), QByteArray("inspector")));
    SessionRecorder recorder;
    QString error;
    QVERIFY2(recorder.start(path, options, false, &error), qPrintable(error));
    recorder.record(makeEvent(EventKind::Text, Direction::Incoming, "first"));
    // Without stopping: the lines reach the file within the flush interval.
    QTRY_VERIFY_WITH_TIMEOUT(fileText(path).contains("first"), SessionRecorder::FlushAgeMs * 4);
    const QByteArray text = fileText(path);
    QVERIFY(!text.contains("s3cret"));
    QVERIFY(!text.contains("token=abc"));
    QVERIFY(!text.contains(":pw@"));
    QVERIFY(text.contains("X-Client: inspector"));
    QVERIFY(text.contains("Authorization: <redacted>"));
    recorder.stop();
    const SessionFile::Contents read = SessionFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read.events.size(), size_t(1));
    QVERIFY(!read.header.secretsIncluded);
    QVERIFY(read.header.url.toString().contains(QStringLiteral("room=1")));
}

void tst_SessionFile::recorderWritesBigTextsInPlaceAndInOrder()
{
    // Big texts that need no escaping skip the buffer; the ones that do, and everything
    // small, go through it. Mixed, the file must still hold each line whole and in order.
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    const QByteArray plain(SessionRecorder::DirectWriteBytes, 'p');
    QByteArray quoted = plain;
    quoted[quoted.size() / 2] = '"';
    std::vector<QByteArray> sent{"small 1", plain + "é", "small 2", quoted, plain, "small 3", QByteArray(SessionRecorder::DirectWriteBytes - 1, 'q')};
    std::vector<SessionEvent> events;
    for (const QByteArray &payload : sent)
        events.push_back(makeEvent(EventKind::Text, Direction::Incoming, payload));
    const SessionFile::Contents read = recordAndRead(path, events);
    QVERIFY2(read.ok() && read.problems.isEmpty(), qPrintable(read.fatalError + read.problems.join(u'\n')));
    QCOMPARE(read.events.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i)
        QCOMPARE(read.events[i].payload, sent[i]);
    // Qt's own JSON reader agrees on the big line written in place.
    const QList<QByteArray> lines = fileText(path).split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("size")).toInteger(), plain.size() + 2);
}

void tst_SessionFile::recorderEncodesBinaryOnTheWriterThreadInOrder()
{
    // Binary payloads from WriterEncodesBytes up are encoded by the writer's thread into the
    // lines made around them; smaller ones, texts (a big one written in place) and pings in
    // between. Enough of them for many flushes, so the writer's spare buffers come back.
    const QString path = m_dir.filePath(QStringLiteral("binary.jsonl"));
    std::vector<SessionEvent> sent;
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    const qsizetype edge = SessionRecorder::WriterEncodesBytes;
    for (int i = 0; i < 3000; ++i) {
        const qsizetype size = std::array<qsizetype, 6>{edge - 1, edge, edge + 1, edge + 2, 1024, 0}[size_t(i % 6)];
        sent.push_back(makeEvent(EventKind::Binary, Direction::Incoming, all.repeated(int(size / 256 + 2)).mid(i % 256, size)));
        if (i % 500 == 7)
            sent.push_back(makeEvent(EventKind::Text, Direction::Incoming, QByteArray(SessionRecorder::DirectWriteBytes, 't')));
        if (i % 97 == 3)
            sent.push_back(makeEvent(EventKind::Ping, Direction::Outgoing, all.left(i % 126)));
        if (i % 1000 == 999)
            sent.push_back(makeEvent(EventKind::Binary, Direction::Outgoing, all.repeated(400)));
    }
    const SessionFile::Contents read = recordAndRead(path, sent);
    QVERIFY2(read.ok() && read.problems.isEmpty(), qPrintable(read.fatalError + read.problems.join(u'\n')));
    QCOMPARE(read.events.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        QCOMPARE(read.events[i].kind, sent[i].kind);
        QCOMPARE(read.events[i].direction, sent[i].direction);
        QCOMPARE(read.events[i].payload, sent[i].payload);
    }
    // A line encoded on the writer's thread is the line EventJson makes in one go.
    const QList<QByteArray> lines = fileText(path).split('\n');
    QCOMPARE(lines.at(2) + '\n', EventJson::toLine(sent[1], QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("started_us")).toInteger(-1)));
}

void tst_SessionFile::everyTagRoundTrips()
{
    QStringList names;
    for (int t = int(MessageTag::None) + 1; t <= int(LastMessageTag); ++t) {
        SessionEvent event = makeEvent(EventKind::Text, Direction::Outgoing, "tagged");
        event.tag = MessageTag(t);
        const QByteArray line = EventJson::toLine(event);
        SessionEvent back;
        QString error;
        bool notJson = false;
        QVERIFY2(EventJson::fromLine(QByteArrayView(line).chopped(1), &back, &error, &notJson), qPrintable(error));
        QCOMPARE(int(back.tag), t);
        names << QJsonDocument::fromJson(line).object().value(QStringLiteral("tag")).toString();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("on-connect"), QStringLiteral("heartbeat"), QStringLiteral("queued"),
                                 QStringLiteral("engine.io"), QStringLiteral("socket.io"), QStringLiteral("resent"),
                                 QStringLiteral("injected"), QStringLiteral("edited"), QStringLiteral("dropped")}));
}

void tst_SessionFile::recorderReportsAFullDisk()
{
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://example.test/"));
    SessionRecorder recorder;
    QSignalSpy failed(&recorder, &SessionRecorder::writeFailed);
    QString error;
    // /dev/full opens like a file and fails every write with ENOSPC.
    QVERIFY2(recorder.start(QStringLiteral("/dev/full"), options, false, &error), qPrintable(error));
    recorder.record(makeEvent(EventKind::Text, Direction::Incoming, "lost"));
    // Written on the writer's thread; the failure comes back at the next flush.
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, SessionRecorder::FlushAgeMs * 10);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Recording to /dev/full failed: No space left on device"));
    QCOMPARE(recorder.lastError(), failed.first().first().toString());
    recorder.stop();
    QVERIFY(!recorder.isRecording());
    // A directory cannot be recorded to: said at once, nothing started.
    QVERIFY(!recorder.start(m_dir.path(), options, false, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot record to ")), qPrintable(error));
    QVERIFY(!recorder.isRecording());
}

void tst_SessionFile::recorderIncludesSecretsOnlyWhenAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("secrets.jsonl"));
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://example.test/?token=abc"));
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer s3cret")));
    SessionRecorder recorder;
    QString error;
    QVERIFY(recorder.start(path, options, true, &error));
    recorder.stop();
    const QByteArray text = fileText(path);
    QVERIFY(text.contains("Bearer s3cret"));
    QVERIFY(text.contains("token=abc"));
    QVERIFY(SessionFile::read(path).header.secretsIncluded);
}

void tst_SessionFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fatal");      // empty: readable, with problems
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("eventsKept");
    const QByteArray header = R"({"format":"wsinspector-session","version":1,"url":"ws://x/","started_us":1})" "\n";
    const QByteArray good = R"({"ts_us":5,"event":"text","dir":"in","text":"ok"})" "\n";
    QTest::newRow("empty") << QByteArray() << "the file is empty" << "" << 0;
    QTest::newRow("whitespace") << QByteArray("\n  \n") << "the file is empty" << "" << 0;
    QTest::newRow("not json") << QByteArray("hello world\n") << ":1: not a session file" << "" << 0;
    QTest::newRow("other json") << QByteArray(R"({"log":{}})" "\n") << "the header has no \"format\"" << "" << 0;
    QTest::newRow("future version") << QByteArray(R"({"format":"wsinspector-session","version":99})" "\n")
                                    << "version 99 is not supported" << "" << 0;
    QTest::newRow("garbage line") << header + good + "{{{{\n" + good << "" << ":3: not JSON" << 2;
    QTest::newRow("wrong shape") << header + R"({"ts_us":5,"event":"teleport","dir":"in"})" "\n" + good << ""
                                 << ":2: unknown event \"teleport\"" << 1;
    QTest::newRow("timestamp out of range") << header + R"({"ts_us":1.8e21,"event":"text","dir":"in","text":"x"})" "\n" + good << ""
                                            << ":2: \"ts_us\" is out of range" << 1;
    QTest::newRow("no timestamp") << header + R"({"event":"text","dir":"in","text":"x"})" "\n" + good << ""
                                  << ":2: no \"ts_us\" timestamp" << 1;
    QTest::newRow("bad base64") << header + R"({"ts_us":5,"event":"binary","dir":"in","base64":"!!notbase64!!"})" "\n" + good
                                << "" << ":2: \"base64\" is not valid base64" << 1;
    QTest::newRow("text missing") << header + R"({"ts_us":5,"event":"text","dir":"in"})" "\n" + good << ""
                                  << ":2: a text event without \"text\"" << 1;
    QTest::newRow("bad direction") << header + R"({"ts_us":5,"event":"text","dir":"sideways","text":"x"})" "\n" + good
                                   << "" << ":2: unknown direction" << 1;
}

void tst_SessionFile::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fatal);
    QFETCH(QString, problem);
    QFETCH(int, eventsKept);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QStringLiteral(".jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const SessionFile::Contents read = SessionFile::read(path);
    if (!fatal.isEmpty()) {
        QVERIFY(!read.ok());
        QVERIFY2(read.fatalError.contains(fatal), qPrintable(read.fatalError));
        QVERIFY2(read.fatalError.startsWith(path), qPrintable(read.fatalError));
        return;
    }
    QVERIFY2(read.ok(), qPrintable(read.fatalError));
    QCOMPARE(int(read.events.size()), eventsKept);
    QCOMPARE(read.problems.size(), 1);
    QVERIFY2(read.problems.first().startsWith(path + problem), qPrintable(read.problems.first()));
}

void tst_SessionFile::truncatedLastLineKeepsTheRest()
{
    SessionFile::Header header;
    header.startedUs = 1;
    QByteArray text = SessionFile::serialize(header, sampleEvents());
    text.chop(25); // a recording killed mid-line
    const SessionFile::Contents read = SessionFile::parse(text, QStringLiteral("cut.jsonl"));
    QVERIFY(read.ok());
    QCOMPARE(read.events.size(), sampleEvents().size() - 1);
    QCOMPARE(read.problems.size(), 1);
    QVERIFY2(read.problems.first().contains(QStringLiteral("the last line is cut short")), qPrintable(read.problems.first()));
    QVERIFY(SessionFile::read(m_dir.filePath(QStringLiteral("missing.jsonl"))).fatalError.contains(QStringLiteral("no such file")));
}

// SessionReader reads in blocks of SessionReader::BlockSize: a line that spans two blocks, or
// several, or ends exactly at a block's end, reads the same as a short one.
void tst_SessionFile::readerStreamsAcrossBlocks_data()
{
    QTest::addColumn<QList<int>>("sizes"); // the text payloads' sizes, in order
    QTest::addColumn<bool>("cutLast");     // the file ends inside its last line
    const int block = int(SessionReader::BlockSize);
    QTest::newRow("short lines") << QList<int>{0, 1, 100, 1000} << false;
    QTest::newRow("many lines over three blocks") << QList<int>(120000, 100) << false;
    QTest::newRow("a line longer than two blocks") << QList<int>{10, 2 * block + 17, 10} << false;
    QTest::newRow("the first event line ends at a block's end") << QList<int>{-1, 5} << false;
    QTest::newRow("cut last line") << QList<int>{10, block, 20} << true;
}

void tst_SessionFile::readerStreamsAcrossBlocks()
{
    QFETCH(QList<int>, sizes);
    QFETCH(bool, cutLast);
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:9001/"));
    header.startedUs = 1795687200000000;
    const QByteArray headerLine = SessionFile::serialize(header, {});
    std::vector<SessionEvent> events;
    QByteArray text = headerLine;
    qint64 t = header.startedUs;
    for (int size : sizes) {
        SessionEvent event = makeEvent(EventKind::Text, Direction::Incoming, QByteArray(), 0, t += 7);
        if (size < 0) {
            // Sized so that its '\n' is the block's last byte.
            const QByteArray empty = EventJson::toLine(event, header.startedUs);
            size = int(SessionReader::BlockSize - headerLine.size() - empty.size()) - 1; // and its number, "0"
        }
        event.payload = QByteArray(size, 'x') + QByteArray::number(events.size());
        events.push_back(event);
        EventJson::appendLine(text, event, header.startedUs);
    }
    if (cutLast) {
        text.chop(5);
        events.pop_back();
    }
    const QString path = m_dir.filePath(QStringLiteral("blocks.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
    file.close();

    SessionReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.fatalError()));
    QCOMPARE(reader.header().startedUs, header.startedUs);
    std::vector<SessionEvent> read;
    SessionEvent event;
    while (reader.next(&event))
        read.push_back(event);
    compareEvents(read, events);
    QCOMPARE(reader.position(), qint64(text.size()));
    QCOMPARE(reader.size(), qint64(text.size()));
    QCOMPARE(reader.problems().size(), cutLast ? 1 : 0);
    if (cutLast)
        QVERIFY2(reader.problems().constFirst().contains(QStringLiteral("the last line is cut short")), qPrintable(reader.problems().constFirst()));
}

// ExportWriter (convert) hands the file a block at a time: what it writes is byte for byte what
// the whole-list writers make, for each format, across several blocks.
void tst_SessionFile::exportWriterWritesInBlocks_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("session") << QStringLiteral("out.jsonl");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("har") << QStringLiteral("out.har");
}

void tst_SessionFile::exportWriterWritesInBlocks()
{
    QFETCH(QString, name);
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:9001/"));
    header.startedUs = 1795687200000000;
    header.secretsIncluded = true;
    std::vector<SessionEvent> events;
    qint64 payloadBytes = 0;
    while (payloadBytes < 4 * ExportWriter::BlockSize) {
        for (const SessionEvent &sample : sampleEvents()) {
            SessionEvent event = sample;
            if (event.kind == EventKind::Text || event.kind == EventKind::Binary)
                event.payload += QByteArray(1000, char('a' + events.size() % 26));
            payloadBytes += event.payload.size();
            events.push_back(event);
        }
    }
    const QString path = m_dir.filePath(name);
    ExportWriter writer;
    QString error;
    QVERIFY2(writer.open(path, header, true, &error), qPrintable(error));
    for (const SessionEvent &event : events)
        writer.add(event);
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QByteArray written = fileText(path);
    QVERIFY(written.size() > 3 * ExportWriter::BlockSize);
    switch (SessionExport::formatFor(path)) {
    case SessionExport::Format::Session: QCOMPARE(written, SessionFile::serialize(header, events)); break;
    case SessionExport::Format::Csv: QCOMPARE(written, SessionExport::toCsv(events)); break;
    case SessionExport::Format::Har: {
        QCOMPARE(written, HarFile::serialize(header, events));
        // ... and it is the JSON a browser's HAR is: every message there, in order.
        const SessionFile::Contents back = HarFile::parse(written, name);
        QVERIFY2(back.ok(), qPrintable(back.fatalError));
        std::vector<SessionEvent> messages;
        for (const SessionEvent &event : events)
            if ((event.kind == EventKind::Text || event.kind == EventKind::Binary) && event.direction != Direction::Local)
                messages.push_back(event);
        QCOMPARE(back.events.size(), messages.size() + 1); // an open event first
        for (size_t i = 0; i < messages.size(); ++i)
            QCOMPARE(back.events[i + 1].payload, messages[i].payload);
        break;
    }
    }
}

void tst_SessionFile::chromeHar()
{
    const SessionFile::Contents har = HarFile::read(QStringLiteral(WSI_TEST_DATA_DIR "/chrome.har"));
    QVERIFY2(har.ok(), qPrintable(har.fatalError));
    QVERIFY(har.problems.isEmpty());
    QCOMPARE(har.header.url, QUrl(QStringLiteral("wss://echo.example.test/chat?room=1")));
    QCOMPARE(har.events.size(), size_t(6)); // open + 5 messages
    QCOMPARE(har.events[0].kind, EventKind::Open);
    QCOMPARE(har.events[1].direction, Direction::Outgoing);
    QCOMPARE(har.events[1].payloadText(), QStringLiteral("{\"type\":\"hello\",\"id\":1}"));
    QCOMPARE(har.events[1].timestampUs, qint64(1795687201500000));
    QCOMPARE(har.events[2].timestampUs, qint64(1795687201512345));
    QCOMPARE(har.events[3].kind, EventKind::Binary);
    QCOMPARE(har.events[3].payload, QByteArray("\x00\x01\x02\xff", 4));
    QCOMPARE(har.events[5].payloadText(), QStringLiteral("<b>not bold</b>"));
}

void tst_SessionFile::firefoxHar()
{
    const SessionFile::Contents har = HarFile::read(QStringLiteral(WSI_TEST_DATA_DIR "/firefox.har"));
    QVERIFY2(har.ok(), qPrintable(har.fatalError));
    QCOMPARE(har.header.url, QUrl(QStringLiteral("ws://127.0.0.1:9001/")));
    QCOMPARE(har.events.size(), size_t(5));
    QCOMPARE(har.events[3].payloadText(), QStringLiteral("héllo wörld"));
    QCOMPARE(har.events[3].direction, Direction::Outgoing);
    QCOMPARE(har.header.startedUs, qint64(1795170600500000)); // 11:30:00.500+01:00
}

void tst_SessionFile::harRoundTrip()
{
    const SessionFile::Contents chrome = HarFile::read(QStringLiteral(WSI_TEST_DATA_DIR "/chrome.har"));
    const QByteArray exported = HarFile::serialize(chrome.header, chrome.events);
    const SessionFile::Contents again = HarFile::parse(exported, QStringLiteral("exported.har"));
    QVERIFY2(again.ok(), qPrintable(again.fatalError));
    QCOMPARE(again.header.url, chrome.header.url);
    compareEvents(again.events, chrome.events);
}

void tst_SessionFile::badHar_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fatal");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not json") << QByteArray("<html>") << "not a HAR file: JSON error" << "";
    QTest::newRow("no websocket") << QByteArray(R"({"log":{"entries":[{"request":{"url":"http://x/"}}]}})")
                                  << "has no WebSocket entries" << "";
    QTest::newRow("bad base64") << QByteArray(R"({"log":{"entries":[{"request":{"url":"ws://x/"},"_webSocketMessages":[{"type":"receive","time":1.0,"opcode":2,"data":"***"},{"type":"send","time":2.0,"opcode":1,"data":"ok"}]}]}})")
                                << "" << "entry 1, message 1: binary data is not valid base64";
    QTest::newRow("odd type") << QByteArray(R"({"log":{"entries":[{"request":{"url":"ws://x/"},"_webSocketMessages":[{"type":"sideways","time":1.0,"opcode":1,"data":"a"},{"type":"send","time":2.0,"opcode":1,"data":"ok"}]}]}})")
                              << "" << "type \"sideways\" is neither send nor receive";
}

void tst_SessionFile::badHar()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fatal);
    QFETCH(QString, problem);
    const SessionFile::Contents har = HarFile::parse(content, QStringLiteral("bad.har"));
    if (!fatal.isEmpty()) {
        QVERIFY2(har.fatalError.startsWith(QStringLiteral("bad.har: ")) && har.fatalError.contains(fatal), qPrintable(har.fatalError));
        return;
    }
    QVERIFY(har.ok());
    QCOMPARE(har.events.size(), size_t(1)); // the good message is kept
    QCOMPARE(har.problems.size(), 1);
    QVERIFY2(har.problems.first().contains(problem), qPrintable(har.problems.first()));
}

void tst_SessionFile::redactUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << "ws://h/p?token=abc&room=1" << "ws://h/p?token=%3Credacted%3E&room=1";
    QTest::newRow("access_token") << "wss://h/?access_token=x" << "wss://h/?access_token=%3Credacted%3E";
    QTest::newRow("password in userinfo") << "ws://u:pw@h/" << "ws://u:%3Credacted%3E@h/";
    QTest::newRow("nothing secret") << "ws://h/p?room=1" << "ws://h/p?room=1";
}

void tst_SessionFile::redactUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redactUrl(QUrl(url)).toString(QUrl::FullyEncoded), expected);
}

void tst_SessionFile::compare_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<QString>("difference");
    QTest::newRow("exact same") << "exact" << QStringList() << QByteArray("a") << QByteArray("a") << true << "";
    QTest::newRow("exact differs") << "exact" << QStringList() << QByteArray("hello") << QByteArray("help!") << false
                                   << "text differs at character 3";
    QTest::newRow("json key order") << "json" << QStringList() << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"a":1})")
                                    << true << "";
    QTest::newRow("exact key order") << "exact" << QStringList() << QByteArray(R"({"a":1,"b":2})")
                                     << QByteArray(R"({"b":2,"a":1})") << false << "text differs";
    QTest::newRow("json value differs") << "json" << QStringList() << QByteArray(R"({"a":{"b":[1,2]}})")
                                        << QByteArray(R"({"a":{"b":[1,3]}})") << false << "$.a.b[1]: expected 2, got 3";
    QTest::newRow("ignored path") << "json" << QStringList{QStringLiteral("ts")} << QByteArray(R"({"ts":1,"v":"x"})")
                                  << QByteArray(R"({"ts":99,"v":"x"})") << true << "";
    QTest::newRow("ignored nested wildcard") << "json" << QStringList{QStringLiteral("items[*].id")}
                                             << QByteArray(R"({"items":[{"id":1,"v":1},{"id":2,"v":2}]})")
                                             << QByteArray(R"({"items":[{"id":7,"v":1},{"id":8,"v":2}]})") << true << "";
    QTest::newRow("ignore is not everything") << "json" << QStringList{QStringLiteral("ts")} << QByteArray(R"({"ts":1,"v":"x"})")
                                              << QByteArray(R"({"ts":2,"v":"y"})") << false << "$.v: expected \"x\", got \"y\"";
    QTest::newRow("missing key") << "json" << QStringList() << QByteArray(R"({"a":1})") << QByteArray(R"({})") << false
                                 << "$.a: expected 1, got (missing)";
}

void tst_SessionFile::compare()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, ignore);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(bool, equal);
    QFETCH(QString, difference);
    ReplyComparer comparer;
    bool ok = false;
    comparer.mode = ReplyComparer::modeFromName(mode, &ok);
    QVERIFY(ok);
    comparer.ignoredPaths = ignore;
    const ReplyComparer::Result result = comparer.compare(makeEvent(EventKind::Text, Direction::Incoming, expected),
                                                          makeEvent(EventKind::Text, Direction::Incoming, actual));
    QCOMPARE(result.equal, equal);
    QVERIFY2(result.difference.contains(difference), qPrintable(result.difference));
}

void tst_SessionFile::escapingAtEveryPosition()
{
    // The writer skips sixteen, then eight plain bytes at a time: put each byte that needs escaping
    // at every offset of both, next to UTF-8 and DEL (which must not be escaped), and read it back.
    const QByteArray specials("\"\\\n\r\t\x01\x1f\x00", 8);
    for (int length : {1, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 47}) {
        for (int at = 0; at < length; ++at) {
            for (char special : specials) {
                QByteArray payload(length, 'a');
                payload[at] = special;
                payload += "\x7f\xc3\xa9"; // DEL and "é"
                SessionEvent event;
                event.timestampUs = 1795500490776019 + at;
                event.kind = EventKind::Text;
                event.direction = Direction::Incoming;
                event.payload = payload;
                const QByteArray line = EventJson::toLine(event, 1795500490000000);
                QVERIFY(line.endsWith("}\n"));
                QVERIFY2(!line.chopped(1).contains('\n') && !line.contains('\x01'), line.constData());
                SessionEvent back;
                QString error;
                bool notJson = false;
                QVERIFY2(EventJson::fromLine(QByteArrayView(line).chopped(1), &back, &error, &notJson), qPrintable(error));
                QCOMPARE(back.payload, payload);
                QCOMPARE(back.timestampUs, event.timestampUs);
                // Qt's own JSON reader agrees.
                QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("rel_us")).toInteger(), qint64(776019 + at));
            }
        }
    }
    for (qint64 ts : {qint64(0), qint64(9), qint64(10), qint64(99), qint64(100), qint64(1000000), qint64(4102444800000000)}) {
        SessionEvent event;
        event.timestampUs = ts;
        event.kind = EventKind::Text;
        const QByteArray line = EventJson::toLine(event);
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("ts_us")).toInteger(), ts);
    }
}

void tst_SessionFile::base64AtEveryLength()
{
    // The writer encodes base64 itself: every tail length (0, 1, 2 bytes left over) and every byte value.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    for (int length = 0; length <= 258; ++length) {
        SessionEvent event;
        event.kind = EventKind::Binary;
        event.direction = Direction::Incoming;
        event.payload = all.repeated(2).mid(length % 7, length);
        const QByteArray line = EventJson::toLine(event);
        QVERIFY2(line.contains("\"base64\":\"" + event.payload.toBase64() + '"'), line.constData());
        SessionEvent back;
        QString error;
        bool notJson = false;
        QVERIFY2(EventJson::fromLine(QByteArrayView(line).chopped(1), &back, &error, &notJson), qPrintable(error));
        QCOMPARE(back.payload, event.payload);
    }
}

QTEST_GUILESS_MAIN(tst_SessionFile)
#include "tst_sessionfile.moc"
