// The subprotocol decoders (app/decode) and the log rows they label (app/log/ProtocolRows):
// GraphQL over WebSocket, STOMP, MQTT and JSON-RPC as _data() tables, bad input included;
// JSON-RPC responses paired with their requests; keep-alive rows hidden by "All but pings".
#include "compose/MessageDraft.h"
#include "decode/GraphQlDecoder.h"
#include "decode/JsonRpcDecoder.h"
#include "decode/MqttDecoder.h"
#include "decode/ProtocolDecoder.h"
#include "decode/StompDecoder.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"

#include <QTest>

using namespace wsi;

namespace {

SessionEvent message(Direction direction, const QByteArray &payload, qint64 timestampUs, bool binary = false)
{
    SessionEvent event;
    event.kind = binary ? EventKind::Binary : EventKind::Text;
    event.direction = direction;
    event.payload = payload;
    event.timestampUs = timestampUs;
    return event;
}

void addViewColumns()
{
    QTest::addColumn<bool>("outgoing");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QString>("problem");
}

void checkView(const ProtocolDecoder &decoder, bool binary)
{
    QFETCH(bool, outgoing);
    QFETCH(QByteArray, payload);
    QFETCH(QString, label);
    QFETCH(bool, keepAlive);
    QFETCH(QString, problem);
    const ProtocolView v = decoder.view(outgoing, binary, payload);
    QCOMPARE(v.label, label);
    QCOMPARE(v.keepAlive, keepAlive);
    if (problem.isEmpty())
        QVERIFY2(v.problem.isEmpty(), qPrintable(v.problem));
    else
        QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
}

// A STOMP frame: the text, then its NUL.
QByteArray frame(const char *text)
{
    return QByteArray(text) + '\0';
}

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

} // namespace

class tst_Protocols : public QObject
{
    Q_OBJECT
private slots:
    void subprotocolPicksTheDecoder_data();
    void subprotocolPicksTheDecoder();
    void graphql_data();
    void graphql();
    void graphqlSubscribeMessage();
    void composerGraphqlSubscribe();
    void stomp_data();
    void stomp();
    void mqtt_data();
    void mqtt();
    void mqtt5PublishAfterConnect();
    void jsonRpc_data();
    void jsonRpc();
    void jsonRpcResponsesArePaired();
    void keepAliveRowsAreHiddenWithPings();
    void mqttPayloadGoesThroughThePayloadDecoders();
    void mqttPacketsSplitAcrossMessages();
};

void tst_Protocols::subprotocolPicksTheDecoder_data()
{
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<MessageProtocol>("protocol");
    QTest::newRow("graphql-transport-ws") << "graphql-transport-ws" << MessageProtocol::GraphQl;
    QTest::newRow("legacy graphql-ws") << "graphql-ws" << MessageProtocol::GraphQl;
    QTest::newRow("v12.stomp") << "v12.stomp" << MessageProtocol::Stomp;
    QTest::newRow("v11.stomp") << "V11.STOMP" << MessageProtocol::Stomp;
    QTest::newRow("mqtt") << "mqtt" << MessageProtocol::Mqtt;
    QTest::newRow("jsonrpc") << "jsonrpc-2.0" << MessageProtocol::JsonRpc;
    QTest::newRow("echo-protocol") << "echo-protocol" << MessageProtocol::None;
    QTest::newRow("none") << "" << MessageProtocol::None;
}

void tst_Protocols::subprotocolPicksTheDecoder()
{
    QFETCH(QString, subprotocol);
    QFETCH(MessageProtocol, protocol);
    QCOMPARE(ProtocolDecoder::forSubprotocol(subprotocol), protocol);
    for (int i = 0; i < ProtocolDecoder::Count; ++i)
        QCOMPARE(ProtocolDecoder::fromName(ProtocolDecoder::name(MessageProtocol(i))), MessageProtocol(i));
}

void tst_Protocols::graphql_data()
{
    addViewColumns();
    QTest::newRow("init") << true << QByteArray(R"({"type":"connection_init","payload":{}})") << "connection_init" << false << "";
    QTest::newRow("ack") << false << QByteArray(R"({"type":"connection_ack"})") << "connection_ack" << false << "";
    QTest::newRow("subscribe") << true << QByteArray(R"({"id":"1","type":"subscribe","payload":{"query":"subscription { tick }"}})")
                               << "subscribe #1: subscription { tick }" << false << "";
    QTest::newRow("operation name") << true
                                    << QByteArray(R"({"id":"2","type":"subscribe","payload":{"operationName":"OnTick","query":"subscription OnTick { tick }"}})")
                                    << "subscribe #2: OnTick" << false << "";
    QTest::newRow("next") << false << QByteArray(R"({"id":"1","type":"next","payload":{"data":{"tick":3}}})") << "next #1" << false << "";
    QTest::newRow("next with errors") << false << QByteArray(R"({"id":"1","type":"next","payload":{"errors":[{"message":"x"}]}})")
                                      << "next #1 with errors" << false << "";
    QTest::newRow("error") << false << QByteArray(R"({"id":"1","type":"error","payload":[{"message":"boom"}]})") << "error #1: boom" << false << "";
    QTest::newRow("complete") << true << QByteArray(R"({"id":"1","type":"complete"})") << "complete #1" << false << "";
    QTest::newRow("ping") << false << QByteArray(R"({"type":"ping"})") << "ping" << true << "";
    QTest::newRow("pong") << true << QByteArray(R"({"type":"pong"})") << "pong" << true << "";
    QTest::newRow("legacy ka") << false << QByteArray(R"({"type":"ka"})") << "ka" << true << "";
    QTest::newRow("legacy start") << true << QByteArray(R"({"id":"3","type":"start","payload":{"query":"{ hello }"}})")
                                  << "start #3: { hello }" << false << "";
    QTest::newRow("legacy data") << false << QByteArray(R"({"id":"3","type":"data","payload":{"data":{}}})") << "data #3" << false << "";
    QTest::newRow("next without id") << false << QByteArray(R"({"type":"next","payload":{}})") << "next #" << false << "without an id";
    QTest::newRow("unknown type") << false << QByteArray(R"({"type":"hello"})") << "hello" << false << "is not a GraphQL over WebSocket message type";
    QTest::newRow("no type") << false << QByteArray(R"({"id":"1"})") << "message without a type" << false << "no \"type\" field";
    QTest::newRow("not json") << false << QByteArray("hello") << "not a GraphQL over WebSocket message" << false << "not a JSON object";
}

void tst_Protocols::graphql()
{
    checkView(GraphQlDecoder(), false);
}

void tst_Protocols::graphqlSubscribeMessage()
{
    QString error;
    const QByteArray message = GraphQlDecoder::subscribeMessage(QStringLiteral("1"), QStringLiteral("subscription { tick }"),
                                                                QStringLiteral("{\"n\": 2}"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(GraphQlDecoder().view(true, false, message).label, QStringLiteral("subscribe #1: subscription { tick }"));
    QVERIFY(message.contains("\"variables\":{\"n\":2}"));
    QVERIFY(GraphQlDecoder::subscribeMessage(QStringLiteral("1"), QStringLiteral("{ a }"), QStringLiteral("[1"), &error).isEmpty());
    QVERIFY(error.startsWith(QStringLiteral("the variables are not a JSON object")));
}

void tst_Protocols::composerGraphqlSubscribe()
{
    MessageDraft draft{MessageDraft::Format::GraphQlSubscribe, QStringLiteral("subscription { tick(count: {{counter}}) }"),
                       QStringLiteral("{\"a\": 1}")};
    MessageDraft::Context context;
    context.counter = 7;
    QString error;
    const auto wire = draft.compose(context, &error);
    QVERIFY2(wire, qPrintable(error));
    QVERIFY(!wire->binary);
    QCOMPARE(GraphQlDecoder().view(true, false, wire->payload).label, QStringLiteral("subscribe #7: subscription { tick(count: 7) }"));
    QVERIFY(wire->payload.contains("\"variables\":{\"a\":1}"));
    QCOMPARE(MessageDraft::formatFromName(MessageDraft::formatName(draft.format)), MessageDraft::Format::GraphQlSubscribe);
    draft.event = QStringLiteral("[1");
    QVERIFY(!draft.compose(context, &error));
    QVERIFY2(error.startsWith(QStringLiteral("the variables are not a JSON object")), qPrintable(error));
    draft.text = QStringLiteral("  ");
    QVERIFY(!draft.compose(context, &error));
    QCOMPARE(error, QStringLiteral("write the query: subscription { … }"));
}

void tst_Protocols::stomp_data()
{
    addViewColumns();
    QTest::newRow("connect") << true << frame("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:10000,10000\n\n")
                             << "CONNECT localhost (accept-version 1.2, heart-beat 10000,10000)" << false << "";
    QTest::newRow("connected") << false << frame("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n")
                               << "CONNECTED version 1.2 (heart-beat 0,0)" << false << "";
    QTest::newRow("subscribe") << true << frame("SUBSCRIBE\nid:sub-0\ndestination:/topic/prices\n\n")
                               << "SUBSCRIBE /topic/prices (id sub-0)" << false << "";
    QTest::newRow("message") << false
                             << frame("MESSAGE\ndestination:/topic/prices\nsubscription:sub-0\nmessage-id:1\n\n{\"p\":1}")
                             << "MESSAGE /topic/prices (subscription sub-0) (7 B)" << false << "";
    QTest::newRow("crlf") << true << frame("SEND\r\ndestination:/q\r\n\r\nx") << "SEND /q (1 B)" << false << "";
    QTest::newRow("escaped header") << false << frame("RECEIPT\nreceipt-id:a\\cb\n\n") << "RECEIPT a:b" << false << "";
    QTest::newRow("error") << false << frame("ERROR\nmessage:bad destination\n\n") << "ERROR bad destination" << false << "";
    QTest::newRow("heart-beat") << false << QByteArray("\n") << "heart-beat" << true << "";
    QTest::newRow("heart-beat crlf") << true << QByteArray("\r\n") << "heart-beat" << true << "";
    QTest::newRow("no NUL") << true << QByteArray("SEND\ndestination:/queue/a\n\nhello") << "SEND /queue/a (5 B)" << false
                            << "does not end with NUL";
    QTest::newRow("unknown command") << true << frame("FOO\n\n") << "FOO" << false << "FOO is not a STOMP command";
    QTest::newRow("header without colon") << true << frame("SEND\ndestination\n\n") << "SEND " << false
                                          << "header line 2 has no name:value";
}

void tst_Protocols::stomp()
{
    checkView(StompDecoder(), false);
}

void tst_Protocols::mqtt_data()
{
    addViewColumns();
    QTest::newRow("connect") << true << h("100f00044d5154540402003c0003616263")
                             << "CONNECT client \"abc\" (MQTT 3.1.1, keep-alive 60 s, clean session)" << false << "";
    QTest::newRow("connack") << false << h("20020000") << "CONNACK accepted" << false << "";
    QTest::newRow("connack refused") << false << h("20020005") << "CONNACK refused: 5 (not authorized)" << false << "";
    QTest::newRow("subscribe") << true << h("820800010003612f6201") << "SUBSCRIBE #1 a/b (QoS 1)" << false << "";
    QTest::newRow("suback") << false << h("9003000101") << "SUBACK #1 QoS 1" << false << "";
    QTest::newRow("publish") << false << h("300c0003612f627b2274223a317d") << "PUBLISH a/b QoS 0 (7 B)" << false << "";
    QTest::newRow("publish qos1 retain") << true << h("33090003612f6200056869") << "PUBLISH a/b QoS 1 #5 retain (2 B)" << false << "";
    QTest::newRow("puback") << false << h("40020005") << "PUBACK #5" << false << "";
    QTest::newRow("pingreq") << true << h("c000") << "PINGREQ" << true << "";
    QTest::newRow("two pingresps") << false << h("d000d000") << "PINGRESP; PINGRESP" << true << "";
    QTest::newRow("bad remaining length") << false << h("30ffffffff01") << "PUBLISH" << false << "a bad remaining length";
    QTest::newRow("remaining past the end") << false << h("300a0003") << "PUBLISH" << false << "says 10 bytes follow, but the message has 2";
    QTest::newRow("cut inside") << false << h("3003000561") << "PUBLISH  QoS 0 (0 B)" << false << "PUBLISH is cut short inside its 3 bytes";
    QTest::newRow("qos 3") << false << h("36050003612f62") << "PUBLISH a/b QoS 3 #0 (0 B)" << false << "QoS 3";
    QTest::newRow("empty") << false << QByteArray() << "" << false << "an empty message";
}

void tst_Protocols::mqtt()
{
    checkView(MqttDecoder(), true);
}

void tst_Protocols::mqtt5PublishAfterConnect()
{
    MqttDecoder decoder;
    // CONNECT at level 5 (with an empty property list): PUBLISH then carries properties too.
    decoder.learn(true, h("101000044d5154540502003c000003616263"));
    QCOMPARE(decoder.level(), 5);
    const ProtocolView v = decoder.view(false, true, h("300d0003612f62007b2274223a317d"));
    QCOMPARE(v.label, QStringLiteral("PUBLISH a/b QoS 0 (7 B)"));
    QCOMPARE(v.inner, QByteArray("{\"t\":1}"));
    QVERIFY(v.problem.isEmpty());
}

void tst_Protocols::jsonRpc_data()
{
    addViewColumns();
    QTest::newRow("request") << true << QByteArray(R"({"jsonrpc":"2.0","method":"getBalance","params":["x"],"id":7})")
                             << "call getBalance #7" << false << "";
    QTest::newRow("notification") << false << QByteArray(R"({"jsonrpc":"2.0","method":"update","params":[1]})") << "notify update" << false << "";
    QTest::newRow("result") << false << QByteArray(R"({"jsonrpc":"2.0","result":12,"id":7})") << "result #7" << false << "";
    QTest::newRow("error") << false << QByteArray(R"({"jsonrpc":"2.0","error":{"code":-32601,"message":"Method not found"},"id":"a"})")
                           << "error #\"a\": -32601 Method not found" << false << "";
    QTest::newRow("batch") << true << QByteArray(R"([{"jsonrpc":"2.0","method":"a","id":1},{"jsonrpc":"2.0","method":"b"}])")
                           << "batch of 2: call a #1, notify b" << false << "";
    QTest::newRow("empty batch") << true << QByteArray("[]") << "an empty batch" << false << "an empty batch is not a valid request";
    QTest::newRow("version 1") << true << QByteArray(R"({"jsonrpc":"1.0","method":"a","id":1})") << "call a #1" << false
                               << "\"jsonrpc\" is not \"2.0\"";
    QTest::newRow("neither") << false << QByteArray(R"({"jsonrpc":"2.0","foo":1})") << "not a JSON-RPC message" << false << "neither";
    QTest::newRow("response without id") << false << QByteArray(R"({"jsonrpc":"2.0","result":1})") << "result #" << false
                                         << "a response without an id";
    QTest::newRow("not json") << false << QByteArray("{") << "not JSON-RPC" << false << "not JSON";
}

void tst_Protocols::jsonRpc()
{
    checkView(JsonRpcDecoder(), false);
}

void tst_Protocols::jsonRpcResponsesArePaired()
{
    MessageLogModel model;
    DecodeSettings settings;
    settings.protocol = MessageProtocol::JsonRpc;
    model.setDecodeSettings(settings);
    const qint64 t = 1'700'000'000'000'000;
    model.append(message(Direction::Outgoing, R"({"jsonrpc":"2.0","method":"getBalance","id":7})", t));
    model.append(message(Direction::Incoming, R"({"jsonrpc":"2.0","result":12,"id":7})", t + 12'400));
    model.append(message(Direction::Outgoing, R"({"jsonrpc":"2.0","method":"transfer","id":8})", t + 20'000));
    model.append(message(Direction::Incoming, R"({"jsonrpc":"2.0","error":{"code":-32000,"message":"no funds"},"id":8})", t + 23'000));
    model.append(message(Direction::Incoming, R"({"jsonrpc":"2.0","result":1,"id":99})", t + 24'000));
    model.append(message(Direction::Outgoing, R"({"jsonrpc":"2.0","method":"getBalance","id":7})", t + 30'000));
    model.append(message(Direction::Incoming, R"({"jsonrpc":"2.0","result":13,"id":7})", t + 31'000));
    model.append(message(Direction::Outgoing, R"({"jsonrpc":"2.0","method":"slow","id":9})", t + 40'000));
    model.flush();
    const auto data = [&model](int row) { return model.index(row, MessageLogModel::DataColumn).data().toString(); };
    QVERIFY2(data(0).startsWith(QStringLiteral("call getBalance #7  {")), qPrintable(data(0)));
    QVERIFY2(data(1).startsWith(QStringLiteral("result of getBalance in 12.4 ms  {")), qPrintable(data(1)));
    QVERIFY2(data(3).startsWith(QStringLiteral("error of transfer in 3.0 ms: -32000 no funds")), qPrintable(data(3)));
    QVERIFY2(data(4).startsWith(QStringLiteral("result #99 (no request with this id")), qPrintable(data(4)));
    // The id 7 again: paired with the latest request, and said so in the detail.
    QVERIFY2(data(6).startsWith(QStringLiteral("result of getBalance in 1.0 ms")), qPrintable(data(6)));
    QVERIFY2(model.detailText(6).contains(QStringLiteral("Note: id 7 was used by more than one request")), qPrintable(model.detailText(6)));
    QVERIFY2(model.detailText(0).contains(QStringLiteral("call getBalance #7 — answered in 12.4 ms")), qPrintable(model.detailText(0)));
    QVERIFY2(model.detailText(7).contains(QStringLiteral("call slow #9 — unanswered so far")), qPrintable(model.detailText(7)));
    // Protocol None: rows are their payloads again.
    settings.protocol = MessageProtocol::None;
    model.setDecodeSettings(settings);
    QVERIFY(data(1).startsWith(QStringLiteral("{\"jsonrpc\"")));
}

void tst_Protocols::keepAliveRowsAreHiddenWithPings()
{
    MessageLogModel model;
    // Auto (the default) follows the subprotocol the server accepted.
    model.setSubprotocol(QStringLiteral("v12.stomp"));
    QCOMPARE(model.protocolRows().effective(), MessageProtocol::Stomp);
    model.append(message(Direction::Incoming, "\n", 1));
    model.append(message(Direction::Incoming, frame("MESSAGE\ndestination:/a\nsubscription:0\n\nhi"), 2));
    model.append(message(Direction::Outgoing, "\n", 3));
    model.flush();
    QVERIFY(model.isKeepAlive(0) && !model.isKeepAlive(1) && model.isKeepAlive(2));
    LogFilterModel filter;
    filter.setLogModel(&model);
    filter.setKindFilter(LogFilterModel::KindFilter::NoPings);
    filter.finish();
    QCOMPARE(filter.rowCount(), 1);
    QVERIFY(filter.index(0, MessageLogModel::DataColumn).data().toString().startsWith(QStringLiteral("MESSAGE /a (subscription 0)")));
    // The text filter matches what the row shows: the label.
    filter.setKindFilter(LogFilterModel::KindFilter::All);
    QVERIFY(filter.setText(QStringLiteral("heart-beat")));
    filter.finish();
    QCOMPARE(filter.rowCount(), 2);
    // Another subprotocol: plain rows.
    model.setSubprotocol(QStringLiteral("chat"));
    QVERIFY(!model.protocolRows().isActive());
    QVERIFY(!model.isKeepAlive(0));
}

void tst_Protocols::mqttPayloadGoesThroughThePayloadDecoders()
{
    MessageLogModel model;
    model.setSubprotocol(QStringLiteral("mqtt"));
    // PUBLISH prices QoS 0 with a gzip'd {"price":42} (`printf '{"price":42}' | gzip -n`).
    const QByteArray gzip = h("1f8b0800000000000003ab562a28ca4c4e55b23231aa050054b813310c000000");
    const QByteArray topic = h("0006") + "prices";
    QByteArray publish = h("30") + char(topic.size() + gzip.size()) + topic + gzip;
    model.append(message(Direction::Incoming, publish, 1, true));
    // A PUBLISH with JSON text: shown pretty.
    const QByteArray json = "{\"a\":[1,2]}";
    model.append(message(Direction::Incoming, h("30") + char(topic.size() + json.size()) + topic + json, 2, true));
    model.flush();
    QCOMPARE(model.index(0, MessageLogModel::DataColumn).data().toString(), QStringLiteral("PUBLISH prices QoS 0 (32 B)"));
    const QString detail = model.detailText(0);
    QVERIFY2(detail.contains(QStringLiteral("── MQTT ──\nPUBLISH prices QoS 0 (32 B)\ntopic: prices\nQoS: 0")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("── Decoded as gzip → JSON (12 B) (auto: the gzip header 1f 8b 08) ──\n{\n    \"price\": 42\n}")),
             qPrintable(detail));
    QVERIFY2(model.detailText(1).contains(QStringLiteral("Payload (11 B):\n{\n    \"a\": [")), qPrintable(model.detailText(1)));
}

void tst_Protocols::mqttPacketsSplitAcrossMessages()
{
    // As aedes sends them: a CONNACK in four one-byte messages; then the end of a PUBLISH and a
    // whole SUBACK in one message; the client's own messages stay whole.
    MessageLogModel model;
    model.setSubprotocol(QStringLiteral("mqtt"));
    model.append(message(Direction::Outgoing, h("100f00044d5154540402003c0003616263"), 1, true));
    for (const char *part : {"20", "02", "00", "00"})
        model.append(message(Direction::Incoming, h(part), 2, true));
    model.append(message(Direction::Incoming, h("30070003612f62"), 3, true));
    model.append(message(Direction::Incoming, h("6869") + h("9003000101"), 4, true));
    model.append(message(Direction::Incoming, h("d0"), 5, true));
    model.flush();
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row, MessageLogModel::DataColumn).data().toString();
    QCOMPARE(labels, QStringList({QStringLiteral("CONNECT client \"abc\" (MQTT 3.1.1, keep-alive 60 s, clean session)"),
                                  QStringLiteral("part of CONNACK (continues)"),
                                  QStringLiteral("part of CONNACK (continues)"),
                                  QStringLiteral("part of CONNACK (continues)"),
                                  QStringLiteral("CONNACK accepted (begun earlier)"),
                                  QStringLiteral("part of PUBLISH (continues)"),
                                  QStringLiteral("PUBLISH a/b QoS 0 (2 B) (begun earlier); SUBACK #1 QoS 1"),
                                  QStringLiteral("part of PINGRESP (continues)")}));
    QVERIFY(model.detailText(6).contains(QStringLiteral("Payload (2 B):\nhi")));
    QVERIFY(model.isKeepAlive(7));
    // Switched on after the rows came: the framing is followed from the first row.
    MessageLogModel later;
    for (const char *part : {"20", "02", "00", "00"})
        later.append(message(Direction::Incoming, h(part), 2, true));
    later.flush();
    DecodeSettings settings;
    settings.protocol = MessageProtocol::Mqtt;
    later.setDecodeSettings(settings);
    QCOMPARE(later.index(3, MessageLogModel::DataColumn).data().toString(), QStringLiteral("CONNACK accepted (begun earlier)"));
}

QTEST_GUILESS_MAIN(tst_Protocols)
#include "tst_protocols.moc"
