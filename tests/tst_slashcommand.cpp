// The CLI's pure input rules: slash commands as typed, and lines of hex or base64 as bytes.
#include "cli/SlashCommand.h"

#include <QTest>

using namespace wsi::cli;
using Kind = SlashCommand::Kind;

class tst_SlashCommand : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void decode_data();
    void decode();
    void encode();
};

void tst_SlashCommand::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");
    QTest::newRow("message") << "hello" << int(Kind::Message) << "hello" << QByteArray() << 1000;
    QTest::newRow("escaped slash") << "//etc/passwd" << int(Kind::Message) << "/etc/passwd" << QByteArray() << 1000;
    QTest::newRow("ping") << "/ping" << int(Kind::Ping) << "" << QByteArray() << 1000;
    QTest::newRow("ping payload") << "/ping are you there" << int(Kind::Ping) << "" << QByteArray("are you there") << 1000;
    QTest::newRow("ping too long") << ("/ping " + QString(126, u'x')) << int(Kind::Invalid) << "a ping carries at most 125 bytes"
                                   << QByteArray() << 1000;
    QTest::newRow("close") << "/close" << int(Kind::Close) << "" << QByteArray() << 1000;
    QTest::newRow("close code") << "/close 4000" << int(Kind::Close) << "" << QByteArray() << 4000;
    QTest::newRow("close code reason") << "/close 4000 bye now" << int(Kind::Close) << "bye now" << QByteArray() << 4000;
    QTest::newRow("close bad code") << "/close soon" << int(Kind::Invalid)
                                    << "/close wants a code such as 1000 or 4000, then a reason" << QByteArray() << 1000;
    QTest::newRow("binary") << "/binary 00 ff10" << int(Kind::Binary) << "" << QByteArray("\x00\xff\x10", 3) << 1000;
    QTest::newRow("binary odd") << "/binary 0ff" << int(Kind::Invalid) << "/binary wants hex digits, such as /binary 00ff10"
                                << QByteArray() << 1000;
    QTest::newRow("file") << "/file  /tmp/a b.json " << int(Kind::File) << "/tmp/a b.json" << QByteArray() << 1000;
    QTest::newRow("file without path") << "/file" << int(Kind::Invalid) << "/file wants a path" << QByteArray() << 1000;
    QTest::newRow("reconnect") << "/reconnect" << int(Kind::Reconnect) << "" << QByteArray() << 1000;
    QTest::newRow("help") << "/help" << int(Kind::Help) << "" << QByteArray() << 1000;
    QTest::newRow("unknown") << "/pong" << int(Kind::Invalid) << "unknown command /pong (/help lists them; //text sends /text)"
                             << QByteArray() << 1000;
}

void tst_SlashCommand::parse()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    const SlashCommand command = SlashCommand::parse(line);
    QCOMPARE(int(command.kind), kind);
    QCOMPARE(command.text, text);
    QCOMPARE(command.payload, payload);
    QCOMPARE(command.code, code);
}

void tst_SlashCommand::decode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("hex") << QByteArray("00ff10") << int(BinaryEncoding::Hex) << true << QByteArray("\x00\xff\x10", 3);
    QTest::newRow("hex spaced, upper case") << QByteArray("DE AD\tbe ef") << int(BinaryEncoding::Hex) << true << QByteArray("\xde\xad\xbe\xef");
    QTest::newRow("hex empty") << QByteArray("") << int(BinaryEncoding::Hex) << true << QByteArray();
    QTest::newRow("hex odd") << QByteArray("abc") << int(BinaryEncoding::Hex) << false << QByteArray();
    QTest::newRow("hex not hex") << QByteArray("zz") << int(BinaryEncoding::Hex) << false << QByteArray();
    QTest::newRow("base64") << QByteArray("AP8Q") << int(BinaryEncoding::Base64) << true << QByteArray("\x00\xff\x10", 3);
    QTest::newRow("base64 padded") << QByteArray("aGk=") << int(BinaryEncoding::Base64) << true << QByteArray("hi");
    QTest::newRow("base64 bad") << QByteArray("a*b") << int(BinaryEncoding::Base64) << false << QByteArray();
}

void tst_SlashCommand::decode()
{
    QFETCH(QByteArray, line);
    QFETCH(int, encoding);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QByteArray decoded;
    QCOMPARE(decodeBinary(line, BinaryEncoding(encoding), &decoded), ok);
    if (ok)
        QCOMPARE(decoded, bytes);
}

void tst_SlashCommand::encode()
{
    const QByteArray bytes("\x00\xff\x10", 3);
    QCOMPARE(encodeBinary(bytes, BinaryEncoding::Hex), QByteArray("00ff10"));
    QCOMPARE(encodeBinary(bytes, BinaryEncoding::Base64), QByteArray("AP8Q"));
    bool ok = false;
    QCOMPARE(binaryEncodingFromName(QStringLiteral("base64"), &ok), BinaryEncoding::Base64);
    QVERIFY(ok);
    binaryEncodingFromName(QStringLiteral("octal"), &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_SlashCommand)
#include "tst_slashcommand.moc"
