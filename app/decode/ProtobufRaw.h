#pragma once

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
    Q_DECLARE_TR_FUNCTIONS(ProtobufRaw)
public:
    static Decoded decode(QByteArrayView bytes);
    // Where and why these bytes are not protobuf wire format; empty when they are.
    static QString wireError(QByteArrayView bytes);
};

} // namespace wsi
