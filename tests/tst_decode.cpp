// The payload decoders (app/decode) without a server: each format's good and bad input as
// _data() tables, Auto's choices, the bounded inflate, a .proto read by libprotobuf's compiler.
#include "decode/CborDecoder.h"
#include "decode/DecodeSettings.h"
#include "decode/Inflater.h"
#include "decode/MsgPackDecoder.h"
#include "decode/PayloadDecoder.h"
#include "decode/ProtobufRaw.h"
#include "decode/ProtobufSchema.h"
#include "log/MessageLogModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace wsi;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// A zlib stream (RFC 1950) of data: qCompress's output without its 4-byte length.
QByteArray zlibOf(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

// A gzip member around zlib's deflate data.
QByteArray gzipOf(const QByteArray &data)
{
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    const QByteArray deflate = zlibOf(data).mid(2).chopped(4);
    QByteArray out = hex("1f8b0800000000000003") + deflate;
    for (quint32 v : {crc, quint32(data.size())}) {
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xff));
    }
    return out;
}

QByteArray nested(char open, int depth, char leaf)
{
    return QByteArray(depth, open) + leaf;
}

// Protobuf: field 1 length-delimited, nested depth times around 08 01.
QByteArray nestedProtobuf(int depth)
{
    QByteArray inner = hex("0801");
    for (int i = 0; i < depth; ++i) {
        QByteArray length;
        quint64 n = quint64(inner.size());
        do {
            length.append(char((n & 0x7f) | (n > 0x7f ? 0x80 : 0)));
            n >>= 7;
        } while (n);
        inner = hex("0a") + length + inner;
    }
    return inner;
}

const char TickerProto[] =
    "syntax = \"proto3\";\n"
    "package demo;\n"
    "message Ticker {\n"
    "  string symbol = 1;\n"
    "  double price = 2;\n"
    "  repeated Level levels = 3;\n"
    "  message Level { int32 qty = 1; }\n"
    "}\n"
    "message Other { bool flag = 1; }\n";

} // namespace

class tst_Decode : public QObject
{
    Q_OBJECT
private slots:
    void formatNames();
    void cbor_data();
    void cbor();
    void msgpack_data();
    void msgpack();
    void msgpackKeysThatAreMapsStaySmall();
    void protobufRaw_data();
    void protobufRaw();
    void protobufSchema_data();
    void protobufSchema();
    void protobufSchemaErrors_data();
    void protobufSchemaErrors();
    void compressed_data();
    void compressed();
    void autoChooses_data();
    void autoChooses();
    void detailPaneShowsDecodedAndBytes();
    void megabyteProtobufDecodesQuickly();
};

void tst_Decode::formatNames()
{
    for (const QString &name : DecodeSettings::formatNames()) {
        const auto format = DecodeSettings::formatFromName(name);
        QVERIFY(format);
        QCOMPARE(DecodeSettings::formatName(*format), name);
        QVERIFY(!DecodeSettings::formatLabel(*format).isEmpty());
    }
    QCOMPARE(DecodeSettings::formatFromName(QStringLiteral("MessagePack")), BinaryFormat::MessagePack);
    QVERIFY(!DecodeSettings::formatFromName(QStringLiteral("xml")));
}

void tst_Decode::cbor_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");  // in the diagnostic notation
    QTest::addColumn<QString>("json");  // the JSON view, compact
    QTest::addColumn<QString>("error"); // part of the error; empty when it decodes
    // RFC 8949 appendix A and friends.
    QTest::newRow("map") << hex("a26161016162820203") << "\"a\": 1" << "{\"a\":1,\"b\":[2,3]}" << "";
    QTest::newRow("self-describe") << hex("d9d9f7a1616101") << "55799({" << "{\"a\":1}" << "";
    QTest::newRow("float and bytes") << hex("82f93e0043010203") << "h'010203'" << "[1.5,\"AQID\"]" << "";
    QTest::newRow("sequence") << hex("0102") << "1\n2" << "[1,2]" << "";
    QTest::newRow("truncated") << hex("a26161") << "" << "" << "ends too early";
    QTest::newRow("lone break") << hex("ff") << "" << "" << "not valid CBOR at byte";
    QTest::newRow("empty") << QByteArray() << "" << "" << "empty";
    QTest::newRow("nesting 10000 deep") << nested(char(0x81), 10000, 0) << "" << "" << "not valid CBOR";
}

void tst_Decode::cbor()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(QString, error);
    const Decoded d = CborDecoder::decode(bytes);
    if (!error.isEmpty()) {
        QVERIFY2(d.error.contains(error), qPrintable(d.error));
        return;
    }
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY2(d.text.contains(text), qPrintable(d.text));
    QCOMPARE(compact(d.json), json);
}

void tst_Decode::msgpack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("map") << hex("82a16101a162920203") << "{\"a\":1,\"b\":[2,3]}" << "";
    QTest::newRow("binary") << hex("c403010203") << "{\"$bin\":\"01 02 03\"}" << "";
    QTest::newRow("ext") << hex("d40501") << "{\"$data\":\"01\",\"$ext\":5}" << "";
    QTest::newRow("timestamp") << hex("d6ff00000001") << "{\"$timestamp\":\"1970-01-01T00:00:01.000Z\"}" << "";
    QTest::newRow("int key") << hex("8101a178") << "{\"1\":\"x\"}" << "";
    QTest::newRow("uint64 max") << hex("cfffffffffffffffff") << "\"18446744073709551615\"" << "";
    QTest::newRow("two objects") << hex("01c3") << "[1,true]" << "";
    QTest::newRow("truncated") << hex("82a161") << "" << "ends too early";
    QTest::newRow("never used byte") << hex("c1") << "" << "byte 0 (c1) starts no MessagePack type";
    QTest::newRow("nesting 10000 deep") << nested(char(0x91), 10000, char(0xc0)) << "" << "nests deeper than 512";
    QTest::newRow("array of 4 billion") << hex("ddffffffff00") << "" << "claims more elements";
    QTest::newRow("string past the end") << hex("dbffffffff61") << "" << "";
}

void tst_Decode::msgpack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, json);
    QFETCH(QString, error);
    const Decoded d = MsgPackDecoder::decode(bytes);
    if (json.isEmpty()) {
        QVERIFY2(!d.ok(), qPrintable(d.text));
        QVERIFY2(d.error.contains(error), qPrintable(d.error));
        return;
    }
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(compact(d.json), json);
}

void tst_Decode::msgpackKeysThatAreMapsStaySmall()
{
    // Found by the fuzzer: a map whose key is a map whose key is a map… Each key written as JSON
    // text inside the next doubled its escaping per level (out of memory at a few hundred levels).
    const int depth = 400;
    const QByteArray bytes = QByteArray(depth, char(0x81)) + hex("c0c0") + QByteArray(depth - 1, char(0xc0));
    const Decoded d = MsgPackDecoder::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY2(d.text.size() < 2000, qPrintable(d.text.left(300)));
    QVERIFY(d.text.contains(QStringLiteral("{null:null}")) || d.text.contains(QStringLiteral("…")));
}

void tst_Decode::protobufRaw_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("varint") << hex("089601") << "1: 150" << "";
    QTest::newRow("nested message") << hex("0a03089601") << "1 {\n  1: 150\n}" << "";
    QTest::newRow("string") << hex("1203616263") << "2: \"abc\"" << "";
    // "hi" is 68 69: field 13, varint 105 — a message, as protoc --decode_raw also guesses.
    QTest::newRow("string that parses") << hex("12026869") << "2 {\n  13: 105\n}" << "";
    QTest::newRow("fixed32 and fixed64") << hex("1d0000c03f210000000000000840") << "3: 0x3fc00000\n4: 0x4008000000000000" << "";
    QTest::newRow("varint never ends") << hex("08ffffffffffffffffffff01") << "" << "field 1 at byte 1: the varint never ends";
    QTest::newRow("cut-short varint") << hex("08ff") << "" << "the varint never ends";
    QTest::newRow("length past the end") << hex("0a0501") << "" << "says 5 bytes follow, but only 1 do";
    QTest::newRow("wire type 7") << hex("0f") << "" << "wire type 7 does not exist";
    QTest::newRow("end group alone") << hex("0c") << "" << "not protobuf";
    QTest::newRow("field 0") << hex("0001") << "" << "not a field key";
    QTest::newRow("empty") << QByteArray() << "" << "empty";
    // Printing guesses nested messages only so deep; the rest is shown as bytes, nothing overflows.
    QTest::newRow("nesting 10000 deep") << nestedProtobuf(10000) << "1 {" << "";
}

void tst_Decode::protobufRaw()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Decoded d = ProtobufRaw::decode(bytes);
    if (!error.isEmpty()) {
        QVERIFY2(d.error.contains(error), qPrintable(d.error));
        return;
    }
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY2(d.text.startsWith(text), qPrintable(d.text.left(400)));
}

void tst_Decode::protobufSchema_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("note");
    const QByteArray ticker = hex("0a03414243") + hex("11000000000000f83f") + hex("1a0208071a020803");
    QTest::newRow("full name") << "demo.Ticker" << ticker << "symbol: \"ABC\"\nprice: 1.5\nlevels {\n  qty: 7\n}"
                               << "{\"levels\":[{\"qty\":7},{\"qty\":3}],\"price\":1.5,\"symbol\":\"ABC\"}" << "";
    QTest::newRow("short name") << "Ticker" << hex("0a0141") << "symbol: \"A\"" << "{\"symbol\":\"A\"}" << "";
    QTest::newRow("nested type") << "demo.Ticker.Level" << hex("0805") << "qty: 5" << "{\"qty\":5}" << "";
    QTest::newRow("unknown field") << "Other" << hex("08012a0178") << "flag: true\n5: \"x\"" << "{\"flag\":true}"
                                   << "not in the schema";
    QTest::newRow("defaults only") << "Other" << QByteArray() << "(every field has its default value)" << "{}" << "";
}

void tst_Decode::protobufSchema()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(QString, note);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ticker.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TickerProto);
    file.close();
    ProtobufSchema schema;
    QString error;
    QVERIFY2(schema.load(file.fileName(), &error), qPrintable(error));
    QCOMPARE(schema.messageTypes(), QStringList({QStringLiteral("demo.Ticker"), QStringLiteral("demo.Ticker.Level"),
                                                 QStringLiteral("demo.Other")}));
    const Decoded d = schema.decode(bytes, type);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY2(d.text.startsWith(text), qPrintable(d.text));
    QCOMPARE(compact(d.json), json);
    QVERIFY2(note.isEmpty() ? d.notes.isEmpty() : d.notes.join(u' ').contains(note), qPrintable(d.notes.join(u' ')));
}

void tst_Decode::protobufSchemaErrors_data()
{
    QTest::addColumn<QByteArray>("proto");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("does not parse") << QByteArray("syntax = \"proto3\";\nmessage A {\n  int32 a = ;\n}\n") << "A" << hex("0801")
                                    << "schema.proto:3:13: Expected field number.";
    QTest::newRow("unknown type in it") << QByteArray("syntax = \"proto3\";\nmessage A { Nope n = 1; }\n") << "A" << hex("0801")
                                        << "schema.proto:2:13: \"Nope\" is not defined.";
    QTest::newRow("type not in the file") << QByteArray(TickerProto) << "demo.Quote" << hex("0801")
                                          << "the message type demo.Quote is not in schema.proto (it has: demo.Ticker, demo.Ticker.Level, demo.Other)";
    QTest::newRow("bytes of another shape") << QByteArray(TickerProto) << "demo.Ticker" << hex("0a0541")
                                            << "field 1 at byte 1 says 5 bytes follow, but only 1 do";
    QTest::newRow("wrong wire type") << QByteArray(TickerProto) << "demo.Ticker" << hex("08ff")
                                     << "the varint never ends";
}

void tst_Decode::protobufSchemaErrors()
{
    QFETCH(QByteArray, proto);
    QFETCH(QString, type);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("schema.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(proto);
    file.close();
    // Through the decoder as the window uses it: the error is said, and never lost to a crash.
    PayloadDecoder decoder;
    DecodeSettings settings;
    settings.binaryAs = BinaryFormat::Protobuf;
    settings.protoFile = file.fileName();
    settings.protoMessage = type;
    decoder.setSettings(settings);
    const Decoded d = decoder.decode(bytes);
    const QString said = d.error + d.notes.join(u' ');
    QVERIFY2(said.contains(error), qPrintable(said));
    // A file that is not there says so.
    settings.protoFile = dir.filePath(QStringLiteral("missing.proto"));
    decoder.setSettings(settings);
    QVERIFY(decoder.decode(bytes).notes.join(u' ').contains(QStringLiteral("no such file"))
            || decoder.decode(bytes).error.contains(QStringLiteral("no such file")));
}

void tst_Decode::compressed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("decodedAs");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // in the error or a note
    const qint64 big = 64ll << 20;
    // `printf '{"price":42}' | gzip -n`
    QTest::newRow("gzip json") << "gzip" << hex("1f8b0800000000000003ab562a28ca4c4e55b23231aa050054b813310c000000") << big
                               << "gzip → JSON (12 B)" << "\"price\": 42" << "";
    QTest::newRow("gzip text") << "gzip" << hex("1f8b0800000000000003cb48cdc9c95748afca2c0000196ad2df0a000000") << big
                               << "gzip → text" << "hello gzip" << "";
    QTest::newRow("zlib json") << "zlib" << zlibOf("[1,2]") << big << "zlib → JSON" << "1," << "";
    QTest::newRow("deflate") << "deflate" << zlibOf("plain words").mid(2).chopped(4) << big << "Raw deflate → text" << "plain words" << "";
    QTest::newRow("gzip of cbor") << "gzip" << gzipOf(hex("d9d9f7a1616101")) << big << "gzip → CBOR" << "\"a\": 1" << "";
    QTest::newRow("gzip of binary") << "gzip" << gzipOf(QByteArray("\x00\x01\x02", 3)) << big << "gzip → binary" << "00 01 02" << "";
    QTest::newRow("gzip with a bad checksum") << "gzip" << gzipOf("abc").chopped(8) + QByteArray(8, '\0') << big << "gzip → text"
                                              << "abc" << "incorrect data check";
    QTest::newRow("corrupt gzip") << "gzip" << hex("1f8b0800000000000003ffffffff") << big << "gzip" << "" << "not valid gzip";
    QTest::newRow("truncated gzip") << "gzip" << hex("1f8b0800000000000003ab562a28ca4c") << big << "gzip" << "" << "ends too early";
    QTest::newRow("not zlib") << "zlib" << QByteArray("hello") << big << "zlib" << "" << "not valid zlib";
    QTest::newRow("trailing bytes") << "zlib" << zlibOf("x") + "junk" << big << "zlib → text" << "x" << "4 bytes after the end";
    // A bomb: 16 MiB of zeros in a few KiB stops at the limit and says so.
    QTest::newRow("bomb") << "gzip" << gzipOf(QByteArray(16 << 20, '\0')) << qint64(1 << 20) << "gzip → binary (1.0 MiB)" << "00 00"
                          << "inflating stopped at 1.0 MiB";
}

void tst_Decode::compressed()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, limit);
    QFETCH(QString, decodedAs);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    PayloadDecoder decoder;
    DecodeSettings settings;
    settings.binaryAs = *DecodeSettings::formatFromName(format);
    settings.maxOutputBytes = limit;
    decoder.setSettings(settings);
    const Decoded d = decoder.decode(bytes);
    QVERIFY2(d.format.startsWith(decodedAs), qPrintable(d.format));
    QVERIFY2(d.name.startsWith(format), qPrintable(d.name)); // "gzip+json": the name programs read
    if (text.isEmpty()) {
        // Nothing inflated is an error; a part that did is shown with a note.
        QVERIFY2((d.error + d.notes.join(u' ')).contains(problem), qPrintable(d.error + d.notes.join(u' ')));
        return;
    }
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY2(d.text.contains(text), qPrintable(d.text.left(400)));
    QVERIFY2(problem.isEmpty() ? d.notes.isEmpty() : d.notes.join(u' ').contains(problem), qPrintable(d.notes.join(u'|')));
}

void tst_Decode::autoChooses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("decodedAs");
    QTest::addColumn<QString>("reason");
    QTest::newRow("gzip") << hex("1f8b0800000000000003cb48cdc9c95748afca2c0000196ad2df0a000000") << "gzip → text" << "gzip header";
    QTest::newRow("zlib") << zlibOf("{\"a\":1}") << "zlib → JSON" << "zlib header";
    QTest::newRow("cbor tag") << hex("d9d9f7a1616101") << "CBOR" << "self-describe";
    // MessagePack and protobuf have no signature: Auto leaves them to the user.
    QTest::newRow("msgpack") << hex("82a16101a162920203") << "" << "auto recognised no format";
    QTest::newRow("protobuf") << hex("089601") << "" << "auto recognised no format";
    // Two bytes that look like a zlib header but do not inflate are not zlib.
    QTest::newRow("zlib look-alike") << hex("789c0001020304") << "" << "auto recognised no format";
}

void tst_Decode::autoChooses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, decodedAs);
    QFETCH(QString, reason);
    PayloadDecoder decoder;
    const Decoded d = decoder.decode(bytes); // Auto is the default
    QVERIFY2(decodedAs.isEmpty() ? d.format.isEmpty() : d.format.startsWith(decodedAs), qPrintable(d.format));
    QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
    QVERIFY(d.ok());
}

void tst_Decode::detailPaneShowsDecodedAndBytes()
{
    MessageLogModel model;
    SessionEvent event;
    event.kind = EventKind::Binary;
    event.direction = Direction::Incoming;
    event.payload = hex("82a16101a162920203");
    model.append(event);
    event.payload = hex("c1");
    model.append(event);
    model.flush();
    // Auto recognises no MessagePack: the hex dump as before, with why.
    QString detail = model.detailText(0);
    QVERIFY2(detail.contains(QStringLiteral("Not decoded: auto recognised no format")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("82 a1 61 01")));
    DecodeSettings settings;
    settings.binaryAs = BinaryFormat::MessagePack;
    model.setDecodeSettings(settings);
    detail = model.detailText(0);
    QVERIFY2(detail.contains(QStringLiteral("── Decoded as MessagePack ──\n{\n    \"a\": 1,")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("── Bytes ──\n0000")));
    detail = model.detailText(1);
    QVERIFY2(detail.contains(QStringLiteral("Not decoded as MessagePack: not MessagePack: byte 0 (c1)")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("c1")));
    settings.binaryAs = BinaryFormat::None;
    model.setDecodeSettings(settings);
    QVERIFY(!model.detailText(0).contains(QStringLiteral("Decoded")));
}

void tst_Decode::megabyteProtobufDecodesQuickly()
{
    // 1 MiB of repeated nested messages, decoded raw and with the schema as the detail pane does.
    QByteArray bytes;
    const QByteArray level = hex("1a0208071a020803");
    while (bytes.size() < (1 << 20))
        bytes += hex("0a03414243") + level;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ticker.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TickerProto);
    file.close();
    MessageLogModel model;
    SessionEvent event;
    event.kind = EventKind::Binary;
    event.payload = bytes;
    model.append(event);
    model.flush();
    for (const QString &proto : {QString(), file.fileName()}) {
        DecodeSettings settings;
        settings.binaryAs = BinaryFormat::Protobuf;
        settings.protoFile = proto;
        settings.protoMessage = QStringLiteral("demo.Ticker");
        model.setDecodeSettings(settings);
        model.detailText(0); // the .proto is read once, at the first message
        QElapsedTimer timer;
        timer.start();
        const QString detail = model.detailText(0);
        const qint64 ms = timer.elapsed();
        QVERIFY2(detail.contains(proto.isEmpty() ? QStringLiteral("1: \"ABC\"") : QStringLiteral("symbol: \"ABC\"")),
                 qPrintable(detail.left(300)));
        // What the pane leaves out is said.
        QVERIFY2(detail.contains(proto.isEmpty() ? QStringLiteral("Note: the first 200 of 241980 fields are shown here")
                                                 : QStringLiteral("Note: the first 2000 of 241980 fields are read here")),
                 qPrintable(detail.left(600)));
        qInfo("1 MiB protobuf, %s: detail text in %lld ms", proto.isEmpty() ? "raw" : "with schema", ms);
    }
}

QTEST_GUILESS_MAIN(tst_Decode)
#include "tst_decode.moc"
