#pragma once

#include "Matcher.h"
#include "compose/MessageDraft.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wsi {

struct CheckStep
{
    enum class Type { Connect, Send, Expect, ExpectNone, Wait, Close, ExpectClose };
    Type type = Type::Connect;
    int timeoutMs = 5000;   // connect, expect, expectClose: how long to wait
    bool anyWithin = false; // expect: any message within timeoutMs matches (else: the next one must)
    int forMs = 0;          // expectNone, wait
    Matcher matcher;        // expect; expectNone (AnyMessage: no message at all)
    MessageDraft draft;     // send
    int code = 0;           // close (1000 when 0); expectClose (0: any); connect: the refusal status expected
    QString reason;         // close; expectClose (with hasReason)
    bool hasReason = false;
    QString url;            // connect: another URL than the file's
    QJsonObject source;     // the step as the file wrote it (written back as it was)

    static QString typeName(Type type); // the file's names: connect, send, expect ...
    static std::optional<Type> typeFromName(const QString &name);
    // What the step does, for the report: "send text \"hello\"", "expect next: JSON containing …".
    QString describe(const VariableSet &variables) const;
};

struct Check
{
    QString name;
    QList<CheckStep> steps;
};

// A check file: where to connect (a URL, or a saved connection of a collection file) and
// named checks, each a list of steps run on a connection of its own.
struct CheckFile
{
    static constexpr int FormatVersion = 1;
    static constexpr const char *FormatKey = "wsinspectorCheck";

    QString path;
    QString url;            // as written, {{variables}} and all
    QString collection;     // a collection file, relative to the check file's folder
    QString connection;     // "Folder/Name" in it
    QString environment;    // the collection's environment used unless --env says otherwise
    QMap<QString, QString> variables; // the file's own, below the environment and --var
    QList<Check> checks;

    static std::optional<CheckFile> fromJson(const QJsonObject &object, const QString &path, QString *error);
    static std::optional<CheckFile> read(const QString &path, QString *error);
    QJsonObject toJson() const;
    bool write(const QString &path, QString *error) const;

    // The first {{variable}} a step uses that neither known nor an earlier step's capture
    // defines (with where: "check \"login\", step 3"); empty when every one is defined.
    QString firstUndefined(const VariableSet &known, QString *where) const;
    // The collection file's path, resolved against this file's folder (empty: none).
    QString collectionPath() const;
};

} // namespace wsi
