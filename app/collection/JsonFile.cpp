#include "JsonFile.h"

#include "record/PrivateFile.h"

#include "compose/JsonText.h"
#include "i18n/Translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::JsonFile)
};
// Reads a valid JSON document just far enough to find where a value starts.
class ValueFinder
{
public:
    explicit ValueFinder(const QByteArray &bytes) : m_bytes(bytes) {}

    // The offset of the value steps lead to from the one at m_at (from depth on), or -1.
    qsizetype find(const QList<JsonPath::Step> &steps, qsizetype depth)
    {
        skipSpace();
        if (depth == steps.size())
            return m_at;
        const char open = peek();
        if (open != '{' && open != '[')
            return -1;
        ++m_at;
        for (int index = 0;; ++index) {
            skipSpace();
            if (peek() == '}' || peek() == ']' || m_at >= m_bytes.size())
                return -1;
            bool here = false;
            if (open == '{') {
                const qsizetype keyStart = m_at;
                skipValue();
                const QJsonDocument key = QJsonDocument::fromJson('[' + m_bytes.mid(keyStart, m_at - keyStart) + ']');
                const auto *name = std::get_if<QString>(&steps.at(depth));
                here = name && key.array().at(0).toString() == *name;
                skipSpace();
                ++m_at; // ':'
            } else {
                const auto *wanted = std::get_if<int>(&steps.at(depth));
                here = wanted && *wanted == index;
            }
            if (here)
                return find(steps, depth + 1);
            skipValue();
            skipSpace();
            if (peek() == ',')
                ++m_at;
        }
    }

    // The text of the value steps lead to, as it is written, or empty.
    QByteArray text(const QList<JsonPath::Step> &steps)
    {
        const qsizetype start = find(steps, 0);
        if (start < 0)
            return QByteArray();
        m_at = start;
        skipValue();
        return m_bytes.mid(start, m_at - start);
    }

private:
    char peek() const { return m_at < m_bytes.size() ? m_bytes.at(m_at) : '\0'; }
    void skipSpace()
    {
        while (m_at < m_bytes.size() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_at;
    }
    void skipString()
    {
        for (++m_at; m_at < m_bytes.size() && peek() != '"'; ++m_at)
            if (peek() == '\\')
                ++m_at;
        ++m_at;
    }
    void skipValue()
    {
        skipSpace();
        int depth = 0;
        while (m_at < m_bytes.size()) {
            const char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_at;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                --depth;
                ++m_at;
            } else if (depth == 0 && (c == ',' || c == ':' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return;
            } else {
                ++m_at;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return;
        }
    }

    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};
} // namespace

QString JsonFile::where(const QByteArray &bytes, const QString &name, const QList<JsonPath::Step> &steps)
{
    const qsizetype offset = ValueFinder(bytes).find(steps, 0);
    if (offset < 0)
        return name;
    const JsonText::Position at = JsonText::position(bytes, int(offset));
    return QStringLiteral("%1:%2:%3").arg(name).arg(at.line).arg(at.column);
}

QByteArray JsonFile::rawValue(const QByteArray &bytes, const QList<JsonPath::Step> &steps)
{
    return ValueFinder(bytes).text(steps);
}

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
