#include "JsonTreeModel.h"

#include "PlainText.h"
#include "check/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace wsi {

namespace {
constexpr qsizetype ValueChars = 300;
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Parsed>::finished, this, &JsonTreeModel::onParsed);
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::load(const QByteArray &jsonText)
{
    clear();
    m_loading = true;
    auto promise = std::make_shared<QPromise<Parsed>>();
    QFuture<Parsed> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, jsonText] {
        promise->addResult(read(jsonText));
        promise->finish();
    });
    m_watcher.setFuture(future);
}

JsonTreeModel::Parsed JsonTreeModel::read(const QByteArray &jsonText)
{
    Parsed parsed;
    std::optional<JsonIndex> index = JsonIndex::read(jsonText, &parsed.error);
    if (!index)
        return parsed;
    const QByteArray text = index->indented(TextLimit, &parsed.textCut);
    // A text widget lays a long line out at once: one is cut (as the Message tab does).
    parsed.text = PlainText::shortenLongLines(PlainText::escape(QString::fromUtf8(text), PlainText::Newlines::Keep), 4096);
    parsed.index = std::make_shared<const JsonIndex>(std::move(*index));
    return parsed;
}

void JsonTreeModel::onParsed()
{
    if (!m_loading || m_watcher.future().resultCount() == 0)
        return;
    m_loading = false;
    const Parsed parsed = m_watcher.future().result();
    if (!parsed.index) {
        m_error = parsed.error;
        emit failed(m_error);
        return;
    }
    show(parsed);
    emit loaded();
}

void JsonTreeModel::setDocument(const QJsonValue &root)
{
    // Decoded payloads are small: written as JSON and read here.
    const QByteArray wrapped = QJsonDocument(QJsonArray{root}).toJson(QJsonDocument::Compact);
    show(read(wrapped.mid(1, wrapped.size() - 2)));
}

void JsonTreeModel::show(const Parsed &parsed)
{
    beginResetModel();
    m_loading = false;
    m_watcher.cancel();
    m_error.clear();
    m_matches.clear();
    m_search.clear();
    m_index = parsed.index;
    m_text = parsed.text;
    m_textCut = parsed.textCut;
    endResetModel();
}

void JsonTreeModel::clear()
{
    show(Parsed());
}

QModelIndex JsonTreeModel::indexOf(int entry, int column) const
{
    if (!m_index || entry < 0)
        return QModelIndex();
    return createIndex(entry == 0 ? 0 : m_index->row(entry), column, quintptr(entry));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_index || column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    // The top level holds one row, the document itself ($).
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int entry = entryOf(parent);
    if (row >= m_index->childCount(entry))
        return QModelIndex();
    return createIndex(row, column, quintptr(m_index->child(entry, row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const int entry = entryOf(child);
    if (!m_index || entry <= 0)
        return QModelIndex();
    return indexOf(m_index->parent(entry));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_index)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() > 0)
        return 0;
    return m_index->childCount(entryOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    std::vector<int> chain;
    for (int entry = entryOf(index); m_index && entry > 0; entry = m_index->parent(entry))
        chain.push_back(entry);
    QString text = QStringLiteral("$");
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const int parent = m_index->parent(*it);
        text = m_index->type(parent) == JsonIndex::Type::Object ? JsonPath::append(text, m_index->key(*it)) : JsonPath::append(text, m_index->row(*it));
    }
    return text;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const int entry = entryOf(index);
    return m_index && entry >= 0 ? m_index->text(entry) : QString();
}

QModelIndex JsonTreeModel::indexForPath(const QString &path)
{
    QString error;
    const std::optional<JsonPath> parsed = JsonPath::parse(path, &error);
    if (!m_index || !parsed)
        return QModelIndex();
    int entry = 0;
    for (const JsonPath::Step &step : parsed->steps()) {
        int next = -1;
        if (const QString *key = std::get_if<QString>(&step); key && m_index->type(entry) == JsonIndex::Type::Object) {
            for (int row = 0; row < m_index->childCount(entry) && next < 0; ++row) {
                if (m_index->key(m_index->child(entry, row)) == *key)
                    next = m_index->child(entry, row);
            }
        } else if (const int *row = std::get_if<int>(&step); row && m_index->type(entry) == JsonIndex::Type::Array) {
            if (*row < m_index->childCount(entry))
                next = m_index->child(entry, *row);
        }
        if (next < 0)
            return QModelIndex();
        entry = next;
    }
    return indexOf(entry);
}

int JsonTreeModel::setSearch(const QString &text)
{
    std::vector<int> matches;
    if (m_index && !text.isEmpty()) {
        // Entries are in document order: one pass, no walk.
        for (int entry = 1; entry < m_index->size(); ++entry) {
            if (m_index->keyContains(entry, text) || m_index->scalarContains(entry, text))
                matches.push_back(entry);
        }
    }
    m_search = text;
    m_matches = std::move(matches);
    // Rows already shown take the new highlight (no row moves).
    if (m_index) {
        emit layoutAboutToBeChanged();
        emit layoutChanged();
    }
    return int(m_matches.size());
}

QModelIndex JsonTreeModel::matchIndex(int i)
{
    if (i < 0 || i >= int(m_matches.size()))
        return QModelIndex();
    return indexOf(m_matches[size_t(i)]);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const int entry = entryOf(index);
    if (!m_index || entry < 0)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn) {
            if (entry == 0)
                return QStringLiteral("$");
            return m_index->hasKey(entry) ? PlainText::escape(m_index->key(entry), PlainText::Newlines::Escape, ValueChars)
                                          : QStringLiteral("[%1]").arg(m_index->row(entry));
        }
        switch (m_index->type(entry)) {
        case JsonIndex::Type::Object:
            return QStringLiteral("{%1}").arg(m_index->childCount(entry));
        case JsonIndex::Type::Array:
            return QStringLiteral("[%1]").arg(m_index->childCount(entry));
        case JsonIndex::Type::String:
            return QString(u'"' + PlainText::escape(m_index->text(entry), PlainText::Newlines::Escape, ValueChars) + u'"');
        default:
            return m_index->text(entry);
        }
    case Qt::ToolTipRole:
    case PathRole:
        return path(index);
    case MatchRole:
        return std::binary_search(m_matches.begin(), m_matches.end(), entry) && entry > 0;
    default:
        return QVariant();
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace wsi
