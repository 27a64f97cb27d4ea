#include "RelayRules.h"

#include "session/CloseCode.h"

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
        if (kind != Kind::Text && kind != Kind::Any) {
            *error = tr("a JSON path matches text messages, not binary ones or control frames");
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

namespace {
bool kindTakes(RelayRules::Kind kind, quint8 opcode)
{
    switch (kind) {
    case RelayRules::Kind::Text: return opcode == 0x1;
    case RelayRules::Kind::Binary: return opcode == 0x2;
    case RelayRules::Kind::Any: return opcode == 0x1 || opcode == 0x2;
    case RelayRules::Kind::Close: return opcode == 0x8;
    case RelayRules::Kind::Ping: return opcode == 0x9;
    case RelayRules::Kind::Pong: return opcode == 0xA;
    }
    return false;
}
} // namespace

bool RelayRules::matches(const Rule &rule, quint8 opcode, const QByteArray &payload)
{
    if (!kindTakes(rule.kind, opcode))
        return false;
    const bool text = opcode == 0x1;
    // A close is matched as the user reads it in the log: its code, then its reason.
    const QByteArray subject = opcode == 0x8 ? CloseCode::frameText(payload).toUtf8() : payload;
    switch (rule.match) {
    case Match::Regex:
        return rule.pattern.pattern().isEmpty() || QString::fromUtf8(subject).contains(rule.pattern);
    case Match::Contains:
        return subject.contains(rule.contains);
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

bool RelayRules::holds(bool toServer, quint8 opcode, const QByteArray &payload) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == Action::Hold && (toServer ? rule.toServer : rule.toClient) && matches(rule, opcode, payload))
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

bool RelayRules::hasControlHolds(bool toServer) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == Action::Hold && (toServer ? rule.toServer : rule.toClient)
            && (rule.kind == Kind::Ping || rule.kind == Kind::Pong || rule.kind == Kind::Close))
            return true;
    }
    return false;
}

} // namespace wsi
