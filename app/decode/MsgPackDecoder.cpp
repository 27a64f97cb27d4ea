#include "MsgPackDecoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <msgpack.hpp>

#include <exception>

namespace wsi {

namespace {

QString hex(const char *data, size_t size)
{
    return QString::fromLatin1(QByteArray(data, qsizetype(size)).toHex(' '));
}

QJsonValue timestamp(const msgpack::object_ext &ext)
{
    // The timestamp extension: 4 bytes of seconds, 8 bytes of 30-bit nanoseconds and 34-bit
    // seconds, or 12 bytes of nanoseconds and signed seconds.
    const auto *p = reinterpret_cast<const uchar *>(ext.data());
    qint64 seconds = 0;
    quint32 nanoseconds = 0;
    if (ext.size == 4) {
        seconds = qFromBigEndian<quint32>(p);
    } else if (ext.size == 8) {
        const quint64 value = qFromBigEndian<quint64>(p);
        nanoseconds = quint32(value >> 34);
        seconds = qint64(value & 0x3ffffffffull);
    } else if (ext.size == 12) {
        nanoseconds = qFromBigEndian<quint32>(p);
        seconds = qFromBigEndian<qint64>(p + 4);
    } else {
        return QJsonValue(QJsonValue::Undefined);
    }
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).addMSecs(nanoseconds / 1000000);
    if (!time.isValid())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonObject{{QStringLiteral("$timestamp"), time.toString(Qt::ISODateWithMs)}};
}

// A key that is not a string, as short text: written once, not as JSON within JSON (escaping a
// key inside a key inside a key doubled its backslashes each level: a few KiB grew to GiB).
void appendKeyText(const msgpack::object &o, QString *out, int depth = 0)
{
    constexpr qsizetype MaxKeyChars = 200;
    if (out->size() > MaxKeyChars || depth > 16) {
        if (!out->endsWith(u'…'))
            out->append(u'…');
        return;
    }
    switch (o.type) {
    case msgpack::type::NIL: out->append(QStringLiteral("null")); break;
    case msgpack::type::BOOLEAN: out->append(o.via.boolean ? QStringLiteral("true") : QStringLiteral("false")); break;
    case msgpack::type::POSITIVE_INTEGER: out->append(QString::number(o.via.u64)); break;
    case msgpack::type::NEGATIVE_INTEGER: out->append(QString::number(o.via.i64)); break;
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64: out->append(QString::number(o.via.f64, 'g', 17)); break;
    case msgpack::type::STR: out->append(QString::fromUtf8(o.via.str.ptr, qsizetype(qMin<uint32_t>(o.via.str.size, MaxKeyChars)))); break;
    case msgpack::type::BIN: out->append(QStringLiteral("bin:") + hex(o.via.bin.ptr, qMin<uint32_t>(o.via.bin.size, 32))); break;
    case msgpack::type::EXT: out->append(QStringLiteral("ext%1:").arg(int(o.via.ext.type())) + hex(o.via.ext.data(), qMin<uint32_t>(o.via.ext.size, 32))); break;
    case msgpack::type::ARRAY:
        out->append(u'[');
        for (uint32_t i = 0; i < o.via.array.size && out->size() <= MaxKeyChars; ++i) {
            if (i > 0)
                out->append(u',');
            appendKeyText(o.via.array.ptr[i], out, depth + 1);
        }
        out->append(u']');
        break;
    case msgpack::type::MAP:
        out->append(u'{');
        for (uint32_t i = 0; i < o.via.map.size && out->size() <= MaxKeyChars; ++i) {
            if (i > 0)
                out->append(u',');
            appendKeyText(o.via.map.ptr[i].key, out, depth + 1);
            out->append(u':');
            appendKeyText(o.via.map.ptr[i].val, out, depth + 1);
        }
        out->append(u'}');
        break;
    }
}

QJsonValue toJson(const msgpack::object &o)
{
    switch (o.type) {
    case msgpack::type::NIL: return QJsonValue(QJsonValue::Null);
    case msgpack::type::BOOLEAN: return o.via.boolean;
    case msgpack::type::POSITIVE_INTEGER:
        // Past what a signed 64-bit number holds, as text: a double would change the value.
        return o.via.u64 > quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(QString::number(o.via.u64))
                                                                      : QJsonValue(qint64(o.via.u64));
    case msgpack::type::NEGATIVE_INTEGER: return qint64(o.via.i64);
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64: return o.via.f64;
    case msgpack::type::STR: return QString::fromUtf8(o.via.str.ptr, qsizetype(o.via.str.size));
    case msgpack::type::BIN: return QJsonObject{{QStringLiteral("$bin"), hex(o.via.bin.ptr, o.via.bin.size)}};
    case msgpack::type::EXT: {
        if (o.via.ext.type() == -1) {
            const QJsonValue time = timestamp(o.via.ext);
            if (!time.isUndefined())
                return time;
        }
        return QJsonObject{{QStringLiteral("$ext"), int(o.via.ext.type())},
                           {QStringLiteral("$data"), hex(o.via.ext.data(), o.via.ext.size)}};
    }
    case msgpack::type::ARRAY: {
        QJsonArray array;
        for (uint32_t i = 0; i < o.via.array.size; ++i)
            array.append(toJson(o.via.array.ptr[i]));
        return array;
    }
    case msgpack::type::MAP: {
        QJsonObject object;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack::object &key = o.via.map.ptr[i].key;
            QString name;
            if (key.type == msgpack::type::STR)
                name = QString::fromUtf8(key.via.str.ptr, qsizetype(key.via.str.size));
            else
                appendKeyText(key, &name);
            object.insert(name, toJson(o.via.map.ptr[i].val));
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString pretty(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    // A bare value: wrapped in an array to be written, then unwrapped.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

Decoded MsgPackDecoder::decode(QByteArrayView bytes)
{
    Decoded d;
    d.format = tr("MessagePack");
    if (bytes.isEmpty())
        return Decoded::failure(d.format, tr("the payload is empty"));
    // No container can hold more items than there are bytes left: a header claiming 4 billion
    // elements is refused before anything is allocated for them.
    const auto most = std::size_t(bytes.size());
    const msgpack::unpack_limit limit(most, most, most, most, most, MaxDepth);
    std::size_t offset = 0;
    QJsonArray items;
    while (offset < std::size_t(bytes.size())) {
        const std::size_t start = offset;
        QString why;
        try {
            const msgpack::object_handle handle = msgpack::unpack(bytes.data(), std::size_t(bytes.size()), offset, nullptr, nullptr, limit);
            if (items.size() == MaxItems) {
                d.notes << tr("only the first %1 MessagePack objects are shown").arg(MaxItems);
                break;
            }
            items.append(toJson(handle.get()));
        } catch (const msgpack::insufficient_bytes &) {
            why = tr("the MessagePack data ends too early (object at byte %1 is cut short)").arg(start);
        } catch (const msgpack::depth_size_overflow &) {
            why = tr("the MessagePack data nests deeper than %1 levels").arg(MaxDepth);
        } catch (const msgpack::size_overflow &) {
            why = tr("a MessagePack container at byte %1 claims more elements than the payload has bytes").arg(start);
        } catch (const msgpack::parse_error &) {
            why = tr("not MessagePack: byte %1 (%2) starts no MessagePack type").arg(start).arg(
                QString::number(quint8(bytes[qsizetype(start)]), 16).rightJustified(2, u'0'));
        } catch (const std::exception &e) {
            why = tr("not valid MessagePack at byte %1: %2").arg(start).arg(QString::fromLocal8Bit(e.what()));
        }
        if (!why.isEmpty()) {
            if (items.isEmpty())
                return Decoded::failure(d.format, why);
            d.notes << tr("%1; the %2 objects before it are shown").arg(why).arg(items.size());
            break;
        }
        if (offset <= start)
            break;
    }
    if (items.size() > 1) {
        d.format = tr("MessagePack, %1 objects").arg(items.size());
        d.json = items;
    } else {
        d.json = items.first();
    }
    d.text = pretty(d.json);
    return d;
}

} // namespace wsi
