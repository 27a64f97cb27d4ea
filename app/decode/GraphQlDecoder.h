#pragma once

#include "i18n/Translation.h"
#include "ProtocolDecoder.h"

namespace wsi {

// GraphQL over WebSocket: graphql-transport-ws (the graphql-ws library) and the legacy
// graphql-ws of subscriptions-transport-ws. connection_init/ack, subscribe (start) / next
// (data) / error / complete (stop) by id; ping, pong and ka are keep-alive.
class GraphQlDecoder final : public ProtocolDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(GraphQlDecoder)
public:
    MessageProtocol protocol() const override { return MessageProtocol::GraphQl; }
    ProtocolView view(bool outgoing, bool binary, QByteArrayView payload) const override;
    // What the composer's Subscribe sends: {"id":…,"type":"subscribe","payload":{"query":…,"variables":…}}.
    static QByteArray subscribeMessage(const QString &id, const QString &query, const QString &variablesJson, QString *error);
};

} // namespace wsi
