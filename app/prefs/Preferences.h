#pragma once

#include "session/SessionOptions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wsi {

// Where the window keeps what it remembers across runs: one class behind QSettings,
// one key per setting, so no widget spells a settings key of its own.
// (Snippets keep their own group in SnippetStore; per-URL options are stored by
// SessionOptionsStorage, reached from here.)
class Preferences
{
public:
    // The URLs opened last, newest first (at most MaxRecentUrls).
    static constexpr int MaxRecentUrls = 12;
    static QStringList recentUrls();
    static void addRecentUrl(const QString &url);

    // The options the next Open of url uses: remembered ones for that URL, else the
    // defaults. *remembered says which.
    static SessionOptions optionsForUrl(const QUrl &url, bool *remembered = nullptr);
    static void rememberOptions(const SessionOptions &options);

    // Rows each log holds (0 = all).
    static qsizetype logRowLimit();
    static void setLogRowLimit(qsizetype limit);

    // The connection panel beside the log, shown or hidden (View → Connection panel).
    static bool panelVisible();
    static void setPanelVisible(bool visible);

    struct SavedTab
    {
        QString url; // "builtin:echo" for the built-in echo server, whose port changes
        bool socketIo = false;
    };
    static QList<SavedTab> tabs();
    static int currentTab();
    static void setTabs(const QList<SavedTab> &tabs, int current);

    // The collection files open in the Connections panel, reopened at the next start.
    static QStringList collectionFiles();
    static void setCollectionFiles(const QStringList &paths);

    // "system", "light" or "dark".
    static QString theme();
    static void setTheme(const QString &name);

    // View → Language: "system" (the default), "en" or "zh_CN"; applied at the next start.
    static QString language();
    static void setLanguage(const QString &choice);
};

} // namespace wsi
