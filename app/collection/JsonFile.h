#pragma once

#include "check/JsonPath.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsi {

// The inspector's own JSON documents (collections, checks): one object, read with errors a
// person can find ("checks/login.json:12:7: unterminated string"), a format key with a version
// that a newer program may raise (refused, named), written pretty-printed so it diffs in git.
struct JsonFile
{
    // name: what the messages call the document (its path).
    static std::optional<QJsonObject> parseObject(const QByteArray &bytes, const QString &name, QString *error);
    static std::optional<QJsonObject> readObject(const QString &path, QString *error);
    // "name:line:column" of the value that steps (keys and indexes from the top) lead to in
    // bytes, a document parseObject accepted: where a value that parsed but is wrong stands.
    // Only "name" when there is no such value.
    static QString where(const QByteArray &bytes, const QString &name, const QList<JsonPath::Step> &steps);
    // The text of that value as it is written in bytes (keys in their order), or empty.
    static QByteArray rawValue(const QByteArray &bytes, const QList<JsonPath::Step> &steps);
    // Checks object[formatKey]: absent or not a number → "not a … file"; above supported → refused.
    // kind: "collection", "check" (for the message).
    static bool checkVersion(const QJsonObject &object, const char *formatKey, int supported, const QString &name,
                             const QString &kind, QString *error);
    // Indented, written whole or not at all (QSaveFile), readable by its owner only (PrivateFile).
    static bool write(const QString &path, const QJsonObject &object, QString *error);
};

} // namespace wsi
