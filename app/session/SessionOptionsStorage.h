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
// Secrets never reach the settings file: the group is named by the URL without its password and
// token values (Redaction::stripUrl), and a secret header's value is kept in the SecretStore with
// only SecretReference in the file.
struct SessionOptionsStorage
{
    static constexpr const char *SecretReference = "wsi-secret-ref";
    static QVariantMap toMap(const SessionOptions &options);
    static SessionOptions fromMap(const QVariantMap &map, const SessionOptions &defaults = SessionOptions());
    static void save(QSettings &settings, const SessionOptions &options);
    static bool load(QSettings &settings, const QUrl &url, SessionOptions *options);
    // Settings of an older version with secrets in plain text: moved to the SecretStore and erased
    // from the file. Returns how many groups were rewritten.
    static int migrate(QSettings &settings);
};

} // namespace wsi
