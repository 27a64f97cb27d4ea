#pragma once

#include "JsonPath.h"
#include "collection/Variables.h"
#include "session/SessionEvent.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsi {

// What an expect step (or a mock server's rule) wants of a message: exact text, text that contains a string, a regular expression (its named
// groups become variables; "captures" names its other groups, in order), a JSON subset, a JSON path
// that equals, exists or matches, or an event name (Socket.IO, or what app/decode calls it).
class Matcher
{
public:
    enum class Kind { AnyMessage, Text, Contains, Regex, JsonSubset, JsonPathEquals, JsonPathExists, JsonPathMatches, Event };

    // Reads the matcher keys of a step: text, contains, regex (+ captures), json, jsonPath (+ equals,
    // exists, matches, capture), event (+ protocol). No key: any message matches.
    static std::optional<Matcher> fromJson(const QJsonObject &step, QString *error);
    // Every key fromJson reads.
    static QStringList keys();

    struct Outcome
    {
        bool matched = false;
        QString got;                     // the message as the report shows it
        QMap<QString, QString> captures; // variable → value, when matched
        QStringList groups;              // Regex, when matched: the whole match, then group 1, 2, ...
    };
    Outcome match(const SessionEvent &message, const VariableSet &variables) const;

    Kind kind() const { return m_kind; }
    // "text \"hello bob\"", "JSON path $.type equals \"token\"": for reports (variables expanded).
    QString expected(const VariableSet &variables) const;
    // The variables a match stores (named groups, captures, capture).
    QStringList captureNames() const;
    // The {{variables}} the expectation uses.
    QStringList referencedNames() const;

    // Whether actual holds everything expected holds (objects: these keys, recursively;
    // arrays: as many elements, each a subset; numbers by value).
    static bool isSubset(const QJsonValue &expected, const QJsonValue &actual);
    static QString shown(const SessionEvent &message);

private:
    Kind m_kind = Kind::AnyMessage;
    QString m_text;           // Text; Contains; Event name; JsonPathEquals/Matches: the raw expectation
    QJsonValue m_json;        // JsonSubset; JsonPathEquals
    QRegularExpression m_regex;
    QStringList m_captures;   // Regex: group 1, 2, ... → these names; JsonPath: [capture]
    std::optional<JsonPath> m_path;
    bool m_exists = true;
    QString m_protocol;       // Event: "socketio" (default) or an app/decode protocol name
};

} // namespace wsi
