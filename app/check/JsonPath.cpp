#include "JsonPath.h"

#include "i18n/Translation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::JsonPath)
};

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'$' || c == u'@';
}
} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &text, QString *error)
{
    const auto fail = [&](qsizetype at, const QString &why) {
        *error = Tr::tr("JSON path \"%1\", character %2: %3").arg(text).arg(at + 1).arg(why);
        return std::nullopt;
    };
    JsonPath path;
    path.m_text = text;
    if (!text.startsWith(u'$'))
        return fail(0, Tr::tr("a path starts with $"));
    const qsizetype n = text.size();
    qsizetype i = 1;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'.') {
            const qsizetype start = ++i;
            while (i < n && isKeyChar(text.at(i)))
                ++i;
            if (i == start)
                return fail(start, Tr::tr("a key name was expected after the dot"));
            path.m_steps.append(text.mid(start, i - start));
        } else if (c == u'[') {
            ++i;
            if (i < n && (text.at(i) == u'\'' || text.at(i) == u'"')) {
                const QChar quote = text.at(i++);
                QString key;
                while (i < n && text.at(i) != quote) {
                    if (text.at(i) == u'\\' && i + 1 < n)
                        ++i;
                    key += text.at(i++);
                }
                if (i >= n)
                    return fail(i, Tr::tr("the quoted key is not closed"));
                ++i;
                path.m_steps.append(key);
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                if (i == start)
                    return fail(start, Tr::tr("an index or a quoted key was expected after ["));
                path.m_steps.append(text.mid(start, i - start).toInt());
            }
            if (i >= n || text.at(i) != u']')
                return fail(i, Tr::tr("] was expected"));
            ++i;
        } else {
            return fail(i, Tr::tr("\"%1\" cannot come here (. or [ was expected)").arg(c));
        }
    }
    return path;
}

std::optional<QJsonValue> JsonPath::find(const QJsonValue &document) const
{
    QJsonValue value = document;
    for (const auto &step : m_steps) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!value.isObject() || !value.toObject().contains(*key))
                return std::nullopt;
            value = value.toObject().value(*key);
        } else {
            const int index = std::get<int>(step);
            if (!value.isArray() || index >= value.toArray().size())
                return std::nullopt;
            value = value.toArray().at(index);
        }
    }
    return value;
}

} // namespace wsi
