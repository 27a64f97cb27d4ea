#include "JsonRpcDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsi {

namespace {

ProtocolView one(const QJsonValue &value)
{
    ProtocolView v;
    if (!value.isObject()) {
        v.label = JsonRpcDecoder::tr("not a JSON-RPC object");
        v.problem = JsonRpcDecoder::tr("a JSON-RPC message is an object (or a batch of them)");
        return v;
    }
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0"))
        v.problem = JsonRpcDecoder::tr("\"jsonrpc\" is not \"2.0\"");
    const bool hasId = o.contains(QStringLiteral("id"));
    v.rpcId = hasId ? JsonRpcDecoder::idText(o.value(QStringLiteral("id"))) : QString();
    if (o.contains(QStringLiteral("method"))) {
        v.rpcMethod = o.value(QStringLiteral("method")).toString();
        v.rpc = hasId ? ProtocolView::Rpc::Request : ProtocolView::Rpc::Notification;
        v.label = hasId ? JsonRpcDecoder::tr("call %1 #%2").arg(v.rpcMethod, v.rpcId) : JsonRpcDecoder::tr("notify %1").arg(v.rpcMethod);
    } else if (o.contains(QStringLiteral("result")) || o.contains(QStringLiteral("error"))) {
        v.rpc = ProtocolView::Rpc::Response;
        if (!hasId)
            v.problem = JsonRpcDecoder::tr("a response without an id");
        if (o.contains(QStringLiteral("error"))) {
            const QJsonObject error = o.value(QStringLiteral("error")).toObject();
            v.label = JsonRpcDecoder::tr("error #%1: %2 %3")
                          .arg(v.rpcId).arg(error.value(QStringLiteral("code")).toInteger()).arg(error.value(QStringLiteral("message")).toString());
        } else {
            v.label = JsonRpcDecoder::tr("result #%1").arg(v.rpcId);
        }
    } else {
        v.label = JsonRpcDecoder::tr("not a JSON-RPC message");
        v.problem = JsonRpcDecoder::tr("neither \"method\" nor \"result\" or \"error\"");
    }
    return v;
}

} // namespace

QString JsonRpcDecoder::idText(const QJsonValue &id)
{
    if (id.isString())
        return QLatin1Char('"') + id.toString() + QLatin1Char('"');
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    if (id.isNull())
        return QStringLiteral("null");
    return tr("(not a string or number)");
}

ProtocolView JsonRpcDecoder::view(bool, bool binary, QByteArrayView payload) const
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (binary || error.error != QJsonParseError::NoError) {
        ProtocolView v;
        v.label = tr("not JSON-RPC");
        v.problem = binary ? tr("a binary frame") : tr("not JSON: %1").arg(error.errorString());
        return v;
    }
    ProtocolView v;
    if (json.isArray()) {
        const QJsonArray batch = json.array();
        QStringList labels;
        for (const QJsonValue &item : batch) {
            const ProtocolView part = one(item);
            if (labels.size() < 3)
                labels << part.label;
            if (v.problem.isEmpty() && !part.problem.isEmpty())
                v.problem = part.problem;
        }
        if (batch.size() > 3)
            labels << tr("…");
        v.label = batch.isEmpty() ? tr("an empty batch") : tr("batch of %1: %2").arg(batch.size()).arg(labels.join(QStringLiteral(", ")));
        if (batch.isEmpty())
            v.problem = tr("an empty batch is not a valid request");
    } else {
        v = one(json.object());
    }
    v.body = QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    return v;
}

} // namespace wsi
