// Issue 13 in the window: binary messages echoed by the built-in server, selected in the log,
// decoded in the Message tab as the "Decode binary as" row says; the choice remembered per URL,
// a .proto typed in, and bad input (a corrupt gzip, a bomb, a .proto that does not compile) said.
#include "ConnectionTab.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "WindowDriver.h"
#include "decode/DecodeSettings.h"
#include "log/MessageLogModel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;
using test::inTab;

namespace {

const char TickerProto[] = "syntax = \"proto3\";\npackage demo;\n"
                           "message Ticker { string symbol = 1; double price = 2; }\n"
                           "message Quote { int32 bid = 1; }\n";

QByteArray gzipOf(const QByteArray &data)
{
    // zlib's deflate data (qCompress without its length and zlib header/trailer) in a gzip member.
    // The CRC is left 0: these tests never reach it (the bomb stops first) or want it wrong.
    return QByteArray::fromHex("1f8b0800000000000003") + qCompress(data, 9).mid(6).chopped(4) + QByteArray(8, '\0');
}

} // namespace

class tst_DecodeWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void autoSaysWhyThenCborIsChosenAndRemembered();
    void gzipIsRecognisedAndABombStopsAtTheLimit();
    void protobufWithTheUsersProtoFile();
    void decodedTextIsInert();

private:
    void newWindow();
    // Pastes hex into the composer in Hex format, sends it, selects the echo: a person's clicks.
    void sendHexAndSelectEcho(const QByteArray &bytes);
    void chooseDecode(BinaryFormat format);
    QString detail() const { return inTab<QPlainTextEdit>(*m_window, 0, "detailView")->toPlainText(); }

    EchoServer m_echo;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    quint64 m_sent = 0;
};

void tst_DecodeWindow::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_decodewindow"));
    QVERIFY(m_echo.listen());
    QVERIFY(m_dir.isValid());
}

void tst_DecodeWindow::init()
{
    QSettings().clear();
    newWindow();
}

void tst_DecodeWindow::cleanup()
{
    m_window.reset();
}

void tst_DecodeWindow::newWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(test::activate(m_window.get()));
    m_sent = 0;
}

void tst_DecodeWindow::sendHexAndSelectEcho(const QByteArray &bytes)
{
    if (m_window->session()->state() != Session::State::Open) {
        test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
        QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    }
    QVERIFY(test::chooseFormat(*m_window, 0, MessageDraft::Format::Hex));
    auto *editor = inTab<QPlainTextEdit>(*m_window, 0, "messageEdit");
    editor->clear();
    editor->setFocus();
    QApplication::clipboard()->setText(QString::fromLatin1(bytes.toHex(' ')));
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QTest::mouseClick(inTab<QPushButton>(*m_window, 0, "sendButton"), Qt::LeftButton);
    ++m_sent;
    QTRY_COMPARE(m_window->session()->counters().messagesIn, m_sent);
    MessageLogModel *model = m_window->logModel();
    model->flush();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(MessageLogModel::KindRole).toInt() == int(EventKind::Binary)
            && model->index(r, 0).data(MessageLogModel::DirectionRole).toInt() == int(Direction::Incoming))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->eventAt(row).payload, bytes);
    auto *view = inTab<QTableView>(*m_window, 0, "logView");
    view->scrollTo(view->model()->index(row, 0));
    const QRect cell = view->visualRect(view->model()->index(row, MessageLogModel::DataColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(detail().contains(QStringLiteral("#%1 ").arg(model->eventNumber(row))));
}

void tst_DecodeWindow::chooseDecode(BinaryFormat format)
{
    auto *combo = inTab<QComboBox>(*m_window, 0, "decodeFormatCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < int(format); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), int(format));
}

void tst_DecodeWindow::autoSaysWhyThenCborIsChosenAndRemembered()
{
    // {"a": 1, "b": [2, 3]} in CBOR, without the self-describe tag: Auto cannot be sure.
    const QByteArray cbor = QByteArray::fromHex("a26161016162820203");
    sendHexAndSelectEcho(cbor);
    QVERIFY2(detail().contains(QStringLiteral("Not decoded: auto recognised no format")), qPrintable(detail()));
    QVERIFY(detail().contains(QStringLiteral("00000000  a2 61 61 01")));
    chooseDecode(BinaryFormat::Cbor);
    QTRY_VERIFY2(detail().contains(QStringLiteral("── Decoded as CBOR ──")), qPrintable(detail()));
    // Diagnostic notation, wrapped.
    QVERIFY2(detail().contains(QStringLiteral("── Decoded as CBOR ──\n{\n    \"a\": 1,\n    \"b\": [\n        2,\n        3\n    ]\n}")),
             qPrintable(detail()));
    QVERIFY(detail().contains(QStringLiteral("── Bytes ──\n00000000  a2 61 61 01"))); // the raw bytes stay
    // Remembered for this URL: a new window that opens it decodes as CBOR again.
    QCOMPARE(Preferences::optionsForUrl(m_echo.url()).decode.binaryAs, BinaryFormat::Cbor);
    // Another URL remembered with MessagePack: typing one URL or the other switches the row.
    SessionOptions other = Preferences::optionsForUrl(QUrl(QStringLiteral("ws://127.0.0.1:1/other")));
    other.url = QUrl(QStringLiteral("ws://127.0.0.1:1/other"));
    other.decode.binaryAs = BinaryFormat::MessagePack;
    Preferences::rememberOptions(other);
    newWindow();
    auto *format = inTab<QComboBox>(*m_window, 0, "decodeFormatCombo");
    QTRY_COMPARE(format->currentIndex(), int(BinaryFormat::Cbor)); // the echo URL the window opens with
    test::typeUrl(*m_window, 0, other.url.toString());
    QTRY_COMPARE(format->currentIndex(), int(BinaryFormat::MessagePack));
    test::typeUrl(*m_window, 0, m_echo.url().toString());
    QTRY_COMPARE(format->currentIndex(), int(BinaryFormat::Cbor));
    sendHexAndSelectEcho(cbor);
    QVERIFY2(detail().contains(QStringLiteral("── Decoded as CBOR ──")), qPrintable(detail()));
    // MessagePack of the same value, chosen by hand.
    chooseDecode(BinaryFormat::MessagePack);
    sendHexAndSelectEcho(QByteArray::fromHex("82a16101a162920203"));
    QVERIFY2(detail().contains(QStringLiteral("── Decoded as MessagePack ──\n{\n    \"a\": 1,")), qPrintable(detail()));
    QCOMPARE(Preferences::optionsForUrl(m_echo.url()).decode.binaryAs, BinaryFormat::MessagePack);
}

void tst_DecodeWindow::gzipIsRecognisedAndABombStopsAtTheLimit()
{
    // The largest message of this URL is 1 MiB; inflating stops there.
    SessionOptions options = Preferences::optionsForUrl(m_echo.url());
    options.url = m_echo.url();
    options.maxIncomingMessageSize = 1 << 20;
    Preferences::rememberOptions(options);
    test::typeUrl(*m_window, 0, m_echo.url().toString());

    // `printf '{"price":42}' | gzip -n`, recognised by Auto from its header.
    sendHexAndSelectEcho(QByteArray::fromHex("1f8b0800000000000003ab562a28ca4c4e55b23231aa050054b813310c000000"));
    QVERIFY2(detail().contains(QStringLiteral("── Decoded as gzip → JSON (12 B) (auto: the gzip header 1f 8b 08) ──\n{\n    \"price\": 42\n}")),
             qPrintable(detail()));
    // A corrupt gzip: said, and the bytes shown.
    sendHexAndSelectEcho(QByteArray::fromHex("1f8b0800000000000003ffffffff00000000000000"));
    QVERIFY2(detail().contains(QStringLiteral("Not decoded as gzip: the data is not valid gzip")), qPrintable(detail()));
    QVERIFY(detail().contains(QStringLiteral("00000000  1f 8b 08 00")));
    // 8 MiB of zeros in 8 KiB: the pane shows the first MiB and says the rest was not inflated.
    const QByteArray bomb = gzipOf(QByteArray(8 << 20, '\0'));
    QVERIFY(bomb.size() < 16 * 1024);
    sendHexAndSelectEcho(bomb);
    QVERIFY2(detail().contains(QStringLiteral("Note: inflating stopped at 1.0 MiB (the message size limit)")), qPrintable(detail().left(600)));
    QVERIFY(detail().contains(QStringLiteral("── Decoded as gzip → binary (1.0 MiB)")));
}

void tst_DecodeWindow::protobufWithTheUsersProtoFile()
{
    QFile file(m_dir.filePath(QStringLiteral("ticker.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TickerProto);
    file.close();
    QFile bad(m_dir.filePath(QStringLiteral("bad.proto")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("syntax = \"proto3\";\nmessage A {\n  int32 a = ;\n}\n");
    bad.close();

    // Ticker {symbol: "ABC", price: 1.5}
    const QByteArray ticker = QByteArray::fromHex("0a03414243" "11000000000000f83f");
    sendHexAndSelectEcho(ticker);
    auto *protoEdit = inTab<QLineEdit>(*m_window, 0, "protoFileEdit");
    QVERIFY(!protoEdit->isVisible());
    chooseDecode(BinaryFormat::Protobuf);
    QTRY_VERIFY(protoEdit->isVisible());
    // No .proto yet: the wire as protoc --decode_raw shows it.
    QTRY_VERIFY2(detail().contains(QStringLiteral("── Decoded as protobuf (raw, no schema) ──\n1: \"ABC\"\n2: 0x3ff8000000000000")),
                 qPrintable(detail()));
    // The user's file, typed: its types are offered, the first chosen, fields get their names.
    protoEdit->setFocus();
    QTest::keyClicks(protoEdit, file.fileName());
    QTest::keyClick(protoEdit, Qt::Key_Return);
    auto *typeCombo = inTab<QComboBox>(*m_window, 0, "protoTypeCombo");
    QTRY_COMPARE(typeCombo->count(), 2);
    QCOMPARE(typeCombo->itemText(1), QStringLiteral("demo.Quote"));
    QCOMPARE(inTab<QLabel>(*m_window, 0, "schemaStatus")->text(), QStringLiteral("Message types in ticker.proto: 2"));
    QTRY_VERIFY2(detail().contains(QStringLiteral("── Decoded as protobuf (demo.Ticker) ──\nsymbol: \"ABC\"\nprice: 1.5")),
                 qPrintable(detail()));
    // Another type picked from the list: the bytes do not fit it, which is said, and those fields shown by number.
    typeCombo->setFocus();
    QTest::keyClick(typeCombo, Qt::Key_Down);
    QCOMPARE(typeCombo->currentText(), QStringLiteral("demo.Quote"));
    QTRY_VERIFY2(detail().contains(QStringLiteral("── Decoded as protobuf (demo.Quote) ──\nNote: some fields are not in the schema (or not of "
                                                  "its type); they are shown by number\n1: \"ABC\"")),
                 qPrintable(detail()));
    const SessionOptions remembered = Preferences::optionsForUrl(m_echo.url());
    QCOMPARE(remembered.decode.protoFile, file.fileName());
    QCOMPARE(remembered.decode.protoMessage, QStringLiteral("demo.Quote"));
    // A .proto that does not compile: the compiler's message with file:line:column, in the bar and the pane.
    protoEdit->selectAll();
    QTest::keyClicks(protoEdit, bad.fileName());
    QTest::keyClick(protoEdit, Qt::Key_Return);
    QTRY_COMPARE(inTab<QLabel>(*m_window, 0, "schemaStatus")->text(), QStringLiteral("bad.proto:3:13: Expected field number."));
    QTRY_VERIFY2(detail().contains(QStringLiteral("the .proto file cannot be read:\nbad.proto:3:13: Expected field number.")),
                 qPrintable(detail()));
    QVERIFY(detail().contains(QStringLiteral("1: \"ABC\""))); // still decoded raw
}

void tst_DecodeWindow::decodedTextIsInert()
{
    // A MessagePack string with markup, an ANSI escape and a right-to-left override.
    const QByteArray text = "<b>bold</b>\x1b[31m\xe2\x80\xae";
    QByteArray msgpack = QByteArray(1, char(0xa0 | text.size())) + text;
    chooseDecode(BinaryFormat::MessagePack);
    sendHexAndSelectEcho(msgpack);
    QVERIFY2(detail().contains(QStringLiteral("<b>bold</b>")), qPrintable(detail()));
    QVERIFY(!detail().contains(QChar(0x1b)));
    QVERIFY(!detail().contains(QChar(0x202e)));
}

QTEST_MAIN(tst_DecodeWindow)
#include "tst_decodewindow.moc"
