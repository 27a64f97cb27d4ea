#pragma once

#include "SessionOptions.h"

#include <QVariantMap>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace wsi {

// SessionOptions to and from QSettings, one group per URL, so each server
// keeps its own headers, heartbeat and reconnect settings. The certificate
// override is never stored: it is for one connection, on purpose.
struct SessionOptionsStorage
{
    static QVariantMap toMap(const SessionOptions &options);
    static SessionOptions fromMap(const QVariantMap &map, const SessionOptions &defaults = SessionOptions());
    static void save(QSettings &settings, const SessionOptions &options);
    static bool load(QSettings &settings, const QUrl &url, SessionOptions *options);
};

} // namespace wsi
