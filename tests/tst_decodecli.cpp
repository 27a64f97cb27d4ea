// Issue 13 in the CLI: `connect --decode` adds "decoded" to JSON lines and shows the decoded
// form in text output; a .proto that does not compile, or a type not in it, stops before connecting.
#include "CliRun.h"
#include "server/EchoServer.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;

namespace {

using test::CliRun;

// Runs the CLI while this process's event loop serves the in-process echo server.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    return test::runProgram(QStringLiteral(WSI_CLI_PATH), arguments, input);
}

QList<QJsonObject> incomingBinary(const CliRun &run)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : run.events) {
        if (event.value(QStringLiteral("event")) == QStringLiteral("binary") && event.value(QStringLiteral("dir")) == QStringLiteral("in"))
            found << event;
    }
    return found;
}

const char GzipJson[] = "1f8b0800000000000003ab562a28ca4c4e55b23231aa050054b813310c000000"; // {"price":42}

} // namespace

class tst_DecodeCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonLinesCarryDecoded();
    void textOutputPrintsTheDecodedForm();
    void protobufWithAProtoFile();
    void badArguments_data();
    void badArguments();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    EchoServer m_echo;
    QTemporaryDir m_dir;
};

void tst_DecodeCli::initTestCase()
{
    QVERIFY(m_echo.listen());
    QVERIFY(m_dir.isValid());
}

QString tst_DecodeCli::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(contents);
    return file.fileName();
}

void tst_DecodeCli::jsonLinesCarryDecoded()
{
    // gzip'd JSON and tagged CBOR that Auto recognises, bytes it does not, and a corrupt gzip.
    const QByteArray input = QByteArray(GzipJson) + "\nd9d9f7a1616101\n0102ff\n1f8b0800000000000003ffffffff00000000000000\n";
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex"),
                               QStringLiteral("--decode"), QStringLiteral("auto")}, input);
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> in = incomingBinary(run);
    QCOMPARE(in.size(), 4);
    const QJsonObject gzip = in[0].value(QStringLiteral("decoded")).toObject();
    QCOMPARE(gzip.value(QStringLiteral("as")).toString(), QStringLiteral("gzip+json")); // for programs
    QCOMPARE(gzip.value(QStringLiteral("format")).toString(), QStringLiteral("gzip → JSON (12 B)")); // for people
    QCOMPARE(gzip.value(QStringLiteral("json")).toObject(), QJsonObject({{QStringLiteral("price"), 42}}));
    QCOMPARE(gzip.value(QStringLiteral("reason")).toString(), QStringLiteral("auto: the gzip header 1f 8b 08"));
    QVERIFY(in[0].contains(QStringLiteral("base64"))); // the raw bytes are still there
    const QJsonObject cbor = in[1].value(QStringLiteral("decoded")).toObject();
    QCOMPARE(cbor.value(QStringLiteral("format")).toString(), QStringLiteral("CBOR"));
    QCOMPARE(cbor.value(QStringLiteral("as")).toString(), QStringLiteral("cbor"));
    QCOMPARE(cbor.value(QStringLiteral("json")).toObject(), QJsonObject({{QStringLiteral("a"), 1}}));
    const QJsonObject unknown = in[2].value(QStringLiteral("decoded")).toObject();
    QVERIFY(!unknown.contains(QStringLiteral("format")));
    QVERIFY(unknown.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("auto recognised no format")));
    const QJsonObject corrupt = in[3].value(QStringLiteral("decoded")).toObject();
    QVERIFY2(corrupt.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("the data is not valid gzip")),
             qPrintable(corrupt.value(QStringLiteral("error")).toString()));
    // Without --decode, nothing is added.
    const CliRun plain = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex")},
                                QByteArray(GzipJson) + '\n');
    QCOMPARE(incomingBinary(plain).size(), 1);
    QVERIFY(!incomingBinary(plain).first().contains(QStringLiteral("decoded")));
}

void tst_DecodeCli::textOutputPrintsTheDecodedForm()
{
    // MessagePack {"a":1,"b":[2,3]}, then a byte that is not MessagePack: printed as hex, as without --decode.
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex"),
                               QStringLiteral("--output"), QStringLiteral("text"), QStringLiteral("--decode"), QStringLiteral("msgpack")},
                              "82a16101a162920203\nc1\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.stdOut, QByteArray("{\"a\":1,\"b\":[2,3]}\nc1\n"));
}

void tst_DecodeCli::protobufWithAProtoFile()
{
    const QString proto = writeFile(QStringLiteral("ticker.proto"),
                                    "syntax = \"proto3\";\npackage demo;\nmessage Ticker { string symbol = 1; double price = 2; }\n");
    const CliRun run = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex"),
                               QStringLiteral("--decode"), QStringLiteral("protobuf"), QStringLiteral("--proto"), proto},
                              "0a0341424311000000000000f83f\n");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> in = incomingBinary(run);
    QCOMPARE(in.size(), 1);
    const QJsonObject decoded = in[0].value(QStringLiteral("decoded")).toObject();
    QCOMPARE(decoded.value(QStringLiteral("format")).toString(), QStringLiteral("protobuf (demo.Ticker)"));
    QCOMPARE(decoded.value(QStringLiteral("as")).toString(), QStringLiteral("protobuf"));
    QCOMPARE(decoded.value(QStringLiteral("json")).toObject(),
             QJsonObject({{QStringLiteral("symbol"), QStringLiteral("ABC")}, {QStringLiteral("price"), 1.5}}));
    // Raw, without a schema: text as protoc --decode_raw prints it.
    const CliRun raw = runCli({QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--binary-lines"), QStringLiteral("hex"),
                               QStringLiteral("--decode"), QStringLiteral("protobuf")},
                              "089601\n");
    QCOMPARE(incomingBinary(raw).size(), 1);
    QCOMPARE(incomingBinary(raw).first().value(QStringLiteral("decoded")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("1: 150"));
}

void tst_DecodeCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--decode"), QStringLiteral("xml")}
                                    << "--decode wants one of: auto, none, cbor, msgpack, protobuf, gzip, zlib, deflate";
    QTest::newRow("proto without protobuf") << QStringList{QStringLiteral("--decode"), QStringLiteral("cbor"), QStringLiteral("--proto"), QStringLiteral("x.proto")}
                                            << "--proto and --proto-type go with --decode protobuf";
    QTest::newRow("proto does not compile") << QStringList{QStringLiteral("--decode"), QStringLiteral("protobuf"), QStringLiteral("--proto"), QStringLiteral("@bad")}
                                            << "bad.proto:3:13: Expected field number.";
    QTest::newRow("type not in the file") << QStringList{QStringLiteral("--decode"), QStringLiteral("protobuf"), QStringLiteral("--proto"), QStringLiteral("@good"),
                                                         QStringLiteral("--proto-type"), QStringLiteral("demo.Nope")}
                                          << "the message type demo.Nope is not in good.proto (it has: demo.A, demo.B)";
    QTest::newRow("missing file") << QStringList{QStringLiteral("--decode"), QStringLiteral("protobuf"), QStringLiteral("--proto"), QStringLiteral("/nonexistent/x.proto")}
                                  << "/nonexistent/x.proto: no such file";
}

void tst_DecodeCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString bad = writeFile(QStringLiteral("bad.proto"), "syntax = \"proto3\";\nmessage A {\n  int32 a = ;\n}\n");
    const QString good = writeFile(QStringLiteral("good.proto"), "syntax = \"proto3\";\npackage demo;\nmessage A {}\nmessage B {}\n");
    arguments.replaceInStrings(QStringLiteral("@bad"), bad);
    arguments.replaceInStrings(QStringLiteral("@good"), good);
    const CliRun run = runCli(QStringList{QStringLiteral("connect"), m_echo.url().toString(), QStringLiteral("--no-stdin")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.contains(error), qPrintable(run.stdErr));
    QVERIFY(run.events.isEmpty()); // nothing connected
}

QTEST_GUILESS_MAIN(tst_DecodeCli)
#include "tst_decodecli.moc"
