#include "RelayRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wsi {

bool RelayRules::compile(const QString &pattern, QRegularExpression *out, QString *error)
{
    *out = QRegularExpression(pattern);
    if (!out->isValid()) {
        *error = tr("\"%1\" is not a valid regular expression: %2 at offset %3")
                     .arg(pattern, out->errorString())
                     .arg(out->patternErrorOffset());
        return false;
    }
    out->optimize();
    return true;
}

bool RelayRules::parse(Action action, const QString &text, bool toServer, bool toClient, Rule *rule, QString *error)
{
    Rule r;
    r.action = action;
    r.toServer = toServer;
    r.toClient = toClient;
    QString pattern = text;
    if (action == Action::Rewrite) {
        qsizetype equals = -1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\\') {
                ++i; // an escaped character, \= among them, belongs to the regex
                continue;
            }
            if (text.at(i) == u'=') {
                equals = i;
                break;
            }
        }
        if (equals < 0) {
            *error = tr("\"%1\" is not REGEX=REPLACEMENT (write \\= for an = inside the regex)").arg(text);
            return false;
        }
        pattern = text.left(equals);
        r.replacement = text.mid(equals + 1);
    }
    if (pattern.isEmpty()) {
        *error = tr("\"%1\": the regular expression is empty").arg(text);
        return false;
    }
    if (!compile(pattern, &r.pattern, error))
        return false;
    r.text = text;
    r.kind = Kind::Text;
    *rule = r;
    return true;
}

RelayRules::Verdict RelayRules::apply(bool toServer, QString *text) const
{
    Verdict verdict = Verdict::Pass;
    for (const Rule &rule : m_rules) {
        if (!(toServer ? rule.toServer : rule.toClient))
            continue;
        if (rule.action == Action::Drop && text->contains(rule.pattern))
            return Verdict::Drop;
        if (rule.action == Action::Rewrite && text->contains(rule.pattern)) {
            text->replace(rule.pattern, rule.replacement);
            verdict = Verdict::Rewritten;
        }
    }
    return verdict;
}

bool RelayRules::breakpoint(bool toServer, bool toClient, Kind kind, Match match, const QString &pattern,
                            const QString &value, Rule *rule, QString *error)
{
    if (!toServer && !toClient) {
        *error = tr("a breakpoint needs a direction");
        return false;
    }
    Rule r;
    r.action = Action::Hold;
    r.toServer = toServer;
    r.toClient = toClient;
    r.kind = kind;
    r.match = match;
    r.text = pattern;
    switch (match) {
    case Match::Regex:
        if (!pattern.isEmpty() && !compile(pattern, &r.pattern, error))
            return false;
        break;
    case Match::Contains:
        r.contains = pattern.toUtf8();
        break;
    case Match::JsonPathEquals: {
        if (kind == Kind::Binary) {
            *error = tr("a JSON path matches text messages, not binary ones");
            return false;
        }
        QString pathError;
        r.path = JsonPath::parse(pattern.trimmed(), &pathError);
        if (!r.path) {
            *error = tr("\"%1\" is not a JSON path: %2").arg(pattern, pathError);
            return false;
        }
        r.valueText = value;
        if (!value.trimmed().isEmpty()) {
            // JSON when it reads as JSON (3, true, "a b", {"k":1}), else the text as a string.
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson("[" + value.toUtf8() + "]", &parseError);
            r.value = parseError.error == QJsonParseError::NoError && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue(value);
        }
        break;
    }
    }
    *rule = r;
    return true;
}

bool RelayRules::matches(const Rule &rule, bool text, const QByteArray &payload)
{
    if ((rule.kind == Kind::Text && !text) || (rule.kind == Kind::Binary && text))
        return false;
    switch (rule.match) {
    case Match::Regex:
        return rule.pattern.pattern().isEmpty() || QString::fromUtf8(payload).contains(rule.pattern);
    case Match::Contains:
        return payload.contains(rule.contains);
    case Match::JsonPathEquals: {
        if (!text || !rule.path)
            return false;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return false;
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const std::optional<QJsonValue> found = rule.path->find(root);
        return found && (rule.value.isUndefined() || *found == rule.value);
    }
    }
    return false;
}

bool RelayRules::holds(bool toServer, bool text, const QByteArray &payload) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == Action::Hold && (toServer ? rule.toServer : rule.toClient) && matches(rule, text, payload))
            return true;
    }
    return false;
}

bool RelayRules::hasEdits(bool toServer) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action != Action::Hold && (toServer ? rule.toServer : rule.toClient))
            return true;
    }
    return false;
}

bool RelayRules::hasHolds(bool toServer) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == Action::Hold && (toServer ? rule.toServer : rule.toClient))
            return true;
    }
    return false;
}

} // namespace wsi
