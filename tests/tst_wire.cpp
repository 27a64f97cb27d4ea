// The wire tap's pure parts, without a server: the frame reader (split anywhere, control
// frames held and rewritable, messages taken whole), the rules a server's frames must keep, the HTTP head parser, the close verdict
// and the connection messages.
#include "session/CloseAttribution.h"
#include "session/ConnectionText.h"
#include "session/Session.h"
#include "wire/FrameReader.h"
#include "wire/FrameRules.h"
#include "wire/HttpHead.h"

#include <QTest>

using namespace wsi;

Q_DECLARE_METATYPE(wsi::ClosedBy)

namespace {
// Records what the reader reports.
struct Recorder final : FrameReader::Observer
{
    QStringList seen;
    bool stopOnMasked = false;
    int rewriteCloseTo = 0;

    bool frameStarted(const FrameHeader &h) override
    {
        if (stopOnMasked && h.masked) {
            seen << QStringLiteral("stopped");
            return false;
        }
        return true;
    }
    void controlFrame(const FrameHeader &h, const QByteArray &payload, QByteArray *wire) override
    {
        seen << QStringLiteral("control %1 %2").arg(h.opcode).arg(QString::fromLatin1(payload.toHex()));
        if (rewriteCloseTo && h.opcode == 8) {
            (*wire)[h.headerBytes] = char(rewriteCloseTo >> 8);
            (*wire)[h.headerBytes + 1] = char(rewriteCloseTo);
        }
    }
    void dataFrameEnded(const FrameHeader &h, int frames) override
    {
        seen << QStringLiteral("data %1 fin=%2 len=%3 frames=%4").arg(h.opcode).arg(h.fin).arg(h.length).arg(frames);
    }
    QList<const char *> views; // where messages handed over without a copy lay
    int assembled = 0;
    bool message(quint8 opcode, QByteArrayView payload, QByteArray *whole) override
    {
        seen << QStringLiteral("message %1 %2").arg(opcode).arg(QString::fromLatin1(payload.toByteArray().toHex()));
        if (whole)
            ++assembled;
        else
            views << payload.data();
        return true;
    }
};

// Feeds stream in pieces of `step` bytes; returns what the reader passed on.
QByteArray feedInSteps(FrameReader &reader, const QByteArray &stream, int step)
{
    QByteArray out;
    for (qsizetype at = 0; at < stream.size(); at += step)
        out += reader.feed(stream.mid(at, step));
    return out;
}

QByteArray closePayload(int code, const QByteArray &reason = QByteArray())
{
    QByteArray p;
    p += char(code >> 8);
    p += char(code);
    return p + reason;
}
} // namespace

class tst_Wire : public QObject
{
    Q_OBJECT
private slots:
    void readerSplitAnywhere_data();
    void readerSplitAnywhere();
    void readerPassesWholeChunkUncopied();
    void readerUnmasksControlPayload();
    void readerRewritesHeldControlFrame();
    void readerTakesMessages_data();
    void readerTakesMessages();
    void readerTakesFromTheChunkUncopied();
    void frameRules_data();
    void frameRules();
    void readerStops();
    void httpHead_data();
    void httpHead();
    void acceptKey();
    void closeVerdict_data();
    void closeVerdict();
    void refusalText_data();
    void refusalText();
    void extensionsHeaderRefusedBeforeConnecting();
};

void tst_Wire::readerSplitAnywhere_data()
{
    QTest::addColumn<int>("step");
    for (int step : {1, 2, 3, 7, 64, 100000})
        QTest::newRow(qPrintable(QStringLiteral("%1-byte pieces").arg(step))) << step;
}

void tst_Wire::readerSplitAnywhere()
{
    QFETCH(int, step);
    QByteArray stream = FrameReader::encode(1, "hello");
    stream += FrameReader::encode(9, "ping!");
    stream += FrameReader::encode(2, QByteArray(300, 'b'));
    stream += FrameReader::encode(2, QByteArray(70000, 'c'));
    stream += FrameReader::encode(8, closePayload(1000, "bye"));
    Recorder recorder;
    FrameReader reader(&recorder);
    const QByteArray out = feedInSteps(reader, stream, step);
    QCOMPARE(out, stream); // unchanged on the way
    const QStringList expected{QStringLiteral("data 1 fin=1 len=5 frames=1"), QStringLiteral("control 9 70696e6721"),
                               QStringLiteral("data 2 fin=1 len=300 frames=1"), QStringLiteral("data 2 fin=1 len=70000 frames=1"),
                               QStringLiteral("control 8 03e8627965")};
    QCOMPARE(recorder.seen, expected);
}

void tst_Wire::readerPassesWholeChunkUncopied()
{
    const QByteArray stream = FrameReader::encode(1, "a") + FrameReader::encode(1, "b");
    Recorder recorder;
    FrameReader reader(&recorder);
    const QByteArray out = reader.feed(stream);
    QCOMPARE(out.constData(), stream.constData()); // shared: the flood path copies nothing
}

void tst_Wire::readerUnmasksControlPayload()
{
    // A client's close frame is masked on the wire; the reader reports it plain.
    const QByteArray stream = FrameReader::encode(8, closePayload(4000, "ok"), true, true, 0xA1B2C3D4);
    Recorder recorder;
    FrameReader reader(&recorder);
    QCOMPARE(feedInSteps(reader, stream, 3), stream);
    QCOMPARE(recorder.seen, QStringList{QStringLiteral("control 8 0fa06f6b")});
}

void tst_Wire::readerRewritesHeldControlFrame()
{
    const QByteArray stream = FrameReader::encode(1, "x") + FrameReader::encode(8, closePayload(1012, "restart"))
        + FrameReader::encode(1, "y");
    Recorder recorder;
    recorder.rewriteCloseTo = 1000;
    FrameReader reader(&recorder);
    const QByteArray out = feedInSteps(reader, stream, 4);
    const QByteArray expected = FrameReader::encode(1, "x") + FrameReader::encode(8, closePayload(1000, "restart"))
        + FrameReader::encode(1, "y");
    QCOMPARE(out, expected);
}

void tst_Wire::readerTakesMessages_data()
{
    QTest::addColumn<int>("step");
    for (int step : {1, 5, 1000})
        QTest::newRow(qPrintable(QStringLiteral("%1-byte pieces").arg(step))) << step;
}

void tst_Wire::readerTakesMessages()
{
    QFETCH(int, step);
    // "é" (c3 a9) split across two fragments with a ping between them, then a binary message and
    // an empty text: the messages are taken whole, only the control frame passes on.
    const QByteArray stream = FrameReader::encode(1, "caf\xc3", false) + FrameReader::encode(9, "p")
        + FrameReader::encode(0, "\xa9!", true) + FrameReader::encode(2, QByteArray(300, 'b')) + FrameReader::encode(1, "");
    Recorder recorder;
    FrameReader reader(&recorder);
    reader.setTakeMessages(true);
    QCOMPARE(feedInSteps(reader, stream, step), FrameReader::encode(9, "p"));
    // The frames as they were on the wire are still reported one by one.
    const QStringList seen{QStringLiteral("data 1 fin=0 len=4 frames=1"), QStringLiteral("control 9 70"),
                           QStringLiteral("data 0 fin=1 len=2 frames=2"), QStringLiteral("message 1 636166c3a921"),
                           QStringLiteral("data 2 fin=1 len=300 frames=1"),
                           QStringLiteral("message 2 ") + QString::fromLatin1(QByteArray(300, 'b').toHex()),
                           QStringLiteral("data 1 fin=1 len=0 frames=1"), QStringLiteral("message 1 ")};
    QCOMPARE(recorder.seen, seen);
}

void tst_Wire::readerTakesFromTheChunkUncopied()
{
    // A message of one frame inside the chunk is handed over as a view into the chunk;
    // one that spans two chunks comes assembled, in a buffer the observer may take.
    const QByteArray first = FrameReader::encode(1, "whole") + FrameReader::encode(2, "spl");
    Recorder recorder;
    FrameReader reader(&recorder);
    reader.setTakeMessages(true);
    const QByteArray part = first.left(first.size() - 1);
    reader.feed(part);
    QCOMPARE(recorder.views.size(), 1);
    QVERIFY(recorder.views.first() >= part.constData() && recorder.views.first() < part.constData() + part.size());
    QCOMPARE(recorder.assembled, 0);
    reader.feed(first.right(1));
    QCOMPARE(recorder.assembled, 1);
    QCOMPARE(recorder.seen.last(), QStringLiteral("message 2 73706c"));
}

void tst_Wire::frameRules_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("closeCode"); // of the first frame refused; 0: all fine
    QTest::addColumn<QString>("shown");

    const auto frame = [](quint8 opcode, const QByteArray &payload, bool fin = true) {
        return FrameReader::encode(opcode, payload, fin);
    };
    QTest::newRow("text, binary, ping, fragments") << frame(1, "a") + frame(2, "b") + frame(9, "") + frame(1, "x", false)
            + frame(10, "") + frame(0, "y", true) << 0 << QString();
    QTest::newRow("split UTF-8 across fragments") << frame(1, "\xf0\x9f", false) + frame(0, "\x98\x80") << 0 << QString();
    QTest::newRow("masked") << FrameReader::encode(1, "m", true, true) << 1002 << "masked";
    QTest::newRow("RSV1 without an extension") << FrameReader::encode(1, "z", true, false, 0, 4) << 1002 << "RSV bits (100)";
    QTest::newRow("reserved data opcode") << frame(3, "r") << 1002 << "reserved opcode 0x3";
    QTest::newRow("reserved control opcode") << frame(0xB, "r") << 1002 << "reserved opcode 0xb";
    QTest::newRow("ping of 126 bytes") << frame(9, QByteArray(126, 'p')) << 1002 << "control frame of 126 bytes";
    QTest::newRow("fragmented ping") << frame(9, "p", false) << 1002 << ", fragmented";
    QTest::newRow("continuation with nothing to continue") << frame(0, "c") << 1002 << "no message to continue";
    QTest::newRow("new message inside a fragmented one") << frame(1, "a", false) + frame(2, "b") << 1002 << "before its fragmented one";
    QTest::newRow("invalid UTF-8") << frame(1, "\xc3\x28") << 1007 << "not valid UTF-8";
    QTest::newRow("UTF-16 surrogate in UTF-8") << frame(1, "\xed\xa0\x80") << 1007 << "not valid UTF-8";
    QTest::newRow("overlong encoding") << frame(1, "\xc0\xaf") << 1007 << "not valid UTF-8";
    QTest::newRow("truncated character at the end") << frame(1, "ok\xe2\x82") << 1007 << "not valid UTF-8";
    QTest::newRow("binary need not be UTF-8") << frame(2, "\xff\xfe") << 0 << QString();
    QTest::newRow("one frame over the limit") << frame(2, QByteArray(65, 'x')) << 1009 << "more than 64 bytes";
    QTest::newRow("fragments adding up past the limit") << frame(2, QByteArray(40, 'x'), false) + frame(0, QByteArray(40, 'x'))
                                                        << 1009 << "more than 64 bytes";
    QTest::newRow("exactly the limit") << frame(2, QByteArray(30, 'x'), false) + frame(0, QByteArray(34, 'x')) << 0 << QString();
}

void tst_Wire::frameRules()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, closeCode);
    QFETCH(QString, shown);
    // The tap's checks of what a server sends, through the reader as the tap uses them.
    struct Checker final : FrameReader::Observer
    {
        FrameRules rules{64};
        FrameRules::Fault fault;
        bool frameStarted(const FrameHeader &h) override
        {
            fault = rules.check(h);
            return fault.closeCode == 0;
        }
        void controlFrame(const FrameHeader &, const QByteArray &, QByteArray *) override {}
        void dataFrameEnded(const FrameHeader &, int) override {}
        bool message(quint8 opcode, QByteArrayView payload, QByteArray *) override
        {
            fault = FrameRules::checkMessage(opcode, payload);
            return fault.closeCode == 0;
        }
    } checker;
    FrameReader reader(&checker);
    reader.setTakeMessages(true);
    bool ok = true;
    reader.feed(stream, &ok);
    QCOMPARE(checker.fault.closeCode, closeCode);
    QCOMPARE(ok, closeCode == 0);
    QVERIFY2(checker.fault.why.contains(shown), qPrintable(checker.fault.why));
}

void tst_Wire::readerStops()
{
    const QByteArray stream = FrameReader::encode(1, "fine") + FrameReader::encode(1, "masked", true, true);
    Recorder recorder;
    recorder.stopOnMasked = true;
    FrameReader reader(&recorder);
    bool ok = true;
    const QByteArray out = reader.feed(stream, &ok);
    QVERIFY(!ok);
    QCOMPARE(out, FrameReader::encode(1, "fine")); // nothing of the bad frame passes
    QCOMPARE(recorder.seen.last(), QStringLiteral("stopped"));
}

void tst_Wire::httpHead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("result"); // HttpHead::Parse
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("header"); // value of X-Reason

    QTest::newRow("101") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")
                         << int(HttpHead::Parse::Complete) << 101 << QByteArray("Switching Protocols") << QByteArray();
    QTest::newRow("400 with header") << QByteArray("HTTP/1.1 400 Bad Request\r\nx-reason:  echo-protocol required \r\n\r\nbody")
                                     << int(HttpHead::Parse::Complete) << 400 << QByteArray("Bad Request")
                                     << QByteArray("echo-protocol required");
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 403\r\n\r\n") << int(HttpHead::Parse::Complete) << 403
                                      << QByteArray() << QByteArray();
    QTest::newRow("incomplete") << QByteArray("HTTP/1.1 101 Switching") << int(HttpHead::Parse::Incomplete) << 0
                                << QByteArray() << QByteArray();
    QTest::newRow("not HTTP at once") << QByteArray("SSH-2.0-OpenSSH") << int(HttpHead::Parse::NotHttp) << 0
                                      << QByteArray() << QByteArray();
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << int(HttpHead::Parse::NotHttp) << 0
                                << QByteArray() << QByteArray();
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nnonsense\r\n\r\n") << int(HttpHead::Parse::NotHttp)
                                          << 0 << QByteArray() << QByteArray();
    QTest::newRow("endless head") << QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray(70000, 'h')
                                  << int(HttpHead::Parse::TooLong) << 0 << QByteArray() << QByteArray();
}

void tst_Wire::httpHead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, result);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, header);
    HttpHead head;
    qsizetype used = 0;
    QCOMPARE(int(HttpHead::parse(bytes, true, &head, &used)), result);
    if (result != int(HttpHead::Parse::Complete))
        return;
    QCOMPARE(head.status, status);
    QCOMPARE(head.reason, reason);
    QCOMPARE(head.header("X-Reason"), header);
    QCOMPARE(bytes.mid(used - 4, 4), QByteArray("\r\n\r\n"));
}

void tst_Wire::acceptKey()
{
    // RFC 6455 §1.3's own example.
    QCOMPARE(websocketAccept("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void tst_Wire::closeVerdict_data()
{
    QTest::addColumn<bool>("seen");
    QTest::addColumn<bool>("incoming");
    QTest::addColumn<int>("wireCode");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("answerCode"); // 0: no answer seen
    QTest::addColumn<bool>("userClosed");
    QTest::addColumn<int>("code");
    QTest::addColumn<ClosedBy>("by");
    QTest::addColumn<QString>("reasonHas");

    QTest::newRow("server 1000") << true << true << 1000 << true << 1000 << false << 1000 << ClosedBy::Server << "";
    QTest::newRow("server 1012 kept") << true << true << 1012 << true << 1012 << false << 1012 << ClosedBy::Server << "";
    QTest::newRow("server 4000") << true << true << 4000 << true << 4000 << false << 4000 << ClosedBy::Server << "";
    QTest::newRow("server empty frame is 1005") << true << true << 1005 << true << 1005 << false << 1005 << ClosedBy::Server << "";
    QTest::newRow("server 999: client fails it") << true << true << 999 << true << 1002 << false << 1002 << ClosedBy::Client << "999";
    QTest::newRow("server 1-byte payload") << true << true << 1002 << false << 1002 << false << 1002 << ClosedBy::Client << "1-byte";
    QTest::newRow("Qt fails a frame (1007)") << true << false << 1007 << true << 0 << false << 1007 << ClosedBy::Client << "";
    QTest::newRow("user close 4001") << true << false << 4001 << true << 4001 << true << 4001 << ClosedBy::Client << "";
    QTest::newRow("no close frame: 1006") << false << false << 0 << true << 0 << false << 1006 << ClosedBy::Network << "without a close frame";
    QTest::newRow("user close that never reached the wire") << false << false << 1000 << true << 0 << true << 1006
        << ClosedBy::Client << "never reached the server";
}

void tst_Wire::closeVerdict()
{
    QFETCH(bool, seen);
    QFETCH(bool, incoming);
    QFETCH(int, wireCode);
    QFETCH(bool, valid);
    QFETCH(int, answerCode);
    QFETCH(bool, userClosed);
    QFETCH(int, code);
    QFETCH(ClosedBy, by);
    QFETCH(QString, reasonHas);
    CloseFacts facts;
    facts.first.seen = seen;
    facts.first.incoming = incoming;
    facts.first.code = wireCode;
    facts.first.valid = valid;
    if (answerCode) {
        facts.answer.seen = true;
        facts.answer.incoming = !incoming;
        facts.answer.code = answerCode;
    }
    facts.userClosed = userClosed;
    facts.userCode = wireCode;
    const CloseVerdict verdict = decideClose(facts);
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.by, by);
    QVERIFY2(verdict.reason.contains(reasonHas), qPrintable(verdict.reason));
}

void tst_Wire::refusalText_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("subprotocols");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("node websocket without echo-protocol")
        << QByteArray("HTTP/1.1 400 Bad Request\r\nX-WebSocket-Reject-Reason: echo-protocol required\r\n\r\n") << false
        << QStringList{QStringLiteral("HTTP 400 Bad Request"), QStringLiteral("X-WebSocket-Reject-Reason: echo-protocol required"),
                       QStringLiteral("No subprotocol was requested")};
    QTest::newRow("401 with a body") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 8\r\n\r\n") << true
                                     << QStringList{QStringLiteral("HTTP 401 Unauthorized")};
    QTest::newRow("redirect") << QByteArray("HTTP/1.1 302 Found\r\nLocation: ws://elsewhere/\r\n\r\n") << true
                              << QStringList{QStringLiteral("302 Found"), QStringLiteral("Location: ws://elsewhere/"),
                                             QStringLiteral("not followed")};
}

void tst_Wire::refusalText()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, subprotocols);
    QFETCH(QStringList, shown);
    HttpHead head;
    qsizetype used = 0;
    QCOMPARE(HttpHead::parse(response, true, &head, &used), HttpHead::Parse::Complete);
    head.body = "no token";
    const QString text = ConnectionText::refusal(QUrl(QStringLiteral("ws://127.0.0.1:1/x?token=secret")), head, subprotocols);
    for (const QString &part : shown)
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("body: no token")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("secret")), qPrintable(text));
}

void tst_Wire::extensionsHeaderRefusedBeforeConnecting()
{
    Session session;
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:9/"));
    options.headers.append({QByteArrayLiteral("sec-websocket-extensions"), QByteArrayLiteral("permessage-deflate")});
    QVERIFY(!session.open(options));
    QCOMPARE(session.state(), Session::State::Idle);
    QVERIFY2(session.lastError().contains(QStringLiteral("does no compression")), qPrintable(session.lastError()));
}

QTEST_GUILESS_MAIN(tst_Wire)
#include "tst_wire.moc"
