#include "ProtobufRaw.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/wire_format_lite.h>

namespace wsi {

namespace pb = google::protobuf;

QString ProtobufRaw::wireError(QByteArrayView bytes)
{
    qsizetype end = 0;
    int fields = 0;
    return scan(bytes, 0, &end, &fields);
}

QString ProtobufRaw::scan(QByteArrayView bytes, int prefixFields, qsizetype *prefixEnd, int *fields)
{
    pb::io::CodedInputStream in(reinterpret_cast<const uint8_t *>(bytes.data()), int(bytes.size()));
    const int size = int(bytes.size());
    *prefixEnd = bytes.size();
    *fields = 0;
    while (in.CurrentPosition() < size) {
        if (*fields == prefixFields && prefixFields > 0)
            *prefixEnd = in.CurrentPosition();
        ++*fields;
        const int at = in.CurrentPosition();
        const uint32_t tag = in.ReadTag();
        if (tag == 0)
            return tr("byte %1: not a field key (a varint that never ends, or field number 0)").arg(at);
        const uint32_t field = tag >> 3;
        const int wireType = int(tag & 7);
        const int valueAt = in.CurrentPosition();
        switch (wireType) {
        case 0: {
            uint64_t value = 0;
            if (!in.ReadVarint64(&value))
                return tr("field %1 at byte %2: the varint never ends").arg(field).arg(valueAt);
            break;
        }
        case 1: {
            uint64_t value = 0;
            if (!in.ReadLittleEndian64(&value))
                return tr("field %1 at byte %2: the 8-byte value is cut short").arg(field).arg(valueAt);
            break;
        }
        case 2: {
            uint32_t length = 0;
            if (!in.ReadVarint32(&length))
                return tr("field %1 at byte %2: the length never ends").arg(field).arg(valueAt);
            const int left = size - in.CurrentPosition();
            if (qint64(length) > left)
                return tr("field %1 at byte %2 says %3 bytes follow, but only %4 do").arg(field).arg(valueAt).arg(length).arg(left);
            in.Skip(int(length));
            break;
        }
        case 3:
            if (!pb::internal::WireFormatLite::SkipField(&in, tag))
                return tr("field %1 at byte %2: a group that never ends (or nests too deep)").arg(field).arg(at);
            break;
        case 4:
            return tr("byte %1: the end of group %2, but no group is open").arg(at).arg(field);
        case 5: {
            uint32_t value = 0;
            if (!in.ReadLittleEndian32(&value))
                return tr("field %1 at byte %2: the 4-byte value is cut short").arg(field).arg(valueAt);
            break;
        }
        default:
            return tr("byte %1: wire type %2 does not exist (field %3)").arg(at).arg(wireType).arg(field);
        }
    }
    return QString();
}

Decoded ProtobufRaw::decode(QByteArrayView bytes, int maxFields)
{
    const QString format = tr("protobuf (raw, no schema)");
    if (bytes.isEmpty())
        return Decoded::failure(format, tr("the payload is empty (an empty message has no fields to show)"));
    if (bytes.size() > std::numeric_limits<int>::max() / 2)
        return Decoded::failure(format, tr("the payload is too large for protobuf"));
    // For the detail pane, every field is checked (a walk without allocations) but only the
    // first maxFields are read into fields to print: a 1 MiB message stays quick to select.
    qsizetype end = bytes.size();
    int count = 0;
    const QString where = scan(bytes, maxFields, &end, &count);
    pb::UnknownFieldSet fields;
    if (!where.isEmpty() || !fields.ParseFromArray(bytes.data(), int(end)))
        return Decoded::failure(format, tr("not protobuf wire format: %1").arg(where.isEmpty() ? tr("libprotobuf refused it") : where));
    Decoded d;
    d.format = format;
    if (end < bytes.size())
        d.notes << tr("the first %1 of %2 fields are shown here").arg(maxFields).arg(count);
    std::string text;
    pb::TextFormat::PrintUnknownFieldsToString(fields, &text);
    d.text = QString::fromStdString(text).trimmed();
    return d;
}

} // namespace wsi
