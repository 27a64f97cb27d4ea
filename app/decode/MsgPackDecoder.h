#pragma once

#include "i18n/Translation.h"
#include "Decoded.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace wsi {

// MessagePack with msgpack-c++ (Debian's libmsgpack-cxx-dev), shown as JSON. What JSON has no
// form for is shown explicitly: binary as {"$bin": "hex"}, an ext type as {"$ext": type,
// "$data": "hex"}, the timestamp ext (-1) as {"$timestamp": "ISO time"}, a key that is not
// a string as its JSON text. Several objects one after another are shown as a list.
class MsgPackDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(MsgPackDecoder)
public:
    static Decoded decode(QByteArrayView bytes);
    static constexpr int MaxDepth = 512;
    static constexpr int MaxItems = 1000;
};

} // namespace wsi
