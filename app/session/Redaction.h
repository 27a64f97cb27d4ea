#pragma once

#include <QByteArrayView>
#include <QStringList>
#include <QUrl>

namespace wsi {

// What counts as a secret in a connection, and how it is hidden: header values
// such as Authorization and Cookie, a URL's password, token-like query parameters.
struct Redaction
{
    static constexpr const char *Mask = "<redacted>";
    static bool isSecretHeader(QByteArrayView name);
    static bool isSecretQueryKey(const QString &key);
    static QUrl redactUrl(const QUrl &url);
    // What may be written where others can read it (the settings file, the recent-URL list):
    // no password, secret query parameters kept by name only ("?room=7&token").
    static QUrl stripUrl(const QUrl &url);
    // bytes with every occurrence of each (non-empty) secret value replaced by Mask.
    static QByteArray maskValues(const QByteArray &bytes, const QStringList &secretValues);
};

} // namespace wsi
