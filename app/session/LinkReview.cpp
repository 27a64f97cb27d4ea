#include "session/LinkReview.h"

#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::LinkReview)
};
} // namespace

LinkReview LinkReview::review(const QString &link, const SessionOptions &saved)
{
    LinkReview out;
    out.link = link.trimmed();
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty()) {
        out.error = Tr::tr("Not a ws:// or wss:// link: %1").arg(link.left(2000));
        return out;
    }
    out.asciiHost = QString::fromLatin1(QUrl::toAce(url.host(QUrl::FullyDecoded)));
    if (out.asciiHost.isEmpty())
        out.asciiHost = url.host(QUrl::FullyEncoded);
    // Every label in its own letters, trusted top-level domain or not, so look-alikes are seen.
    out.host = QUrl::fromAce(out.asciiHost.toLatin1(), QUrl::IgnoreIDNWhitelist);
    for (const char32_t c : out.host.toUcs4()) {
        if (c <= 0x7f)
            continue;
        const QString entry = QString::fromUcs4(&c, 1) + QStringLiteral(" U+")
                            + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        if (!out.oddCharacters.contains(entry))
            out.oddCharacters << entry;
    }
    // Built by hand: QUrl would write the host back in punycode.
    const QString userInfo = url.userInfo();
    out.url = url.scheme() + QStringLiteral("://") + (userInfo.isEmpty() ? QString() : userInfo + u'@')
            + (out.host.contains(u':') ? u'[' + out.host + u']' : out.host)
            + (url.port() >= 0 ? QStringLiteral(":%1").arg(url.port()) : QString())
            + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    out.hasPassword = !url.password().isEmpty();
    for (const auto &header : saved.headers) {
        out.headerNames << QString::fromLatin1(header.first);
        if (header.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &cookie : header.second.split(';')) {
            const QByteArray name = cookie.left(cookie.indexOf('=')).trimmed();
            if (!name.isEmpty())
                out.cookieNames << QString::fromUtf8(name);
        }
    }
    if (!saved.origin.isEmpty())
        out.headerNames << QStringLiteral("Origin");
    out.onConnectMessages = int(saved.onConnectMessages.size());
    return out;
}

} // namespace wsi
