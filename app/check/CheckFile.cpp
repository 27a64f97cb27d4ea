#include "CheckFile.h"

#include "collection/JsonFile.h"
#include "i18n/Translation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CheckFile)
};

constexpr const char *TypeNames[] = {"connect", "send", "expect", "expectNone", "wait", "close", "expectClose"};

// The keys each step type reads; anything else is a typo worth saying.
QStringList allowedKeys(CheckStep::Type type)
{
    const QStringList matcher = Matcher::keys();
    QStringList keys{QStringLiteral("step"), QStringLiteral("comment")};
    switch (type) {
    case CheckStep::Type::Connect: keys << QStringLiteral("url") << QStringLiteral("timeoutMs") << QStringLiteral("status"); break;
    case CheckStep::Type::Send: keys << QStringLiteral("format") << QStringLiteral("text") << QStringLiteral("json") << QStringLiteral("event"); break;
    case CheckStep::Type::Expect: keys << matcher << QStringLiteral("timeoutMs") << QStringLiteral("within"); break;
    case CheckStep::Type::ExpectNone: keys << matcher << QStringLiteral("forMs"); break;
    case CheckStep::Type::Wait: keys << QStringLiteral("ms"); break;
    case CheckStep::Type::Close: keys << QStringLiteral("code") << QStringLiteral("reason"); break;
    case CheckStep::Type::ExpectClose: keys << QStringLiteral("code") << QStringLiteral("reason") << QStringLiteral("timeoutMs"); break;
    }
    return keys;
}

std::optional<CheckStep> readStep(const QJsonObject &object, QString *error)
{
    const QString name = object.value(QStringLiteral("step")).toString();
    const std::optional<CheckStep::Type> type = CheckStep::typeFromName(name);
    if (!type) {
        *error = name.isEmpty() ? Tr::tr("no \"step\" (connect, send, expect, expectNone, wait, close, expectClose)")
                                : Tr::tr("unknown step \"%1\" (connect, send, expect, expectNone, wait, close, expectClose)").arg(name);
        return std::nullopt;
    }
    const QStringList allowed = allowedKeys(*type);
    for (const QString &key : object.keys())
        if (!allowed.contains(key)) {
            *error = Tr::tr("%1 does not take \"%2\"").arg(name, key);
            return std::nullopt;
        }
    CheckStep step;
    step.type = *type;
    step.source = object;
    const auto number = [&object](const char *key, int fallback) { return object.value(QLatin1String(key)).toInt(fallback); };
    switch (step.type) {
    case CheckStep::Type::Connect:
        step.url = object.value(QStringLiteral("url")).toString();
        step.timeoutMs = number("timeoutMs", 10000);
        step.code = number("status", 0);
        break;
    case CheckStep::Type::Send: {
        const QString format = object.value(QStringLiteral("format")).toString(
            object.contains(QStringLiteral("json")) ? QStringLiteral("json") : QStringLiteral("text"));
        const std::optional<MessageDraft::Format> parsed = MessageDraft::formatFromKey(format);
        if (!parsed) {
            *error = Tr::tr("send: unknown format \"%1\" (text, json, hex, base64, file, socketio, graphql)").arg(format);
            return std::nullopt;
        }
        step.draft.format = *parsed;
        const QJsonValue json = object.value(QStringLiteral("json"));
        step.draft.text = json.isUndefined() ? object.value(QStringLiteral("text")).toString()
                                             : QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        step.draft.event = object.value(QStringLiteral("event")).toString();
        break;
    }
    case CheckStep::Type::Expect:
    case CheckStep::Type::ExpectNone: {
        std::optional<Matcher> matcher = Matcher::fromJson(object, error);
        if (!matcher)
            return std::nullopt;
        step.matcher = *matcher;
        step.anyWithin = object.contains(QStringLiteral("within"));
        step.timeoutMs = step.anyWithin ? number("within", 5000) : number("timeoutMs", 5000);
        step.forMs = number("forMs", 1000);
        break;
    }
    case CheckStep::Type::Wait: step.forMs = number("ms", 0); break;
    case CheckStep::Type::Close:
    case CheckStep::Type::ExpectClose:
        step.code = number("code", step.type == CheckStep::Type::Close ? 1000 : 0);
        step.hasReason = object.contains(QStringLiteral("reason"));
        step.reason = object.value(QStringLiteral("reason")).toString();
        step.timeoutMs = number("timeoutMs", 5000);
        break;
    }
    return step;
}
} // namespace

QString CheckStep::typeName(Type type)
{
    return QLatin1String(TypeNames[int(type)]);
}

std::optional<CheckStep::Type> CheckStep::typeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(TypeNames)); ++i)
        if (name == QLatin1String(TypeNames[i]))
            return Type(i);
    return std::nullopt;
}

QString CheckStep::describe(const VariableSet &variables) const
{
    switch (type) {
    case Type::Connect:
        return code ? Tr::tr("connect, refused with %1").arg(code) : Tr::tr("connect");
    case Type::Send:
        return Tr::tr("send %1 %2").arg(MessageDraft::formatKey(draft.format), variables.maskSecrets(variables.expand(draft.text, nullptr)));
    case Type::Expect:
        return anyWithin ? Tr::tr("expect within %1 ms: %2").arg(timeoutMs).arg(matcher.expected(variables))
                         : Tr::tr("expect next: %1").arg(matcher.expected(variables));
    case Type::ExpectNone:
        return matcher.kind() == Matcher::Kind::AnyMessage ? Tr::tr("expect no message for %1 ms").arg(forMs)
                                                           : Tr::tr("expect none for %1 ms: %2").arg(forMs).arg(matcher.expected(variables));
    case Type::Wait: return Tr::tr("wait %1 ms").arg(forMs);
    case Type::Close: return Tr::tr("close %1").arg(code);
    case Type::ExpectClose:
        if (hasReason)
            return Tr::tr("expect close %1 \"%2\"").arg(code).arg(variables.expand(reason, nullptr));
        return code ? Tr::tr("expect close %1").arg(code) : Tr::tr("expect close");
    }
    return QString();
}

std::optional<CheckFile> CheckFile::fromJson(const QJsonObject &object, const QString &path, QString *error)
{
    if (!JsonFile::checkVersion(object, FormatKey, FormatVersion, path, QStringLiteral("check"), error))
        return std::nullopt;
    CheckFile file;
    file.path = path;
    file.url = object.value(QStringLiteral("url")).toString();
    file.collection = object.value(QStringLiteral("collection")).toString();
    file.connection = object.value(QStringLiteral("connection")).toString();
    file.environment = object.value(QStringLiteral("environment")).toString();
    const QJsonObject variables = object.value(QStringLiteral("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        file.variables.insert(it.key(), it.value().toString());
    if (file.url.isEmpty() == file.connection.isEmpty()) {
        *error = Tr::tr("%1: say where to connect: \"url\", or \"collection\" and \"connection\" (one of the two)").arg(path);
        return std::nullopt;
    }
    if (!file.connection.isEmpty() && file.collection.isEmpty()) {
        *error = Tr::tr("%1: \"connection\" needs the \"collection\" file it is saved in").arg(path);
        return std::nullopt;
    }
    const QJsonArray checks = object.value(QStringLiteral("checks")).toArray();
    if (checks.isEmpty()) {
        *error = Tr::tr("%1: no \"checks\"").arg(path);
        return std::nullopt;
    }
    for (int c = 0; c < checks.size(); ++c) {
        const QJsonObject checkObject = checks.at(c).toObject();
        Check check;
        check.name = checkObject.value(QStringLiteral("name")).toString(Tr::tr("check %1").arg(c + 1));
        const QJsonArray steps = checkObject.value(QStringLiteral("steps")).toArray();
        for (int s = 0; s < steps.size(); ++s) {
            QString stepError;
            const std::optional<CheckStep> step = readStep(steps.at(s).toObject(), &stepError);
            if (!step) {
                *error = Tr::tr("%1: check \"%2\", step %3: %4").arg(path, check.name).arg(s + 1).arg(stepError);
                return std::nullopt;
            }
            check.steps.append(*step);
        }
        if (check.steps.isEmpty()) {
            *error = Tr::tr("%1: check \"%2\" has no steps").arg(path, check.name);
            return std::nullopt;
        }
        file.checks.append(check);
    }
    return file;
}

std::optional<CheckFile> CheckFile::read(const QString &path, QString *error)
{
    const std::optional<QJsonObject> object = JsonFile::readObject(path, error);
    if (!object)
        return std::nullopt;
    return fromJson(*object, path, error);
}

QJsonObject CheckFile::toJson() const
{
    QJsonObject object{{QLatin1String(FormatKey), FormatVersion}};
    if (!url.isEmpty())
        object.insert(QStringLiteral("url"), url);
    if (!collection.isEmpty())
        object.insert(QStringLiteral("collection"), collection);
    if (!connection.isEmpty())
        object.insert(QStringLiteral("connection"), connection);
    if (!environment.isEmpty())
        object.insert(QStringLiteral("environment"), environment);
    if (!variables.isEmpty()) {
        QJsonObject vars;
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            vars.insert(it.key(), it.value());
        object.insert(QStringLiteral("variables"), vars);
    }
    QJsonArray checkArray;
    for (const Check &check : checks) {
        QJsonArray steps;
        for (const CheckStep &step : check.steps)
            steps.append(step.source);
        checkArray.append(QJsonObject{{QStringLiteral("name"), check.name}, {QStringLiteral("steps"), steps}});
    }
    object.insert(QStringLiteral("checks"), checkArray);
    return object;
}

bool CheckFile::write(const QString &path, QString *error) const
{
    return JsonFile::write(path, toJson(), error);
}

QString CheckFile::firstUndefined(const VariableSet &known, QString *where) const
{
    for (const Check &check : checks) {
        QStringList defined = known.names();
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            defined << it.key();
        for (int s = 0; s < check.steps.size(); ++s) {
            const CheckStep &step = check.steps.at(s);
            QStringList used = step.matcher.referencedNames();
            used << VariableSet::referencedNames(step.draft.text) << VariableSet::referencedNames(step.draft.event)
                 << VariableSet::referencedNames(step.url) << VariableSet::referencedNames(step.reason);
            for (const QString &name : std::as_const(used))
                if (!defined.contains(name) && !VariableSet::isPlaceholder(name)) {
                    *where = Tr::tr("check \"%1\", step %2").arg(check.name).arg(s + 1);
                    return name;
                }
            defined << step.matcher.captureNames();
        }
    }
    return QString();
}

QString CheckFile::collectionPath() const
{
    if (collection.isEmpty())
        return QString();
    return QFileInfo(path).dir().filePath(collection);
}

} // namespace wsi
