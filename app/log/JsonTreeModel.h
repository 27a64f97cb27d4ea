#pragma once

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QJsonValue>

#include "JsonIndex.h"

#include <memory>
#include <vector>

namespace wsi {

// One message's JSON document as a tree (key, value) for the detail pane, keys in the order
// written. The model is a view over a JsonIndex read on a worker thread (load()), never on the
// window's: a row is an index entry, nothing is decoded until a view asks for it, so a 5 MiB
// document costs one pass over its bytes and the rows on screen.
// Paths are written as the replay comparer's --ignore reads them: $.items[3].id, $['a.b'].
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
    bool hasDocument() const { return m_index != nullptr; }
    // The document read (null when none): the text view beside the tree shows the same one.
    std::shared_ptr<const JsonIndex> document() const { return m_index; }
    QString errorString() const { return m_error; }

    // The document as indented JSON text for the text view beside the tree, made with the
    // index (on the worker for load()): at most TextLimit bytes, a long line shortened.
    QString indentedText() const { return m_text; }
    bool indentedTextCut() const { return m_textCut; }
    static constexpr qsizetype TextLimit = 128 * 1024;

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

signals:
    void loaded();
    void failed(const QString &error);

private:
    struct Parsed
    {
        std::shared_ptr<const JsonIndex> index;
        QString text;
        bool textCut = false;
        QString error;
    };
    static Parsed read(const QByteArray &jsonText);
    // The index entry a model index stands for; -1 for none.
    int entryOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    QModelIndex indexOf(int entry, int column = 0) const;
    void show(const Parsed &parsed);
    void onParsed();

    std::shared_ptr<const JsonIndex> m_index;
    QFutureWatcher<Parsed> m_watcher;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
    QString m_text;
    bool m_textCut = false;
    QString m_search;
    // The matching entries, in document order.
    std::vector<int> m_matches;
};

} // namespace wsi
