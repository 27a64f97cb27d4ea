#pragma once

#include "i18n/Translation.h"
#include "Decoded.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace wsi {

// Protocol Buffers without a schema, as `protoc --decode_raw` shows them: field numbers and
// values, length-delimited fields printed as nested messages where their bytes parse as one.
// libprotobuf does the reading (UnknownFieldSet, TextFormat); when the bytes are not a
// message, a walk over them with io::CodedInputStream says where and why.
class ProtobufRaw
{
    WSI_DECLARE_TR_FUNCTIONS(ProtobufRaw)
public:
    // maxFields > 0: only the first maxFields top-level fields are printed (the detail pane),
    // with a note; every field is read and checked all the same.
    static Decoded decode(QByteArrayView bytes, int maxFields = 0);
    // Where and why these bytes are not protobuf wire format; empty when they are.
    static QString wireError(QByteArrayView bytes);
    // Where the first maxFields top-level fields end (all of bytes when there are fewer); *fields
    // counts them all. Empty when the bytes are wire format, else wireError's text.
    static QString prefix(QByteArrayView bytes, int maxFields, qsizetype *end, int *fields) { return scan(bytes, maxFields, end, fields); }

private:
    // Walks every field; *fields counts them and *prefixEnd is where field number prefixFields
    // ends (the whole length when there are fewer). Returns wireError's text.
    static QString scan(QByteArrayView bytes, int prefixFields, qsizetype *prefixEnd, int *fields);
};

} // namespace wsi
