#pragma once

#include "decode/DecodeSettings.h"
#include "decode/MqttDecoder.h"
#include "session/SessionEvent.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace wsi {

// connect's --decode, --decode-protocol, --proto and --proto-type, parsed in one place.
class DecodeArguments
{
    Q_DECLARE_TR_FUNCTIONS(DecodeArguments)
public:
    DecodeArguments();
    void addTo(QCommandLineParser &parser) const;
    enum class Result { Ok, Usage, Failed };
    // *decode: whether anything is decoded. A .proto is read here, so one that does not compile
    // (or lacks the type) fails before connecting, with the compiler's message in *error.
    Result apply(const QCommandLineParser &parser, qint64 maxOutputBytes, bool *decode, DecodeSettings *settings, QString *error) const;

private:
    QCommandLineOption m_decode, m_protocol, m_proto, m_protoType;
};

class PayloadDecoder;
class ProtocolDecoder;

// What `connect --decode` adds to the CLI's output: "decoded" and "protocol" in JSON lines,
// the decoded form in text and human output. The payload decoders take binary messages; the
// protocol decoder (from the subprotocol the server accepted, or --decode-protocol) labels
// every message, MQTT followed as the byte stream it is across messages.
class DecodedOutput
{
    Q_DECLARE_TR_FUNCTIONS(DecodedOutput)
public:
    explicit DecodedOutput(const DecodeSettings &settings);
    ~DecodedOutput();

    // A connection opened with this subprotocol: the protocol decoder starts afresh.
    void opened(const QString &subprotocol);
    // After each event is written: what the protocol learns, where MQTT's packets are.
    void follow(const SessionEvent &event);

    // A JSON line ending with "}\n", with "protocol" and "decoded" added when they say something.
    QByteArray decorateJsonLine(QByteArray line, const SessionEvent &event) const;
    // --output text: a binary payload's decoded form on one line, or empty when it does not decode.
    QByteArray textLine(const QByteArray &payload) const;
    // Human output: the protocol's label for a message, with its problem; empty when none applies.
    QString label(const SessionEvent &event) const;
    // Human output: the decoded section of a binary payload (without a protocol label).
    QString binarySection(const QByteArray &payload) const;

private:
    QString view(const SessionEvent &event, QJsonObject *json) const;

    std::unique_ptr<PayloadDecoder> m_payloads;
    std::unique_ptr<ProtocolDecoder> m_protocol;
    MessageProtocol m_chosen;
    MqttDecoder::Framing m_framing[2];
    QByteArray m_before[2]; // MQTT: bytes since the last message that began at a packet boundary
};

} // namespace wsi
