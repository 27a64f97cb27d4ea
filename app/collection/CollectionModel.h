#pragma once

#include "Collection.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <optional>

namespace wsi {

// The collection files open in the window, as a tree: file → folder → saved connection.
// Each file has its chosen environment; a connection resolves with it (variables expanded).
class CollectionModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { File, Folder, Connection };
    struct Location
    {
        int file = -1;
        int folder = -1;
        int connection = -1;
    };
    static constexpr int UrlRole = Qt::UserRole + 1; // a connection's URL as written

    explicit CollectionModel(QObject *parent = nullptr);

    // Reads a collection file (secrets filled from CollectionSecrets); false with *error when it cannot,
    // or when it is open already.
    bool open(const QString &path, QString *error);
    // A new, empty collection file (one folder, one environment), written and opened.
    bool create(const QString &path, QString *error);
    void closeFile(int file);
    int fileCount() const { return int(m_files.size()); }
    const Collection &collection(int file) const { return m_files.at(file).collection; }
    QString path(int file) const { return m_files.at(file).path; }
    QStringList paths() const;

    QString environment(int file) const { return m_files.at(file).environment; }
    void setEnvironment(int file, const QString &name);
    // The chosen environment's variables (none when the file has no environments).
    VariableSet variables(int file) const;
    // Whether the file keeps its secret values itself (it held one when read, or the user said so
    // in saveEnvironment); else they live in CollectionSecrets only.
    bool secretsInFile(int file) const { return m_files.at(file).secretsInFile; }
    // Replaces the environment named oldName (a new one when oldName is empty) and writes the
    // file; false with *error (nothing changed) for an empty or taken environment name, a bad,
    // empty or repeated variable name.
    bool saveEnvironment(int file, const QString &oldName, const Environment &environment, bool secretsInFile, QString *error);

    Location locate(const QModelIndex &index) const;
    Kind kind(const QModelIndex &index) const;
    const SavedConnection *connection(const QModelIndex &index) const;
    // The connection's options with its file's environment; nullopt with *error naming the
    // unknown variable.
    std::optional<SessionOptions> resolve(const QModelIndex &index, QString *error) const;
    // The connection's saved message number message, expanded with its file's environment.
    std::optional<MessageDraft> resolveMessage(const QModelIndex &connection, int message, QString *error) const;
    // The secret variables of the connection's active environment, by name: a tab that sends its
    // saved messages expands and masks them (SessionOptions::secretVariables).
    QMap<QString, QString> secretsFor(const QModelIndex &connection) const;
    // Appends connection to folder (made when missing) and writes the file; secrets stay in CollectionSecrets.
    bool addConnection(int file, const QString &folder, const SavedConnection &connection, QString *error);
    QModelIndex fileIndex(int file) const { return index(file, 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void environmentChanged(int file);

private:
    struct File
    {
        QString path;
        Collection collection;
        QString environment;
        bool secretsInFile = false;
    };
    // The file written as updated (secret values to CollectionSecrets unless the file keeps them).
    bool write(int file, const Collection &updated, QString *error) const;

    QList<File> m_files;
};

} // namespace wsi
