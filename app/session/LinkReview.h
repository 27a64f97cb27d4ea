#pragma once

#include "SessionOptions.h"

#include <QStringList>
#include <QUrl>

namespace wsi {

// What a link handed over by another program (a browser, a chat) would do if connected: where it
// goes, said so that a look-alike host is seen as one, and the names of what the options saved for
// that URL would send with it. Names only: a value never reaches the screen from here.
struct LinkReview
{
    QString error;        // set when the link is not a ws:// or wss:// URL; nothing else is then set
    QString link;         // what was handed over, trimmed: what Connect opens
    QString url;          // the whole URL as given (IDN hosts in their own letters)
    QString host;         // the host in Unicode
    QString asciiHost;    // the host as sent on the wire (punycode); equal to host for plain ASCII
    QStringList oddCharacters; // non-ASCII letters of the host, each "р U+0440"
    QStringList headerNames;   // saved headers, Cookie and Origin included
    QStringList cookieNames;   // the names of the cookies a saved Cookie header holds
    int onConnectMessages = 0;
    bool hasPassword = false;  // the link carries a user password
    bool hasSavedSettings() const { return !headerNames.isEmpty() || onConnectMessages > 0; }
    bool lookAlike() const { return !oddCharacters.isEmpty() || asciiHost.contains(QLatin1String("xn--")); }

    static LinkReview review(const QString &link, const SessionOptions &saved);
};

} // namespace wsi
