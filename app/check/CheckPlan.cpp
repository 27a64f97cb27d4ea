#include "CheckPlan.h"

#include "collection/Collection.h"
#include "collection/CollectionSecrets.h"
#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CheckPlan)
};

QString undefined(const QString &path, const QString &where, const QString &name)
{
    return Tr::tr("%1: %2: variable {{%3}} is not defined (not in the file, the environment or --var)").arg(path, where, name);
}
} // namespace

std::optional<CheckPlan> CheckPlan::prepare(const QString &path, const QString &environment,
                                            const QMap<QString, QString> &overrides, QString *error)
{
    const std::optional<CheckFile> file = CheckFile::read(path, error);
    if (!file)
        return std::nullopt;
    return prepare(*file, environment, overrides, error);
}

std::optional<CheckPlan> CheckPlan::prepare(const CheckFile &file, const QString &environment,
                                            const QMap<QString, QString> &overrides, QString *error)
{
    CheckPlan plan;
    plan.file = file;
    for (auto it = file.variables.cbegin(); it != file.variables.cend(); ++it)
        plan.variables.set(it.key(), it.value());
    const QString environmentName = environment.isEmpty() ? file.environment : environment;
    std::optional<Collection> collection;
    if (!file.collection.isEmpty()) {
        collection = Collection::read(file.collectionPath(), error);
        if (!collection)
            return std::nullopt;
        CollectionSecrets::fill(file.collectionPath(), &*collection);
    }
    if (!environmentName.isEmpty()) {
        const Environment *chosen = collection ? collection->environment(environmentName) : nullptr;
        if (!chosen) {
            *error = collection ? Tr::tr("%1: no environment \"%2\" in %3").arg(file.path, environmentName, file.collectionPath())
                                : Tr::tr("%1: --env %2 needs a check file with a \"collection\"").arg(file.path, environmentName);
            return std::nullopt;
        }
        for (const Variable &variable : chosen->variables)
            plan.variables.set(variable.name, variable.value, variable.secret);
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        plan.variables.set(it.key(), it.value(), plan.variables.isSecret(it.key()));

    if (collection) {
        const SavedConnection *connection = collection->findConnection(file.connection);
        if (!connection) {
            *error = Tr::tr("%1: no connection \"%2\" in %3").arg(file.path, file.connection, file.collectionPath());
            return std::nullopt;
        }
        QString resolveError;
        const std::optional<SessionOptions> options = connection->resolve(plan.variables, &resolveError);
        if (!options) {
            *error = Tr::tr("%1: connection \"%2\": %3").arg(file.path, file.connection, resolveError);
            return std::nullopt;
        }
        plan.options = *options;
    } else {
        QStringList unknown;
        const QString url = plan.variables.expand(file.url, &unknown);
        if (!unknown.isEmpty()) {
            *error = undefined(file.path, QStringLiteral("url"), unknown.constFirst());
            return std::nullopt;
        }
        QString urlError;
        plan.options.url = SessionOptions::parseUrl(url, &urlError);
        if (plan.options.url.isEmpty()) {
            *error = file.path + QStringLiteral(": ") + urlError;
            return std::nullopt;
        }
    }
    QString where;
    const QString missing = file.firstUndefined(plan.variables, &where);
    if (!missing.isEmpty()) {
        *error = undefined(file.path, where, missing);
        return std::nullopt;
    }
    return plan;
}

} // namespace wsi
