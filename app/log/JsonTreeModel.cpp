#include "JsonTreeModel.h"

#include "PlainText.h"
#include "replay/ReplyComparer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace wsi {

struct JsonTreeModel::Node
{
    QString key;         // an object member's key
    int arrayIndex = -1; // an array element's index (key unused)
    QJsonValue value;
    Node *parent = nullptr;
    int row = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

constexpr qsizetype ValueChars = 300;

int childCount(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

// A number, true, false or null as JSON writes it.
QString literalText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key == QStringLiteral("*"))
        return false;
    return std::none_of(key.begin(), key.end(), [](QChar c) { return c == u'.' || c == u'[' || c == u']'; });
}

// Preorder walk: every key or scalar holding needle, as child positions from the root.
void collectMatches(const QJsonValue &value, const QString &needle, std::vector<int> &chain, std::vector<std::vector<int>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int i = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++i) {
            chain.push_back(i);
            const QJsonValue child = it.value();
            if (it.key().contains(needle, Qt::CaseInsensitive)
                || (!child.isObject() && !child.isArray() && (child.isString() ? child.toString() : literalText(child)).contains(needle, Qt::CaseInsensitive)))
                out.push_back(chain);
            collectMatches(child, needle, chain, out);
            chain.pop_back();
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < int(array.size()); ++i) {
            chain.push_back(i);
            const QJsonValue child = array.at(i);
            if (!child.isObject() && !child.isArray() && (child.isString() ? child.toString() : literalText(child)).contains(needle, Qt::CaseInsensitive))
                out.push_back(chain);
            collectMatches(child, needle, chain, out);
            chain.pop_back();
        }
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Parsed>::finished, this, &JsonTreeModel::onParsed);
}

JsonTreeModel::~JsonTreeModel() = default;

QString JsonTreeModel::joinPath(const QString &parentPath, const QString &key, int arrayIndex)
{
    if (arrayIndex >= 0)
        return parentPath + QStringLiteral("[%1]").arg(arrayIndex);
    // A key the dotted form cannot hold is written in brackets, as JSONPath does.
    if (!isIdentifier(key))
        return parentPath + QStringLiteral("['") + key + QStringLiteral("']");
    return parentPath + u'.' + key;
}

void JsonTreeModel::load(const QByteArray &jsonText)
{
    clear();
    m_loading = true;
    auto promise = std::make_shared<QPromise<Parsed>>();
    QFuture<Parsed> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, jsonText] {
        Parsed parsed;
        // The replay comparer's reading: a scalar document ("42") parses as well.
        if (!ReplyComparer::parseJson(jsonText, &parsed.value, &parsed.error) && parsed.error.isEmpty())
            parsed.error = QStringLiteral("?");
        promise->addResult(parsed);
        promise->finish();
    });
    m_watcher.setFuture(future);
}

void JsonTreeModel::onParsed()
{
    if (!m_loading || m_watcher.future().resultCount() == 0)
        return;
    m_loading = false;
    const Parsed parsed = m_watcher.future().result();
    if (!parsed.error.isEmpty()) {
        m_error = parsed.error;
        emit failed(m_error);
        return;
    }
    setDocument(parsed.value);
    emit loaded();
}

void JsonTreeModel::setDocument(const QJsonValue &root)
{
    beginResetModel();
    m_loading = false;
    m_watcher.cancel();
    m_error.clear();
    m_matches.clear();
    m_search.clear();
    m_root = std::make_unique<Node>();
    m_root->value = root;
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_loading = false;
    m_root.reset();
    m_error.clear();
    m_matches.clear();
    m_search.clear();
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

void JsonTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->key = it.key();
            child->value = it.value();
            child->parent = node;
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (int i = 0; i < int(array.size()); ++i) {
            auto child = std::make_unique<Node>();
            child->arrayIndex = i;
            child->value = array.at(i);
            child->parent = node;
            child->row = i;
            node->children.push_back(std::move(child));
        }
    }
}

QModelIndex JsonTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_root || column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    // The top level holds one row, the document itself ($).
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, m_root.get()) : QModelIndex();
    Node *node = nodeOf(parent);
    populate(node);
    if (row >= int(node->children.size()))
        return QModelIndex();
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    Node *node = nodeOf(child);
    if (!node || !node->parent)
        return QModelIndex();
    Node *up = node->parent;
    return createIndex(up->parent ? up->row : 0, 0, up);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_root)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() > 0)
        return 0;
    return childCount(nodeOf(parent)->value);
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
    std::vector<const Node *> chain;
    for (const Node *node = nodeOf(index); node && node->parent; node = node->parent)
        chain.push_back(node);
    QString text = QStringLiteral("$");
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        text = joinPath(text, (*it)->key, (*it)->arrayIndex);
    return text;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return QString();
    const QJsonValue &v = node->value;
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return literalText(v);
}

QModelIndex JsonTreeModel::indexForPath(const QString &path)
{
    if (!m_root || !path.startsWith(u'$'))
        return QModelIndex();
    Node *node = m_root.get();
    qsizetype at = 1;
    while (at < path.size()) {
        QString key;
        int arrayIndex = -1;
        if (path.at(at) == u'.') {
            qsizetype end = at + 1;
            while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
                ++end;
            key = path.mid(at + 1, end - at - 1);
            at = end;
        } else if (path.mid(at, 2) == QStringLiteral("['")) {
            const qsizetype end = path.indexOf(QStringLiteral("']"), at + 2);
            if (end < 0)
                return QModelIndex();
            key = path.mid(at + 2, end - at - 2);
            at = end + 2;
        } else if (path.at(at) == u'[') {
            const qsizetype end = path.indexOf(u']', at);
            bool ok = false;
            arrayIndex = end < 0 ? -1 : path.mid(at + 1, end - at - 1).toInt(&ok);
            if (!ok)
                return QModelIndex();
            at = end + 1;
        } else {
            return QModelIndex();
        }
        populate(node);
        const auto found = std::find_if(node->children.begin(), node->children.end(), [&](const std::unique_ptr<Node> &child) {
            return arrayIndex >= 0 ? child->arrayIndex == arrayIndex : (child->arrayIndex < 0 && child->key == key);
        });
        if (found == node->children.end())
            return QModelIndex();
        node = found->get();
    }
    return node == m_root.get() ? createIndex(0, 0, node) : indexOf(node);
}

int JsonTreeModel::setSearch(const QString &text)
{
    std::vector<std::vector<int>> matches;
    if (m_root && !text.isEmpty()) {
        std::vector<int> chain;
        collectMatches(m_root->value, text, chain, matches);
    }
    m_search = text;
    m_matches = std::move(matches);
    // Rows already made show the new highlight (no row moves).
    if (m_root) {
        emit layoutAboutToBeChanged();
        emit layoutChanged();
    }
    return int(m_matches.size());
}

QModelIndex JsonTreeModel::matchIndex(int i)
{
    if (i < 0 || i >= int(m_matches.size()) || !m_root)
        return QModelIndex();
    Node *node = m_root.get();
    for (int position : m_matches[size_t(i)]) {
        populate(node);
        if (position >= int(node->children.size()))
            return QModelIndex();
        node = node->children[size_t(position)].get();
    }
    return indexOf(node);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn) {
            if (!node->parent)
                return QStringLiteral("$");
            return node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex)
                                         : PlainText::escape(node->key, PlainText::Newlines::Escape, ValueChars);
        }
        if (node->value.isObject())
            return QStringLiteral("{%1}").arg(node->value.toObject().size());
        if (node->value.isArray())
            return QStringLiteral("[%1]").arg(node->value.toArray().size());
        if (node->value.isString())
            return QString(u'"' + PlainText::escape(node->value.toString(), PlainText::Newlines::Escape, ValueChars) + u'"');
        return literalText(node->value);
    case Qt::ToolTipRole:
        return path(index);
    case PathRole:
        return path(index);
    case MatchRole: {
        if (m_matches.empty() || !node->parent)
            return false;
        std::vector<int> chain;
        for (const Node *n = node; n->parent; n = n->parent)
            chain.push_back(n->row);
        std::reverse(chain.begin(), chain.end());
        return std::binary_search(m_matches.begin(), m_matches.end(), chain);
    }
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
