#pragma once

#include "i18n/Translation.h"
#include "ProtocolDecoder.h"

namespace wsi {

// STOMP 1.0-1.2 over WebSocket (v12.stomp, v11.stomp, v10.stomp): a command, headers, a body
// ending with NUL. An end of line alone is a heart-beat (keep-alive).
class StompDecoder final : public ProtocolDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(StompDecoder)
public:
    MessageProtocol protocol() const override { return MessageProtocol::Stomp; }
    ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const override;
};

} // namespace wsi
