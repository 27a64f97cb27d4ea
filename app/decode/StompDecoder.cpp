#include "StompDecoder.h"

#include "log/PlainText.h"

#include <QJsonDocument>

namespace wsi {

namespace {

const char *const Commands[] = {"CONNECT", "STOMP", "CONNECTED", "SEND", "SUBSCRIBE", "UNSUBSCRIBE", "ACK", "NACK",
                                "BEGIN", "COMMIT", "ABORT", "DISCONNECT", "MESSAGE", "RECEIPT", "ERROR"};

// STOMP 1.2 §2.2.1: \r \n \c \\ in header names and values.
QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            out += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next == u'c' ? QChar(u':') : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

ProtocolView StompDecoder::view(bool, bool, QByteArrayView payload) const
{
    ProtocolView v;
    qsizetype start = 0;
    while (start < payload.size() && (payload[start] == '\n' || payload[start] == '\r'))
        ++start;
    if (start == payload.size()) {
        v.label = tr("heart-beat");
        v.keepAlive = true;
        if (payload.isEmpty())
            v.problem = tr("an empty message (a heart-beat is an end of line)");
        return v;
    }
    const QByteArrayView frame = payload.sliced(start);
    const qsizetype headEnd = frame.indexOf(QByteArrayView("\n\n")) >= 0 ? frame.indexOf(QByteArrayView("\n\n")) : -1;
    const qsizetype crlfEnd = frame.indexOf(QByteArrayView("\r\n\r\n"));
    qsizetype bodyStart = -1;
    qsizetype headLength = -1;
    if (crlfEnd >= 0 && (headEnd < 0 || crlfEnd < headEnd)) {
        headLength = crlfEnd;
        bodyStart = crlfEnd + 4;
    } else if (headEnd >= 0) {
        headLength = headEnd;
        bodyStart = headEnd + 2;
    }
    if (headLength < 0) {
        // A command alone (a frame without headers may end its head right at the NUL).
        const qsizetype nul = frame.indexOf('\0');
        headLength = nul >= 0 ? nul : frame.size();
        bodyStart = headLength;
    }
    const QStringList lines = QString::fromUtf8(frame.first(headLength)).split(u'\n');
    const QString command = lines.first().trimmed();
    QList<QPair<QString, QString>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            v.problem = tr("header line %1 has no name:value").arg(i + 1);
            continue;
        }
        headers.append({unescape(QStringView(line).first(colon)), unescape(QStringView(line).sliced(colon + 1))});
    }
    const auto header = [&headers](const char *name) {
        for (const auto &h : headers) {
            if (h.first == QLatin1String(name))
                return h.second; // the first one counts (STOMP 1.2 §2.3.1)
        }
        return QString();
    };
    QByteArrayView body = frame.sliced(qMin(bodyStart, frame.size()));
    bool lengthOk = false;
    const qsizetype contentLength = header("content-length").toLongLong(&lengthOk);
    qsizetype nul = -1;
    if (lengthOk && contentLength >= 0 && contentLength < body.size() && body[contentLength] == '\0')
        nul = contentLength;
    else
        nul = body.indexOf('\0');
    if (nul < 0) {
        v.problem = tr("the frame does not end with NUL (STOMP §2.2); it may be cut short");
    } else {
        const QByteArrayView after = body.sliced(nul + 1);
        for (char c : after) {
            if (c != '\n' && c != '\r') {
                v.problem = tr("%1 bytes follow the frame's NUL (another frame in the same message?)").arg(after.size());
                break;
            }
        }
        body = body.first(nul);
    }
    bool known = false;
    for (const char *c : Commands)
        known = known || command == QLatin1String(c);
    if (!known)
        v.problem = tr("%1 is not a STOMP command").arg(command.left(40));

    const QString destination = header("destination");
    if (command == QLatin1String("CONNECT") || command == QLatin1String("STOMP")) {
        v.label = tr("%1 %2 (accept-version %3, heart-beat %4)")
                      .arg(command, header("host"), header("accept-version"), header("heart-beat").isEmpty() ? QStringLiteral("0,0") : header("heart-beat"));
    } else if (command == QLatin1String("CONNECTED")) {
        v.label = tr("CONNECTED version %1 (heart-beat %2)")
                      .arg(header("version").isEmpty() ? QStringLiteral("1.0") : header("version"),
                           header("heart-beat").isEmpty() ? QStringLiteral("0,0") : header("heart-beat"));
    } else if (command == QLatin1String("SUBSCRIBE")) {
        v.label = tr("SUBSCRIBE %1 (id %2)").arg(destination, header("id"));
    } else if (command == QLatin1String("UNSUBSCRIBE")) {
        v.label = tr("UNSUBSCRIBE id %1").arg(header("id"));
    } else if (command == QLatin1String("MESSAGE")) {
        v.label = tr("MESSAGE %1 (subscription %2)").arg(destination, header("subscription"));
    } else if (command == QLatin1String("SEND")) {
        v.label = tr("SEND %1").arg(destination);
    } else if (command == QLatin1String("RECEIPT")) {
        v.label = tr("RECEIPT %1").arg(header("receipt-id"));
    } else if (command == QLatin1String("ERROR")) {
        v.label = tr("ERROR %1").arg(header("message"));
    } else {
        v.label = command.left(40);
    }
    if (!body.isEmpty() && (command == QLatin1String("SEND") || command == QLatin1String("MESSAGE")))
        v.label += u' ' + tr("(%1)").arg(PlainText::humanSize(body.size()));
    for (const auto &h : headers)
        v.fields << h.first + QStringLiteral(": ") + h.second;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body.toByteArray(), &error);
    v.body = error.error == QJsonParseError::NoError && !json.isNull() ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed()
                                                                       : QString::fromUtf8(body);
    return v;
}

} // namespace wsi
