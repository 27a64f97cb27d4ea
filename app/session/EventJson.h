#pragma once

#include "SessionEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace wsi {

// One event as one JSON object: what the CLI prints, one per line, for jq.
struct EventJson
{
    static QJsonObject toJson(const SessionEvent &event);
    static QByteArray toLine(const SessionEvent &event); // compact, ends with '\n'
    static QString isoTime(qint64 timestampUs);
};

} // namespace wsi
