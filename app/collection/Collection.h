#pragma once

#include "Variables.h"
#include "compose/MessageDraft.h"
#include "session/SessionOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace wsi {

struct SavedMessage
{
    QString name;
    MessageDraft draft; // the composer's format and text, {{variables}} unexpanded

    // The draft with the variables expanded in its text and event (the composer's own
    // placeholders left for it); nullopt with *error naming the first unknown variable.
    std::optional<MessageDraft> resolve(const VariableSet &variables, QString *error) const;
};

// One saved connection: its URL and options as typed, {{variables}} and all; they become
// SessionOptions only when opened, with an environment (resolve()).
struct SavedConnection
{
    QString name;
    QString url;
    // SessionOptionsStorage's keys ("headers", "heartbeat/mode" ...), only those that differ
    // from the defaults, so the file holds what the user chose.
    QVariantMap options;
    QList<SavedMessage> messages;

    // From a tab's options (the URL taken as it is).
    static SavedConnection fromOptions(const QString &name, const SessionOptions &options);
    // Variables expanded in the URL, headers, subprotocols, Origin and on-connect messages;
    // nullopt with *error naming the first unknown variable (or a bad URL).
    std::optional<SessionOptions> resolve(const VariableSet &variables, QString *error) const;
};

struct Folder
{
    QString name;
    QList<SavedConnection> connections;
};

// One collection file: folders of saved connections and the environments they expand with.
struct Collection
{
    static constexpr int FormatVersion = 1;
    static constexpr const char *FormatKey = "wsinspectorCollection";

    QString name;
    QList<Folder> folders;
    QList<Environment> environments;

    const Environment *environment(const QString &name) const;
    // "Folder/Connection", or a connection's own name when it is unique in the collection.
    const SavedConnection *findConnection(const QString &path) const;

    // A secret variable's value is written only with includeSecrets ("value" left out otherwise).
    QJsonObject toJson(bool includeSecrets = false) const;
    static std::optional<Collection> fromJson(const QJsonObject &object, const QString &name, QString *error);
    static std::optional<Collection> read(const QString &path, QString *error);
    bool write(const QString &path, bool includeSecrets, QString *error) const;
};

} // namespace wsi
