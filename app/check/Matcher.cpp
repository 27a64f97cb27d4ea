#include "Matcher.h"

#include "decode/ProtocolDecoder.h"
#include "i18n/Translation.h"
#include "socketio/SocketIoPacket.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::Matcher)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(none)");
    // Wrapped in an array so scalars print too; the brackets taken off again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// A string value's variables expanded, recursively (keys stay as written).
QJsonValue expandJson(const QJsonValue &value, const VariableSet &variables)
{
    if (value.isString())
        return variables.expand(value.toString(), nullptr);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(expandJson(element, variables));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = expandJson(it.value(), variables);
        return object;
    }
    return value;
}

void collectNames(const QJsonValue &value, QStringList *names)
{
    if (value.isString()) {
        for (const QString &name : VariableSet::referencedNames(value.toString()))
            if (!names->contains(name))
                names->append(name);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectNames(element, names);
    } else if (value.isObject()) {
        for (const QJsonValue &element : value.toObject())
            collectNames(element, names);
    }
}

std::optional<QJsonValue> parseJson(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + payload + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

// A Socket.IO frame's event name, or what the protocol's decoder calls the message.
QString eventName(const SessionEvent &message, const QString &protocol)
{
    if (protocol == QStringLiteral("socketio")) {
        const SocketIoPacket packet = SocketIoPacket::parse(message.payload);
        return packet.type == SocketIoPacket::Type::Event || packet.type == SocketIoPacket::Type::BinaryEvent ? packet.eventName()
                                                                                                            : QString();
    }
    const std::unique_ptr<ProtocolDecoder> decoder = ProtocolDecoder::create(*ProtocolDecoder::fromName(protocol));
    if (!decoder)
        return QString();
    const ProtocolView view = decoder->view(false, message.kind == EventKind::Binary, message.payload);
    if (!view.problem.isEmpty())
        return QString();
    return view.rpcMethod.isEmpty() ? view.label.section(u' ', 0, 0) : view.rpcMethod;
}

QRegularExpression compile(const QString &pattern, const QString &key, QString *error)
{
    QRegularExpression regex(pattern);
    if (!regex.isValid())
        *error = Tr::tr("%1 \"%2\" does not compile: %3 at character %4")
                     .arg(key, pattern, regex.errorString())
                     .arg(regex.patternErrorOffset() + 1);
    return regex;
}
} // namespace

QStringList Matcher::keys()
{
    return {QStringLiteral("text"),     QStringLiteral("contains"), QStringLiteral("regex"),   QStringLiteral("captures"),
            QStringLiteral("json"),     QStringLiteral("jsonPath"), QStringLiteral("equals"),  QStringLiteral("exists"),
            QStringLiteral("matches"),  QStringLiteral("capture"),  QStringLiteral("event"),   QStringLiteral("protocol")};
}

std::optional<Matcher> Matcher::fromJson(const QJsonObject &step, QString *error)
{
    Matcher m;
    int kinds = 0;
    for (const char *key : {"text", "contains", "regex", "json", "jsonPath", "event"})
        kinds += step.contains(QLatin1String(key)) ? 1 : 0;
    if (kinds > 1) {
        *error = Tr::tr("one of text, contains, regex, json, jsonPath or event per step");
        return std::nullopt;
    }
    if (step.contains(QStringLiteral("text"))) {
        m.m_kind = Kind::Text;
        m.m_text = step.value(QStringLiteral("text")).toString();
    } else if (step.contains(QStringLiteral("contains"))) {
        m.m_kind = Kind::Contains;
        m.m_text = step.value(QStringLiteral("contains")).toString();
    } else if (step.contains(QStringLiteral("regex"))) {
        m.m_kind = Kind::Regex;
        m.m_regex = compile(step.value(QStringLiteral("regex")).toString(), QStringLiteral("regex"), error);
        if (!m.m_regex.isValid())
            return std::nullopt;
        for (const QJsonValue &name : step.value(QStringLiteral("captures")).toArray())
            m.m_captures << name.toString();
        const qsizetype unnamed = m.m_regex.namedCaptureGroups().count(QString()) - 1; // entry 0 is the whole match
        if (m.m_captures.size() > unnamed) {
            *error = Tr::tr("regex \"%1\" has %2 groups without a name; captures names %3")
                         .arg(m.m_regex.pattern())
                         .arg(unnamed)
                         .arg(m.m_captures.size());
            return std::nullopt;
        }
    } else if (step.contains(QStringLiteral("json"))) {
        m.m_kind = Kind::JsonSubset;
        m.m_json = step.value(QStringLiteral("json"));
    } else if (step.contains(QStringLiteral("jsonPath"))) {
        m.m_path = JsonPath::parse(step.value(QStringLiteral("jsonPath")).toString(), error);
        if (!m.m_path)
            return std::nullopt;
        if (step.contains(QStringLiteral("equals"))) {
            m.m_kind = Kind::JsonPathEquals;
            m.m_json = step.value(QStringLiteral("equals"));
        } else if (step.contains(QStringLiteral("matches"))) {
            m.m_kind = Kind::JsonPathMatches;
            m.m_regex = compile(step.value(QStringLiteral("matches")).toString(), QStringLiteral("matches"), error);
            if (!m.m_regex.isValid())
                return std::nullopt;
        } else {
            m.m_kind = Kind::JsonPathExists;
            m.m_exists = step.value(QStringLiteral("exists")).toBool(true);
        }
        if (step.contains(QStringLiteral("capture")))
            m.m_captures << step.value(QStringLiteral("capture")).toString();
    } else if (step.contains(QStringLiteral("event"))) {
        m.m_kind = Kind::Event;
        m.m_text = step.value(QStringLiteral("event")).toString();
        m.m_protocol = step.value(QStringLiteral("protocol")).toString(QStringLiteral("socketio"));
        if (m.m_protocol != QStringLiteral("socketio")) {
            const std::optional<MessageProtocol> protocol = ProtocolDecoder::fromName(m.m_protocol);
            if (!protocol || *protocol == MessageProtocol::Auto || *protocol == MessageProtocol::None) {
                *error = Tr::tr("protocol \"%1\": socketio, graphql, stomp, mqtt or jsonrpc").arg(m.m_protocol);
                return std::nullopt;
            }
        }
    }
    for (const QString &name : m.captureNames())
        if (!VariableSet::isValidName(name)) {
            *error = Tr::tr("\"%1\" is not a variable name (letters, digits, _ - .)").arg(name);
            return std::nullopt;
        }
    return m;
}

Matcher::Outcome Matcher::match(const SessionEvent &message, const VariableSet &variables) const
{
    Outcome outcome;
    outcome.got = shown(message);
    const QString text = message.kind == EventKind::Text ? message.payloadText() : QString();
    const bool isText = message.kind == EventKind::Text;
    switch (m_kind) {
    case Kind::AnyMessage:
        outcome.matched = true;
        break;
    case Kind::Text:
        outcome.matched = isText && text == variables.expand(m_text, nullptr);
        break;
    case Kind::Contains:
        outcome.matched = isText && text.contains(variables.expand(m_text, nullptr));
        break;
    case Kind::Regex: {
        const QRegularExpressionMatch found = m_regex.match(text);
        outcome.matched = isText && found.hasMatch();
        if (outcome.matched) {
            outcome.groups = found.capturedTexts();
            for (const QString &name : m_regex.namedCaptureGroups())
                if (!name.isEmpty())
                    outcome.captures.insert(name, found.captured(name));
            // "captures" names the groups without a name of their own, in order.
            const QStringList groupNames = m_regex.namedCaptureGroups();
            qsizetype next = 0;
            for (int group = 1; group <= m_regex.captureCount() && next < m_captures.size(); ++group)
                if (groupNames.value(group).isEmpty())
                    outcome.captures.insert(m_captures.at(next++), found.captured(group));
        }
        break;
    }
    case Kind::JsonSubset: {
        const std::optional<QJsonValue> actual = isText ? parseJson(message.payload) : std::nullopt;
        outcome.matched = actual && isSubset(expandJson(m_json, variables), *actual);
        break;
    }
    case Kind::JsonPathEquals:
    case Kind::JsonPathExists:
    case Kind::JsonPathMatches: {
        const std::optional<QJsonValue> actual = isText ? parseJson(message.payload) : std::nullopt;
        const std::optional<QJsonValue> value = actual ? m_path->find(*actual) : std::nullopt;
        if (m_kind == Kind::JsonPathExists)
            outcome.matched = actual && value.has_value() == m_exists;
        else if (m_kind == Kind::JsonPathEquals)
            outcome.matched = value && *value == expandJson(m_json, variables);
        else
            outcome.matched = value && m_regex.match(value->isString() ? value->toString() : jsonText(*value)).hasMatch();
        if (outcome.matched && value && !m_captures.isEmpty())
            outcome.captures.insert(m_captures.constFirst(), value->isString() ? value->toString() : jsonText(*value));
        if (actual && !value)
            outcome.got += Tr::tr(" (%1 is not in it)").arg(m_path->text());
        else if (value && m_kind != Kind::JsonPathExists)
            outcome.got = Tr::tr("%1 = %2 in %3").arg(m_path->text(), jsonText(*value), outcome.got);
        break;
    }
    case Kind::Event:
        outcome.matched = !m_text.isEmpty() && eventName(message, m_protocol) == m_text;
        break;
    }
    return outcome;
}

QString Matcher::expected(const VariableSet &variables) const
{
    switch (m_kind) {
    case Kind::AnyMessage: return Tr::tr("any message");
    case Kind::Text: return Tr::tr("text %1").arg(jsonText(variables.expand(m_text, nullptr)));
    case Kind::Contains: return Tr::tr("text containing %1").arg(jsonText(variables.expand(m_text, nullptr)));
    case Kind::Regex: return Tr::tr("text matching /%1/").arg(m_regex.pattern());
    case Kind::JsonSubset: return Tr::tr("JSON containing %1").arg(jsonText(expandJson(m_json, variables)));
    case Kind::JsonPathEquals: return Tr::tr("%1 = %2").arg(m_path->text(), jsonText(expandJson(m_json, variables)));
    case Kind::JsonPathExists:
        return m_exists ? Tr::tr("%1 present").arg(m_path->text()) : Tr::tr("%1 absent").arg(m_path->text());
    case Kind::JsonPathMatches: return Tr::tr("%1 matching /%2/").arg(m_path->text(), m_regex.pattern());
    case Kind::Event: return Tr::tr("event \"%1\"").arg(m_text);
    }
    return QString();
}

QStringList Matcher::captureNames() const
{
    QStringList names = m_captures;
    if (m_kind == Kind::Regex)
        for (const QString &name : m_regex.namedCaptureGroups())
            if (!name.isEmpty() && !names.contains(name))
                names << name;
    return names;
}

QStringList Matcher::referencedNames() const
{
    QStringList names;
    if (m_kind == Kind::Text || m_kind == Kind::Contains)
        names = VariableSet::referencedNames(m_text);
    else if (m_kind == Kind::JsonSubset || m_kind == Kind::JsonPathEquals)
        collectNames(m_json, &names);
    return names;
}

bool Matcher::isSubset(const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return false;
        const QJsonObject want = expected.toObject(), have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it)
            if (!have.contains(it.key()) || !isSubset(it.value(), have.value(it.key())))
                return false;
        return true;
    }
    if (expected.isArray()) {
        if (!actual.isArray() || expected.toArray().size() != actual.toArray().size())
            return false;
        for (qsizetype i = 0; i < expected.toArray().size(); ++i)
            if (!isSubset(expected.toArray().at(i), actual.toArray().at(i)))
                return false;
        return true;
    }
    return expected == actual;
}

QString Matcher::shown(const SessionEvent &message)
{
    if (message.kind == EventKind::Binary)
        return Tr::tr("binary, %1 bytes: %2").arg(message.payload.size()).arg(QString::fromLatin1(message.payload.left(64).toHex(' ')));
    return jsonText(message.payloadText());
}

} // namespace wsi
