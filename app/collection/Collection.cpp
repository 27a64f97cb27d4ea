#include "Collection.h"

#include "JsonFile.h"
#include "i18n/Translation.h"
#include "session/SessionOptionsStorage.h"

#include <algorithm>

#include <QJsonArray>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::Collection)
};

QString unknownVariable(const QString &name)
{
    return Tr::tr("variable {{%1}} is not defined (not in the environment, not given with --var)").arg(name);
}

QJsonObject messageToJson(const SavedMessage &message)
{
    QJsonObject object{{QStringLiteral("name"), message.name},
                       {QStringLiteral("format"), MessageDraft::formatKey(message.draft.format)},
                       {QStringLiteral("text"), message.draft.text}};
    if (!message.draft.event.isEmpty())
        object.insert(QStringLiteral("event"), message.draft.event);
    return object;
}
} // namespace

SavedConnection SavedConnection::fromOptions(const QString &name, const SessionOptions &options)
{
    SavedConnection connection;
    connection.name = name;
    connection.url = options.url.toString();
    const QVariantMap defaults = SessionOptionsStorage::toMap(SessionOptions());
    const QVariantMap chosen = SessionOptionsStorage::toMap(options);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        if (it.key() != QStringLiteral("url") && defaults.value(it.key()) != it.value())
            connection.options.insert(it.key(), it.value());
    return connection;
}

std::optional<MessageDraft> SavedMessage::resolve(const VariableSet &variables, QString *error) const
{
    QStringList unknown;
    MessageDraft resolved = draft;
    // A secret stays {{name}}: the connection expands it when it sends (SessionOptions::secretVariables).
    const VariableSet shown = variables.withoutSecrets();
    resolved.text = shown.expand(draft.text, &unknown);
    resolved.event = shown.expand(draft.event, &unknown);
    unknown.erase(std::remove_if(unknown.begin(), unknown.end(), [&variables](const QString &name) { return variables.isSecret(name); }),
                  unknown.end());
    if (!unknown.isEmpty()) {
        *error = unknownVariable(unknown.constFirst());
        return std::nullopt;
    }
    return resolved;
}

std::optional<SessionOptions> SavedConnection::resolve(const VariableSet &variables, QString *error) const
{
    QStringList unknown;
    QVariantMap map = options;
    const QString urlText = variables.expand(url, &unknown);
    for (const char *key : {"headers", "subprotocols", "onConnectMessages"}) {
        QStringList values = map.value(QLatin1String(key)).toStringList();
        for (QString &value : values)
            value = variables.expand(value, &unknown);
        if (map.contains(QLatin1String(key)))
            map.insert(QLatin1String(key), values);
    }
    if (map.contains(QStringLiteral("origin")))
        map.insert(QStringLiteral("origin"), variables.expand(map.value(QStringLiteral("origin")).toString(), &unknown));
    if (!unknown.isEmpty()) {
        *error = unknownVariable(unknown.constFirst());
        return std::nullopt;
    }
    SessionOptions resolved = SessionOptionsStorage::fromMap(map);
    resolved.secretVariables = variables.secrets();
    QString urlError;
    resolved.url = SessionOptions::parseUrl(urlText, &urlError);
    if (resolved.url.isEmpty()) {
        *error = urlError;
        return std::nullopt;
    }
    return resolved;
}

const Environment *Collection::environment(const QString &name) const
{
    for (const Environment &environment : environments)
        if (environment.name == name)
            return &environment;
    return nullptr;
}

const SavedConnection *Collection::findConnection(const QString &path) const
{
    const SavedConnection *found = nullptr;
    int matches = 0;
    for (const Folder &folder : folders)
        for (const SavedConnection &connection : folder.connections) {
            if (folder.name + u'/' + connection.name == path)
                return &connection;
            if (connection.name == path) {
                found = &connection;
                ++matches;
            }
        }
    return matches == 1 ? found : nullptr;
}

QJsonObject Collection::toJson(bool includeSecrets) const
{
    QJsonArray folderArray;
    for (const Folder &folder : folders) {
        QJsonArray connectionArray;
        for (const SavedConnection &connection : folder.connections) {
            QJsonObject object{{QStringLiteral("name"), connection.name}, {QStringLiteral("url"), connection.url}};
            if (!connection.options.isEmpty())
                object.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(connection.options));
            QJsonArray messageArray;
            for (const SavedMessage &message : connection.messages)
                messageArray.append(messageToJson(message));
            if (!messageArray.isEmpty())
                object.insert(QStringLiteral("messages"), messageArray);
            connectionArray.append(object);
        }
        folderArray.append(QJsonObject{{QStringLiteral("name"), folder.name}, {QStringLiteral("connections"), connectionArray}});
    }
    QJsonArray environmentArray;
    for (const Environment &environment : environments) {
        QJsonArray variableArray;
        for (const Variable &variable : environment.variables) {
            QJsonObject object{{QStringLiteral("name"), variable.name}};
            if (!variable.secret || includeSecrets)
                object.insert(QStringLiteral("value"), variable.value);
            if (variable.secret)
                object.insert(QStringLiteral("secret"), true);
            variableArray.append(object);
        }
        environmentArray.append(QJsonObject{{QStringLiteral("name"), environment.name}, {QStringLiteral("variables"), variableArray}});
    }
    return {{QLatin1String(FormatKey), FormatVersion},
            {QStringLiteral("name"), name},
            {QStringLiteral("folders"), folderArray},
            {QStringLiteral("environments"), environmentArray}};
}

std::optional<Collection> Collection::fromJson(const QJsonObject &object, const QString &fileName, QString *error)
{
    if (!JsonFile::checkVersion(object, FormatKey, FormatVersion, fileName, QStringLiteral("collection"), error))
        return std::nullopt;
    Collection collection;
    collection.name = object.value(QStringLiteral("name")).toString();
    const auto fail = [&](const QString &message) {
        *error = fileName + QStringLiteral(": ") + message;
        return std::nullopt;
    };
    for (const QJsonValue &folderValue : object.value(QStringLiteral("folders")).toArray()) {
        const QJsonObject folderObject = folderValue.toObject();
        Folder folder;
        folder.name = folderObject.value(QStringLiteral("name")).toString();
        for (const QJsonValue &connectionValue : folderObject.value(QStringLiteral("connections")).toArray()) {
            const QJsonObject c = connectionValue.toObject();
            SavedConnection connection;
            connection.name = c.value(QStringLiteral("name")).toString();
            connection.url = c.value(QStringLiteral("url")).toString();
            if (connection.url.isEmpty())
                return fail(Tr::tr("connection \"%1\" in folder \"%2\" has no \"url\"").arg(connection.name, folder.name));
            connection.options = c.value(QStringLiteral("options")).toObject().toVariantMap();
            for (const QJsonValue &messageValue : c.value(QStringLiteral("messages")).toArray()) {
                const QJsonObject m = messageValue.toObject();
                SavedMessage message;
                message.name = m.value(QStringLiteral("name")).toString();
                const QString format = m.value(QStringLiteral("format")).toString(QStringLiteral("text"));
                const std::optional<MessageDraft::Format> parsed = MessageDraft::formatFromKey(format);
                if (!parsed)
                    return fail(Tr::tr("message \"%1\" of \"%2\": unknown format \"%3\"").arg(message.name, connection.name, format));
                message.draft.format = *parsed;
                message.draft.text = m.value(QStringLiteral("text")).toString();
                message.draft.event = m.value(QStringLiteral("event")).toString();
                connection.messages.append(message);
            }
            folder.connections.append(connection);
        }
        collection.folders.append(folder);
    }
    for (const QJsonValue &environmentValue : object.value(QStringLiteral("environments")).toArray()) {
        const QJsonObject e = environmentValue.toObject();
        Environment environment;
        environment.name = e.value(QStringLiteral("name")).toString();
        for (const QJsonValue &variableValue : e.value(QStringLiteral("variables")).toArray()) {
            const QJsonObject v = variableValue.toObject();
            Variable variable;
            variable.name = v.value(QStringLiteral("name")).toString();
            if (!VariableSet::isValidName(variable.name))
                return fail(Tr::tr("environment \"%1\": \"%2\" is not a variable name (letters, digits, _ - .)")
                                .arg(environment.name, variable.name));
            variable.value = v.value(QStringLiteral("value")).toString();
            variable.secret = v.value(QStringLiteral("secret")).toBool();
            environment.variables.append(variable);
        }
        collection.environments.append(environment);
    }
    return collection;
}

std::optional<Collection> Collection::read(const QString &path, QString *error)
{
    const std::optional<QJsonObject> object = JsonFile::readObject(path, error);
    if (!object)
        return std::nullopt;
    return fromJson(*object, path, error);
}

bool Collection::write(const QString &path, bool includeSecrets, QString *error) const
{
    return JsonFile::write(path, toJson(includeSecrets), error);
}

} // namespace wsi
