#include "ReplyComparer.h"

#include "check/JsonPath.h"
#include "i18n/Translation.h"

#include "log/PlainText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::ReplyComparer)
};
} // namespace

namespace {

// --ignore's older form without "$" ("data.id", "items[*].id") reads as if it had one.
std::optional<JsonPath> ignoredPath(const QString &text, QString *error)
{
    const QString full = text.startsWith(u'$') ? text : text.startsWith(u'[') ? QString(u'$' + text) : QString(QStringLiteral("$.") + text);
    return JsonPath::parse(full, error, JsonPath::Form::Pattern);
}

QJsonValue removePath(const QJsonValue &value, const QList<JsonPath::Step> &path, int depth)
{
    if (depth >= path.size())
        return value;
    const JsonPath::Step &step = path.at(depth);
    const bool any = std::holds_alternative<JsonPath::AnyStep>(step);
    const QString *key = std::get_if<QString>(&step);
    const bool last = depth == path.size() - 1;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        const QStringList keys = any ? object.keys() : key ? QStringList{*key} : QStringList();
        for (const QString &k : keys) {
            if (!object.contains(k))
                continue;
            if (last)
                object.remove(k);
            else
                object.insert(k, removePath(object.value(k), path, depth + 1));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        // [3], or a dotted number (the older "items.3.id").
        bool isIndex = std::holds_alternative<int>(step);
        const int index = isIndex ? std::get<int>(step) : key ? key->toInt(&isIndex) : -1;
        for (int i = int(array.size()) - 1; i >= 0; --i) {
            if (!any && !(isIndex && i == index))
                continue;
            if (last)
                array.replace(i, QJsonValue(QStringLiteral("<ignored>")));
            else
                array.replace(i, removePath(array.at(i), path, depth + 1));
        }
        return array;
    }
    return value;
}

QString shortJson(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isUndefined())
        text = Tr::tr("(missing)");
    else
        text = value.toVariant().toString();
    if (value.isNull())
        text = QStringLiteral("null");
    return PlainText::escape(text, PlainText::Newlines::Escape, 120);
}

// The places two JSON values differ, as "$.a.b: expected X, got Y", until limit are found.
void collectDifferences(const QJsonValue &expected, const QJsonValue &actual, const QString &where, QStringList *out, int limit)
{
    if (out->size() >= limit)
        return;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys();
        for (const QString &k : a.keys())
            if (!e.contains(k))
                keys << k;
        for (const QString &k : keys) {
            if (e.value(k) != a.value(k))
                collectDifferences(e.value(k), a.value(k), where + u'.' + k, out, limit);
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        for (int i = 0; i < qMax(e.size(), a.size()); ++i) {
            const QJsonValue ev = i < e.size() ? e.at(i) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue av = i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
            if (ev != av)
                collectDifferences(ev, av, where + QStringLiteral("[%1]").arg(i), out, limit);
        }
        return;
    }
    out->append(Tr::tr("%1: expected %2, got %3").arg(where, shortJson(expected), shortJson(actual)));
}

QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &where)
{
    QStringList found;
    collectDifferences(expected, actual, where, &found, 1);
    return found.value(0);
}

} // namespace

bool ReplyComparer::parseJson(const QByteArray &text, QJsonValue *value, QString *error)
{
    QJsonParseError parseError;
    // Wrapped in an array so scalars ("42", "\"x\"") parse as well.
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : Tr::tr("more than one JSON value");
        return false;
    }
    *value = document.array().at(0);
    return true;
}

QStringList ReplyComparer::differences(const QJsonValue &expected, const QJsonValue &actual, int limit)
{
    QStringList found;
    collectDifferences(expected, actual, QStringLiteral("$"), &found, limit);
    return found;
}

bool ReplyComparer::checkIgnoredPath(const QString &path, QString *error)
{
    return ignoredPath(path, error).has_value();
}

ReplyComparer::Mode ReplyComparer::modeFromName(const QString &name, bool *ok)
{
    *ok = name == QStringLiteral("exact") || name == QStringLiteral("json");
    return name == QStringLiteral("json") ? Mode::Json : Mode::Exact;
}

QJsonValue ReplyComparer::prune(const QJsonValue &value) const
{
    QJsonValue pruned = value;
    QString error;
    for (const QString &text : ignoredPaths) {
        // A path that does not parse ignores nothing; the CLI and the dialog refuse it first (checkIgnoredPath).
        if (const std::optional<JsonPath> path = ignoredPath(text, &error))
            pruned = removePath(pruned, path->steps(), 0);
    }
    return pruned;
}

ReplyComparer::Result ReplyComparer::compare(const SessionEvent &expected, const SessionEvent &actual) const
{
    Result result;
    if (expected.kind != actual.kind) {
        result.difference = Tr::tr("expected a %1 message, got a %2 message").arg(kindName(expected.kind), kindName(actual.kind));
        return result;
    }
    if (expected.payload == actual.payload) {
        result.equal = true;
        return result;
    }
    QJsonValue e, a;
    const bool json = (mode == Mode::Json || !ignoredPaths.isEmpty()) && expected.kind == EventKind::Text
        && parseJson(expected.payload, &e) && parseJson(actual.payload, &a);
    if (json) {
        e = prune(e);
        a = prune(a);
        if (e == a) {
            result.equal = true;
            return result;
        }
        result.difference = firstDifference(e, a, QStringLiteral("$"));
        return result;
    }
    if (expected.kind == EventKind::Binary) {
        result.difference = Tr::tr("binary differs: expected %1 (%2 bytes), got %3 (%4 bytes)")
                                .arg(PlainText::hexPreview(expected.payload, 16))
                                .arg(expected.payload.size())
                                .arg(PlainText::hexPreview(actual.payload, 16))
                                .arg(actual.payload.size());
        return result;
    }
    const QString e8 = QString::fromUtf8(expected.payload), a8 = QString::fromUtf8(actual.payload);
    qsizetype at = 0;
    while (at < e8.size() && at < a8.size() && e8.at(at) == a8.at(at))
        ++at;
    // Exact comparison of JSON still says where, in JSON terms, when it can.
    if (expected.kind == EventKind::Text && parseJson(expected.payload, &e) && parseJson(actual.payload, &a) && e != a) {
        result.difference = Tr::tr("text differs at character %1 (%2)").arg(at).arg(firstDifference(e, a, QStringLiteral("$")));
        return result;
    }
    result.difference = Tr::tr("text differs at character %1: expected \"%2\", got \"%3\"")
                            .arg(at)
                            .arg(PlainText::escape(e8, PlainText::Newlines::Escape, 120),
                                 PlainText::escape(a8, PlainText::Newlines::Escape, 120));
    return result;
}

} // namespace wsi
