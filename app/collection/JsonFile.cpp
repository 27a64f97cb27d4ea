#include "JsonFile.h"

#include "record/PrivateFile.h"

#include "compose/JsonText.h"
#include "i18n/Translation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::JsonFile)
};
} // namespace

std::optional<QJsonObject> JsonFile::parseObject(const QByteArray &bytes, const QString &name, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is one past the character that broke the parse: point at that character.
        const JsonText::Position at = JsonText::position(bytes, parseError.offset - 1);
        *error = QStringLiteral("%1:%2:%3: ").arg(name).arg(at.line).arg(at.column) + parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Tr::tr("%1: a JSON object was expected at the top").arg(name);
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> JsonFile::readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseObject(file.readAll(), path, error);
}

bool JsonFile::checkVersion(const QJsonObject &object, const char *formatKey, int supported, const QString &name,
                            const QString &kind, QString *error)
{
    const QJsonValue version = object.value(QLatin1String(formatKey));
    if (!version.isDouble() || version.toDouble() < 1) {
        *error = Tr::tr("%1: not a %2 file (no \"%3\" version number)").arg(name, kind, QLatin1String(formatKey));
        return false;
    }
    if (version.toDouble() > supported) {
        *error = Tr::tr("%1: %2 format version %3 comes from a newer WebSocket Inspector; this one reads up to version %4")
                     .arg(name, kind)
                     .arg(version.toDouble())
                     .arg(supported);
        return false;
    }
    return true;
}

bool JsonFile::write(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!PrivateFile::open(file, QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wsi
