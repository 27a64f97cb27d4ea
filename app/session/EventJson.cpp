#include "EventJson.h"

#include "i18n/Translation.h"

#include "CloseCode.h"
#include "Redaction.h"
#include "wire/HttpHead.h"

#include <QJsonDocument>
#include <QUrl>
#include <QJsonValue>

#include <array>
#include <cstring>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#include <tmmintrin.h>
#endif

namespace wsi {

namespace {

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): formatting a
// timestamp per event without QDateTime keeps recording cheap.
void civilFromDays(qint64 z, int *year, unsigned *month, unsigned *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = int(qint64(yoe) + era * 400 + (*month <= 2));
}

// Writes value at p (at least width digits, zero-padded); returns the end.
char *putDigits(char *p, quint64 value, int width)
{
    // Two digits per division, from a table: timestamps have sixteen digits.
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *q = end;
    while (value >= 100) {
        const unsigned pair = unsigned(value % 100);
        value /= 100;
        q -= 2;
        memcpy(q, pairs + 2 * pair, 2);
    }
    if (value >= 10) {
        q -= 2;
        memcpy(q, pairs + 2 * value, 2);
    } else {
        *--q = char('0' + value);
    }
    while (end - q < width)
        *--q = '0';
    memcpy(p, q, size_t(end - q));
    return p + (end - q);
}

// A time in microseconds: the digits above the microseconds change once a second, so each of
// the two clocks a line carries (ts_us, rel_us) keeps its own; only six digits are made a line.
char *putMicros(char *p, qint64 value, int clock)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    if (value < 1000000)
        return putDigits(p, quint64(qMax<qint64>(0, value)), 1);
    struct Cached { qint64 seconds = -1; char digits[24]; int size = 0; };
    thread_local Cached cached[2];
    Cached &c = cached[clock];
    const qint64 seconds = value / 1000000;
    if (seconds != c.seconds) {
        c.size = int(putDigits(c.digits, quint64(seconds), 1) - c.digits);
        c.seconds = seconds;
    }
    memcpy(p, c.digits, size_t(c.size));
    p += c.size;
    const unsigned micros = unsigned(value % 1000000);
    memcpy(p, pairs + 2 * (micros / 10000), 2);
    memcpy(p + 2, pairs + 2 * (micros / 100 % 100), 2);
    memcpy(p + 4, pairs + 2 * (micros % 100), 2);
    return p + 6;
}

char *putInteger(char *p, qint64 value)
{
    if (value < 0) {
        *p++ = '-';
        return putDigits(p, quint64(-value), 1);
    }
    return putDigits(p, quint64(value), 1);
}

template<size_t N>
char *putLiteral(char *p, const char (&text)[N])
{
    memcpy(p, text, N - 1);
    return p + N - 1;
}

char *putBytes(char *p, const QByteArray &bytes)
{
    memcpy(p, bytes.constData(), size_t(bytes.size()));
    return p + bytes.size();
}

void appendDigits(QByteArray &out, quint64 value, int width)
{
    char buffer[24];
    out.append(buffer, putDigits(buffer, value, width) - buffer);
}

char *putIsoTime(char *p, qint64 timestampUs)
{
    const qint64 seconds = timestampUs >= 0 ? timestampUs / 1000000 : (timestampUs - 999999) / 1000000;
    const qint64 micros = timestampUs - seconds * 1000000;
    // A flood has thousands of events in the same second: format "YYYY-MM-DDTHH:MM:SS." once per second.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local char cachedPrefix[20];
    if (seconds != cachedSecond) {
        const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
        const qint64 secondOfDay = seconds - days * 86400;
        int year;
        unsigned month, day;
        civilFromDays(days, &year, &month, &day);
        QByteArray prefix;
        appendDigits(prefix, quint64(qMax(0, year)), 4);
        prefix += '-';
        appendDigits(prefix, month, 2);
        prefix += '-';
        appendDigits(prefix, day, 2);
        prefix += 'T';
        appendDigits(prefix, quint64(secondOfDay / 3600), 2);
        prefix += ':';
        appendDigits(prefix, quint64((secondOfDay / 60) % 60), 2);
        prefix += ':';
        appendDigits(prefix, quint64(secondOfDay % 60), 2);
        prefix += '.';
        if (prefix.size() != 20)
            prefix = prefix.left(20).leftJustified(20, '0'); // years past 9999 do not happen here
        memcpy(cachedPrefix, prefix.constData(), 20);
        cachedSecond = seconds;
    }
    char tail[7];
    quint64 us = quint64(micros);
    for (int i = 5; i >= 0; --i) {
        tail[i] = char('0' + us % 10);
        us /= 10;
    }
    tail[6] = 'Z';
    memcpy(p, cachedPrefix, 20);
    memcpy(p + 20, tail, 7);
    return p + 27;
}

void appendIsoTime(QByteArray &out, qint64 timestampUs)
{
    char buffer[32];
    out.append(buffer, putIsoTime(buffer, timestampUs) - buffer);
}

// Names as they appear in the file, quoted, made once: a flood writes them millions of times.
template<typename Enum, typename NameOf>
const QByteArray &quotedName(Enum value, Enum last, NameOf nameOf)
{
    static const std::vector<QByteArray> names = [last, nameOf] {
        std::vector<QByteArray> out;
        for (int v = 0; v <= int(last); ++v)
            out.push_back('"' + nameOf(Enum(v)).toLatin1() + '"');
        return out;
    }();
    return names[size_t(value)];
}

const QByteArray &quotedName(EventKind kind) { return quotedName(kind, EventKind::Info, kindName); }
const QByteArray &quotedName(Direction direction) { return quotedName(direction, Direction::Local, directionName); }
const QByteArray &quotedName(MessageTag tag) { return quotedName(tag, LastMessageTag, tagName); }

void appendInteger(QByteArray &out, qint64 value)
{
    if (value < 0) {
        out += '-';
        appendDigits(out, quint64(-value), 1);
    } else {
        appendDigits(out, quint64(value), 1);
    }
}

// The first byte JSON requires to be escaped, or end: most text has none, so this is
// where the time goes for big messages.
const char *firstToEscape(const char *p, const char *end)
{
#ifdef __SSE2__
    // Sixteen bytes at a time: a 1 MiB message is scanned at memory speed.
    const __m128i quoteMask = _mm_set1_epi8('"'), backslashMask = _mm_set1_epi8('\\'), controlMax = _mm_set1_epi8(0x1f);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // A byte is a control character when max(byte, 0x1f) is 0x1f (unsigned).
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quoteMask), _mm_cmpeq_epi8(bytes, backslashMask)),
                                             _mm_cmpeq_epi8(_mm_max_epu8(bytes, controlMax), controlMax));
        if (_mm_movemask_epi8(special) != 0)
            break;
        p += 16;
    }
#endif
    // Eight bytes at a time (without SSE2, and the tail of its scan).
    while (end - p >= 8) {
        quint64 word;
        memcpy(&word, p, 8);
        constexpr quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        const quint64 quote = word ^ (ones * '"'), backslash = word ^ (ones * '\\');
        // A byte below 0x20, or equal to '"' or '\\', sets its high bit in special.
        const quint64 special = ((word - ones * 0x20) & ~word) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
        if (special & highs)
            break;
        p += 8;
    }
    for (; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c < 0x20 || c == '"' || c == '\\')
            return p;
    }
    return end;
}

// A JSON string from UTF-8; only what JSON requires is escaped, the rest stays as it came.
void appendString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *end = utf8.data() + utf8.size();
    const char *run = utf8.data();
    for (const char *p = firstToEscape(run, end); p != end; p = firstToEscape(run, end)) {
        out.append(run, p - run);
        run = p + 1;
        const uchar c = uchar(*p);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(run, end - run);
    out += '"';
}


void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

#ifdef __SSE2__
// Base64 of 12 bytes at a time with SSSE3, as Wojciech Muła's "base64 encoding with SIMD
// instructions" describes it: the bytes shuffled so each 32-bit lane holds one group of three,
// the four 6-bit indices moved into place by two multiplies, then turned into characters by a
// 16-entry table of offsets. Reads 16 bytes per step, so it stops 4 short of the end; returns
// how many input bytes it took (a multiple of 3), their characters written at out.
__attribute__((target("ssse3"))) qsizetype base64Ssse3(const uchar *in, qsizetype size, char *out)
{
    const __m128i groups = _mm_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
    const __m128i offsets = _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                                          '0' - 52, '0' - 52, '0' - 52, '+' - 62, '/' - 63, 'A', 0, 0);
    qsizetype i = 0;
    for (; i + 16 <= size; i += 12, out += 16) {
        const __m128i v = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i)), groups);
        // Lane bytes b1 b0 b2 b1: indices 0 and 2 by a high multiply, 1 and 3 by a low one.
        const __m128i high = _mm_mulhi_epu16(_mm_and_si128(v, _mm_set1_epi32(0x0fc0fc00)), _mm_set1_epi32(0x04000040));
        const __m128i low = _mm_mullo_epi16(_mm_and_si128(v, _mm_set1_epi32(0x003f03f0)), _mm_set1_epi32(0x01000010));
        const __m128i indices = _mm_or_si128(high, low);
        // 0-25 → table entry 13 ('A'), 26-51 → 0, 52-61 → 1-10, 62 → 11, 63 → 12.
        __m128i entry = _mm_subs_epu8(indices, _mm_set1_epi8(51));
        entry = _mm_or_si128(entry, _mm_and_si128(_mm_cmpgt_epi8(_mm_set1_epi8(26), indices), _mm_set1_epi8(13)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_add_epi8(indices, _mm_shuffle_epi8(offsets, entry)));
    }
    return i;
}

// Set while static objects are made: the CPU is asked first (GCC's model of it may not be
// filled in yet in a constructor).
const bool HasSsse3 = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("ssse3") != 0;
}();
#endif

} // namespace

// "base64" in quotes, encoded in place: no temporary buffer per binary message.
void EventJson::appendBase64(QByteArray &out, QByteArrayView bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const qsizetype at = out.size();
    out.resize(at + 2 + (bytes.size() + 2) / 3 * 4);
    char *p = out.data() + at;
    *p++ = '"';
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype i = 0;
#ifdef __SSE2__
    if (HasSsse3) {
        i = base64Ssse3(in, bytes.size(), p);
        p += i / 3 * 4;
    }
#endif
    // Two characters per lookup (a table of every 12-bit pair): half the lookups and stores of
    // one character at a time, for what the vector loop leaves (or all, without SSSE3).
    static const auto pairs = [] {
        std::array<char, 2 * 4096> table{};
        for (int v = 0; v < 4096; ++v) {
            table[size_t(2 * v)] = alphabet[v >> 6];
            table[size_t(2 * v + 1)] = alphabet[v & 63];
        }
        return table;
    }();
    for (; i + 3 <= bytes.size(); i += 3) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        memcpy(p, &pairs[size_t(2 * (v >> 12))], 2);
        memcpy(p + 2, &pairs[size_t(2 * (v & 0xfff))], 2);
        p += 4;
    }
    if (i < bytes.size()) {
        const bool two = i + 1 < bytes.size();
        const quint32 v = (quint32(in[i]) << 16) | (two ? quint32(in[i + 1]) << 8 : 0);
        *p++ = alphabet[v >> 18];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = two ? alphabet[(v >> 6) & 63] : '=';
        *p++ = '=';
    }
    *p = '"';
}

QString EventJson::isoTime(qint64 timestampUs)
{
    QByteArray out;
    appendIsoTime(out, timestampUs);
    return QString::fromLatin1(out);
}

namespace {
// The part every line has, up to the payload. Built on the stack and appended once: under a
// flood this runs millions of times, and each small append to a QByteArray costs more than the bytes.
constexpr int HeadCapacity = 256;
char *putHead(char *head, const SessionEvent &event, qint64 startedUs)
{
    char *p = putLiteral(head, "{\"ts_us\":");
    p = event.timestampUs >= 0 ? putMicros(p, event.timestampUs, 0) : putInteger(p, event.timestampUs);
    if (startedUs >= 0) {
        p = putLiteral(p, ",\"rel_us\":");
        const qint64 rel = event.timestampUs - startedUs;
        p = rel >= 0 ? putMicros(p, rel, 1) : putInteger(p, rel);
    }
    p = putLiteral(p, ",\"time\":\"");
    p = putIsoTime(p, event.timestampUs);
    p = putLiteral(p, "\",\"event\":");
    p = putBytes(p, quotedName(event.kind));
    p = putLiteral(p, ",\"dir\":");
    p = putBytes(p, quotedName(event.direction));
    if (event.connection != 0) { // the relay's events: which client connection
        p = putLiteral(p, ",\"conn\":");
        p = putInteger(p, event.connection);
    }
    if (event.tag != MessageTag::None) {
        p = putLiteral(p, ",\"tag\":");
        p = putBytes(p, quotedName(event.tag));
    }
    if (event.frames > 1) { // a message that came in fragments
        p = putLiteral(p, ",\"frames\":");
        p = putInteger(p, event.frames);
    }
    if (event.kind == EventKind::Text) {
        p = putLiteral(p, ",\"size\":");
        p = putInteger(p, event.payload.size());
        p = putLiteral(p, ",\"text\":");
    }
    return p;
}
} // namespace

QByteArray EventJson::frameLine(const FrameRecord &frame)
{
    QByteArray out;
    out.reserve(200);
    out += "{\"ts_us\":";
    out += QByteArray::number(frame.timestampUs);
    out += ",\"time\":\"";
    appendIsoTime(out, frame.timestampUs);
    out += "\",\"event\":\"frame\",\"dir\":\"";
    out += frame.incoming ? "in" : "out";
    out += '"';
    const FrameHeader &h = frame.header;
    appendKey(out, "opcode");
    appendInteger(out, h.opcode);
    appendKey(out, "fin");
    out += h.fin ? "true" : "false";
    appendKey(out, "rsv");
    appendInteger(out, h.rsv);
    appendKey(out, "masked");
    out += h.masked ? "true" : "false";
    appendKey(out, "length");
    appendInteger(out, qint64(h.length));
    if (!h.isControl()) {
        appendKey(out, "message_frames");
        appendInteger(out, frame.messageFrames);
    }
    out += "}\n";
    return out;
}

namespace {
// A handshake head as JSON: {"line":…,"status":…,"reason":…,"headers":{…},"body":…}. Secret
// header values and token-like query parameters are masked: events are printed and recorded.
void appendHead(QByteArray &out, const char *key, const HttpHead &head, bool request)
{
    appendKey(out, key);
    out += '{';
    out += "\"line\":";
    QByteArray line = head.startLine;
    if (request) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3) {
            const QUrl target = Redaction::redactUrl(QUrl(QStringLiteral("http://host") + QString::fromLatin1(parts.at(1))));
            line = parts.at(0) + ' ' + target.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1() + ' ' + parts.at(2);
        }
    }
    appendString(out, line);
    if (!request) {
        out += ",\"status\":";
        out += QByteArray::number(head.status);
        out += ",\"reason\":";
        appendString(out, head.reason);
    }
    out += ",\"headers\":{";
    // Names in the order sent; a name sent twice has its values joined, as HTTP allows.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const auto &h : head.headers) {
        const QByteArray value = Redaction::isSecretHeader(h.first) ? QByteArray(Redaction::Mask) : h.second;
        qsizetype at = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(h.first, Qt::CaseInsensitive) == 0)
                at = i;
        }
        if (at < 0) {
            names.append(h.first);
            values.append(value);
        } else {
            values[at] += ", " + value;
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, QString::fromLatin1(names.at(i)).toUtf8());
        out += ':';
        appendString(out, QString::fromLatin1(values.at(i)).toUtf8());
    }
    out += '}';
    if (!request && (!head.body.isEmpty() || head.status != 101)) {
        out += ",\"body\":";
        appendString(out, QString::fromUtf8(head.body).toUtf8()); // not UTF-8: replaced, so the line stays JSON
        if (head.bodyCut)
            out += ",\"body_cut\":true";
    }
    out += '}';
}
} // namespace

bool EventJson::needsEscaping(QByteArrayView utf8)
{
    return firstToEscape(utf8.data(), utf8.data() + utf8.size()) != utf8.data() + utf8.size();
}

void EventJson::appendTextLineHead(QByteArray &out, const SessionEvent &event, qint64 startedUs)
{
    char head[HeadCapacity];
    char *p = putHead(head, event, startedUs);
    *p++ = '"';
    out.append(head, p - head);
}

namespace {
// A binary payload's keys, up to its encoding: binary messages, pings and pongs.
void appendPayloadKeys(QByteArray &out, const SessionEvent &event)
{
    appendKey(out, "size");
    appendInteger(out, event.payload.size());
    appendKey(out, "base64");
}
} // namespace

void EventJson::appendBinaryLineHead(QByteArray &out, const SessionEvent &event, qint64 startedUs)
{
    char head[HeadCapacity];
    out.append(head, putHead(head, event, startedUs) - head);
    appendPayloadKeys(out, event);
}

void EventJson::appendLine(QByteArray &out, const SessionEvent &event, qint64 startedUs)
{
    if (event.kind == EventKind::Binary) {
        appendBinaryLineHead(out, event, startedUs);
        appendBase64(out, event.payload);
        out += BinaryLineTail;
        return;
    }
    char head[HeadCapacity];
    const qsizetype headSize = putHead(head, event, startedUs) - head;
    if (event.kind == EventKind::Text && !needsEscaping(event.payload)) {
        // The common line of a flood, written with one resize: head, "text", end.
        const qsizetype size = event.payload.size();
        const qsizetype at = out.size();
        out.resize(at + headSize + 1 + size + 3);
        char *p = out.data() + at;
        memcpy(p, head, size_t(headSize));
        p += headSize;
        *p++ = '"';
        memcpy(p, event.payload.constData(), size_t(size));
        memcpy(p + size, "\"}\n", 3);
        return;
    }
    out.append(head, headSize);
    switch (event.kind) {
    case EventKind::Text:
        appendString(out, event.payload);
        break;
    case EventKind::Binary: // above
    case EventKind::Ping:
    case EventKind::Pong:
        appendPayloadKeys(out, event);
        appendBase64(out, event.payload);
        if (event.kind == EventKind::Pong && event.direction == Direction::Incoming) {
            appendKey(out, "rtt_ms");
            out += QByteArray::number(event.rttUs / 1000.0, 'f', 3);
        }
        break;
    case EventKind::State:
        appendKey(out, "state");
        appendString(out, event.payload);
        break;
    case EventKind::Open:
        appendKey(out, "detail");
        appendString(out, event.payload);
        if (event.request)
            appendHead(out, "request", *event.request, true);
        if (event.response && event.response->status != 0)
            appendHead(out, "response", *event.response, false);
        break;
    case EventKind::Close:
        appendKey(out, "code");
        appendInteger(out, event.closeCode);
        appendKey(out, "meaning");
        appendString(out, [&] {
            const Translation::SourceText english; // a file format: never translated
            return CloseCode::name(event.closeCode).toUtf8();
        }());
        appendKey(out, "reason");
        appendString(out, event.payload);
        appendKey(out, "by");
        appendString(out, closedByName(event.closedBy).toUtf8());
        break;
    case EventKind::Error:
        appendKey(out, "message");
        appendString(out, event.payload);
        if (event.httpStatus != 0) {
            appendKey(out, "http_status");
            appendInteger(out, event.httpStatus);
        }
        if (event.request)
            appendHead(out, "request", *event.request, true);
        if (event.response && event.response->status != 0)
            appendHead(out, "response", *event.response, false);
        break;
    case EventKind::Reconnect:
        appendKey(out, "attempt");
        appendInteger(out, event.attempt);
        appendKey(out, "detail");
        appendString(out, event.payload);
        break;
    case EventKind::Info:
        appendKey(out, "detail");
        appendString(out, event.payload);
        break;
    }
    out += "}\n";
}

QByteArray EventJson::toLine(const SessionEvent &event, qint64 startedUs)
{
    QByteArray out;
    out.reserve(event.payload.size() + 160);
    appendLine(out, event, startedUs);
    return out;
}

namespace {
bool kindFromName(QByteArrayView name, EventKind *kind)
{
    static const EventKind all[] = {EventKind::Text, EventKind::Binary, EventKind::State, EventKind::Open, EventKind::Close,
                                    EventKind::Error, EventKind::Ping, EventKind::Pong, EventKind::Reconnect, EventKind::Info};
    static const std::vector<QByteArray> names = [] {
        std::vector<QByteArray> out;
        for (EventKind k : all)
            out.push_back(kindName(k).toLatin1());
        return out;
    }();
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            *kind = all[i];
            return true;
        }
    }
    return false;
}
} // namespace

namespace {

// The fields of one flat JSON object: each value a string, a number, or another literal.
// Keys and unescaped strings stay views into the line: reading a million lines allocates
// only the payloads.
struct FlatFields
{
    enum class Type : quint8 { String, Number, Other };
    struct Field
    {
        QByteArrayView key;
        Type type = Type::Other;
        bool escaped = false;
        QByteArrayView raw;  // String without escapes
        QByteArray decoded;  // String with escapes
        double number = 0;
    };
    std::vector<Field> fields;

    const Field *find(QByteArrayView key) const
    {
        for (const Field &f : fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    bool isString(const char *key) const { const Field *f = find(key); return f && f->type == Type::String; }
    bool isNumber(const char *key) const { const Field *f = find(key); return f && f->type == Type::Number; }
    QByteArray text(const char *key) const
    {
        const Field *f = find(key);
        if (!f || f->type != Type::String)
            return QByteArray();
        return f->escaped ? f->decoded : f->raw.toByteArray();
    }
    // For short names (event, dir, tag, by): no copy unless it was escaped.
    QByteArrayView view(const char *key) const
    {
        const Field *f = find(key);
        if (!f || f->type != Type::String)
            return QByteArrayView();
        return f->escaped ? QByteArrayView(f->decoded) : f->raw;
    }
    double number(const char *key) const { const Field *f = find(key); return f && f->type == Type::Number ? f->number : 0; }
};

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Parses {"k":v,...} with string, number, true/false/null values. False for anything
// else (nesting, bad syntax): the caller then asks QJsonDocument, which says what is wrong.
bool parseFlat(QByteArrayView line, FlatFields *out)
{
    const char *p = line.data();
    const char *end = p + line.size();
    const auto skipSpace = [&] { while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) ++p; };
    const auto hex4 = [&](uint *value) {
        if (end - p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f') v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= uint(c - 'A' + 10);
            else return false;
        }
        p += 4;
        *value = v;
        return true;
    };
    // A string: *raw views it when it has no escapes, else *decoded holds it and *escaped is set.
    const auto parseString = [&](QByteArrayView *raw, QByteArray *decoded, bool *escaped) {
        if (p >= end || *p != '"')
            return false;
        ++p;
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
            ++p;
        if (p < end && *p == '"') {
            *raw = QByteArrayView(run, p - run);
            *escaped = false;
            ++p;
            return true;
        }
        *escaped = true;
        QByteArray &text = *decoded;
        text = QByteArray(run, p - run);
        while (p < end && *p != '"') {
            if (uchar(*p) < 0x20)
                return false;
            if (*p != '\\') {
                text += *p++;
                continue;
            }
            if (++p >= end)
                return false;
            switch (*p++) {
            case '"': text += '"'; break;
            case '\\': text += '\\'; break;
            case '/': text += '/'; break;
            case 'b': text += '\b'; break;
            case 'f': text += '\f'; break;
            case 'n': text += '\n'; break;
            case 'r': text += '\r'; break;
            case 't': text += '\t'; break;
            case 'u': {
                uint cp;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00) {
                    uint low;
                    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                        return false;
                    p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    return false;
                }
                appendUtf8(text, cp);
                break;
            }
            default:
                return false;
            }
        }
        if (p >= end)
            return false;
        ++p;
        return true;
    };
    skipSpace();
    if (p >= end || *p != '{')
        return false;
    ++p;
    skipSpace();
    if (p < end && *p == '}') {
        ++p;
        skipSpace();
        return p == end;
    }
    for (;;) {
        skipSpace();
        FlatFields::Field field;
        QByteArray keyDecoded;
        bool keyEscaped = false;
        if (!parseString(&field.key, &keyDecoded, &keyEscaped) || keyEscaped)
            return false; // our keys have no escapes; anything else goes to QJsonDocument
        skipSpace();
        if (p >= end || *p != ':')
            return false;
        ++p;
        skipSpace();
        if (p >= end)
            return false;
        if (*p == '"') {
            field.type = FlatFields::Type::String;
            if (!parseString(&field.raw, &field.decoded, &field.escaped))
                return false;
        } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
            const char *start = p;
            while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
                ++p;
            bool ok = false;
            field.number = QByteArrayView(start, p - start).toDouble(&ok);
            if (!ok)
                return false;
            field.type = FlatFields::Type::Number;
        } else if (end - p >= 4 && (QByteArrayView(p, 4) == "true" || QByteArrayView(p, 4) == "null")) {
            p += 4;
            field.type = FlatFields::Type::Other;
        } else if (end - p >= 5 && QByteArrayView(p, 5) == "false") {
            p += 5;
            field.type = FlatFields::Type::Other;
        } else {
            return false; // nested or invalid: let QJsonDocument decide
        }
        out->fields.push_back(std::move(field));
        skipSpace();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            skipSpace();
            return p == end;
        }
        return false;
    }
}

bool fromFields(const FlatFields &o, SessionEvent *event, QString *error)
{
    if (!o.isNumber("ts_us")) {
        *error = QStringLiteral("no \"ts_us\" timestamp");
        return false;
    }
    // Up to the year 2255 in microseconds; anything past that is not a timestamp (and would not fit).
    const double ts = o.number("ts_us");
    if (!(qAbs(ts) < 9e15)) {
        *error = QStringLiteral("\"ts_us\" is out of range");
        return false;
    }
    SessionEvent e;
    e.timestampUs = qint64(ts);
    const QByteArrayView kind = o.view("event");
    if (!kindFromName(kind, &e.kind)) {
        *error = QStringLiteral("unknown event \"%1\"").arg(QString::fromUtf8(kind));
        return false;
    }
    const QByteArrayView dir = o.view("dir");
    if (dir == "in")
        e.direction = Direction::Incoming;
    else if (dir == "out")
        e.direction = Direction::Outgoing;
    else if (dir == "local")
        e.direction = Direction::Local;
    else {
        *error = QStringLiteral("unknown direction \"%1\"").arg(QString::fromUtf8(dir));
        return false;
    }
    e.connection = int(qBound(0.0, o.number("conn"), 2e9));
    const QByteArrayView tag = o.view("tag");
    if (!tag.isEmpty()) {
        for (int t = int(MessageTag::None) + 1; t <= int(LastMessageTag); ++t) {
            if (tagName(MessageTag(t)).toLatin1() == tag)
                e.tag = MessageTag(t);
        }
    }
    switch (e.kind) {
    case EventKind::Text:
        if (!o.isString("text")) {
            *error = QStringLiteral("a text event without \"text\"");
            return false;
        }
        e.payload = o.text("text");
        e.frames = int(qBound(0.0, o.number("frames"), 1e9));
        break;
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong: {
        const auto decoded = QByteArray::fromBase64Encoding(o.text("base64"), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("\"base64\" is not valid base64");
            return false;
        }
        e.payload = *decoded;
        if (e.kind == EventKind::Binary)
            e.frames = int(qBound(0.0, o.number("frames"), 1e9));
        if (e.kind == EventKind::Pong)
            e.rttUs = qint64(qBound(0.0, o.number("rtt_ms") * 1000, 2e9));
        break;
    }
    case EventKind::State: e.payload = o.text("state"); break;
    case EventKind::Open: e.payload = o.text("detail"); e.httpStatus = 101; break;
    case EventKind::Close: {
        e.closeCode = int(qBound(0.0, o.number("code"), 65535.0));
        e.payload = o.text("reason");
        const QByteArrayView by = o.view("by");
        for (ClosedBy b : {ClosedBy::Client, ClosedBy::Server, ClosedBy::Network}) {
            if (closedByName(b).toLatin1() == by)
                e.closedBy = b;
        }
        break;
    }
    case EventKind::Error:
        e.payload = o.text("message");
        e.httpStatus = int(qBound(0.0, o.number("http_status"), 999.0));
        break;
    case EventKind::Reconnect:
        e.payload = o.text("detail");
        e.attempt = int(qBound(0.0, o.number("attempt"), 1e9));
        break;
    case EventKind::Info: e.payload = o.text("detail"); break;
    }
    *event = std::move(e);
    return true;
}

} // namespace

bool EventJson::fromJson(const QJsonObject &object, SessionEvent *event, QString *error)
{
    FlatFields fields;
    std::vector<QByteArray> keys; // the views below point into these
    keys.reserve(size_t(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key().toUtf8());
    size_t k = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++k) {
        FlatFields::Field field;
        field.key = keys[k];
        if (it.value().isString()) {
            field.type = FlatFields::Type::String;
            field.escaped = true;
            field.decoded = it.value().toString().toUtf8();
        } else if (it.value().isDouble()) {
            field.type = FlatFields::Type::Number;
            field.number = it.value().toDouble();
        } else {
            field.type = FlatFields::Type::Other;
        }
        fields.fields.push_back(std::move(field));
    }
    return fromFields(fields, event, error);
}

bool EventJson::fromLine(QByteArrayView line, SessionEvent *event, QString *error, bool *notJson)
{
    *notJson = false;
    FlatFields fields;
    fields.fields.reserve(10);
    if (parseFlat(line, &fields))
        return fromFields(fields, event, error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *notJson = true;
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object");
        return false;
    }
    return fromJson(document.object(), event, error);
}


} // namespace wsi
