#include "CheckFromSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {
std::optional<QJsonValue> asJson(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

bool replayable(MessageTag tag)
{
    // Heartbeats, Engine.IO's own frames and on-connect messages come from the connection's options.
    return tag == MessageTag::None || tag == MessageTag::Queued || tag == MessageTag::Resent || tag == MessageTag::SocketIo;
}
} // namespace

CheckFile CheckFromSession::build(const QUrl &url, const std::vector<SessionEvent> &events, const QString &name)
{
    QJsonArray steps{QJsonObject{{QStringLiteral("step"), QStringLiteral("connect")}}};
    bool closed = false;
    for (const SessionEvent &event : events) {
        if (closed)
            break;
        const bool text = event.kind == EventKind::Text;
        if ((text || event.kind == EventKind::Binary) && replayable(event.tag)) {
            QJsonObject step;
            if (event.direction == Direction::Outgoing) {
                step.insert(QStringLiteral("step"), QStringLiteral("send"));
                if (!text) {
                    step.insert(QStringLiteral("format"), QStringLiteral("hex"));
                    step.insert(QStringLiteral("text"), QString::fromLatin1(event.payload.toHex(' ')));
                } else if (const std::optional<QJsonValue> json = asJson(event.payload)) {
                    step.insert(QStringLiteral("json"), *json);
                } else {
                    step.insert(QStringLiteral("text"), event.payloadText());
                }
            } else if (event.direction == Direction::Incoming) {
                step.insert(QStringLiteral("step"), QStringLiteral("expect"));
                if (!text) {
                    // A binary reply: any message; the bytes are for the user to pin down.
                } else if (const std::optional<QJsonValue> json = asJson(event.payload)) {
                    step.insert(QStringLiteral("json"), *json);
                } else {
                    step.insert(QStringLiteral("text"), event.payloadText());
                }
            } else {
                continue;
            }
            steps.append(step);
        } else if (event.kind == EventKind::Close) {
            closed = true;
            if (event.closedBy == ClosedBy::Client)
                steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("close")}, {QStringLiteral("code"), event.closeCode}});
            else
                steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("expectClose")}, {QStringLiteral("code"), event.closeCode}});
        }
    }
    const QJsonObject object{{QLatin1String(CheckFile::FormatKey), CheckFile::FormatVersion},
                             {QStringLiteral("url"), url.toString()},
                             {QStringLiteral("checks"), QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("steps"), steps}}}}};
    QString error;
    // Every step written above is one the reader takes.
    return CheckFile::fromJson(object, QString(), &error).value_or(CheckFile());
}

} // namespace wsi
