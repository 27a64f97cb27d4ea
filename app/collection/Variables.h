#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wsi {

struct Variable
{
    QString name;
    QString value;
    bool secret = false; // masked in the window, kept out of recordings and (by default) of the file
};

// A named set of variables ("local", "staging"): {{host}}, {{token}} ...
struct Environment
{
    QString name;
    QList<Variable> variables;
};

// The variables one connection or check sees: an environment, then --var overrides, then
// what earlier check steps captured. {{name}} is replaced by its value; the send-time
// placeholders ({{counter}}, {{timestamp}}, {{unixMs}}, {{uuid}}) are left for Placeholders.
class VariableSet
{
public:
    VariableSet() = default;
    explicit VariableSet(const Environment &environment);

    void set(const QString &name, const QString &value, bool secret = false);
    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    bool isSecret(const QString &name) const { return m_secret.contains(name); }
    QStringList names() const { return m_values.keys(); }
    // The values of secret variables (non-empty), for hiding them in recordings and output.
    QStringList secretValues() const;
    // text with every secret value replaced by Redaction's mask.
    QString maskSecrets(const QString &text) const;
    // The secret variables, by name (a connection expands and masks them: SessionOptions).
    QMap<QString, QString> secrets() const;
    // The same set without the secret variables' values: expanding with it leaves their {{name}}.
    VariableSet withoutSecrets() const;

    // Replaces the {{name}} of known variables; names neither known nor placeholders go to
    // *unknown (in order, once each) and stay as typed.
    QString expand(const QString &text, QStringList *unknown) const;

    // The {{name}} markers in text (trimmed names, in order, once each).
    static QStringList referencedNames(const QString &text);
    // A placeholder Placeholders fills at send time.
    static bool isPlaceholder(const QString &name);
    // Letters, digits, '_', '-', '.': what a variable can be called.
    static bool isValidName(const QString &name);

private:
    QMap<QString, QString> m_values;
    QStringList m_secret;
};

} // namespace wsi
