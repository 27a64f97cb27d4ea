#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace wsi {

// A JSON path as checks write it: $ then .key, ['key with spaces'], ["key"] or [index]
// ("$.data.items[0].id", "$['user-name']"). A path either names one value or none.
// The replay comparer's --ignore reads the same syntax as a pattern, which adds "*" for any
// key or index (".*", "[*]"); the JSON tree writes its paths with append() so they read back.
class JsonPath
{
public:
    struct AnyStep // "*": any key or index (patterns only)
    {
        bool operator==(const AnyStep &) const { return true; }
    };
    using Step = std::variant<QString, int, AnyStep>;
    enum class Form {
        Value,   // names one value: checks, the tree
        Pattern, // --ignore: ".*" and "[*]" match any key or index; a dotted key runs to the next . or [
    };

    // nullopt with *error saying where the text stops being a path.
    static std::optional<JsonPath> parse(const QString &text, QString *error, Form form = Form::Value);
    // The path one step further down: .key for a plain name, ['it\'s.here'] for any other key, [3].
    static QString append(const QString &path, const QString &key);
    static QString append(const QString &path, int index);

    // The value the path names in document; nullopt when there is none.
    std::optional<QJsonValue> find(const QJsonValue &document) const;
    QString text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }

private:
    QString m_text;
    QList<Step> m_steps;
};

} // namespace wsi
