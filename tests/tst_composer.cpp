// What the composer turns typed text into: JSON checks, placeholders, binary
// encodings, history and snippets. No widgets: this is the core's part.
#include "compose/JsonText.h"
#include "compose/MessageDraft.h"
#include "compose/Placeholders.h"
#include "compose/SendHistory.h"
#include "compose/SnippetStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace wsi;
using Format = MessageDraft::Format;

class tst_Composer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonCheck_data();
    void jsonCheck();
    void prettyAndCompact();
    void prettyAndCompactKeepWhatWasTyped();
    void emitSendsArgumentsAsTyped();
    void placeholders();
    void compose_data();
    void compose();
    void composeFile();
    void socketIoEventUsesNamespace();
    void historyWalksBackAndReturnsToDraft();
    void snippetsSurviveARestart();
};

void tst_Composer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsinspector-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
    QSettings().clear();
}

void tst_Composer::jsonCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("where");
    QTest::newRow("object") << QStringLiteral("{\"a\": [1, 2, {\"b\": null}]}") << true << QString();
    QTest::newRow("bare string") << QStringLiteral("\"hi\"") << true << QString();
    QTest::newRow("number") << QStringLiteral("  42 ") << true << QString();
    QTest::newRow("missing comma, line 2") << QStringLiteral("{\"a\": 1\n \"b\": 2}") << false << QStringLiteral("line 2");
    QTest::newRow("trailing garbage") << QStringLiteral("{} x") << false << QStringLiteral("line 1");
    QTest::newRow("two values") << QStringLiteral("1, 2") << false << QStringLiteral("2 values");
    QTest::newRow("empty") << QStringLiteral("   ") << false << QStringLiteral("empty");
}

void tst_Composer::jsonCheck()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, where);
    const JsonText::Check check = JsonText::check(text);
    QCOMPARE(check.ok, ok);
    QVERIFY2(check.message.contains(where), qPrintable(check.message));
}

void tst_Composer::prettyAndCompact()
{
    const QString compact = QStringLiteral("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}");
    const QString pretty = JsonText::pretty(compact);
    QVERIFY2(pretty.startsWith(QStringLiteral("{\n    \"a\": [\n")), qPrintable(pretty));
    QCOMPARE(JsonText::compact(pretty), compact);
    QCOMPARE(JsonText::compact(QStringLiteral(" \"x\" ")), QStringLiteral("\"x\""));
    // Not JSON: left as typed, nothing lost.
    QCOMPARE(JsonText::pretty(QStringLiteral("{oops")), QStringLiteral("{oops"));
}

void tst_Composer::placeholders()
{
    const QString out = Placeholders::expand(QStringLiteral("n={{counter}} id={{uuid}} at={{timestamp}} ms={{unixMs}} {{unknown}} {{"), 7);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^n=7 id=(\\S+) at=(\\S+) ms=(\\d+) \\{\\{unknown\\}\\} \\{\\{$")).match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QVERIFY(!QUuid::fromString(m.captured(1)).isNull());
    const QDateTime at = QDateTime::fromString(m.captured(2), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    QVERIFY(qAbs(m.captured(3).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 5000);
    // Two uuids in one message differ.
    const QStringList two = Placeholders::expand(QStringLiteral("{{uuid}} {{uuid}}"), 1).split(u' ');
    QVERIFY(two.at(0) != two.at(1));
}

void tst_Composer::compose_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("text with counter") << int(Format::Text) << QStringLiteral("hi #{{counter}}") << false << QByteArray("hi #3") << QString();
    QTest::newRow("json expanded then checked") << int(Format::Json) << QStringLiteral("{\"n\": {{counter}}}") << false << QByteArray("{\"n\": 3}") << QString();
    QTest::newRow("json invalid") << int(Format::Json) << QStringLiteral("{\"n\": }") << false << QByteArray() << QStringLiteral("not JSON: line 1");
    QTest::newRow("hex spaced") << int(Format::Hex) << QStringLiteral("de ad be ef 00") << true << QByteArray("\xde\xad\xbe\xef\x00", 5) << QString();
    QTest::newRow("hex 0x, commas") << int(Format::Hex) << QStringLiteral("0x01, 0xFF") << true << QByteArray("\x01\xff", 2) << QString();
    QTest::newRow("hex odd") << int(Format::Hex) << QStringLiteral("abc") << true << QByteArray() << QStringLiteral("odd number");
    QTest::newRow("hex bad digit") << int(Format::Hex) << QStringLiteral("zz") << true << QByteArray() << QStringLiteral("'z' is not a hex digit");
    QTest::newRow("base64") << int(Format::Base64) << QStringLiteral("AAEC/w==") << true << QByteArray("\x00\x01\x02\xff", 4) << QString();
    QTest::newRow("base64 bad") << int(Format::Base64) << QStringLiteral("A*==") << true << QByteArray() << QStringLiteral("not valid base64");
    QTest::newRow("file missing") << int(Format::File) << QStringLiteral("/nonexistent/x.bin") << true << QByteArray() << QStringLiteral("cannot read x.bin");
    QTest::newRow("file not chosen") << int(Format::File) << QString() << true << QByteArray() << QStringLiteral("choose a file");
}

void tst_Composer::compose()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    QFETCH(bool, binary);
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    MessageDraft draft;
    draft.format = Format(format);
    draft.text = text;
    MessageDraft::Context context;
    context.counter = 3;
    QString why;
    const auto wire = draft.compose(context, &why);
    if (!error.isEmpty()) {
        QVERIFY(!wire);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(wire, qPrintable(why));
    QCOMPARE(wire->binary, binary);
    QCOMPARE(wire->payload, payload);
}

void tst_Composer::composeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frame.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes("\x00\x01\xfe\xff{{counter}}", 15);
    file.write(bytes);
    file.close();
    MessageDraft draft{Format::File, path, QString()};
    QString why;
    auto wire = draft.compose(MessageDraft::Context(), &why);
    QVERIFY2(wire, qPrintable(why));
    QVERIFY(wire->binary);
    QCOMPARE(wire->payload, bytes); // a file's bytes are sent as they are, placeholders included
    MessageDraft::Context small;
    small.maxFileBytes = 4;
    QVERIFY(!draft.compose(small, &why));
    QVERIFY2(why.contains(QStringLiteral("larger than")), qPrintable(why));
}

void tst_Composer::socketIoEventUsesNamespace()
{
    MessageDraft draft{Format::SocketIoEvent, QStringLiteral("{\"my\": \"data\"}, {{counter}}"), QStringLiteral("anotherNews")};
    MessageDraft::Context context;
    context.counter = 9;
    QString why;
    auto wire = draft.compose(context, &why);
    QVERIFY2(wire, qPrintable(why));
    QVERIFY(wire->socketIo);
    QVERIFY(!wire->binary);
    QCOMPARE(wire->payload, QByteArray("42[\"anotherNews\",{\"my\":\"data\"},9]"));
    context.socketIoNamespace = QStringLiteral("/chat");
    QCOMPARE(draft.compose(context, &why)->payload, QByteArray("42/chat,[\"anotherNews\",{\"my\":\"data\"},9]"));
    draft.event.clear();
    QVERIFY(!draft.compose(context, &why));
    QVERIFY(why.contains(QStringLiteral("name the event")));
    draft = {Format::SocketIoEvent, QStringLiteral("{broken"), QStringLiteral("x")};
    QVERIFY(!draft.compose(context, &why));
    QVERIFY2(why.contains(QStringLiteral("arguments are not JSON")), qPrintable(why));
}

void tst_Composer::historyWalksBackAndReturnsToDraft()
{
    SendHistory history(3);
    const MessageDraft typing{Format::Text, QStringLiteral("half-typed"), QString()};
    QVERIFY(!history.previous(typing));
    for (const char *text : {"one", "two", "two", "three", "four"})
        history.add({Format::Text, QString::fromLatin1(text), QString()});
    QCOMPARE(history.size(), 3); // "two" twice in a row is one entry; capacity 3 drops "one"
    QCOMPARE(history.previous(typing)->text, QStringLiteral("four"));
    QCOMPARE(history.previous(typing)->text, QStringLiteral("three"));
    QCOMPARE(history.previous(typing)->text, QStringLiteral("two"));
    QVERIFY(!history.previous(typing)); // the oldest: stays
    QCOMPARE(history.next()->text, QStringLiteral("three"));
    QCOMPARE(history.next()->text, QStringLiteral("four"));
    QCOMPARE(history.next()->text, QStringLiteral("half-typed")); // back to what was being typed
    QVERIFY(!history.next());
}

void tst_Composer::snippetsSurviveARestart()
{
    SnippetStore::save(QStringLiteral("subscribe/ticker"), {Format::Json, QStringLiteral("{\"op\":\"sub\"}"), QString()});
    SnippetStore::save(QStringLiteral("emit news"), {Format::SocketIoEvent, QStringLiteral("1"), QStringLiteral("news")});
    QSettings().sync();
    QCOMPARE(SnippetStore::names(), (QStringList{QStringLiteral("emit news"), QStringLiteral("subscribe/ticker")}));
    const auto loaded = SnippetStore::load(QStringLiteral("subscribe/ticker"));
    QVERIFY(loaded);
    QCOMPARE(loaded->format, Format::Json);
    QCOMPARE(loaded->text, QStringLiteral("{\"op\":\"sub\"}"));
    QCOMPARE(SnippetStore::load(QStringLiteral("emit news"))->event, QStringLiteral("news"));
    SnippetStore::remove(QStringLiteral("emit news"));
    QCOMPARE(SnippetStore::names(), QStringList{QStringLiteral("subscribe/ticker")});
    QVERIFY(!SnippetStore::load(QStringLiteral("nope")));
}
void tst_Composer::prettyAndCompactKeepWhatWasTyped()
{
    // Keys in the order typed, numbers as spelt, escapes untouched; only whitespace changes.
    const QString typed = QStringLiteral("{ \"z\": 1.50, \"a\": [1e3, -0.0, {}], \"m\": \"say \\\"hi\\\", \\u00e9 {x}: [y]\", \"e\": [ ] }");
    const QString compact = JsonText::compact(typed);
    QCOMPARE(compact, QStringLiteral("{\"z\":1.50,\"a\":[1e3,-0.0,{}],\"m\":\"say \\\"hi\\\", \\u00e9 {x}: [y]\",\"e\":[]}"));
    const QString pretty = JsonText::pretty(typed);
    QCOMPARE(pretty, QStringLiteral("{\n    \"z\": 1.50,\n    \"a\": [\n        1e3,\n        -0.0,\n        {}\n    ],\n"
                                    "    \"m\": \"say \\\"hi\\\", \\u00e9 {x}: [y]\",\n    \"e\": []\n}"));
    QCOMPARE(JsonText::compact(pretty), compact);
    QVERIFY(JsonText::check(pretty).ok);
    QCOMPARE(JsonText::pretty(QStringLiteral(" 12.50 ")), QStringLiteral("12.50"));
}

void tst_Composer::emitSendsArgumentsAsTyped()
{
    MessageDraft draft{Format::SocketIoEvent, QStringLiteral("{\"price\": 1.50, \"b\": 2, \"a\": 1},\n  \"x\""), QStringLiteral("order")};
    QString why;
    const auto wire = draft.compose(MessageDraft::Context(), &why);
    QVERIFY2(wire, qPrintable(why));
    QCOMPARE(wire->payload, QByteArray("42[\"order\",{\"price\":1.50,\"b\":2,\"a\":1},\"x\"]"));
    draft.text.clear();
    QCOMPARE(draft.compose(MessageDraft::Context(), &why)->payload, QByteArray("42[\"order\"]"));
}

QTEST_GUILESS_MAIN(tst_Composer)
#include "tst_composer.moc"
