#include "HarFile.h"
#include "InputFile.h"

#include "i18n/Translation.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::HarFile)
};
} // namespace

SessionFile::Contents HarFile::read(const QString &path)
{
    QString error;
    const QByteArray data = InputFile::read(path, &error, SessionFile::MemoryFactor);
    if (!error.isEmpty()) {
        SessionFile::Contents contents;
        contents.fatalError = error;
        return contents;
    }
    return parse(data, path);
}

SessionFile::Contents HarFile::parse(const QByteArray &data, const QString &name)
{
    SessionFile::Contents contents;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        contents.fatalError = Tr::tr("%1: not a HAR file: JSON error at byte %2: %3")
                                  .arg(name)
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString());
        return contents;
    }
    const QJsonArray entries = document.object().value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
    int webSocketEntries = 0;
    QJsonObject chosen;
    int chosenIndex = -1;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        if (entry.value(QStringLiteral("_webSocketMessages")).isArray()) {
            if (++webSocketEntries == 1) {
                chosen = entry;
                chosenIndex = i;
            }
        }
    }
    if (webSocketEntries == 0) {
        contents.fatalError = Tr::tr("%1: the HAR file has no WebSocket entries (no \"_webSocketMessages\" in %2 entries)")
                                  .arg(name)
                                  .arg(entries.size());
        return contents;
    }
    if (webSocketEntries > 1)
        contents.problems << Tr::tr("%1: %2 WebSocket entries; imported the first (entry %3)")
                                 .arg(name)
                                 .arg(webSocketEntries)
                                 .arg(chosenIndex + 1);

    const QJsonObject request = chosen.value(QStringLiteral("request")).toObject();
    QUrl url(request.value(QStringLiteral("url")).toString());
    if (url.scheme() == QStringLiteral("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == QStringLiteral("http"))
        url.setScheme(QStringLiteral("ws"));
    contents.header.url = url;
    const QDateTime started = QDateTime::fromString(chosen.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
    const QJsonArray messages = chosen.value(QStringLiteral("_webSocketMessages")).toArray();
    contents.header.startedUs = started.isValid() ? started.toMSecsSinceEpoch() * 1000 : 0;

    if (contents.header.startedUs > 0) {
        SessionEvent open;
        open.timestampUs = contents.header.startedUs;
        open.kind = EventKind::Open;
        open.httpStatus = 101;
        open.payload = url.toString().toUtf8();
        contents.events.push_back(open);
    }
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString where = Tr::tr("%1: entry %2, message %3").arg(name).arg(chosenIndex + 1).arg(i + 1);
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type != QStringLiteral("send") && type != QStringLiteral("receive")) {
            contents.problems << where + Tr::tr(": type \"%1\" is neither send nor receive; skipped").arg(type);
            continue;
        }
        const int opcode = message.value(QStringLiteral("opcode")).toInt(1);
        if (opcode != 1 && opcode != 2) {
            contents.problems << where + Tr::tr(": opcode %1 is not a data frame; skipped").arg(opcode);
            continue;
        }
        SessionEvent event;
        event.direction = type == QStringLiteral("send") ? Direction::Outgoing : Direction::Incoming;
        // Chrome and Firefox write seconds since the epoch; some tools write milliseconds.
        double time = message.value(QStringLiteral("time")).toDouble();
        if (time > 1e11)
            time /= 1000.0;
        if (!(qAbs(time) < 9e9)) {
            contents.problems << where + Tr::tr(": time %1 is not a timestamp; skipped").arg(time);
            continue;
        }
        event.timestampUs = qint64(time * 1e6);
        const QString data = message.value(QStringLiteral("data")).toString();
        if (opcode == 1) {
            event.kind = EventKind::Text;
            event.payload = data.toUtf8();
        } else {
            event.kind = EventKind::Binary;
            const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                contents.problems << where + Tr::tr(": binary data is not valid base64; skipped");
                continue;
            }
            event.payload = *decoded;
        }
        if (contents.header.startedUs == 0)
            contents.header.startedUs = event.timestampUs;
        contents.events.push_back(std::move(event));
    }
    return contents;
}

namespace {
const char MessagesMark[] = "\"wsi-messages-go-here\"";
} // namespace

bool HarFile::appendMessage(QByteArray &out, const SessionEvent &event)
{
    if (event.kind != EventKind::Text && event.kind != EventKind::Binary)
        return false;
    if (event.direction == Direction::Local)
        return false;
    QJsonObject message;
    message.insert(QStringLiteral("type"), event.direction == Direction::Outgoing ? QStringLiteral("send") : QStringLiteral("receive"));
    message.insert(QStringLiteral("time"), double(event.timestampUs) / 1e6);
    message.insert(QStringLiteral("opcode"), event.kind == EventKind::Text ? 1 : 2);
    message.insert(QStringLiteral("data"), event.kind == EventKind::Text ? QString::fromUtf8(event.payload)
                                                                         : QString::fromLatin1(event.payload.toBase64()));
    out += QJsonDocument(message).toJson(QJsonDocument::Compact);
    return true;
}

HarFile::Parts HarFile::parts(const SessionFile::Header &header)
{
    QUrl httpUrl = header.url;
    const QJsonObject request{{QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("url"), httpUrl.toString()},
                              {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                              {QStringLiteral("headers"), QJsonArray()},
                              {QStringLiteral("queryString"), QJsonArray()},
                              {QStringLiteral("cookies"), QJsonArray()},
                              {QStringLiteral("headersSize"), -1},
                              {QStringLiteral("bodySize"), 0}};
    const QJsonObject response{{QStringLiteral("status"), 101},
                               {QStringLiteral("statusText"), QStringLiteral("Switching Protocols")},
                               {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                               {QStringLiteral("headers"), QJsonArray()},
                               {QStringLiteral("cookies"), QJsonArray()},
                               {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}}},
                               {QStringLiteral("redirectURL"), QString()},
                               {QStringLiteral("headersSize"), -1},
                               {QStringLiteral("bodySize"), 0}};
    const QJsonObject entry{{QStringLiteral("startedDateTime"), QDateTime::fromMSecsSinceEpoch(header.startedUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs)},
                            {QStringLiteral("time"), 0},
                            {QStringLiteral("request"), request},
                            {QStringLiteral("response"), response},
                            {QStringLiteral("cache"), QJsonObject()},
                            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0}, {QStringLiteral("wait"), 0}, {QStringLiteral("receive"), 0}}},
                            {QStringLiteral("_resourceType"), QStringLiteral("websocket")},
                            {QStringLiteral("_webSocketMessages"), QJsonArray{QStringLiteral("wsi-messages-go-here")}}};
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("WebSocket Inspector")}, {QStringLiteral("version"), QStringLiteral(WSI_VERSION)}}},
                          {QStringLiteral("pages"), QJsonArray()},
                          {QStringLiteral("entries"), QJsonArray{entry}}};
    // The document around one placeholder message, cut there: the messages go in between, one
    // compact object a line at the placeholder's indentation.
    const QByteArray document = QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
    const qsizetype mark = document.indexOf(MessagesMark);
    const qsizetype lineStart = document.lastIndexOf('\n', mark) + 1;
    Parts parts;
    parts.head = document.left(mark);
    parts.separator = ",\n" + document.mid(lineStart, mark - lineStart);
    parts.tail = document.mid(mark + qsizetype(sizeof(MessagesMark)) - 1);
    return parts;
}

QByteArray HarFile::serialize(const SessionFile::Header &header, const std::vector<SessionEvent> &events)
{
    const Parts around = parts(header);
    QByteArray out = around.head;
    bool first = true;
    for (const SessionEvent &event : events) {
        const qsizetype before = out.size();
        if (!first)
            out += around.separator;
        if (appendMessage(out, event))
            first = false;
        else
            out.truncate(before);
    }
    return out + around.tail;
}

} // namespace wsi
