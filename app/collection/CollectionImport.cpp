#include "CollectionImport.h"

#include "JsonFile.h"
#include "i18n/Translation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CollectionImport)
};

bool isWebSocketUrl(const QString &url)
{
    return url.startsWith(QLatin1String("ws://"), Qt::CaseInsensitive) || url.startsWith(QLatin1String("wss://"), Qt::CaseInsensitive);
}

// Postman writes a request's URL as a string or as {"raw": ...}.
QString postmanUrl(const QJsonValue &url)
{
    return url.isObject() ? url.toObject().value(QStringLiteral("raw")).toString() : url.toString();
}

Folder &folderNamed(Collection *collection, const QString &name)
{
    for (Folder &folder : collection->folders)
        if (folder.name == name)
            return folder;
    collection->folders.append({name, {}});
    return collection->folders.last();
}

void walkPostman(const QJsonArray &items, const QString &folder, Collection *collection, int *requests)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        if (item.contains(QStringLiteral("item"))) {
            walkPostman(item.value(QStringLiteral("item")).toArray(), folder.isEmpty() ? name : folder + QStringLiteral(" / ") + name,
                        collection, requests);
            continue;
        }
        ++*requests;
        const QJsonObject request = item.value(QStringLiteral("request")).toObject();
        const QString url = postmanUrl(request.value(QStringLiteral("url")));
        if (!isWebSocketUrl(url))
            continue;
        SavedConnection connection;
        connection.name = name.isEmpty() ? url : name;
        connection.url = url;
        QStringList headers;
        for (const QJsonValue &header : request.value(QStringLiteral("header")).toArray()) {
            const QJsonObject h = header.toObject();
            if (!h.value(QStringLiteral("disabled")).toBool())
                headers << h.value(QStringLiteral("key")).toString() + QStringLiteral(": ") + h.value(QStringLiteral("value")).toString();
        }
        if (!headers.isEmpty())
            connection.options.insert(QStringLiteral("headers"), headers);
        folderNamed(collection, folder.isEmpty() ? collection->name : folder).connections.append(connection);
    }
}
} // namespace

std::optional<Collection> CollectionImport::fromPostman(const QByteArray &bytes, const QString &name, QString *error)
{
    const std::optional<QJsonObject> object = JsonFile::parseObject(bytes, name, error);
    if (!object)
        return std::nullopt;
    const QJsonObject info = object->value(QStringLiteral("info")).toObject();
    const QString schema = info.value(QStringLiteral("schema")).toString();
    if (!object->contains(QStringLiteral("item")) || !schema.contains(QLatin1String("v2."))) {
        *error = Tr::tr("%1: not a Postman collection v2.1 export (no \"info.schema\" v2 and \"item\")").arg(name);
        return std::nullopt;
    }
    Collection collection;
    collection.name = info.value(QStringLiteral("name")).toString(QFileInfo(name).completeBaseName());
    int requests = 0;
    walkPostman(object->value(QStringLiteral("item")).toArray(), QString(), &collection, &requests);
    if (collection.folders.isEmpty()) {
        *error = Tr::tr("%1 holds no WebSocket requests (none of its %n request(s) has a ws:// or wss:// URL): nothing to import",
                        nullptr, requests)
                     .arg(name);
        return std::nullopt;
    }
    Environment environment{QStringLiteral("postman"), {}};
    for (const QJsonValue &value : object->value(QStringLiteral("variable")).toArray()) {
        const QJsonObject v = value.toObject();
        const QString key = v.value(QStringLiteral("key")).toString();
        if (VariableSet::isValidName(key))
            environment.variables.append({key, v.value(QStringLiteral("value")).toVariant().toString(), false});
    }
    if (!environment.variables.isEmpty())
        collection.environments.append(environment);
    return collection;
}

std::optional<Collection> CollectionImport::fromHar(const QByteArray &bytes, const QString &name, QString *error)
{
    const std::optional<QJsonObject> object = JsonFile::parseObject(bytes, name, error);
    if (!object)
        return std::nullopt;
    Collection collection;
    collection.name = QFileInfo(name).completeBaseName();
    Folder folder{Tr::tr("From %1").arg(QFileInfo(name).fileName()), {}};
    QStringList seen;
    const QJsonArray entries = object->value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        QString url = request.value(QStringLiteral("url")).toString();
        const bool webSocket = isWebSocketUrl(url) || entry.value(QStringLiteral("_resourceType")).toString() == QStringLiteral("websocket")
                               || entry.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt() == 101;
        if (!webSocket || url.isEmpty())
            continue;
        // Chrome writes some WebSocket entries with http(s):// URLs.
        if (url.startsWith(QLatin1String("http://")))
            url.replace(0, 4, QStringLiteral("ws"));
        else if (url.startsWith(QLatin1String("https://")))
            url.replace(0, 5, QStringLiteral("wss"));
        if (seen.contains(url))
            continue;
        seen << url;
        SavedConnection connection;
        const QUrl parsed(url);
        connection.name = parsed.host() + (parsed.path().isEmpty() ? QStringLiteral("/") : parsed.path());
        connection.url = url;
        for (const QJsonValue &header : request.value(QStringLiteral("headers")).toArray()) {
            const QString key = header.toObject().value(QStringLiteral("name")).toString().toLower();
            const QString headerValue = header.toObject().value(QStringLiteral("value")).toString();
            if (key == QStringLiteral("sec-websocket-protocol"))
                connection.options.insert(QStringLiteral("subprotocols"), headerValue.split(u',', Qt::SkipEmptyParts).replaceInStrings(QStringLiteral(" "), QString()));
            else if (key == QStringLiteral("origin"))
                connection.options.insert(QStringLiteral("origin"), headerValue);
        }
        folder.connections.append(connection);
    }
    if (folder.connections.isEmpty()) {
        *error = Tr::tr("%1 holds no WebSocket connections: nothing to import").arg(name);
        return std::nullopt;
    }
    collection.folders.append(folder);
    return collection;
}

std::optional<Collection> CollectionImport::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const std::optional<QJsonObject> object = JsonFile::parseObject(bytes, path, error);
    if (!object)
        return std::nullopt;
    if (object->contains(QStringLiteral("log")))
        return fromHar(bytes, path, error);
    return fromPostman(bytes, path, error);
}

} // namespace wsi
