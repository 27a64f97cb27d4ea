#include "MqttDecoder.h"

#include "log/PlainText.h"

namespace wsi {

namespace {

const char *const Types[16] = {"reserved 0", "CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP",
                               "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP", "DISCONNECT", "AUTH"};

// Reads one packet's variable header and payload; any read past the end sets ok false.
struct Cursor
{
    QByteArrayView bytes;
    qsizetype pos = 0;
    bool ok = true;
    bool ended = false; // a read ran past the end (rather than a malformed value)

    qsizetype left() const { return bytes.size() - pos; }
    quint8 u8()
    {
        if (left() < 1) { ok = false; ended = true; return 0; }
        return quint8(bytes[pos++]);
    }
    quint16 u16()
    {
        const quint16 high = u8();
        return quint16(high << 8 | u8());
    }
    QString str()
    {
        const quint16 length = u16();
        if (!ok || left() < length) { ok = false; return QString(); }
        const QString s = QString::fromUtf8(bytes.sliced(pos, length));
        pos += length;
        return s;
    }
    quint32 varint()
    {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i) {
            const quint8 b = u8();
            value |= quint32(b & 0x7f) << (7 * i);
            if (!(b & 0x80))
                return value;
        }
        ok = false;
        return 0;
    }
    void skipProperties()
    {
        const quint32 length = varint();
        if (!ok || left() < qsizetype(length)) { ok = false; return; }
        pos += length;
    }
};

QString connackText(int level, quint8 code)
{
    if (code == 0)
        return MqttDecoder::tr("accepted");
    if (level < 5) {
        static const char *const Codes[] = {"", "unacceptable protocol version", "identifier rejected", "server unavailable",
                                            "bad user name or password", "not authorized"};
        if (code < 6)
            return MqttDecoder::tr("refused: %1 (%2)").arg(code).arg(QLatin1String(Codes[code]));
    }
    return MqttDecoder::tr("refused: reason 0x%1").arg(code, 2, 16, QLatin1Char('0'));
}

} // namespace

void MqttDecoder::learn(bool outgoing, QByteArrayView payload)
{
    // CONNECT: 0x10, remaining length, protocol name ("MQTT" or "MQIsdp"), level.
    if (!outgoing || payload.size() < 2 || quint8(payload[0]) != 0x10)
        return;
    Cursor c{payload, 1};
    c.varint();
    c.str();
    const quint8 level = c.u8();
    if (c.ok && level >= 3 && level <= 5)
        m_level = level;
}

void MqttDecoder::advance(Framing *f, QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (f->left > 0) {
            const qint64 take = qMin<qint64>(f->left, bytes.size() - i);
            f->left -= take;
            i += take;
            continue;
        }
        const quint8 b = quint8(bytes[i++]);
        if (f->headerBytes == 0) { // the type byte
            f->headerBytes = 1;
            f->length = 0;
            f->shift = 0;
            continue;
        }
        f->length |= quint32(b & 0x7f) << f->shift;
        f->shift += 7;
        ++f->headerBytes;
        if (!(b & 0x80)) {
            f->left = f->length;
            f->headerBytes = 0;
        } else if (f->headerBytes > 4) {
            *f = Framing(); // not MQTT: start again at the next byte
        }
    }
}

ProtocolView MqttDecoder::view(bool, bool binary, QByteArrayView payload) const
{
    return viewInStream(binary, QByteArrayView(), payload);
}

ProtocolView MqttDecoder::viewInStream(bool binary, QByteArrayView before, QByteArrayView message) const
{
    const bool stream = !before.isNull();
    const QByteArray joined = before.isEmpty() ? QByteArray() : before.toByteArray() + message.toByteArray();
    const QByteArrayView payload = before.isEmpty() ? message : QByteArrayView(joined);
    const qsizetype messageStart = before.size();
    ProtocolView v;
    if (!binary)
        v.problem = tr("a text frame (MQTT over WebSocket is sent in binary frames)");
    QStringList labels;
    bool allPings = true;
    qsizetype at = 0;
    int packets = 0;
    while (at < payload.size() && packets < 100) {
        ++packets;
        Cursor head{payload, at};
        const quint8 first = head.u8();
        const int type = first >> 4;
        const int flags = first & 0x0f;
        const quint32 remaining = head.varint();
        const bool continues = (!head.ok && head.ended) || (head.ok && head.left() < qsizetype(remaining));
        if (stream && continues) {
            labels << tr("part of %1 (continues)").arg(QLatin1String(Types[type]));
            allPings = allPings && (type == 12 || type == 13);
            break;
        }
        if (!head.ok) {
            v.problem = tr("packet at byte %1: a bad remaining length (more than 4 bytes, or cut short)").arg(at - messageStart);
            labels << QLatin1String(Types[type]);
            allPings = false;
            break;
        }
        if (head.left() < qsizetype(remaining)) {
            v.problem = tr("packet at byte %1 says %2 bytes follow, but the message has %3").arg(at - messageStart).arg(remaining).arg(head.left());
            labels << QLatin1String(Types[type]);
            allPings = false;
            break;
        }
        if (head.pos + qsizetype(remaining) <= messageStart) {
            at = head.pos + remaining; // ended in an earlier message, labelled there
            --packets;
            continue;
        }
        const bool begunEarlier = at < messageStart;
        Cursor c{payload.sliced(head.pos, remaining)};
        at = head.pos + remaining;
        const QString name = QLatin1String(Types[type]);
        QString label = name;
        allPings = allPings && (type == 12 || type == 13);
        switch (type) {
        case 1: { // CONNECT
            const QString protocolName = c.str();
            const quint8 level = c.u8();
            const quint8 connectFlags = c.u8();
            const quint16 keepAlive = c.u16();
            if (level == 5)
                c.skipProperties();
            const QString clientId = c.str();
            const QString version = level == 5 ? QStringLiteral("5") : level == 4 ? QStringLiteral("3.1.1") : level == 3 ? QStringLiteral("3.1")
                                                                                                                          : QString::number(level);
            label = tr("CONNECT client \"%1\" (MQTT %2, keep-alive %3 s%4)")
                        .arg(clientId, version).arg(keepAlive).arg((connectFlags & 2) ? tr(", clean session") : QString());
            v.fields << tr("protocol: %1 level %2").arg(protocolName).arg(level);
            break;
        }
        case 2: { // CONNACK
            const quint8 sessionPresent = c.u8();
            const quint8 code = c.u8();
            label = tr("CONNACK %1%2").arg(connackText(m_level, code), (sessionPresent & 1) ? tr(", session present") : QString());
            break;
        }
        case 3: { // PUBLISH
            const int qos = (flags >> 1) & 3;
            const QString topic = c.str();
            const quint16 id = qos > 0 ? c.u16() : 0;
            if (m_level == 5)
                c.skipProperties();
            if (qos == 3)
                v.problem = tr("PUBLISH with QoS 3, which does not exist");
            if (c.ok) {
                v.inner = c.bytes.sliced(c.pos).toByteArray();
                v.hasInner = true;
            }
            label = tr("PUBLISH %1 QoS %2").arg(topic).arg(qos);
            if (qos > 0)
                label += tr(" #%1").arg(id);
            if (flags & 1)
                label += tr(" retain");
            if (flags & 8)
                label += tr(" dup");
            label += u' ' + tr("(%1)").arg(PlainText::humanSize(v.inner.size()));
            v.fields << tr("topic: %1").arg(topic) << tr("QoS: %1").arg(qos);
            break;
        }
        case 4: case 5: case 6: case 7: case 11: // acknowledgements by packet id
            label = tr("%1 #%2").arg(name).arg(c.u16());
            break;
        case 8: case 10: { // SUBSCRIBE, UNSUBSCRIBE
            const quint16 id = c.u16();
            if (m_level == 5)
                c.skipProperties();
            QStringList topics;
            while (c.ok && c.left() > 0 && topics.size() < 50) {
                QString topic = c.str();
                if (type == 8)
                    topic += tr(" (QoS %1)").arg(c.u8() & 3);
                topics << topic;
            }
            label = tr("%1 #%2 %3").arg(name).arg(id).arg(topics.join(QStringLiteral(", ")));
            break;
        }
        case 9: { // SUBACK
            const quint16 id = c.u16();
            if (m_level == 5)
                c.skipProperties();
            QStringList granted;
            while (c.ok && c.left() > 0 && granted.size() < 50) {
                const quint8 code = c.u8();
                granted << (code < 3 ? tr("QoS %1").arg(code) : tr("failure 0x%1").arg(code, 2, 16, QLatin1Char('0')));
            }
            label = tr("SUBACK #%1 %2").arg(id).arg(granted.join(QStringLiteral(", ")));
            break;
        }
        case 12: case 13: case 14: case 15:
            break;
        default:
            v.problem = tr("packet type 0 is reserved");
        }
        if (!c.ok && v.problem.isEmpty())
            v.problem = tr("%1 is cut short inside its %2 bytes").arg(name).arg(remaining);
        if (begunEarlier)
            label += u' ' + tr("(begun earlier)");
        labels << label;
    }
    if (message.isEmpty())
        v.problem = tr("an empty message");
    v.keepAlive = allPings && !labels.isEmpty();
    v.label = labels.join(QStringLiteral("; "));
    return v;
}

} // namespace wsi
