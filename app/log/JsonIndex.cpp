#include "JsonIndex.h"

#include "i18n/Translation.h"

#include <algorithm>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::JsonIndex)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

// Recursive descent over the bytes, one entry per value in document order.
class JsonIndex::Reader
{
public:
    Reader(const QByteArray &text, std::vector<Entry> &entries)
        : m_begin(text.constData()), m_at(text.constData()), m_end(text.constData() + text.size()), m_entries(entries)
    {
    }

    bool document()
    {
        skipSpace();
        if (!value(None, 0, None))
            return false;
        skipSpace();
        if (m_at != m_end)
            return fail(Tr::tr("more than one JSON value"));
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("%1 at byte %2").arg(why).arg(m_at - m_begin);
        return false;
    }
    void skipSpace()
    {
        while (m_at != m_end && isSpace(*m_at))
            ++m_at;
    }
    quint32 offset() const { return quint32(m_at - m_begin); }

    bool value(quint32 parent, int depth, quint32 keyBegin)
    {
        if (m_at == m_end)
            return fail(Tr::tr("the text ends where a value was expected"));
        const size_t self = m_entries.size();
        Entry entry;
        entry.keyBegin = keyBegin;
        entry.parent = parent;
        entry.begin = offset();
        m_entries.push_back(entry);
        const char c = *m_at;
        bool ok = false;
        Type type = Type::Null;
        if (c == '{' || c == '[') {
            if (depth >= MaxDepth)
                return fail(Tr::tr("nested deeper than %1 levels").arg(MaxDepth));
            type = c == '{' ? Type::Object : Type::Array;
            ok = container(quint32(self), c == '{', depth + 1);
        } else if (c == '"') {
            type = Type::String;
            ok = string();
        } else if (c == '-' || isDigit(c)) {
            type = Type::Number;
            ok = number();
        } else if (literal("true")) {
            type = Type::True;
            ok = true;
        } else if (literal("false")) {
            type = Type::False;
            ok = true;
        } else if (literal("null")) {
            ok = true;
        } else {
            return fail(Tr::tr("unexpected character '%1'").arg(QChar::fromLatin1(c)));
        }
        if (!ok)
            return false;
        m_entries[self].type = type;
        m_entries[self].end = offset();
        return true;
    }

    bool container(quint32 self, bool object, int depth)
    {
        const char close = object ? '}' : ']';
        ++m_at;
        skipSpace();
        quint32 count = 0;
        if (m_at != m_end && *m_at == close) {
            ++m_at;
            return true;
        }
        while (true) {
            quint32 keyBegin = None;
            if (object) {
                if (m_at == m_end || *m_at != '"')
                    return fail(Tr::tr("a key in quotes was expected"));
                keyBegin = offset();
                if (!string())
                    return false;
                skipSpace();
                if (m_at == m_end || *m_at != ':')
                    return fail(Tr::tr("':' was expected after the key"));
                ++m_at;
                skipSpace();
            }
            if (!value(self, depth, keyBegin))
                return false;
            ++count;
            skipSpace();
            if (m_at == m_end)
                return fail(Tr::tr("the text ends inside an %1").arg(object ? Tr::tr("object") : Tr::tr("array")));
            if (*m_at == ',') {
                ++m_at;
                skipSpace();
                continue;
            }
            if (*m_at == close) {
                ++m_at;
                m_entries[self].childCount = count;
                return true;
            }
            return fail(object ? Tr::tr("',' or '}' was expected") : Tr::tr("',' or ']' was expected"));
        }
    }

    bool string()
    {
        ++m_at; // the opening quote
        while (m_at != m_end) {
            const char c = *m_at;
            if (c == '"') {
                ++m_at;
                return true;
            }
            // As lenient as Qt's reader (the comparer's and the Message tab's): a raw control
            // character and an unknown escape (backslash x reads x) pass.
            if (c == '\\') {
                ++m_at;
                if (m_at == m_end)
                    break;
                const char e = *m_at;
                if (e == 'u') {
                    if (m_end - m_at < 5 || hexValue(m_at[1]) < 0 || hexValue(m_at[2]) < 0 || hexValue(m_at[3]) < 0 || hexValue(m_at[4]) < 0)
                        return fail(Tr::tr("\\u needs four hex digits"));
                    m_at += 4;
                }
            }
            ++m_at;
        }
        return fail(Tr::tr("a string is not closed"));
    }

    bool digits()
    {
        const char *start = m_at;
        while (m_at != m_end && isDigit(*m_at))
            ++m_at;
        return m_at != start;
    }

    bool number()
    {
        if (*m_at == '-')
            ++m_at;
        if (m_at != m_end && *m_at == '0')
            ++m_at;
        else if (!digits())
            return fail(Tr::tr("a digit was expected"));
        if (m_at != m_end && *m_at == '.') {
            ++m_at;
            if (!digits())
                return fail(Tr::tr("a digit was expected"));
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!digits())
                return fail(Tr::tr("a digit was expected"));
        }
        return true;
    }

    bool literal(const char *word)
    {
        const char *p = m_at;
        for (; *word; ++word, ++p) {
            if (p == m_end || *p != *word)
                return false;
        }
        m_at = p;
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<Entry> &m_entries;
    QString m_error;
};

std::optional<JsonIndex> JsonIndex::read(const QByteArray &text, QString *error)
{
    if (quint64(text.size()) >= quint64(None)) {
        *error = Tr::tr("too large to read as a tree (%1 bytes)").arg(text.size());
        return std::nullopt;
    }
    JsonIndex index;
    index.m_text = text;
    // A document holds at most one value more than its commas and opening brackets: room for
    // all of them at once, so the list never moves while it grows.
    size_t bound = 1;
    for (const char c : text)
        bound += size_t(c == ',') + size_t(c == '[') + size_t(c == '{');
    index.m_entries.reserve(bound);
    Reader reader(index.m_text, index.m_entries);
    if (!reader.document()) {
        *error = reader.error();
        return std::nullopt;
    }
    // Each container's children side by side, so child(i, row) is one lookup.
    quint32 slot = 0;
    for (Entry &entry : index.m_entries) {
        entry.firstSlot = slot;
        slot += entry.childCount;
    }
    index.m_children.resize(slot);
    // Entries are in document order: each parent's children arrive in their order.
    std::vector<quint32> filled(index.m_entries.size(), 0);
    for (quint32 i = 1; i < quint32(index.m_entries.size()); ++i) {
        const quint32 parent = index.m_entries[i].parent;
        index.m_children[index.m_entries[parent].firstSlot + filled[parent]++] = i;
    }
    return index;
}

QString JsonIndex::decodeString(const char *begin, const char *end)
{
    // begin and end are the quotes.
    ++begin;
    --end;
    const char *backslash = std::find(begin, end, '\\');
    if (backslash == end)
        return QString::fromUtf8(begin, end - begin);
    QString out = QString::fromUtf8(begin, backslash - begin);
    const char *p = backslash;
    while (p < end) {
        const char *next = std::find(p, end, '\\');
        out += QString::fromUtf8(p, next - p);
        if (next == end)
            break;
        const char e = next[1];
        p = next + 2;
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            const char16_t unit = char16_t(hexValue(p[0]) << 12 | hexValue(p[1]) << 8 | hexValue(p[2]) << 4 | hexValue(p[3]));
            out += QChar(unit);
            p += 4;
            break;
        }
        default: out += QChar::fromLatin1(e); break; // " \ /
        }
    }
    return out;
}

bool JsonIndex::spanContains(const char *begin, const char *end, bool quoted, const QString &needle)
{
    const char *from = quoted ? begin + 1 : begin;
    const char *to = quoted ? end - 1 : end;
    // Plain ASCII without escapes reads the same as Latin-1: compared where it lies.
    if (std::all_of(from, to, [](char c) { return c != '\\' && static_cast<unsigned char>(c) < 0x80; }))
        return QLatin1StringView(from, to - from).contains(needle, Qt::CaseInsensitive);
    const QString text = quoted ? decodeString(begin, end) : QString::fromUtf8(from, to - from);
    return text.contains(needle, Qt::CaseInsensitive);
}

bool JsonIndex::keyContains(int i, const QString &needle) const
{
    const Entry &entry = m_entries[size_t(i)];
    return entry.keyBegin != None && spanContains(m_text.constData() + entry.keyBegin, stringEnd(entry.keyBegin), true, needle);
}

bool JsonIndex::scalarContains(int i, const QString &needle) const
{
    const Entry &entry = m_entries[size_t(i)];
    return !isContainer(i) && spanContains(m_text.constData() + entry.begin, m_text.constData() + entry.end, entry.type == Type::String, needle);
}

const char *JsonIndex::stringEnd(quint32 quote) const
{
    const char *p = m_text.constData() + quote + 1;
    while (*p != '"')
        p += *p == '\\' ? 2 : 1;
    return p + 1;
}

int JsonIndex::row(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    if (entry.parent == None)
        return 0;
    const Entry &parent = m_entries[entry.parent];
    const auto first = m_children.begin() + qsizetype(parent.firstSlot);
    return int(std::lower_bound(first, first + qsizetype(parent.childCount), quint32(i)) - first);
}

QString JsonIndex::key(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    if (entry.keyBegin == None)
        return QString();
    return decodeString(m_text.constData() + entry.keyBegin, stringEnd(entry.keyBegin));
}

QByteArray JsonIndex::raw(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    return m_text.mid(entry.begin, entry.end - entry.begin);
}

QByteArray JsonIndex::compact(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    QByteArray out;
    out.reserve(entry.end - entry.begin);
    bool inString = false;
    for (const char *p = m_text.constData() + entry.begin, *end = m_text.constData() + entry.end; p != end; ++p) {
        if (inString) {
            out += *p;
            if (*p == '\\') {
                out += p[1];
                ++p;
            } else if (*p == '"') {
                inString = false;
            }
        } else if (!isSpace(*p)) {
            inString = *p == '"';
            out += *p;
        }
    }
    return out;
}

QString JsonIndex::text(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    if (entry.type == Type::String)
        return decodeString(m_text.constData() + entry.begin, m_text.constData() + entry.end);
    if (isContainer(i))
        return QString::fromUtf8(compact(i));
    return QString::fromLatin1(m_text.constData() + entry.begin, entry.end - entry.begin);
}

QByteArray JsonIndex::indented(qsizetype limit, bool *cut) const
{
    QByteArray out;
    out.reserve(qMin(limit, m_text.size() * 2) + 64);
    if (!m_entries.empty())
        writeIndented(0, 0, out, limit);
    *cut = out.size() > limit;
    if (*cut)
        out.truncate(qMax(qsizetype(0), out.lastIndexOf('\n', limit)));
    return out;
}

void JsonIndex::writeIndented(int i, int depth, QByteArray &out, qsizetype limit) const
{
    const Entry &entry = m_entries[size_t(i)];
    const char *text = m_text.constData();
    if (!isContainer(i) || entry.childCount == 0) {
        out.append(text + entry.begin, entry.end - entry.begin);
        return;
    }
    const bool object = entry.type == Type::Object;
    out += object ? '{' : '[';
    for (quint32 row = 0; row < entry.childCount; ++row) {
        if (out.size() > limit)
            return;
        const int c = child(i, int(row));
        out += '\n';
        out.append(qsizetype(depth + 1) * 2, ' ');
        if (object) {
            const Entry &member = m_entries[size_t(c)];
            out.append(text + member.keyBegin, stringEnd(member.keyBegin) - (text + member.keyBegin));
            out += ": ";
        }
        writeIndented(c, depth + 1, out, limit);
        if (row + 1 < entry.childCount)
            out += ',';
    }
    out += '\n';
    out.append(qsizetype(depth) * 2, ' ');
    out += object ? '}' : ']';
}

} // namespace wsi
