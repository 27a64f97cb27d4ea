#include "CollectionSecrets.h"

#include "Collection.h"
#include "JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace wsi {

namespace {
QJsonObject load()
{
    QString ignored;
    if (!QFile::exists(CollectionSecrets::fileName()))
        return QJsonObject();
    return JsonFile::readObject(CollectionSecrets::fileName(), &ignored).value_or(QJsonObject());
}
} // namespace

QString CollectionSecrets::fileName()
{
    // The window's settings folder, named here so the CLI (another application name) finds the same file.
    const QSettings windowSettings(QStringLiteral("WebSocket Inspector"), QStringLiteral("wsinspector"));
    return QFileInfo(windowSettings.fileName()).absolutePath() + QStringLiteral("/secrets.json");
}

void CollectionSecrets::fill(const QString &collectionPath, Collection *collection)
{
    const QJsonObject stored = load().value(QFileInfo(collectionPath).absoluteFilePath()).toObject();
    for (Environment &environment : collection->environments) {
        const QJsonObject values = stored.value(environment.name).toObject();
        for (Variable &variable : environment.variables)
            if (variable.secret && variable.value.isEmpty())
                variable.value = values.value(variable.name).toString();
    }
}

bool CollectionSecrets::remember(const QString &collectionPath, const Collection &collection, QString *error)
{
    QJsonObject all = load();
    const QString key = QFileInfo(collectionPath).absoluteFilePath();
    QJsonObject stored = all.value(key).toObject();
    bool changed = false;
    for (const Environment &environment : collection.environments) {
        QJsonObject values = stored.value(environment.name).toObject();
        for (const Variable &variable : environment.variables)
            if (variable.secret && !variable.value.isEmpty() && values.value(variable.name).toString() != variable.value) {
                values.insert(variable.name, variable.value);
                changed = true;
            }
        if (!values.isEmpty())
            stored.insert(environment.name, values);
    }
    if (!changed)
        return true;
    all.insert(key, stored);
    QDir().mkpath(QFileInfo(fileName()).absolutePath()); // the window may never have saved a setting
    return JsonFile::write(fileName(), all, error); // 0600 from its first byte (PrivateFile)
}

} // namespace wsi
