#pragma once

#include "i18n/Translation.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace wsi {

// What the relay does to the text messages passing between a client and its server, by
// rules in order: drop a message that matches, rewrite what matches (captures as \1, \2),
// hold a message that matches (a breakpoint: it waits for the user). Binary messages are not
// matched. Directions are named from where the message goes.
class RelayRules
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::RelayRules)

public:
    enum class Action : quint8 { Drop, Rewrite, Hold };
    struct Rule
    {
        Action action = Action::Drop;
        bool toServer = true;
        bool toClient = true;
        QRegularExpression pattern;
        QString replacement; // Rewrite
    };
    enum class Verdict : quint8 { Pass, Drop, Rewritten };

    // "REGEX" for drop and hold, "REGEX=REPLACEMENT" for rewrite (the first '=' not written
    // as \= ends the regex). False with *error when the text is not a rule.
    static bool parse(Action action, const QString &text, bool toServer, bool toClient, Rule *rule, QString *error);

    void append(const Rule &rule) { m_rules.append(rule); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<Rule> &rules() const { return m_rules; }

    // Drop and rewrite rules, in order, on one message; *text is rewritten in place.
    Verdict apply(bool toServer, QString *text) const;
    bool holds(bool toServer, const QString &text) const;
    bool hasEdits(bool toServer) const;  // a drop or rewrite rule for this direction
    bool hasHolds(bool toServer) const;

private:
    QList<Rule> m_rules;
};

} // namespace wsi
