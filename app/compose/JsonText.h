#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace wsi {

// JSON as people type it in the composer: any value at the top level (Qt's
// reader only takes objects and arrays), errors placed by line and column.
struct JsonText
{
    struct Check
    {
        bool ok = false;
        QString message; // "line 2, column 5: missing value separator"; empty when ok
    };

    static Check check(const QString &text);
    // Where a byte offset (QJsonParseError::offset) falls in a UTF-8 document: line and column
    // from 1, the column counted in characters.
    struct Position
    {
        int line = 1;
        int column = 1;
    };
    static Position position(const QByteArray &utf8, int offset);
    // Both change only the whitespace between tokens: key order, number spelling and string
    // escapes stay as typed. Both leave text that is not JSON as it is.
    static QString pretty(const QString &text);
    static QString compact(const QString &text);
    // "{"my":"data"}, 2" as the argument list of a call: [{"my":"data"}, 2]. Empty text is no arguments.
    static bool parseArguments(const QString &text, QJsonArray *arguments, QString *error);
};

} // namespace wsi
