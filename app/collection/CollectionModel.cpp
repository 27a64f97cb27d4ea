#include "CollectionModel.h"

#include "CollectionSecrets.h"
#include "i18n/Translation.h"

#include <QFileInfo>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CollectionModel)
};
// internalId: 0 for a file; file + 1 for a folder; (file + 1) | (folder + 1) << 24 for a connection.
constexpr quintptr FolderShift = 24;
constexpr quintptr FileMask = (quintptr(1) << FolderShift) - 1;
} // namespace

CollectionModel::CollectionModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

bool CollectionModel::open(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const File &file : std::as_const(m_files))
        if (file.path == absolute) {
            *error = Tr::tr("%1 is open already").arg(path);
            return false;
        }
    std::optional<Collection> collection = Collection::read(path, error);
    if (!collection)
        return false;
    bool secretsInFile = false;
    for (const Environment &environment : std::as_const(collection->environments))
        for (const Variable &variable : environment.variables)
            secretsInFile = secretsInFile || (variable.secret && !variable.value.isEmpty());
    CollectionSecrets::fill(absolute, &*collection);
    const int row = int(m_files.size());
    beginInsertRows(QModelIndex(), row, row);
    m_files.append({absolute, *collection, collection->environments.isEmpty() ? QString() : collection->environments.constFirst().name,
                    secretsInFile});
    endInsertRows();
    return true;
}

bool CollectionModel::create(const QString &path, QString *error)
{
    Collection collection;
    collection.name = QFileInfo(path).completeBaseName();
    collection.folders.append({Tr::tr("Connections"), {}});
    collection.environments.append({QStringLiteral("local"), {}});
    return collection.write(path, false, error) && open(path, error);
}

void CollectionModel::closeFile(int file)
{
    beginRemoveRows(QModelIndex(), file, file);
    m_files.removeAt(file);
    endRemoveRows();
}

QStringList CollectionModel::paths() const
{
    QStringList list;
    for (const File &file : m_files)
        list << file.path;
    return list;
}

void CollectionModel::setEnvironment(int file, const QString &name)
{
    if (m_files.at(file).environment == name)
        return;
    m_files[file].environment = name;
    emit environmentChanged(file);
}

VariableSet CollectionModel::variables(int file) const
{
    const Environment *environment = m_files.at(file).collection.environment(m_files.at(file).environment);
    return environment ? VariableSet(*environment) : VariableSet();
}

CollectionModel::Location CollectionModel::locate(const QModelIndex &index) const
{
    Location location;
    if (!index.isValid())
        return location;
    const quintptr id = index.internalId();
    if (id == 0) {
        location.file = index.row();
    } else if ((id >> FolderShift) == 0) {
        location.file = int(id - 1);
        location.folder = index.row();
    } else {
        location.file = int((id & FileMask) - 1);
        location.folder = int((id >> FolderShift) - 1);
        location.connection = index.row();
    }
    return location;
}

CollectionModel::Kind CollectionModel::kind(const QModelIndex &index) const
{
    const Location at = locate(index);
    return at.connection >= 0 ? Kind::Connection : at.folder >= 0 ? Kind::Folder : Kind::File;
}

const SavedConnection *CollectionModel::connection(const QModelIndex &index) const
{
    const Location at = locate(index);
    if (at.connection < 0)
        return nullptr;
    return &m_files.at(at.file).collection.folders.at(at.folder).connections.at(at.connection);
}

std::optional<SessionOptions> CollectionModel::resolve(const QModelIndex &index, QString *error) const
{
    const SavedConnection *saved = connection(index);
    if (!saved) {
        *error = Tr::tr("not a saved connection");
        return std::nullopt;
    }
    return saved->resolve(variables(locate(index).file), error);
}

std::optional<MessageDraft> CollectionModel::resolveMessage(const QModelIndex &index, int message, QString *error) const
{
    const SavedConnection *saved = connection(index);
    if (!saved || message < 0 || message >= saved->messages.size()) {
        *error = Tr::tr("not a saved message");
        return std::nullopt;
    }
    return saved->messages.at(message).resolve(variables(locate(index).file), error);
}

QMap<QString, QString> CollectionModel::secretsFor(const QModelIndex &index) const
{
    return connection(index) ? variables(locate(index).file).secrets() : QMap<QString, QString>();
}

bool CollectionModel::write(int file, const Collection &updated, QString *error) const
{
    const File &at = m_files.at(file);
    return (at.secretsInFile || CollectionSecrets::remember(at.path, updated, error)) && updated.write(at.path, at.secretsInFile, error);
}

bool CollectionModel::saveEnvironment(int file, const QString &oldName, const Environment &environment, bool secretsInFile, QString *error)
{
    Collection updated = m_files.at(file).collection;
    if (environment.name.trimmed().isEmpty()) {
        *error = Tr::tr("An environment needs a name.");
        return false;
    }
    int at = -1;
    for (int i = 0; i < updated.environments.size(); ++i) {
        if (!oldName.isEmpty() && updated.environments.at(i).name == oldName)
            at = i;
        else if (updated.environments.at(i).name == environment.name) {
            *error = Tr::tr("There is an environment named \"%1\" already.").arg(environment.name);
            return false;
        }
    }
    QStringList names;
    for (const Variable &variable : environment.variables) {
        if (!VariableSet::isValidName(variable.name) || VariableSet::isPlaceholder(variable.name)) {
            *error = Tr::tr("\"%1\" cannot be a variable's name: letters, digits, _ - . only, and not a placeholder's name")
                         .arg(variable.name);
            return false;
        }
        if (names.contains(variable.name)) {
            *error = Tr::tr("The variable \"%1\" is there twice.").arg(variable.name);
            return false;
        }
        names.append(variable.name);
    }
    if (at < 0)
        updated.environments.append(environment);
    else
        updated.environments[at] = environment;
    const bool wasInFile = m_files.at(file).secretsInFile;
    m_files[file].secretsInFile = secretsInFile;
    if (!write(file, updated, error)) {
        m_files[file].secretsInFile = wasInFile;
        return false;
    }
    m_files[file].collection = updated;
    if (m_files.at(file).environment == oldName || m_files.at(file).environment.isEmpty())
        m_files[file].environment = environment.name;
    emit environmentChanged(file);
    return true;
}

bool CollectionModel::addConnection(int file, const QString &folderName, const SavedConnection &connection, QString *error)
{
    Collection updated = m_files.at(file).collection;
    int folder = -1;
    for (int i = 0; i < updated.folders.size(); ++i)
        if (updated.folders.at(i).name == folderName)
            folder = i;
    const bool newFolder = folder < 0;
    if (newFolder) {
        updated.folders.append({folderName, {}});
        folder = int(updated.folders.size() - 1);
    }
    updated.folders[folder].connections.append(connection);
    if (!write(file, updated, error))
        return false;
    if (newFolder) {
        beginInsertRows(fileIndex(file), folder, folder);
        m_files[file].collection = updated;
        endInsertRows();
    } else {
        const int row = int(updated.folders.at(folder).connections.size() - 1);
        beginInsertRows(index(folder, 0, fileIndex(file)), row, row);
        m_files[file].collection = updated;
        endInsertRows();
    }
    return true;
}

QModelIndex CollectionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Location at = locate(parent);
    if (at.folder < 0)
        return createIndex(row, column, quintptr(at.file + 1));
    return createIndex(row, column, quintptr(at.file + 1) | (quintptr(at.folder + 1) << FolderShift));
}

QModelIndex CollectionModel::parent(const QModelIndex &child) const
{
    const Location at = locate(child);
    if (at.folder < 0)
        return QModelIndex();
    if (at.connection < 0)
        return createIndex(at.file, 0, quintptr(0));
    return createIndex(at.folder, 0, quintptr(at.file + 1));
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_files.size());
    const Location at = locate(parent);
    if (at.folder < 0)
        return int(m_files.at(at.file).collection.folders.size());
    if (at.connection < 0)
        return int(m_files.at(at.file).collection.folders.at(at.folder).connections.size());
    return 0;
}

int CollectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Location at = locate(index);
    const File &file = m_files.at(at.file);
    if (at.folder < 0) {
        if (role == Qt::DisplayRole)
            return file.collection.name.isEmpty() ? QFileInfo(file.path).fileName() : file.collection.name;
        if (role == Qt::ToolTipRole)
            return file.path;
        return QVariant();
    }
    const Folder &folder = file.collection.folders.at(at.folder);
    if (at.connection < 0)
        return role == Qt::DisplayRole ? QVariant(folder.name) : QVariant();
    const SavedConnection &saved = folder.connections.at(at.connection);
    switch (role) {
    case Qt::DisplayRole: return saved.name;
    case Qt::ToolTipRole: return saved.url; // as written: {{variables}}, never their (secret) values
    case UrlRole: return saved.url;
    default: return QVariant();
    }
}

} // namespace wsi
