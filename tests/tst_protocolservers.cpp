// Issue 13 end to end: the protocol decoders against real servers the test starts on 127.0.0.1 —
// npm graphql-ws + graphql (a subscription that ticks) and npm aedes (an MQTT broker over ws) —
// in the window (the subprotocol set in Options picks the decoder; rows read as the protocol says)
// and in the CLI (`--decode` adds "protocol" to JSON lines).
#include "ConnectionTab.h"
#include "DialogAnswerer.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wsi;
using test::inTab;

class tst_ProtocolServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void graphqlSubscriptionTicksInTheWindow();
    void mqttThroughAedesInTheWindow();
    void graphqlInTheCli();
    void jsonRpcChosenByHandPairsResponses();

private:
    // Types the URL, asks for the subprotocol in Options as a person would, and opens.
    void openWithSubprotocol(const QString &url, const QString &subprotocol);
    void sendText(const QString &text);
    void sendHex(const QByteArray &bytes);
    // Rows whose Data column (what the row shows) starts with prefix.
    int rowsStartingWith(Direction direction, const QString &prefix) const;
    void selectRowStartingWith(Direction direction, const QString &prefix);
    // The id of the outgoing subscribe row for this query, or an empty string.
    QString subscribeId(const QString &query) const;
    QString detail() const { return inTab<QPlainTextEdit>(*m_window, 0, "detailView")->toPlainText(); }

    EchoServer m_echo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ProtocolServers::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_protocolservers"));
    QVERIFY(m_echo.listen());
}

void tst_ProtocolServers::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(test::activate(m_window.get()));
}

void tst_ProtocolServers::cleanup()
{
    m_window.reset();
}

void tst_ProtocolServers::openWithSubprotocol(const QString &url, const QString &subprotocol)
{
    test::typeUrl(*m_window, 0, url);
    test::answerNextDialog(this, [subprotocol](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subprotocolsEdit")), subprotocol);
    });
    QTest::mouseClick(inTab<QPushButton>(*m_window, 0, "optionsButton"), Qt::LeftButton);
    QTest::mouseClick(inTab<QPushButton>(*m_window, 0, "openButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    QCOMPARE(m_window->session()->handshake().negotiatedSubprotocol, subprotocol);
}

void tst_ProtocolServers::sendText(const QString &text)
{
    QVERIFY(test::chooseFormat(*m_window, 0, MessageDraft::Format::Text));
    test::sendTyped(*m_window, 0, text);
}

void tst_ProtocolServers::sendHex(const QByteArray &bytes)
{
    QVERIFY(test::chooseFormat(*m_window, 0, MessageDraft::Format::Hex));
    test::sendTyped(*m_window, 0, QString::fromLatin1(bytes.toHex(' ')));
}

int tst_ProtocolServers::rowsStartingWith(Direction direction, const QString &prefix) const
{
    MessageLogModel *model = m_window->logModel();
    model->flush();
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MessageLogModel::DataColumn);
        found += index.data(MessageLogModel::DirectionRole).toInt() == int(direction) && index.data().toString().startsWith(prefix);
    }
    return found;
}

QString tst_ProtocolServers::subscribeId(const QString &query) const
{
    MessageLogModel *model = m_window->logModel();
    model->flush();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, MessageLogModel::DataColumn).data().toString();
        if (shown.startsWith(QStringLiteral("subscribe #")) && shown.contains(query))
            return shown.section(u' ', 1, 1).mid(1).chopped(1); // "subscribe #2: …" → 2
    }
    return QString();
}

void tst_ProtocolServers::selectRowStartingWith(Direction direction, const QString &prefix)
{
    MessageLogModel *model = m_window->logModel();
    model->flush();
    auto *view = inTab<QTableView>(*m_window, 0, "logView");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, MessageLogModel::DataColumn);
        if (index.data(MessageLogModel::DirectionRole).toInt() != int(direction) || !index.data().toString().startsWith(prefix))
            continue;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTRY_VERIFY(detail().contains(QStringLiteral("#%1 ").arg(index.siblingAtColumn(0).data().toLongLong())));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row starts with ") + prefix));
}

void tst_ProtocolServers::graphqlSubscriptionTicksInTheWindow()
{
    test::ServerProcess server(QStringLiteral("graphql_server.js"));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // graphql-ws accepts only its subprotocol; Auto then reads the rows as GraphQL over WebSocket.
    openWithSubprotocol(server.url(QStringLiteral("/graphql")).toString(), QStringLiteral("graphql-transport-ws"));
    QCOMPARE(m_window->logModel()->protocolRows().effective(), MessageProtocol::GraphQl);
    QCOMPARE(inTab<QComboBox>(*m_window, 0, "protocolDecoderCombo")->currentText(),
             QStringLiteral("Auto: GraphQL over WebSocket (graphql-transport-ws)"));
    sendText(QStringLiteral(R"({"type":"connection_init"})"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("connection_ack")), 1);
    sendText(QStringLiteral(R"({"id":"1","type":"subscribe","payload":{"query":"subscription { tick(count: 3) }"}})"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("complete #1")), 1);
    QCOMPARE(rowsStartingWith(Direction::Outgoing, QStringLiteral("subscribe #1: subscription { tick(count: 3) }")), 1);
    QCOMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("next #1  {")), 3);
    selectRowStartingWith(Direction::Incoming, QStringLiteral("next #1"));
    QVERIFY2(detail().contains(QStringLiteral("── GraphQL over WebSocket ──\nnext #1\ntype: next\nid: 1\n\n{\n    \"data\": {\n        \"tick\": ")),
             qPrintable(detail()));
    // The composer's GraphQL subscribe: the query typed, its variables in the field above it; the id
    // is the send counter.
    QVERIFY(test::chooseFormat(*m_window, 0, MessageDraft::Format::GraphQlSubscribe));
    auto *variables = inTab<QLineEdit>(*m_window, 0, "socketIoEventEdit");
    QVERIFY(variables->isVisible());
    variables->setFocus();
    QTest::keyClicks(variables, QStringLiteral(R"({"n": 2})"));
    test::sendTyped(*m_window, 0, QStringLiteral("subscription Ticks($n: Int!) { tick(count: $n) }"));
    QString id;
    QTRY_VERIFY((id = subscribeId(QStringLiteral("subscription Ticks($n: Int!) { tick(count: $n) }"))).size() > 0);
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("complete #%1").arg(id)), 1);
    QCOMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("next #%1  {").arg(id)), 2);
    // A query with an error in it: the server's error row says what.
    sendText(QStringLiteral(R"({"id":"2","type":"subscribe","payload":{"query":"subscription { nope }"}})"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("error #2: Cannot query field \"nope\"")), 1);
    // A ping from the client is answered with a pong; "All but pings" hides both.
    sendText(QStringLiteral(R"({"type":"ping"})"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("pong")), 1);
    auto *kind = inTab<QComboBox>(*m_window, 0, "kindFilterCombo");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Home);
    for (int i = 0; i < int(LogFilterModel::KindFilter::NoPings); ++i)
        QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentIndex(), int(LogFilterModel::KindFilter::NoPings));
    auto *view = inTab<QTableView>(*m_window, 0, "logView");
    QTRY_VERIFY(view->model() != m_window->logModel());
    m_window->logPane()->filter()->finish();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString shown = view->model()->index(row, MessageLogModel::DataColumn).data().toString();
        QVERIFY2(!shown.startsWith(QStringLiteral("ping")) && !shown.startsWith(QStringLiteral("pong")), qPrintable(shown));
    }
}

void tst_ProtocolServers::mqttThroughAedesInTheWindow()
{
    test::ServerProcess broker(QStringLiteral("mqtt_server.js"));
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    openWithSubprotocol(broker.url(QStringLiteral("/")).toString(), QStringLiteral("mqtt"));
    // MQTT 3.1.1: CONNECT as client "abc", SUBSCRIBE a/b at QoS 1, PUBLISH a gzip'd {"price":42} to it.
    sendHex(QByteArray::fromHex("100f00044d5154540402003c0003616263"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("CONNACK accepted")), 1);
    QCOMPARE(rowsStartingWith(Direction::Outgoing, QStringLiteral("CONNECT client \"abc\" (MQTT 3.1.1, keep-alive 60 s, clean session)")), 1);
    sendHex(QByteArray::fromHex("820800010003612f6201"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("SUBACK #1 QoS 1")), 1);
    QVERIFY(!broker.waitForLine("subscribed abc a/b").isEmpty());
    const QByteArray gzip = QByteArray::fromHex("1f8b0800000000000003ab562a28ca4c4e55b23231aa050054b813310c000000");
    sendHex(QByteArray::fromHex("3025") + QByteArray::fromHex("0003612f62") + gzip);
    QVERIFY(!broker.waitForLine("published abc a/b " + gzip.toHex()).isEmpty());
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("PUBLISH a/b QoS 0 (32 B)")), 1);
    selectRowStartingWith(Direction::Incoming, QStringLiteral("PUBLISH a/b"));
    // aedes writes a PUBLISH in two messages (its head, then the payload): the second completes it.
    QVERIFY2(detail().contains(QStringLiteral("── MQTT ──\nPUBLISH a/b QoS 0 (32 B) (begun earlier)\ntopic: a/b")), qPrintable(detail()));
    QVERIFY(detail().contains(QStringLiteral("── Bytes of this message ──\n00000000  1f 8b 08")));
    QVERIFY2(detail().contains(QStringLiteral("── Decoded as gzip → JSON (12 B) (auto: the gzip header 1f 8b 08) ──\n{\n    \"price\": 42\n}")),
             qPrintable(detail()));
    // PINGREQ / PINGRESP are keep-alive.
    sendHex(QByteArray::fromHex("c000"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("PINGRESP")), 1);
    // A packet cut before its remaining length: MQTT over WebSocket is a stream, so it is the start
    // of a packet that continues (the broker waits for the rest too).
    sendHex(QByteArray::fromHex("e0"));
    QTRY_COMPARE(rowsStartingWith(Direction::Outgoing, QStringLiteral("part of DISCONNECT (continues)")), 1);
}

void tst_ProtocolServers::graphqlInTheCli()
{
    test::ServerProcess server(QStringLiteral("graphql_server.js"));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // graphql-ws closes a subscribe that comes before its connection_ack: the second line waits a moment,
    // as `(echo …; sleep 1; echo …) | wsinspector-cli connect …` does in a shell.
    QTemporaryDir dir;
    QFile init(dir.filePath(QStringLiteral("init"))), subscribe(dir.filePath(QStringLiteral("subscribe")));
    QVERIFY(init.open(QIODevice::WriteOnly) && subscribe.open(QIODevice::WriteOnly));
    init.write(R"({"type":"connection_init"})" "\n");
    subscribe.write(R"({"id":"1","type":"subscribe","payload":{"query":"subscription { tick(count: 2) }"}})" "\n");
    init.close();
    subscribe.close();
    QProcess cli;
    cli.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("(cat '%1'; sleep 1; cat '%2') | '%3' connect %4 -s graphql-transport-ws --decode auto --wait 0.5")
                                                                   .arg(init.fileName(), subscribe.fileName(), QStringLiteral(WSI_CLI_PATH),
                                                                        server.url(QStringLiteral("/graphql")).toString())});
    QVERIFY(cli.waitForStarted());
    QDeadlineTimer deadline(20000);
    while (cli.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray out = cli.readAllStandardOutput();
    QStringList labels;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.contains(QStringLiteral("protocol")))
            labels << event.value(QStringLiteral("dir")).toString() + u' '
                    + event.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("label")).toString();
    }
    QCOMPARE(labels, QStringList({QStringLiteral("out connection_init"), QStringLiteral("in connection_ack"),
                                  QStringLiteral("out subscribe #1: subscription { tick(count: 2) }"), QStringLiteral("in next #1"),
                                  QStringLiteral("in next #1"), QStringLiteral("in complete #1")}));
}

void tst_ProtocolServers::jsonRpcChosenByHandPairsResponses()
{
    test::ServerProcess server(QStringLiteral("jsonrpc_server.js"));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString url = server.url(QStringLiteral("/")).toString();
    test::typeUrlAndOpen(*m_window, 0, url);
    QTRY_COMPARE(m_window->session()->state(), Session::State::Open);
    // No subprotocol says JSON-RPC: the user picks it in the Message tab's Protocol row.
    auto *protocol = inTab<QComboBox>(*m_window, 0, "protocolDecoderCombo");
    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_Home);
    for (int i = 0; i < int(MessageProtocol::JsonRpc); ++i)
        QTest::keyClick(protocol, Qt::Key_Down);
    QCOMPARE(protocol->currentText(), QStringLiteral("JSON-RPC 2.0"));
    sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"getBalance","params":["acct-1"],"id":1})"));
    sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"transfer","params":[],"id":2})"));
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("result of getBalance in ")), 1);
    QTRY_COMPARE(rowsStartingWith(Direction::Incoming, QStringLiteral("error of transfer in ")), 1);
    QCOMPARE(rowsStartingWith(Direction::Outgoing, QStringLiteral("call getBalance #1  {")), 1);
    // The server waits 30 ms before answering getBalance: the latency says at least that.
    MessageLogModel *model = m_window->logModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, MessageLogModel::DataColumn).data().toString();
        if (shown.startsWith(QStringLiteral("result of getBalance in "))) {
            const double ms = shown.section(u' ', 4, 4).toDouble();
            QVERIFY2(ms >= 29.0, qPrintable(shown));
        }
    }
    selectRowStartingWith(Direction::Outgoing, QStringLiteral("call getBalance #1"));
    QVERIFY2(detail().contains(QStringLiteral("── JSON-RPC 2.0 ──\ncall getBalance #1 — answered in ")), qPrintable(detail()));
    // Remembered for this URL.
    QCOMPARE(Preferences::optionsForUrl(QUrl(url)).decode.protocol, MessageProtocol::JsonRpc);
}

QTEST_MAIN(tst_ProtocolServers)
#include "tst_protocolservers.moc"
