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

namespace {
QUrl replaceSecrets(const QUrl &url, const QString &with)
{
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(with.isEmpty() ? QString() : with);
    if (out.hasQuery()) {
        QUrlQuery query(out);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        bool changed = false;
        for (auto &item : items) {
            if (Redaction::isSecretQueryKey(item.first) && item.second != with) {
                item.second = with;
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
} // namespace

QUrl Redaction::redactUrl(const QUrl &url)
{
    return replaceSecrets(url, QLatin1String(Mask));
}

QUrl Redaction::stripUrl(const QUrl &url)
{
    return replaceSecrets(url, QString());
}

QByteArray Redaction::maskValues(const QByteArray &bytes, const QStringList &secretValues)
{
    QByteArray masked = bytes;
    for (const QString &secret : secretValues)
        if (!secret.isEmpty())
            masked.replace(secret.toUtf8(), Mask);
    return masked;
}

} // namespace wsi
