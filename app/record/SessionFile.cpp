#include "SessionFile.h"
#include "SessionReader.h"

#include "i18n/Translation.h"

#include "PrivateFile.h"

#include "session/Redaction.h"
#include "session/EventJson.h"
#include "session/SessionOptionsStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionFile)
};
} // namespace

namespace {

QJsonObject headerObject(const SessionFile::Header &header)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QLatin1String(SessionFile::FormatName));
    object.insert(QStringLiteral("version"), SessionFile::FormatVersion);
    object.insert(QStringLiteral("url"), header.url.toString());
    object.insert(QStringLiteral("started"), EventJson::isoTime(header.startedUs));
    object.insert(QStringLiteral("started_us"), double(header.startedUs));
    object.insert(QStringLiteral("secrets"), header.secretsIncluded ? QStringLiteral("included") : QStringLiteral("redacted"));
    object.insert(QStringLiteral("app"), QStringLiteral("wsinspector " WSI_VERSION));
    object.insert(QStringLiteral("options"), header.options);
    if (!header.pins.empty()) {
        QJsonArray pins;
        for (int pin : header.pins)
            pins.append(pin);
        object.insert(QStringLiteral("pins"), pins);
    }
    return object;
}

} // namespace

SessionFile::Header SessionFile::redacted(const Header &header)
{
    Header out = header;
    out.url = Redaction::redactUrl(header.url);
    out.secretsIncluded = false;
    if (out.options.contains(QStringLiteral("url")))
        out.options.insert(QStringLiteral("url"), Redaction::redactUrl(QUrl(out.options.value(QStringLiteral("url")).toString())).toString());
    QJsonArray headers;
    for (const QJsonValue &value : out.options.value(QStringLiteral("headers")).toArray()) {
        const QString line = value.toString();
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && Redaction::isSecretHeader(line.left(colon).trimmed().toLatin1()))
            headers.append(QString(line.left(colon) + QStringLiteral(": ") + QLatin1String(Redaction::Mask)));
        else
            headers.append(line);
    }
    if (out.options.contains(QStringLiteral("headers")))
        out.options.insert(QStringLiteral("headers"), headers);
    return out;
}

SessionEvent SessionFile::redacted(const SessionEvent &event)
{
    SessionEvent out = event;
    if (out.kind == EventKind::Open)
        out.payload = Redaction::redactUrl(QUrl(QString::fromUtf8(out.payload))).toString().toUtf8();
    return out;
}

std::vector<SessionEvent> SessionFile::redacted(const std::vector<SessionEvent> &events)
{
    std::vector<SessionEvent> out;
    out.reserve(events.size());
    for (const SessionEvent &event : events)
        out.push_back(redacted(event));
    return out;
}

QByteArray SessionFile::headerLine(const SessionOptions &options, qint64 startedUs, bool includeSecrets)
{
    Header header;
    header.url = options.url;
    header.startedUs = startedUs;
    header.secretsIncluded = true;
    header.options = QJsonObject::fromVariantMap(SessionOptionsStorage::toMap(options));
    return QJsonDocument(headerObject(includeSecrets ? header : redacted(header))).toJson(QJsonDocument::Compact) + '\n';
}

namespace {
SessionFile::Contents readAll(SessionReader &reader, bool opened)
{
    SessionFile::Contents contents;
    if (!opened) {
        contents.fatalError = reader.fatalError();
        return contents;
    }
    contents.header = reader.header();
    SessionEvent event;
    while (reader.next(&event))
        contents.events.push_back(std::move(event));
    contents.problems = reader.problems();
    return contents;
}
} // namespace

SessionFile::Contents SessionFile::read(const QString &path)
{
    SessionReader reader;
    const bool opened = reader.open(path, MemoryFactor);
    return readAll(reader, opened);
}

SessionFile::Contents SessionFile::parse(const QByteArray &data, const QString &name)
{
    SessionReader reader;
    const bool opened = reader.openData(data, name);
    return readAll(reader, opened);
}

QByteArray SessionFile::serialize(const Header &header, const std::vector<SessionEvent> &events)
{
    QByteArray out = QJsonDocument(headerObject(header)).toJson(QJsonDocument::Compact) + '\n';
    for (const SessionEvent &event : events)
        EventJson::appendLine(out, event, header.startedUs);
    return out;
}

bool SessionFile::write(const QString &path, const Header &header, const std::vector<SessionEvent> &events, QString *error)
{
    QSaveFile file(path);
    if (!PrivateFile::open(file, QIODevice::WriteOnly)) {
        *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(header, events));
    if (!file.commit()) {
        *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wsi
