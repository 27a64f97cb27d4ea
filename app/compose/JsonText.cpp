#include "JsonText.h"

#include "i18n/Translation.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::JsonText)
};
} // namespace

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
    const JsonText::Position at = JsonText::position(text.toUtf8(), offset - 1);
    return Tr::tr("line %1, column %2").arg(at.line).arg(at.column);
}

// Lays out valid JSON again without reading its values: keys keep their order, numbers
// and strings their spelling ("1.50" stays "1.50"; a round trip through QJsonDocument
// sorted keys and rounded numbers). Only whitespace outside strings changes.
QString reformat(const QString &text, bool indented)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    int depth = 0;
    const auto newline = [&out, &depth, indented] {
        if (indented)
            out += u'\n' + QString(depth * 4, u' ');
    };
    const auto isSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
        } else if (c == u'"') {
            const qsizetype start = i++;
            while (i < n && text.at(i) != u'"')
                i += text.at(i) == u'\\' ? 2 : 1;
            i = qMin(n, i + 1);
            out += QStringView(text).mid(start, i - start);
        } else if (c == u'{' || c == u'[') {
            const QChar close = c == u'{' ? u'}' : u']';
            qsizetype next = i + 1;
            while (next < n && isSpace(text.at(next)))
                ++next;
            if (next < n && text.at(next) == close) { // {} and [] stay on one line
                out += c;
                out += close;
                i = next + 1;
                continue;
            }
            out += c;
            ++depth;
            newline();
            ++i;
        } else if (c == u'}' || c == u']') {
            --depth;
            newline();
            out += c;
            ++i;
        } else if (c == u',') {
            out += c;
            newline();
            ++i;
        } else if (c == u':') {
            out += indented ? QStringLiteral(": ") : QStringLiteral(":");
            ++i;
        } else {
            out += c; // numbers, true, false, null: as typed
            ++i;
        }
    }
    return out;
}
} // namespace

JsonText::Position JsonText::position(const QByteArray &utf8, int offset)
{
    const int inText = qBound(0, offset, int(utf8.size()));
    const QString before = QString::fromUtf8(utf8.left(inText));
    Position at;
    at.line = int(before.count(u'\n')) + 1;
    at.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    return at;
}

JsonText::Check JsonText::check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {false, Tr::tr("empty: not a JSON value")};
    QJsonParseError error;
    const QJsonArray values = parseWrapped(text, &error);
    if (error.error != QJsonParseError::NoError)
        return {false, where(text, error.offset) + QStringLiteral(": ") + error.errorString()};
    if (values.size() != 1)
        return {false, Tr::tr("%1 values where one was expected (a comma at the top level?)").arg(values.size())};
    return {true, QString()};
}

QString JsonText::pretty(const QString &text)
{
    if (!check(text).ok)
        return text;
    return reformat(text, true);
}

QString JsonText::compact(const QString &text)
{
    if (!check(text).ok)
        return text;
    return reformat(text, false);
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
            *error = Tr::tr("arguments are not JSON: ") + where(text, parseError.offset) + QStringLiteral(": ")
                     + parseError.errorString();
        return false;
    }
    return true;
}

} // namespace wsi
