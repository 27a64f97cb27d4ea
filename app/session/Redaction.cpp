#include "session/Redaction.h"

#include <QUrlQuery>

namespace wsi {

bool Redaction::isSecretHeader(QByteArrayView name)
{
    static const char *const secret[] = {"authorization", "proxy-authorization", "cookie", "set-cookie",
                                         "x-api-key", "x-auth-token", "x-access-token"};
    const QByteArray lower = name.toByteArray().toLower();
    for (const char *s : secret) {
        if (lower == s)
            return true;
    }
    return lower.contains("token") || lower.contains("secret") || lower.contains("password");
}

bool Redaction::isSecretQueryKey(const QString &key)
{
    const QString k = key.toLower();
    static const char *const exact[] = {"key", "apikey", "api_key", "auth", "sig", "signature", "session", "sid", "code"};
    for (const char *s : exact) {
        if (k == QLatin1String(s))
            return true;
    }
    return k.contains(QLatin1String("token")) || k.contains(QLatin1String("secret")) || k.contains(QLatin1String("password"));
}

QUrl Redaction::redactUrl(const QUrl &url)
{
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(QLatin1String(Mask));
    if (out.hasQuery()) {
        QUrlQuery query(out);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        bool changed = false;
        for (auto &item : items) {
            if (isSecretQueryKey(item.first)) {
                item.second = QLatin1String(Mask);
                changed = true;
            }
        }
        if (changed) {
            query.setQueryItems(items);
            out.setQuery(query);
        }
    }
    return out;
}

} // namespace wsi
