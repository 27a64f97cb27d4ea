#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace wsi {

// A JSON text read once into a flat list of its values (document order, keys in the order
// written), each pointing at its bytes: nothing is decoded until asked. It reads 5 MiB in a
// few tens of milliseconds where QJsonDocument takes most of a second, and frees as one block,
// so the JSON tree can show a large message at once. A scalar document ("42") is allowed.
class JsonIndex
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    static constexpr quint32 None = 0xffffffffu;

    // nullopt with *error saying what is wrong and where (a byte offset).
    static std::optional<JsonIndex> read(const QByteArray &text, QString *error);
    // How deep arrays and objects may nest.
    static constexpr int MaxDepth = 1024;

    int size() const { return int(m_entries.size()); }
    Type type(int i) const { return m_entries[size_t(i)].type; }
    bool isContainer(int i) const { return type(i) == Type::Array || type(i) == Type::Object; }
    int parent(int i) const { return m_entries[size_t(i)].parent == None ? -1 : int(m_entries[size_t(i)].parent); }
    // Position among the parent's children.
    int row(int i) const;
    int childCount(int i) const { return int(m_entries[size_t(i)].childCount); }
    int child(int i, int row) const { return int(m_children[size_t(m_entries[size_t(i)].firstSlot) + size_t(row)]); }
    // An object member's key, decoded; empty for array elements and the root.
    QString key(int i) const;
    bool hasKey(int i) const { return m_entries[size_t(i)].keyBegin != None; }
    // A string value decoded; a number or literal as written; a container's compact JSON.
    QString text(int i) const;
    // Whether the key or a scalar's text holds needle (case-insensitive), without decoding
    // plain ASCII: a search over a 5 MiB document stays quick.
    bool keyContains(int i, const QString &needle) const;
    bool scalarContains(int i, const QString &needle) const;
    // The value's bytes as written.
    QByteArray raw(int i) const;
    // The value as compact JSON (whitespace outside strings dropped).
    QByteArray compact(int i) const;
    const QByteArray &source() const { return m_text; }
    // The document indented two spaces a level, keys and values as written, at most limit
    // bytes (whole lines; *cut says whether that was all of it).
    QByteArray indented(qsizetype limit, bool *cut) const;

private:
    // 28 bytes a value: a 5 MiB document holds half a million of them.
    struct Entry
    {
        quint32 keyBegin = None; // the key's opening quote
        quint32 begin = 0;
        quint32 end = 0;
        quint32 parent = None;
        quint32 childCount = 0;
        quint32 firstSlot = 0; // where its children start in m_children
        Type type = Type::Null;
    };
    class Reader;
    static QString decodeString(const char *begin, const char *end);
    // One past the closing quote of the string whose opening quote is at quote.
    const char *stringEnd(quint32 quote) const;
    static bool spanContains(const char *begin, const char *end, bool quoted, const QString &needle);
    void writeIndented(int i, int depth, QByteArray &out, qsizetype limit) const;

    QByteArray m_text;
    std::vector<Entry> m_entries;
    std::vector<quint32> m_children;
};

} // namespace wsi
