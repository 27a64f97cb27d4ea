#pragma once

#include "decode/MqttDecoder.h"
#include "decode/ProtocolDecoder.h"
#include "session/SessionEvent.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <unordered_set>

namespace wsi {

class MessageStore;
class PayloadDecoder;

// The log's rows as the connection's protocol (GraphQL, STOMP, MQTT, JSON-RPC) reads them:
// labels for the Data column, a section for the Message tab, keep-alive rows for the filter,
// JSON-RPC responses paired with their requests. Nothing is decoded on arrival; a row is read
// when it is shown, filtered or selected.
class ProtocolRows
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRows)
public:
    explicit ProtocolRows(const MessageStore &store);
    ~ProtocolRows();

    // The user's choice (Auto follows the subprotocol the server accepted).
    void setChosen(MessageProtocol chosen);
    MessageProtocol chosen() const { return m_chosen; }
    void setSubprotocol(const QString &subprotocol);
    MessageProtocol effective() const;
    bool isActive() const { return m_decoder != nullptr; }

    // Called for every event appended: cheap (MQTT reads its version from the client's CONNECT).
    void learn(const SessionEvent &event);
    std::optional<ProtocolView> view(int row) const;
    bool isKeepAlive(int row) const;
    // The Data column's text for a message row, or an empty string when the protocol says nothing.
    QString summary(int row, qsizetype maxChars) const;
    // The Message tab's section for a message row; payload decoders read an MQTT PUBLISH's payload.
    QString detail(int row, const PayloadDecoder &payloads, qsizetype maxChars) const;

    // Requests and responses are paired within this many rows of each other.
    static constexpr int PairingRows = 5000;

private:
    void rebuild();
    void follow(qsizetype row); // MQTT: where the row begins in its direction's packet stream
    qint64 absolute(qsizetype row) const;
    // "result of getBalance in 12.4 ms", or why a response has no request.
    QString responsePairing(int row, const ProtocolView &response, bool *repeated) const;
    QString requestAnswer(int row, const ProtocolView &request) const;

    const MessageStore &m_store;
    MessageProtocol m_chosen = MessageProtocol::Auto;
    QString m_subprotocol;
    std::unique_ptr<ProtocolDecoder> m_decoder;
    // MQTT over WebSocket is a byte stream: a packet may span messages. Each direction's framing
    // is followed as rows arrive; rows that begin inside a packet are kept by event number.
    MqttDecoder *m_mqtt = nullptr;
    MqttDecoder::Framing m_framing[2];
    std::unordered_set<qint64> m_midPacket;
};

} // namespace wsi
