#include "GraphQlDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsi {

namespace {

// The operation a person would name: its operationName, else the start of the query.
QString operationOf(const QJsonObject &payload)
{
    const QString name = payload.value(QStringLiteral("operationName")).toString();
    if (!name.isEmpty())
        return name;
    QString query = payload.value(QStringLiteral("query")).toString().simplified();
    if (query.size() > 60)
        query = query.left(60) + QStringLiteral("…");
    return query;
}

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return value.toVariant().toString();
}

} // namespace

ProtocolView GraphQlDecoder::view(bool, bool binary, QByteArrayView payload) const
{
    ProtocolView v;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (binary || error.error != QJsonParseError::NoError || !json.isObject()) {
        v.label = tr("not a GraphQL over WebSocket message");
        v.problem = binary ? tr("a binary frame (the protocol sends JSON text)")
                           : tr("not a JSON object: %1").arg(error.error == QJsonParseError::NoError ? tr("another JSON value") : error.errorString());
        return v;
    }
    const QJsonObject o = json.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QString idText = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toDouble()) : QString();
    const QJsonValue body = o.value(QStringLiteral("payload"));
    v.fields << tr("type: %1").arg(type);
    if (!idText.isEmpty())
        v.fields << tr("id: %1").arg(idText);
    const auto needsId = [&] {
        if (idText.isEmpty())
            v.problem = tr("a %1 message without an id").arg(type);
    };
    if (type == QLatin1String("connection_init") || type == QLatin1String("connection_ack")
        || type == QLatin1String("connection_terminate")) {
        v.label = type;
    } else if (type == QLatin1String("connection_error")) {
        v.label = tr("connection_error");
    } else if (type == QLatin1String("ping") || type == QLatin1String("pong") || type == QLatin1String("ka")) {
        v.label = type;
        v.keepAlive = true;
    } else if (type == QLatin1String("subscribe") || type == QLatin1String("start")) {
        needsId();
        const QJsonObject request = body.toObject();
        v.label = tr("%1 #%2: %3").arg(type, idText, operationOf(request));
        // The query as written, with its line breaks, and the variables as JSON.
        v.body = request.value(QStringLiteral("query")).toString();
        if (request.contains(QStringLiteral("variables")))
            v.body += u'\n' + tr("variables: %1").arg(pretty(request.value(QStringLiteral("variables"))));
        return v;
    } else if (type == QLatin1String("next") || type == QLatin1String("data")) {
        needsId();
        const bool errors = body.toObject().contains(QStringLiteral("errors"));
        v.label = errors ? tr("%1 #%2 with errors").arg(type, idText) : tr("%1 #%2").arg(type, idText);
    } else if (type == QLatin1String("error")) {
        needsId();
        const QJsonArray errors = body.isArray() ? body.toArray() : QJsonArray{body};
        const QString first = errors.isEmpty() ? QString() : errors.first().toObject().value(QStringLiteral("message")).toString();
        v.label = first.isEmpty() ? tr("error #%1").arg(idText) : tr("error #%1: %2").arg(idText, first);
    } else if (type == QLatin1String("complete") || type == QLatin1String("stop")) {
        needsId();
        v.label = tr("%1 #%2").arg(type, idText);
    } else {
        v.label = type.isEmpty() ? tr("message without a type") : type;
        v.problem = type.isEmpty() ? tr("no \"type\" field") : tr("%1 is not a GraphQL over WebSocket message type").arg(type);
    }
    if (!body.isUndefined())
        v.body = pretty(body);
    return v;
}

QByteArray GraphQlDecoder::subscribeMessage(const QString &id, const QString &query, const QString &variablesJson, QString *error)
{
    QJsonObject payload{{QStringLiteral("query"), query}};
    if (!variablesJson.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument variables = QJsonDocument::fromJson(variablesJson.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !variables.isObject()) {
            *error = tr("the variables are not a JSON object: %1").arg(parseError.errorString());
            return QByteArray();
        }
        payload.insert(QStringLiteral("variables"), variables.object());
    }
    const QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("subscribe")},
                              {QStringLiteral("payload"), payload}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

} // namespace wsi
