#include "EventJson.h"

#include "CloseCode.h"

#include <QDateTime>
#include <QJsonDocument>

namespace wsi {

QString EventJson::isoTime(qint64 timestampUs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timestampUs / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(timestampUs % 1000000, 6, 10, QLatin1Char('0'));
}

QJsonObject EventJson::toJson(const SessionEvent &event)
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), isoTime(event.timestampUs));
    object.insert(QStringLiteral("ts_us"), double(event.timestampUs));
    object.insert(QStringLiteral("event"), kindName(event.kind));
    object.insert(QStringLiteral("dir"), directionName(event.direction));
    if (event.tag != MessageTag::None)
        object.insert(QStringLiteral("tag"), tagName(event.tag));
    switch (event.kind) {
    case EventKind::Text:
        object.insert(QStringLiteral("size"), double(event.payload.size()));
        object.insert(QStringLiteral("text"), event.payloadText());
        break;
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
        object.insert(QStringLiteral("size"), double(event.payload.size()));
        object.insert(QStringLiteral("base64"), QString::fromLatin1(event.payload.toBase64()));
        if (event.kind == EventKind::Pong)
            object.insert(QStringLiteral("rtt_ms"), event.code / 1000.0);
        break;
    case EventKind::Reconnect:
        object.insert(QStringLiteral("attempt"), event.code);
        object.insert(QStringLiteral("detail"), event.payloadText());
        break;
    case EventKind::Info:
        object.insert(QStringLiteral("detail"), event.payloadText());
        break;
    case EventKind::State:
        object.insert(QStringLiteral("state"), event.payloadText());
        break;
    case EventKind::Open:
        object.insert(QStringLiteral("detail"), event.payloadText());
        break;
    case EventKind::Close:
        object.insert(QStringLiteral("code"), event.code);
        object.insert(QStringLiteral("meaning"), CloseCode::name(event.code));
        object.insert(QStringLiteral("reason"), event.payloadText());
        object.insert(QStringLiteral("by"), closedByName(event.closedBy));
        break;
    case EventKind::Error:
        object.insert(QStringLiteral("message"), event.payloadText());
        if (event.code != 0)
            object.insert(QStringLiteral("http_status"), event.code);
        break;
    }
    return object;
}

QByteArray EventJson::toLine(const SessionEvent &event)
{
    return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace wsi
