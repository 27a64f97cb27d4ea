#include "SessionFile.h"
#include "InputFile.h"

#include "i18n/Translation.h"

#include "PrivateFile.h"

#include "session/Redaction.h"
#include "session/EventJson.h"
#include "session/SessionOptionsStorage.h"

#include <QFile>
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

std::vector<SessionEvent> SessionFile::redacted(const std::vector<SessionEvent> &events)
{
    std::vector<SessionEvent> out = events;
    for (SessionEvent &event : out) {
        if (event.kind == EventKind::Open)
            event.payload = Redaction::redactUrl(QUrl(QString::fromUtf8(event.payload))).toString().toUtf8();
    }
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

SessionFile::Contents SessionFile::read(const QString &path)
{
    QString error;
    const QByteArray data = InputFile::read(path, &error, MemoryFactor);
    if (!error.isEmpty()) {
        Contents contents;
        contents.fatalError = error;
        return contents;
    }
    return parse(data, path);
}

SessionFile::Contents SessionFile::parse(const QByteArray &data, const QString &name)
{
    Contents contents;
    if (data.trimmed().isEmpty()) {
        contents.fatalError = Tr::tr("%1: the file is empty, not a session").arg(name);
        return contents;
    }
    qsizetype pos = 0;
    int lineNumber = 0;
    bool haveHeader = false;
    const auto problem = [&](const QString &what) {
        contents.problems << QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(what);
    };
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        const bool lastLineUnterminated = end < 0;
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        if (haveHeader) {
            SessionEvent event;
            QString error;
            bool notJson = false;
            if (!EventJson::fromLine(line, &event, &error, &notJson)) {
                if (notJson)
                    problem(lastLineUnterminated ? Tr::tr("the last line is cut short (the recording was interrupted); skipped")
                                                 : Tr::tr("not JSON (%1); skipped").arg(error));
                else
                    problem(error + Tr::tr("; skipped"));
                continue;
            }
            contents.events.push_back(std::move(event));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            contents.fatalError = Tr::tr("%1:%2: not a session file: the first line is not a JSON object (%3)")
                                      .arg(name)
                                      .arg(lineNumber)
                                      .arg(parseError.errorString());
            return contents;
        }
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)) {
            contents.fatalError = Tr::tr("%1:%2: not a session file: the header has no \"format\": \"%3\"")
                                      .arg(name)
                                      .arg(lineNumber)
                                      .arg(QLatin1String(FormatName));
            return contents;
        }
        const int version = object.value(QStringLiteral("version")).toInt();
        if (version < 1 || version > FormatVersion) {
            contents.fatalError = Tr::tr("%1:%2: session format version %3 is not supported (this build reads 1 to %4)")
                                      .arg(name)
                                      .arg(lineNumber)
                                      .arg(object.value(QStringLiteral("version")).toVariant().toString())
                                      .arg(FormatVersion);
            return contents;
        }
        const double started = object.value(QStringLiteral("started_us")).toDouble();
        contents.header.url = QUrl(object.value(QStringLiteral("url")).toString());
        contents.header.startedUs = qAbs(started) < 9e15 ? qint64(started) : 0;
        contents.header.options = object.value(QStringLiteral("options")).toObject();
        contents.header.secretsIncluded = object.value(QStringLiteral("secrets")).toString() == QStringLiteral("included");
        // Pins are a help, not data: a value that is not an event's place is left out.
        for (const QJsonValue &pin : object.value(QStringLiteral("pins")).toArray())
            if (pin.isDouble() && pin.toDouble() >= 0 && pin.toDouble() < 2e9 && pin.toDouble() == double(pin.toInt()))
                contents.header.pins.push_back(pin.toInt());
        haveHeader = true;
        continue;
    }
    return contents;
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
