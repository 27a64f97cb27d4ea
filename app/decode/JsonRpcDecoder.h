#pragma once

#include "i18n/Translation.h"
#include "ProtocolDecoder.h"

#include <QJsonValue>

namespace wsi {

// JSON-RPC 2.0: requests, notifications, responses (result or error) and batches. Pairing a
// response with its request (method, latency) is the log's job: it knows the other rows.
class JsonRpcDecoder final : public ProtocolDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(JsonRpcDecoder)
public:
    MessageProtocol protocol() const override { return MessageProtocol::JsonRpc; }
    ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const override;
    static QString idText(const QJsonValue &id);
};

} // namespace wsi
