#pragma once

#include "i18n/Translation.h"
#include "ProtocolDecoder.h"

namespace wsi {

// MQTT 3.1.1 and 5 over WebSocket (subprotocol mqtt): each binary message's control packets
// (a message may hold several), with CONNECT/CONNACK, SUBSCRIBE/SUBACK, PUBLISH (topic, QoS,
// the payload handed to the payload decoders) and PINGREQ/PINGRESP as keep-alive. The
// version comes from the CONNECT the client sent (MQTT 5 packets carry properties).
class MqttDecoder final : public ProtocolDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(MqttDecoder)
public:
    MessageProtocol protocol() const override { return MessageProtocol::Mqtt; }
    // One message alone: a packet that runs past its end is a problem.
    ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const override;
    // One message of the stream: MQTT over WebSocket may split a packet across messages (aedes
    // sends a CONNACK as four one-byte messages). before holds the bytes of the same direction
    // since the last message that began at a packet boundary; only packets that end in message are
    // labelled, and one that goes on past it is "part of …", not a problem.
    ProtocolView viewInStream(bool binary, QByteArrayView before, QByteArrayView message) const;
    void learn(bool outgoing, QByteArrayView payload) override;
    int level() const { return m_level; }

    // Where the packets of one direction's stream are, followed message by message by their
    // fixed headers alone (payload bytes are skipped, not read).
    struct Framing
    {
        int headerBytes = 0; // of the current packet's fixed header read so far
        quint32 length = 0;
        int shift = 0;
        qint64 left = 0;     // bytes of the current packet still to come
        bool atBoundary() const { return headerBytes == 0 && left == 0; }
    };
    static void advance(Framing *framing, QByteArrayView bytes);

private:
    int m_level = 4; // 4 = 3.1.1, 5 = 5.0 (3 = 3.1)
};

} // namespace wsi
