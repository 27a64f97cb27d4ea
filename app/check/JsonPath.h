#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace wsi {

// A JSON path as checks write it: $ then .key, ['key with spaces'], ["key"] or [index]
// ("$.data.items[0].id", "$['user-name']"). A path either names one value or none.
class JsonPath
{
public:
    // nullopt with *error saying where the text stops being a path.
    static std::optional<JsonPath> parse(const QString &text, QString *error);

    // The value the path names in document; nullopt when there is none.
    std::optional<QJsonValue> find(const QJsonValue &document) const;
    QString text() const { return m_text; }

private:
    QString m_text;
    QList<std::variant<QString, int>> m_steps;
};

} // namespace wsi
