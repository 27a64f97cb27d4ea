#pragma once

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace wsi {

// One message's JSON document as a tree (key, value) for the detail pane. Children are made
// only when a view opens their parent, so a 5 MiB document costs its parse and the rows on
// screen; text is parsed on a worker thread (load()), never on the window's.
// Paths are written as the replay comparer's --ignore reads them: $.items[3].id.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, MatchRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Parses text on a worker thread; loaded() follows (or failed() with the parser's reason).
    // A load started later wins over one still running.
    void load(const QByteArray &jsonText);
    // A document already parsed (a decoded CBOR, MessagePack or protobuf payload).
    void setDocument(const QJsonValue &root);
    void clear();
    bool isLoading() const { return m_loading; }
    bool hasDocument() const { return m_root != nullptr; }
    QString errorString() const { return m_error; }

    QString path(const QModelIndex &index) const;
    // What Copy value gives: a string's text, a number or literal as written, an object or array as compact JSON.
    QString valueText(const QModelIndex &index) const;
    // The index a path names ("$", "$.a[2].b"), opening parents as needed; invalid when there is none.
    QModelIndex indexForPath(const QString &path);

    // Finds text (case-insensitive) in keys and scalar values of the whole document; returns the
    // number of matches. Matching rows answer MatchRole true.
    int setSearch(const QString &text);
    int matchCount() const { return int(m_matches.size()); }
    // The i-th match in document order, its parents opened in the model.
    QModelIndex matchIndex(int i);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "$.items[3].id" from the steps down to a value; keys are object keys, -1 marks none.
    static QString joinPath(const QString &parentPath, const QString &key, int arrayIndex);

signals:
    void loaded();
    void failed(const QString &error);

private:
    struct Node;
    struct Parsed
    {
        QJsonValue value;
        QString error;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void populate(Node *node) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void onParsed();

    std::unique_ptr<Node> m_root;
    QFutureWatcher<Parsed> m_watcher;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
    QString m_search;
    // Each match as the child positions from the root down, in document order.
    std::vector<std::vector<int>> m_matches;
};

} // namespace wsi
