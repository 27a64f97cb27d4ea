#include "Variables.h"

#include "compose/Placeholders.h"
#include "session/Redaction.h"

namespace wsi {

namespace {
// Calls found(name, start, end) for each {{name}} in text (end: one past the closing braces).
template<typename F>
void forEachMarker(const QString &text, F found)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return;
        found(text.mid(open + 2, close - open - 2).trimmed(), open, close + 2);
        from = close + 2;
    }
}
} // namespace

VariableSet::VariableSet(const Environment &environment)
{
    for (const Variable &variable : environment.variables)
        set(variable.name, variable.value, variable.secret);
}

void VariableSet::set(const QString &name, const QString &value, bool secret)
{
    m_values.insert(name, value);
    if (secret && !m_secret.contains(name))
        m_secret.append(name);
}

QStringList VariableSet::secretValues() const
{
    QStringList values;
    for (const QString &name : m_secret)
        if (!m_values.value(name).isEmpty())
            values << m_values.value(name);
    return values;
}

QMap<QString, QString> VariableSet::secrets() const
{
    QMap<QString, QString> secrets;
    for (const QString &name : m_secret)
        if (m_values.contains(name))
            secrets.insert(name, m_values.value(name));
    return secrets;
}

VariableSet VariableSet::withoutSecrets() const
{
    VariableSet out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (!m_secret.contains(it.key()))
            out.set(it.key(), it.value());
    return out;
}

QString VariableSet::maskSecrets(const QString &text) const
{
    return QString::fromUtf8(Redaction::maskValues(text.toUtf8(), secretValues()));
}

QString VariableSet::expand(const QString &text, QStringList *unknown) const
{
    QString out;
    qsizetype from = 0;
    forEachMarker(text, [&](const QString &name, qsizetype start, qsizetype end) {
        out += QStringView(text).mid(from, start - from);
        if (m_values.contains(name)) {
            out += m_values.value(name);
        } else {
            out += QStringView(text).mid(start, end - start);
            if (!isPlaceholder(name) && unknown && !unknown->contains(name))
                unknown->append(name);
        }
        from = end;
    });
    out += QStringView(text).mid(from);
    return out;
}

QStringList VariableSet::referencedNames(const QString &text)
{
    QStringList names;
    forEachMarker(text, [&names](const QString &name, qsizetype, qsizetype) {
        if (!names.contains(name))
            names << name;
    });
    return names;
}

bool VariableSet::isPlaceholder(const QString &name)
{
    return Placeholders::names().contains(QStringLiteral("{{") + name + QStringLiteral("}}"));
}

bool VariableSet::isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            return false;
    return true;
}

} // namespace wsi
