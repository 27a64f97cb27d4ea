#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wsi {

// What the composer holds: the text as typed and how to read it. compose()
// turns it into the bytes that go on the wire, or says why it cannot.
struct MessageDraft
{
    // GraphQlSubscribe: the query, sent as graphql-transport-ws's {"id":<counter>,"type":"subscribe",…}.
    enum class Format { Text, Json, Hex, Base64, File, SocketIoEvent, GraphQlSubscribe };

    Format format = Format::Text;
    QString text;    // the message; hex or base64 digits; a file path; Socket.IO arguments; a GraphQL query
    QString event;   // Socket.IO event name; GraphQL variables (a JSON object, may be empty)

    struct Wire
    {
        bool binary = false;
        QByteArray payload;
        bool socketIo = false;
    };
    struct Context
    {
        quint64 counter = 1;                 // the {{counter}} of this send
        QString socketIoNamespace = QStringLiteral("/");
        qint64 maxFileBytes = 64ll * 1024 * 1024;
    };
    std::optional<Wire> compose(const Context &context, QString *error) const;

    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString &name);
    static QList<Format> formats();
    // The names files keep, never translated: text, json, hex, base64, file, socketio, graphql.
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);

    bool operator==(const MessageDraft &other) const
    {
        return format == other.format && text == other.text && event == other.event;
    }
};

} // namespace wsi
