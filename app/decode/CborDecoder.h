#pragma once

#include "i18n/Translation.h"
#include "Decoded.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace wsi {

// CBOR (RFC 8949) with Qt's QCborValue: diagnostic notation and a JSON view. A CBOR
// sequence (items one after another, RFC 8742) is shown item by item.
class CborDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(CborDecoder)
public:
    static Decoded decode(QByteArrayView bytes);
    // Starts with the self-describe tag 55799 (d9 d9 f7): what Auto takes as CBOR.
    static bool hasSelfDescribeTag(QByteArrayView bytes);
    // At most this many items of a sequence are shown.
    static constexpr int MaxItems = 1000;
};

} // namespace wsi
