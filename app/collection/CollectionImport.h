#pragma once

#include "Collection.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wsi {

// Collections made from other tools' files:
// - a Postman collection v2.1 export: its requests with a ws:// or wss:// URL, in their folders
//   (nested folders flattened as "A / B"), headers kept, the collection's variables as an
//   environment ("postman"; Postman writes {{name}} as we do). Without one: an error saying so.
// - a HAR: each WebSocket URL it holds (an entry with status 101, _resourceType websocket or
//   a ws:// URL) as a connection, once each, with its subprotocols and Origin.
struct CollectionImport
{
    static std::optional<Collection> fromPostman(const QByteArray &bytes, const QString &name, QString *error);
    static std::optional<Collection> fromHar(const QByteArray &bytes, const QString &name, QString *error);
    // By content: a HAR has "log", a Postman export "info" and "item".
    static std::optional<Collection> fromFile(const QString &path, QString *error);
};

} // namespace wsi
