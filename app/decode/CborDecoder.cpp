#include "CborDecoder.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace wsi {

bool CborDecoder::hasSelfDescribeTag(QByteArrayView bytes)
{
    return bytes.size() > 3 && quint8(bytes[0]) == 0xd9 && quint8(bytes[1]) == 0xd9 && quint8(bytes[2]) == 0xf7;
}

Decoded CborDecoder::decode(QByteArrayView bytes)
{
    Decoded d;
    d.format = tr("CBOR");
    if (bytes.isEmpty())
        return Decoded::failure(d.format, tr("the payload is empty"));
    QJsonArray items;
    QStringList texts;
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        // One reader per item, over the bytes left (no copy): the next item of a sequence.
        QCborStreamReader reader(QByteArray::fromRawData(bytes.data() + offset, bytes.size() - offset));
        // QCborValue reads nested items with a depth limit of its own (NestingTooDeep).
        const QCborValue value = QCborValue::fromCbor(reader);
        const QCborError error = reader.lastError();
        if (error != QCborError::NoError) {
            const QString why = error == QCborError::EndOfFile
                ? tr("the CBOR data ends too early (item at byte %1 is cut short)").arg(offset)
                : tr("not valid CBOR at byte %1: %2").arg(offset + reader.currentOffset()).arg(error.toString());
            if (items.isEmpty())
                return Decoded::failure(d.format, why);
            d.notes << tr("%1; the %2 items before it are shown").arg(why).arg(items.size());
            break;
        }
        if (items.size() == MaxItems) {
            d.notes << tr("only the first %1 items of the CBOR sequence are shown").arg(MaxItems);
            break;
        }
        items.append(value.toJsonValue());
        texts << value.toDiagnosticNotation(QCborValue::LineWrapped);
        if (reader.currentOffset() <= 0)
            break; // no progress: never loop
        offset += reader.currentOffset();
    }
    if (items.size() > 1) {
        d.format = tr("CBOR sequence of %1 items").arg(items.size());
        d.json = items;
    } else {
        d.json = items.first();
    }
    d.text = texts.join(QStringLiteral("\n"));
    return d;
}

} // namespace wsi
