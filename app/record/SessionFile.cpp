#include "SessionFile.h"

#include "i18n/Translation.h"

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

QByteArray SessionFile::headerLine(const SessionOptions &options, qint64 startedUs, bool includeSecrets)
{
    Header header;
    header.url = includeSecrets ? options.url : Redaction::redactUrl(options.url);
    header.startedUs = startedUs;
    header.secretsIncluded = includeSecrets;
    QVariantMap map = SessionOptionsStorage::toMap(options);
    map.insert(QStringLiteral("url"), header.url.toString());
    if (!includeSecrets) {
        QStringList headers;
        for (const auto &h : options.headers)
            headers << QString::fromLatin1(h.first) + QStringLiteral(": ") +
                           (Redaction::isSecretHeader(h.first) ? QLatin1String(Redaction::Mask) : QString::fromUtf8(h.second));
        map.insert(QStringLiteral("headers"), headers);
    }
    header.options = QJsonObject::fromVariantMap(map);
    return QJsonDocument(headerObject(header)).toJson(QJsonDocument::Compact) + '\n';
}

SessionFile::Contents SessionFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        Contents contents;
        contents.fatalError = Tr::tr("%1: no such file").arg(path);
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.fatalError = Tr::tr("%1: cannot open: %2").arg(path, file.errorString());
        return contents;
    }
    return parse(file.readAll(), path);
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
    if (!file.open(QIODevice::WriteOnly)) {
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
