#include "JsonText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace wsi {

namespace {
// Wrapping in [ ] lets QJsonDocument read a bare string, number or literal.
QJsonArray parseWrapped(const QString &text, QJsonParseError *error)
{
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    return QJsonDocument::fromJson(wrapped, error).array();
}

QString where(const QString &text, int offset)
{
    // offset counts UTF-8 bytes of the wrapped text; map back to a line and column of what was typed.
    const QByteArray utf8 = text.toUtf8();
    const int inText = qBound(0, offset - 1, int(utf8.size()));
    const QString before = QString::fromUtf8(utf8.left(inText));
    const int line = int(before.count(u'\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString toText(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    // Serialise inside an array and strip it: the only way to print a scalar with Qt's writer.
    QByteArray out = QJsonDocument(QJsonArray{value}).toJson(format).trimmed();
    out = out.mid(1, out.size() - 2).trimmed();
    if (format == QJsonDocument::Indented) {
        // One level of indentation belonged to the wrapping array.
        QList<QByteArray> lines = out.split('\n');
        for (QByteArray &line : lines)
            if (line.startsWith("    "))
                line.remove(0, 4);
        out = lines.join('\n');
    }
    return QString::fromUtf8(out);
}
} // namespace

JsonText::Check JsonText::check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {false, QStringLiteral("empty: not a JSON value")};
    QJsonParseError error;
    const QJsonArray values = parseWrapped(text, &error);
    if (error.error != QJsonParseError::NoError)
        return {false, where(text, error.offset) + QStringLiteral(": ") + error.errorString()};
    if (values.size() != 1)
        return {false, QStringLiteral("%1 values where one was expected (a comma at the top level?)").arg(values.size())};
    return {true, QString()};
}

QString JsonText::pretty(const QString &text)
{
    if (!check(text).ok)
        return text;
    return toText(parseWrapped(text, nullptr).at(0), QJsonDocument::Indented);
}

QString JsonText::compact(const QString &text)
{
    if (!check(text).ok)
        return text;
    return toText(parseWrapped(text, nullptr).at(0), QJsonDocument::Compact);
}

bool JsonText::parseArguments(const QString &text, QJsonArray *arguments, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *arguments = {};
        return true;
    }
    QJsonParseError parseError;
    *arguments = parseWrapped(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("arguments are not JSON: ") + where(text, parseError.offset) + QStringLiteral(": ")
                     + parseError.errorString();
        return false;
    }
    return true;
}

} // namespace wsi
