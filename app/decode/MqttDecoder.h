#pragma once

#include "ProtocolDecoder.h"

namespace wsi {

// MQTT 3.1.1 and 5 over WebSocket (subprotocol mqtt): each binary message's control packets
// (a message may hold several), with CONNECT/CONNACK, SUBSCRIBE/SUBACK, PUBLISH (topic, QoS,
// the payload handed to the payload decoders) and PINGREQ/PINGRESP as keep-alive. The
// version comes from the CONNECT the client sent (MQTT 5 packets carry properties).
class MqttDecoder final : public ProtocolDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MqttDecoder)
public:
    MessageProtocol protocol() const override { return MessageProtocol::Mqtt; }
    ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const override;
    void learn(bool outgoing, QByteArrayView payload) override;
    int level() const { return m_level; }

private:
    int m_level = 4; // 4 = 3.1.1, 5 = 5.0 (3 = 3.1)
};

} // namespace wsi
