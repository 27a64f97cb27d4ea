#pragma once

#include "check/JsonPath.h"
#include "i18n/Translation.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace wsi {

// What the relay does to the text messages passing between a client and its server, by
// rules in order: drop a message that matches, rewrite what matches (captures as \1, \2),
// hold a message that matches (a breakpoint: it waits for the user). Drop and rewrite match text
// messages only; a breakpoint names its kind (text, binary, any message, or a control frame:
// ping, pong, close) and matches by regex, by text contained, or by a JSON path's value.
// Control frames pass unless a breakpoint names their kind; a close is matched as the text
// "CODE reason" ("1011 upstream boom"). Directions are named from where the message goes.
class RelayRules
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::RelayRules)

public:
    enum class Action : quint8 { Drop, Rewrite, Hold };
    enum class Kind : quint8 { Text, Binary, Any, Ping, Pong, Close }; // Any: a text or binary message
    // Contains: the text as UTF-8 bytes inside the payload. JsonPathEquals: a text message that
    // is JSON, whose value at path equals value (any value when value is undefined).
    enum class Match : quint8 { Regex, Contains, JsonPathEquals };
    struct Rule
    {
        Action action = Action::Drop;
        bool toServer = true;
        bool toClient = true;
        QRegularExpression pattern; // Regex; an empty pattern (breakpoints only) matches every message of the kind
        QString replacement; // Rewrite
        Kind kind = Kind::Text;
        Match match = Match::Regex;
        QByteArray contains;           // Contains
        std::optional<JsonPath> path;  // JsonPathEquals
        QJsonValue value = QJsonValue(QJsonValue::Undefined); // JsonPathEquals
        QString text;                  // the pattern, text or path as the user typed it
        QString valueText;             // JsonPathEquals: the value as typed
    };
    enum class Verdict : quint8 { Pass, Drop, Rewritten };

    // "REGEX" for drop and hold, "REGEX=REPLACEMENT" for rewrite (the first '=' not written
    // as \= ends the regex). False with *error when the text is not a rule.
    static bool parse(Action action, const QString &text, bool toServer, bool toClient, Rule *rule, QString *error);

    // A breakpoint as the Intercept tab's fields give it. pattern: the regex, the text, or the
    // JSON path; empty (regex or text) holds every message of the kind. value (JSON path only):
    // JSON (3, true, "a", {...}) or else a plain string; empty: the path only has to name a value.
    static bool breakpoint(bool toServer, bool toClient, Kind kind, Match match, const QString &pattern,
                           const QString &value, Rule *rule, QString *error);
    // Whether a rule's match (kind and pattern, not its direction) takes this message or
    // control frame (opcode 1 text, 2 binary, 8 close, 9 ping, 10 pong; payload unmasked).
    static bool matches(const Rule &rule, quint8 opcode, const QByteArray &payload);

    void append(const Rule &rule) { m_rules.append(rule); }
    void removeAt(qsizetype index) { m_rules.removeAt(index); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<Rule> &rules() const { return m_rules; }

    // Drop and rewrite rules, in order, on one message; *text is rewritten in place.
    Verdict apply(bool toServer, QString *text) const;
    bool holds(bool toServer, quint8 opcode, const QByteArray &payload) const;
    bool hasEdits(bool toServer) const;  // a drop or rewrite rule for this direction
    bool hasHolds(bool toServer) const;
    bool hasControlHolds(bool toServer) const; // a breakpoint on pings, pongs or closes this way

private:
    static bool compile(const QString &pattern, QRegularExpression *out, QString *error);

    QList<Rule> m_rules;
};

} // namespace wsi
