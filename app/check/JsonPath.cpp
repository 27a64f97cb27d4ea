#include "JsonPath.h"

#include "i18n/Translation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

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

std::optional<JsonPath> JsonPath::parse(const QString &text, QString *error, Form form)
{
    const bool pattern = form == Form::Pattern;
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
            while (i < n && (pattern ? text.at(i) != u'.' && text.at(i) != u'[' : isKeyChar(text.at(i))))
                ++i;
            if (i == start)
                return fail(start, Tr::tr("a key name was expected after the dot"));
            const QString key = text.mid(start, i - start);
            if (pattern && key == QStringLiteral("*"))
                path.m_steps.append(AnyStep{});
            else
                path.m_steps.append(key);
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
            } else if (pattern && i < n && text.at(i) == u'*') {
                ++i;
                path.m_steps.append(AnyStep{});
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

QString JsonPath::append(const QString &path, const QString &key)
{
    if (!key.isEmpty() && std::all_of(key.begin(), key.end(), isKeyChar))
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return path + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString JsonPath::append(const QString &path, int index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

std::optional<QJsonValue> JsonPath::find(const QJsonValue &document) const
{
    QJsonValue value = document;
    for (const auto &step : m_steps) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!value.isObject() || !value.toObject().contains(*key))
                return std::nullopt;
            value = value.toObject().value(*key);
        } else if (const int *indexStep = std::get_if<int>(&step)) {
            const int index = *indexStep;
            if (!value.isArray() || index >= value.toArray().size())
                return std::nullopt;
            value = value.toArray().at(index);
        } else {
            return std::nullopt; // a pattern names no single value
        }
    }
    return value;
}

} // namespace wsi
