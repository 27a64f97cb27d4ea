#include "SessionOptions.h"

#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionOptions)
};
} // namespace

QUrl SessionOptions::parseUrl(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = Tr::tr("Enter a WebSocket URL, for example ws://127.0.0.1:9001/");
        return {};
    }
    QString withScheme = text;
    if (!text.contains(QStringLiteral("://")))
        withScheme = QStringLiteral("ws://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Tr::tr("\"%1\" is not a valid URL: %2").arg(text, url.errorString());
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("ws") && scheme != QStringLiteral("wss")) {
        *error = Tr::tr("\"%1\" is not a WebSocket URL: the scheme must be ws:// or wss://, not %2://")
                     .arg(text, url.scheme());
        return {};
    }
    if (url.host().isEmpty()) {
        *error = Tr::tr("\"%1\" has no host name").arg(text);
        return {};
    }
    if (text.contains(u' ') || text.contains(u'\n')) {
        *error = Tr::tr("\"%1\" contains spaces").arg(text);
        return {};
    }
    error->clear();
    return url;
}

} // namespace wsi
