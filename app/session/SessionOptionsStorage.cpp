#include "SessionOptionsStorage.h"

#include "decode/ProtocolDecoder.h"
#include "prefs/SecretStore.h"
#include "session/Redaction.h"

#include <QSettings>

namespace wsi {

namespace {
QString groupFor(const QUrl &url)
{
    // QSettings treats '/' as a separator, so the URL is stored percent-encoded.
    return QStringLiteral("connections/") + QString::fromLatin1(Redaction::stripUrl(url).toString().toUtf8().toPercentEncoding());
}

QString secretKey(const QString &group, const QString &header)
{
    return group + u'/' + header.toLower();
}

QString reference()
{
    return QLatin1String(SessionOptionsStorage::SecretReference);
}

// The map as the settings file keeps it: the secret header values handed to the SecretStore.
QVariantMap withoutSecrets(const SessionOptions &options, const QString &group)
{
    QVariantMap map = SessionOptionsStorage::toMap(options);
    map.insert(QStringLiteral("url"), Redaction::stripUrl(options.url).toString());
    QStringList headers;
    for (const auto &header : options.headers) {
        const QString name = QString::fromLatin1(header.first);
        if (!Redaction::isSecretHeader(header.first) || header.second.isEmpty()) {
            headers << name + QStringLiteral(": ") + QString::fromUtf8(header.second);
            continue;
        }
        SecretStore::write(secretKey(group, name), QString::fromUtf8(header.second));
        headers << name + QStringLiteral(": ") + reference();
    }
    map.insert(QStringLiteral("headers"), headers);
    return map;
}
} // namespace

QVariantMap SessionOptionsStorage::toMap(const SessionOptions &o)
{
    QStringList headers;
    for (const auto &header : o.headers)
        headers << QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second);
    return {
        {QStringLiteral("url"), o.url.toString()},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("subprotocols"), o.subprotocols},
        {QStringLiteral("origin"), o.origin},
        {QStringLiteral("connectTimeoutMs"), o.connectTimeoutMs},
        {QStringLiteral("closeTimeoutMs"), o.closeTimeoutMs},
        {QStringLiteral("maxIncomingMessageSize"), qulonglong(o.maxIncomingMessageSize)},
        {QStringLiteral("heartbeat/mode"), HeartbeatSettings::modeName(o.heartbeat.mode)},
        {QStringLiteral("heartbeat/intervalMs"), o.heartbeat.intervalMs},
        {QStringLiteral("heartbeat/timeoutMs"), o.heartbeat.timeoutMs},
        {QStringLiteral("heartbeat/payload"), o.heartbeat.payload},
        {QStringLiteral("heartbeat/expectedReply"), o.heartbeat.expectedReply},
        {QStringLiteral("heartbeat/replyIsRegex"), o.heartbeat.replyIsRegex},
        {QStringLiteral("heartbeat/anyTrafficCountsAsLife"), o.heartbeat.anyTrafficCountsAsLife},
        {QStringLiteral("reconnect/enabled"), o.reconnect.enabled},
        {QStringLiteral("reconnect/initialDelayMs"), o.reconnect.initialDelayMs},
        {QStringLiteral("reconnect/growthFactor"), o.reconnect.growthFactor},
        {QStringLiteral("reconnect/maxDelayMs"), o.reconnect.maxDelayMs},
        {QStringLiteral("reconnect/jitter"), o.reconnect.jitter},
        {QStringLiteral("reconnect/maxAttempts"), o.reconnect.maxAttempts},
        {QStringLiteral("reconnect/resetAfterUptimeMs"), o.reconnect.resetAfterUptimeMs},
        {QStringLiteral("reconnect/onNormalClose"), o.reconnect.onNormalClose},
        {QStringLiteral("reconnect/onHandshakeRejected"), o.reconnect.onHandshakeRejected},
        {QStringLiteral("onConnectMessages"), o.onConnectMessages},
        {QStringLiteral("protocol"), o.protocol == SessionOptions::Protocol::SocketIo ? QStringLiteral("socketio") : QStringLiteral("websocket")},
        {QStringLiteral("socketIo/namespace"), o.socketIoNamespace},
        {QStringLiteral("decode/binaryAs"), DecodeSettings::formatName(o.decode.binaryAs)},
        {QStringLiteral("decode/protoFile"), o.decode.protoFile},
        {QStringLiteral("decode/protoMessage"), o.decode.protoMessage},
        {QStringLiteral("decode/protocol"), ProtocolDecoder::name(o.decode.protocol)},
        {QStringLiteral("offlineSends"), o.offlineSends == SessionOptions::OfflineSends::Queue ? QStringLiteral("queue") : QStringLiteral("refuse")},
    };
}

SessionOptions SessionOptionsStorage::fromMap(const QVariantMap &m, const SessionOptions &d)
{
    SessionOptions o = d;
    const auto get = [&m](const char *key, const QVariant &fallback) { return m.value(QLatin1String(key), fallback); };
    o.url = QUrl(get("url", d.url.toString()).toString());
    o.headers.clear();
    for (const QString &line : get("headers", QStringList()).toStringList()) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            o.headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    o.subprotocols = get("subprotocols", d.subprotocols).toStringList();
    o.origin = get("origin", d.origin).toString();
    o.connectTimeoutMs = get("connectTimeoutMs", d.connectTimeoutMs).toInt();
    o.closeTimeoutMs = get("closeTimeoutMs", d.closeTimeoutMs).toInt();
    o.maxIncomingMessageSize = get("maxIncomingMessageSize", qulonglong(d.maxIncomingMessageSize)).toULongLong();
    o.heartbeat.mode = HeartbeatSettings::modeFromName(get("heartbeat/mode", HeartbeatSettings::modeName(d.heartbeat.mode)).toString());
    o.heartbeat.intervalMs = get("heartbeat/intervalMs", d.heartbeat.intervalMs).toInt();
    o.heartbeat.timeoutMs = get("heartbeat/timeoutMs", d.heartbeat.timeoutMs).toInt();
    o.heartbeat.payload = get("heartbeat/payload", d.heartbeat.payload).toString();
    o.heartbeat.expectedReply = get("heartbeat/expectedReply", d.heartbeat.expectedReply).toString();
    o.heartbeat.replyIsRegex = get("heartbeat/replyIsRegex", d.heartbeat.replyIsRegex).toBool();
    o.heartbeat.anyTrafficCountsAsLife = get("heartbeat/anyTrafficCountsAsLife", d.heartbeat.anyTrafficCountsAsLife).toBool();
    o.reconnect.enabled = get("reconnect/enabled", d.reconnect.enabled).toBool();
    o.reconnect.initialDelayMs = get("reconnect/initialDelayMs", d.reconnect.initialDelayMs).toInt();
    o.reconnect.growthFactor = get("reconnect/growthFactor", d.reconnect.growthFactor).toDouble();
    o.reconnect.maxDelayMs = get("reconnect/maxDelayMs", d.reconnect.maxDelayMs).toInt();
    o.reconnect.jitter = get("reconnect/jitter", d.reconnect.jitter).toDouble();
    o.reconnect.maxAttempts = get("reconnect/maxAttempts", d.reconnect.maxAttempts).toInt();
    o.reconnect.resetAfterUptimeMs = get("reconnect/resetAfterUptimeMs", d.reconnect.resetAfterUptimeMs).toInt();
    o.reconnect.onNormalClose = get("reconnect/onNormalClose", d.reconnect.onNormalClose).toBool();
    o.reconnect.onHandshakeRejected = get("reconnect/onHandshakeRejected", d.reconnect.onHandshakeRejected).toBool();
    o.onConnectMessages = get("onConnectMessages", d.onConnectMessages).toStringList();
    o.offlineSends = get("offlineSends", QString()).toString() == QStringLiteral("refuse") ? SessionOptions::OfflineSends::Refuse
                                                                                         : SessionOptions::OfflineSends::Queue;
    o.protocol = get("protocol", QString()).toString() == QStringLiteral("socketio") ? SessionOptions::Protocol::SocketIo
                                                                                    : SessionOptions::Protocol::WebSocket;
    o.socketIoNamespace = get("socketIo/namespace", d.socketIoNamespace).toString();
    o.decode.binaryAs = DecodeSettings::formatFromName(get("decode/binaryAs", QString()).toString()).value_or(d.decode.binaryAs);
    o.decode.protoFile = get("decode/protoFile", d.decode.protoFile).toString();
    o.decode.protoMessage = get("decode/protoMessage", d.decode.protoMessage).toString();
    o.decode.protocol = ProtocolDecoder::fromName(get("decode/protocol", QString()).toString()).value_or(d.decode.protocol);
    o.ignoreCertificateErrors = false;
    return o;
}

void SessionOptionsStorage::save(QSettings &settings, const SessionOptions &options)
{
    const QString group = groupFor(options.url);
    settings.beginGroup(group);
    settings.remove(QString());
    const QVariantMap map = withoutSecrets(options, group);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

bool SessionOptionsStorage::load(QSettings &settings, const QUrl &url, SessionOptions *options)
{
    const QString group = groupFor(url);
    settings.beginGroup(group);
    const QStringList keys = settings.allKeys();
    QVariantMap map;
    for (const QString &key : keys)
        map.insert(key, settings.value(key));
    settings.endGroup();
    if (map.isEmpty())
        return false;
    *options = fromMap(map, *options);
    options->url = url;
    for (auto &header : options->headers) {
        if (header.second == SecretReference)
            header.second = SecretStore::read(secretKey(group, QString::fromLatin1(header.first))).value_or(QString()).toUtf8();
    }
    return true;
}

int SessionOptionsStorage::migrate(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("connections"));
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    int rewritten = 0;
    for (const QString &name : groups) {
        const QString group = QStringLiteral("connections/") + name;
        const QUrl url(QString::fromUtf8(QByteArray::fromPercentEncoding(name.toLatin1())));
        settings.beginGroup(group);
        QVariantMap map;
        for (const QString &key : settings.allKeys())
            map.insert(key, settings.value(key));
        settings.endGroup();
        bool plain = groupFor(url) != group || map.value(QStringLiteral("url")).toString() != Redaction::stripUrl(url).toString();
        for (const QString &line : map.value(QStringLiteral("headers")).toStringList()) {
            const qsizetype colon = line.indexOf(u':');
            plain |= colon > 0 && Redaction::isSecretHeader(line.left(colon).trimmed().toLatin1())
                     && !line.mid(colon + 1).trimmed().isEmpty() && line.mid(colon + 1).trimmed() != reference();
        }
        if (!plain)
            continue;
        SessionOptions options = fromMap(map);
        options.url = url;
        for (auto &header : options.headers) {
            if (header.second == SecretReference)
                header.second = SecretStore::read(secretKey(group, QString::fromLatin1(header.first))).value_or(QString()).toUtf8();
        }
        settings.remove(group);
        save(settings, options);
        ++rewritten;
    }
    return rewritten;
}

} // namespace wsi
