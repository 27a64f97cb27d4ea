#pragma once

#include <QString>
#include <QStringList>

namespace wsi {

// {{name}} markers in a message, replaced at send time so one saved message can
// be sent many times: {{timestamp}} (ISO 8601, UTC, ms), {{unixMs}}, {{counter}}
// (this connection's sends, from 1) and {{uuid}}. Unknown names stay as typed.
struct Placeholders
{
    static QString expand(const QString &text, quint64 counter);
    static QStringList names();
};

} // namespace wsi
