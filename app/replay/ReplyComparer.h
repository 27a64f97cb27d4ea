#pragma once

#include "session/SessionEvent.h"

#include <QJsonValue>
#include <QStringList>

namespace wsi {

// Decides whether a reply matches the recorded one: exact bytes, equal JSON
// (key order ignored), or equal JSON once listed paths (timestamps, ids) are
// dropped. Ignored paths are JSON paths (JsonPath's syntax, as the JSON tree copies them) where "*"
// matches any key or index: "$.ts", "$.items[*].id", "$['a.b']"; the "$." may be left out ("data.id").
class ReplyComparer
{
public:
    enum class Mode { Exact, Json };

    struct Result
    {
        bool equal = false;
        QString difference; // where and how they differ, for a person
    };

    Mode mode = Mode::Exact;
    QStringList ignoredPaths;

    Result compare(const SessionEvent &expected, const SessionEvent &actual) const;
    // Every place two JSON values differ (key order ignored), as "$.a.b: expected X, got Y",
    // at most limit of them, in the order firstDifference finds the first: compare's own walk.
    static QStringList differences(const QJsonValue &expected, const QJsonValue &actual, int limit);
    // A message's payload as one JSON value (a scalar too); false when it is not JSON.
    // (JSON's parser needs an object or array: the text is read inside one.)
    static bool parseJson(const QByteArray &text, QJsonValue *value, QString *error = nullptr);
    // False with *error saying where when path is not an ignorable path.
    static bool checkIgnoredPath(const QString &path, QString *error);
    static Mode modeFromName(const QString &name, bool *ok);

private:
    QJsonValue prune(const QJsonValue &value) const;
};

} // namespace wsi
