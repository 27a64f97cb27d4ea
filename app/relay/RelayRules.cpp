#include "RelayRules.h"

namespace wsi {

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
    r.pattern = QRegularExpression(pattern);
    if (!r.pattern.isValid()) {
        *error = tr("\"%1\" is not a valid regular expression: %2 at offset %3")
                     .arg(pattern, r.pattern.errorString())
                     .arg(r.pattern.patternErrorOffset());
        return false;
    }
    r.pattern.optimize();
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

bool RelayRules::holds(bool toServer, const QString &text) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == Action::Hold && (toServer ? rule.toServer : rule.toClient) && text.contains(rule.pattern))
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
