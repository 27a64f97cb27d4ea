#include "MockRules.h"

#include "collection/JsonFile.h"
#include "collection/Variables.h"
#include "compose/JsonText.h"
#include "compose/Placeholders.h"
#include "i18n/Translation.h"
#include "session/CloseCode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::MockRules)
};

using Steps = QList<JsonPath::Step>;

// Reads the checked values of one rules file; the first problem stops it, said with its place.
class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &name, QString *error) : m_bytes(bytes), m_name(name), m_error(error) {}

    bool fail(const Steps &at, const QString &what)
    {
        *m_error = JsonFile::where(m_bytes, m_name, at) + QStringLiteral(": ") + what;
        return false;
    }
    static QString key(const Steps &at)
    {
        const auto *name = at.isEmpty() ? nullptr : std::get_if<QString>(&at.constLast());
        return name ? *name : QString();
    }
    bool onlyKeys(const QJsonObject &object, const Steps &at, const QStringList &allowed, const QString &what)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(at + Steps{it.key()}, Tr::tr("%1 does not take \"%2\" (it takes %3)").arg(what, it.key(), allowed.join(QStringLiteral(", "))));
        return true;
    }
    bool integer(const QJsonValue &value, const Steps &at, int low, int high, int *out)
    {
        const double number = value.toDouble(-1);
        // The range first: a cast of 1e300 to an integer is undefined.
        if (!value.isDouble() || number < low || number > high || number != std::floor(number))
            return fail(at, Tr::tr("\"%1\" wants a whole number from %2 to %3").arg(key(at)).arg(low).arg(high));
        *out = int(number);
        return true;
    }
    bool string(const QJsonValue &value, const Steps &at, QString *out)
    {
        if (!value.isString())
            return fail(at, Tr::tr("\"%1\" wants a string").arg(key(at)));
        *out = value.toString();
        return true;
    }
    // A message template: a string as it is, or JSON (an object, an array) written compactly.
    bool text(const QJsonValue &value, const Steps &at, QString *out)
    {
        if (value.isObject() || value.isArray()) {
            // As written (QJsonObject would sort the keys), without the spaces between tokens.
            *out = JsonText::compact(QString::fromUtf8(JsonFile::rawValue(m_bytes, at)));
            return true;
        }
        if (!value.isString())
            return fail(at, Tr::tr("\"%1\" wants a string or a JSON object or array to send").arg(key(at)));
        *out = value.toString();
        return true;
    }
    bool close(const QJsonValue &value, const Steps &at, MockRules::Close *out, const QStringList &more = {})
    {
        if (!value.isObject())
            return fail(at, Tr::tr("\"%1\" wants an object: {\"code\": 1000, \"reason\": \"...\"}").arg(key(at)));
        const QJsonObject object = value.toObject();
        if (!onlyKeys(object, at, QStringList{QStringLiteral("code"), QStringLiteral("reason")} + more, key(at)))
            return false;
        if (object.contains(QStringLiteral("code"))) {
            if (!integer(object.value(QStringLiteral("code")), at + Steps{QStringLiteral("code")}, 1000, 4999, &out->code))
                return false;
            if (!CloseCode::isValidToSend(out->code))
                return fail(at + Steps{QStringLiteral("code")}, Tr::tr("%1 is not a close code a server may send (1000, 1001, 1003, 1007-1014, 3000-4999)").arg(out->code));
        }
        if (object.contains(QStringLiteral("reason"))) {
            if (!string(object.value(QStringLiteral("reason")), at + Steps{QStringLiteral("reason")}, &out->reason))
                return false;
            if (out->reason.toUtf8().size() > 123)
                return fail(at + Steps{QStringLiteral("reason")}, Tr::tr("a close reason is at most 123 bytes (RFC 6455 §5.5)"));
        }
        return true;
    }
    bool sends(const QJsonValue &value, const Steps &at, QList<MockRules::Send> *out)
    {
        if (!value.isArray())
            return fail(at, Tr::tr("\"onConnect\" wants an array of messages"));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const Steps here = at + Steps{i};
            MockRules::Send send;
            const QJsonValue item = array.at(i);
            if (item.isObject() && item.toObject().contains(QStringLiteral("send"))) {
                const QJsonObject object = item.toObject();
                if (!onlyKeys(object, here, {QStringLiteral("send"), QStringLiteral("delayMs")}, QStringLiteral("onConnect"))
                    || !text(object.value(QStringLiteral("send")), here + Steps{QStringLiteral("send")}, &send.text))
                    return false;
                if (object.contains(QStringLiteral("delayMs"))
                    && !integer(object.value(QStringLiteral("delayMs")), here + Steps{QStringLiteral("delayMs")}, 0, 3600000, &send.delayMs))
                    return false;
            } else if (!item.isString()) {
                return fail(here, Tr::tr("an onConnect message is a string or {\"send\": ..., \"delayMs\": N}"));
            } else {
                send.text = item.toString();
            }
            out->append(send);
        }
        return true;
    }
    bool periodic(const QJsonValue &value, const Steps &at, QList<MockRules::Periodic> *out)
    {
        if (!value.isArray())
            return fail(at, Tr::tr("\"every\" wants an array of {\"seconds\": N, \"send\": ...}"));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const Steps here = at + Steps{i};
            const QJsonObject object = array.at(i).toObject();
            if (!array.at(i).isObject() || !object.contains(QStringLiteral("seconds")) || !object.contains(QStringLiteral("send")))
                return fail(here, Tr::tr("an \"every\" entry is {\"seconds\": N, \"send\": ...}"));
            if (!onlyKeys(object, here, {QStringLiteral("seconds"), QStringLiteral("send")}, QStringLiteral("every")))
                return false;
            MockRules::Periodic p;
            const double seconds = object.value(QStringLiteral("seconds")).toDouble(-1);
            if (!object.value(QStringLiteral("seconds")).isDouble() || seconds < 0.01 || seconds > 86400)
                return fail(here + Steps{QStringLiteral("seconds")}, Tr::tr("\"seconds\" wants a number from 0.01 to 86400"));
            p.intervalMs = qRound(seconds * 1000);
            if (!text(object.value(QStringLiteral("send")), here + Steps{QStringLiteral("send")}, &p.text))
                return false;
            out->append(p);
        }
        return true;
    }
    bool reject(const QJsonValue &value, const Steps &at, MockRules::Reject *out)
    {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || !object.contains(QStringLiteral("status")))
            return fail(at, Tr::tr("\"reject\" wants an object with a \"status\": {\"status\": 403}"));
        if (!onlyKeys(object, at, {QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("body"), QStringLiteral("path")},
                      QStringLiteral("reject"))
            || !integer(object.value(QStringLiteral("status")), at + Steps{QStringLiteral("status")}, 300, 599, &out->status))
            return false;
        QString text;
        if (object.contains(QStringLiteral("reason"))) {
            if (!string(object.value(QStringLiteral("reason")), at + Steps{QStringLiteral("reason")}, &text))
                return false;
            if (text.contains(u'\r') || text.contains(u'\n'))
                return fail(at + Steps{QStringLiteral("reason")}, Tr::tr("a reason phrase is one line"));
            out->reason = text.toUtf8();
        }
        if (object.contains(QStringLiteral("body")) && !string(object.value(QStringLiteral("body")), at + Steps{QStringLiteral("body")}, &out->body))
            return false;
        if (object.contains(QStringLiteral("path"))) {
            if (!string(object.value(QStringLiteral("path")), at + Steps{QStringLiteral("path")}, &text))
                return false;
            out->path = QRegularExpression(text);
            if (!out->path.isValid())
                return fail(at + Steps{QStringLiteral("path")}, Tr::tr("reject: path \"%1\" does not compile: %2 at character %3")
                                                                     .arg(text, out->path.errorString()).arg(out->path.patternErrorOffset() + 1));
        }
        return true;
    }
    bool rule(const QJsonValue &value, const Steps &at, int number, MockRules::Rule *out)
    {
        if (!value.isObject())
            return fail(at, Tr::tr("rule %1 is not an object").arg(number));
        const QJsonObject object = value.toObject();
        out->name = object.value(QStringLiteral("name")).isString()
            ? Tr::tr("rule %1 (\"%2\")").arg(number).arg(object.value(QStringLiteral("name")).toString())
            : Tr::tr("rule %1").arg(number);
        if (!onlyKeys(object, at, Matcher::keys() + QStringList{QStringLiteral("name"), QStringLiteral("reply"), QStringLiteral("delayMs"), QStringLiteral("close")},
                      out->name))
            return false;
        QString why;
        std::optional<Matcher> matcher = Matcher::fromJson(object, &why);
        if (!matcher) {
            // Where it went wrong: the first matcher key that, added to those before it, makes the error.
            QJsonObject partial;
            for (const QString &k : Matcher::keys()) {
                if (!object.contains(k))
                    continue;
                partial.insert(k, object.value(k));
                QString ignored;
                if (!Matcher::fromJson(partial, &ignored))
                    return fail(at + Steps{k}, out->name + QStringLiteral(": ") + why);
            }
            return fail(at, out->name + QStringLiteral(": ") + why);
        }
        out->matcher = *matcher;
        if (object.contains(QStringLiteral("reply"))) {
            QString reply;
            if (!text(object.value(QStringLiteral("reply")), at + Steps{QStringLiteral("reply")}, &reply))
                return false;
            out->reply = reply;
        }
        if (object.contains(QStringLiteral("delayMs"))
            && !integer(object.value(QStringLiteral("delayMs")), at + Steps{QStringLiteral("delayMs")}, 0, 3600000, &out->delayMs))
            return false;
        if (object.contains(QStringLiteral("close"))) {
            MockRules::Close close;
            if (!this->close(object.value(QStringLiteral("close")), at + Steps{QStringLiteral("close")}, &close))
                return false;
            out->close = close;
        }
        return true;
    }

private:
    const QByteArray &m_bytes;
    const QString &m_name;
    QString *m_error;
};
} // namespace

std::optional<MockRules> MockRules::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<MockRules> MockRules::parse(const QByteArray &bytes, const QString &name, QString *error)
{
    const std::optional<QJsonObject> object = JsonFile::parseObject(bytes, name, error);
    if (!object || !JsonFile::checkVersion(*object, FormatKey, FormatVersion, name, QStringLiteral("mock rules"), error))
        return std::nullopt;
    Reader reader(bytes, name, error);
    const QStringList top{QLatin1String(FormatKey),  QStringLiteral("subprotocols"), QStringLiteral("reject"),    QStringLiteral("onConnect"),
                          QStringLiteral("every"),   QStringLiteral("closeAfter"),   QStringLiteral("rules"),     QStringLiteral("comment"),
                          QStringLiteral("handshakeTimeoutSeconds")};
    if (!reader.onlyKeys(*object, {}, top, Tr::tr("a rules file")))
        return std::nullopt;
    MockRules rules;
    const auto at = [](const char *key) { return Steps{QLatin1String(key)}; };
    if (object->contains(QStringLiteral("subprotocols"))) {
        const QJsonValue value = object->value(QStringLiteral("subprotocols"));
        for (const QJsonValue &p : value.toArray()) {
            const QString protocol = p.toString();
            const bool token = !protocol.isEmpty() && std::all_of(protocol.begin(), protocol.end(), [](QChar c) {
                return c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("()<>@,;:\\\"/[]?={}").contains(c);
            });
            if (!token)
                return reader.fail(at("subprotocols"), Tr::tr("\"subprotocols\" wants an array of names (HTTP tokens)")), std::nullopt;
            rules.subprotocols << protocol;
        }
        if (!value.isArray())
            return reader.fail(at("subprotocols"), Tr::tr("\"subprotocols\" wants an array of names (HTTP tokens)")), std::nullopt;
    }
    if (object->contains(QStringLiteral("reject"))) {
        Reject reject;
        if (!reader.reject(object->value(QStringLiteral("reject")), at("reject"), &reject))
            return std::nullopt;
        rules.reject = reject;
    }
    if (object->contains(QStringLiteral("onConnect")) && !reader.sends(object->value(QStringLiteral("onConnect")), at("onConnect"), &rules.onConnect))
        return std::nullopt;
    if (object->contains(QStringLiteral("every")) && !reader.periodic(object->value(QStringLiteral("every")), at("every"), &rules.every))
        return std::nullopt;
    if (object->contains(QStringLiteral("closeAfter"))) {
        const QJsonValue value = object->value(QStringLiteral("closeAfter"));
        if (!value.toObject().contains(QStringLiteral("messages")))
            return reader.fail(at("closeAfter"), Tr::tr("\"closeAfter\" wants {\"messages\": K, \"code\": 1000, \"reason\": \"...\"}")), std::nullopt;
        if (!reader.close(value, at("closeAfter"), &rules.closeAfter, {QStringLiteral("messages")})
            || !reader.integer(value.toObject().value(QStringLiteral("messages")), at("closeAfter") + Steps{QStringLiteral("messages")}, 1,
                               1000000000, &rules.closeAfterMessages))
            return std::nullopt;
    }
    if (object->contains(QStringLiteral("handshakeTimeoutSeconds"))) {
        int seconds = 0;
        if (!reader.integer(object->value(QStringLiteral("handshakeTimeoutSeconds")), at("handshakeTimeoutSeconds"), 1, 3600, &seconds))
            return std::nullopt;
        rules.handshakeTimeoutMs = seconds * 1000;
    }
    const QJsonValue list = object->value(QStringLiteral("rules"));
    if (object->contains(QStringLiteral("rules")) && !list.isArray())
        return reader.fail(at("rules"), Tr::tr("\"rules\" wants an array of rules")), std::nullopt;
    for (int i = 0; i < list.toArray().size(); ++i) {
        Rule rule;
        if (!reader.rule(list.toArray().at(i), at("rules") + Steps{i}, i + 1, &rule))
            return std::nullopt;
        rules.rules.append(rule);
    }
    return rules;
}

MockRules::Answer MockRules::answer(const SessionEvent &message) const
{
    Answer answer;
    const VariableSet none;
    for (int i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        const Matcher::Outcome outcome = rule.matcher.match(message, none);
        if (!outcome.matched)
            continue;
        answer.rule = i;
        answer.reply = rule.reply;
        answer.outcome = outcome;
        answer.delayMs = rule.delayMs;
        answer.close = rule.close;
        break;
    }
    return answer;
}

QString MockRules::Answer::replyText(const SessionEvent &message, quint64 counter) const
{
    return reply ? expand(*reply, counter, &message, &outcome) : QString();
}

QString MockRules::expand(const QString &text, quint64 counter, const SessionEvent *message, const Matcher::Outcome *outcome)
{
    // The placeholders first, then the message's values: what a client sent is never expanded again.
    const QString filled = Placeholders::expand(text, counter);
    if (!message)
        return filled;
    VariableSet values;
    if (outcome) {
        for (int i = 0; i < outcome->groups.size(); ++i)
            values.set(QString::number(i), outcome->groups.at(i));
        for (auto it = outcome->captures.cbegin(); it != outcome->captures.cend(); ++it)
            values.set(it.key(), it.value());
    }
    values.set(QStringLiteral("message"), message->payloadText());
    std::optional<QJsonValue> document;
    for (const QString &name : VariableSet::referencedNames(filled)) {
        if (name != QStringLiteral("json") && !name.startsWith(QStringLiteral("json.")) && !name.startsWith(QStringLiteral("json[")))
            continue;
        if (!document) {
            QJsonParseError parseError;
            const QJsonDocument parsed = QJsonDocument::fromJson('[' + message->payload + ']', &parseError);
            document = parseError.error == QJsonParseError::NoError ? parsed.array().at(0) : QJsonValue(QJsonValue::Undefined);
        }
        QString ignored;
        const std::optional<JsonPath> path = JsonPath::parse(QStringLiteral("$") + name.mid(4), &ignored);
        const std::optional<QJsonValue> found = path ? path->find(*document) : std::nullopt;
        if (!found)
            continue; // stays as written: the reply shows what was missing
        if (found->isString())
            values.set(name, found->toString());
        else {
            const QByteArray wrapped = QJsonDocument(QJsonArray{*found}).toJson(QJsonDocument::Compact);
            values.set(name, QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
        }
    }
    return values.expand(filled, nullptr);
}

QString MockRules::chooseSubprotocol(const QList<QByteArray> &offered) const
{
    for (const QByteArray &p : offered) {
        const QString name = QString::fromLatin1(p.trimmed());
        if (subprotocols.contains(name))
            return name;
    }
    return QString();
}

const MockRules::Reject *MockRules::rejects(const QByteArray &target) const
{
    if (!reject)
        return nullptr;
    if (reject->path.pattern().isEmpty() || reject->path.match(QString::fromUtf8(target)).hasMatch())
        return &*reject;
    return nullptr;
}

} // namespace wsi
