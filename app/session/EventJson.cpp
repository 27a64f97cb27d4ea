#include "EventJson.h"

#include "CloseCode.h"

#include <QJsonValue>

#include <cstring>
#include <limits>

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

void appendDigits(QByteArray &out, quint64 value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += buffer[--n];
}

void appendIsoTime(QByteArray &out, qint64 timestampUs)
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
    out.append(cachedPrefix, 20);
    out.append(tail, 7);
}

void appendInteger(QByteArray &out, qint64 value)
{
    if (value < 0) {
        out += '-';
        appendDigits(out, quint64(-value), 1);
    } else {
        appendDigits(out, quint64(value), 1);
    }
}

// A JSON string from UTF-8; only what JSON requires is escaped, the rest stays as it came.
void appendString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const uchar c = uchar(*p);
        if (Q_LIKELY(c >= 0x20 && c != '"' && c != '\\'))
            continue;
        out.append(run, p - run);
        run = p + 1;
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

} // namespace

QString EventJson::isoTime(qint64 timestampUs)
{
    QByteArray out;
    appendIsoTime(out, timestampUs);
    return QString::fromLatin1(out);
}

void EventJson::appendLine(QByteArray &out, const SessionEvent &event, qint64 startedUs)
{
    out += "{\"ts_us\":";
    appendInteger(out, event.timestampUs);
    if (startedUs >= 0) {
        appendKey(out, "rel_us");
        appendInteger(out, event.timestampUs - startedUs);
    }
    appendKey(out, "time");
    out += '"';
    appendIsoTime(out, event.timestampUs);
    out += '"';
    appendKey(out, "event");
    out += '"';
    out += kindName(event.kind).toLatin1();
    out += '"';
    appendKey(out, "dir");
    out += '"';
    out += directionName(event.direction).toLatin1();
    out += '"';
    if (event.tag != MessageTag::None) {
        appendKey(out, "tag");
        out += '"';
        out += tagName(event.tag).toLatin1();
        out += '"';
    }
    switch (event.kind) {
    case EventKind::Text:
        appendKey(out, "size");
        appendInteger(out, event.payload.size());
        appendKey(out, "text");
        appendString(out, event.payload);
        break;
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
        appendKey(out, "size");
        appendInteger(out, event.payload.size());
        appendKey(out, "base64");
        out += '"';
        out += event.payload.toBase64();
        out += '"';
        if (event.kind == EventKind::Pong) {
            appendKey(out, "rtt_ms");
            out += QByteArray::number(event.code / 1000.0, 'f', 3);
        }
        break;
    case EventKind::State:
        appendKey(out, "state");
        appendString(out, event.payload);
        break;
    case EventKind::Open:
        appendKey(out, "detail");
        appendString(out, event.payload);
        break;
    case EventKind::Close:
        appendKey(out, "code");
        appendInteger(out, event.code);
        appendKey(out, "meaning");
        appendString(out, CloseCode::name(event.code).toUtf8());
        appendKey(out, "reason");
        appendString(out, event.payload);
        appendKey(out, "by");
        appendString(out, closedByName(event.closedBy).toUtf8());
        break;
    case EventKind::Error:
        appendKey(out, "message");
        appendString(out, event.payload);
        if (event.code != 0) {
            appendKey(out, "http_status");
            appendInteger(out, event.code);
        }
        break;
    case EventKind::Reconnect:
        appendKey(out, "attempt");
        appendInteger(out, event.code);
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
bool kindFromName(const QString &name, EventKind *kind)
{
    static const EventKind all[] = {EventKind::State, EventKind::Open, EventKind::Text, EventKind::Binary, EventKind::Ping,
                                    EventKind::Pong, EventKind::Close, EventKind::Error, EventKind::Reconnect, EventKind::Info};
    for (EventKind k : all) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}
} // namespace

bool EventJson::fromJson(const QJsonObject &o, SessionEvent *event, QString *error)
{
    const QJsonValue ts = o.value(QStringLiteral("ts_us"));
    if (!ts.isDouble()) {
        *error = QStringLiteral("no \"ts_us\" timestamp");
        return false;
    }
    // Up to the year 2255 in microseconds; anything past that is not a timestamp (and would not fit).
    if (!(qAbs(ts.toDouble()) < 9e15)) {
        *error = QStringLiteral("\"ts_us\" is out of range");
        return false;
    }
    SessionEvent e;
    e.timestampUs = qint64(ts.toDouble());
    const QString kind = o.value(QStringLiteral("event")).toString();
    if (!kindFromName(kind, &e.kind)) {
        *error = QStringLiteral("unknown event \"%1\"").arg(kind);
        return false;
    }
    const QString dir = o.value(QStringLiteral("dir")).toString();
    if (dir == QStringLiteral("in"))
        e.direction = Direction::Incoming;
    else if (dir == QStringLiteral("out"))
        e.direction = Direction::Outgoing;
    else if (dir == QStringLiteral("local"))
        e.direction = Direction::Local;
    else {
        *error = QStringLiteral("unknown direction \"%1\"").arg(dir);
        return false;
    }
    const QString tag = o.value(QStringLiteral("tag")).toString();
    for (MessageTag t : {MessageTag::OnConnect, MessageTag::Heartbeat, MessageTag::Queued}) {
        if (tagName(t) == tag)
            e.tag = t;
    }
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString().toUtf8(); };
    switch (e.kind) {
    case EventKind::Text:
        if (!o.value(QStringLiteral("text")).isString()) {
            *error = QStringLiteral("a text event without \"text\"");
            return false;
        }
        e.payload = text("text");
        break;
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong: {
        const QByteArray encoded = text("base64");
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("\"base64\" is not valid base64");
            return false;
        }
        e.payload = *decoded;
        if (e.kind == EventKind::Pong)
            e.code = int(qBound(0.0, o.value(QStringLiteral("rtt_ms")).toDouble() * 1000, 2e9));
        break;
    }
    case EventKind::State: e.payload = text("state"); break;
    case EventKind::Open: e.payload = text("detail"); e.code = 101; break;
    case EventKind::Close: {
        e.code = o.value(QStringLiteral("code")).toInt();
        e.payload = text("reason");
        const QString by = o.value(QStringLiteral("by")).toString();
        for (ClosedBy b : {ClosedBy::Client, ClosedBy::Server, ClosedBy::Network}) {
            if (closedByName(b) == by)
                e.closedBy = b;
        }
        break;
    }
    case EventKind::Error:
        e.payload = text("message");
        e.code = o.value(QStringLiteral("http_status")).toInt();
        break;
    case EventKind::Reconnect:
        e.payload = text("detail");
        e.code = o.value(QStringLiteral("attempt")).toInt();
        break;
    case EventKind::Info: e.payload = text("detail"); break;
    }
    *event = e;
    return true;
}


} // namespace wsi
