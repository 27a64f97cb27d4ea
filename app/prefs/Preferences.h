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
    // Creates the settings file owner-only (0600) before anything is written to it, or narrows an
    // existing one; QSettings keeps an existing file's mode when it rewrites it. Both programs call it
    // at start, once the application name is set.
    static bool makeSettingsFilePrivate();

    // Secrets kept in a 0600 file next to the settings when no keyring answers (Settings menu);
    // off: kept for the run only. Read once per run by SecretStore.
    static bool secretsInPrivateFile();
    static void setSecretsInPrivateFile(bool on);
    // What the user should hear about where secrets went, once per run (empty otherwise).
    static QString takeSecretsNote();
    // Plain-text secrets an older version left in the settings file: into the SecretStore, out of
    // the file (per-URL options, recent URLs, tabs). Called at start.
    static void migrateSecrets();

    // The URLs opened last, newest first (at most MaxRecentUrls), without passwords and token values.
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
    // Free memory (MiB) below which a window whose logs keep every row warns (default 1024).
    static qint64 lowMemoryMiB();
    // A session file bigger than this (MiB) opens in the big-file view: rows read from the file as
    // they are shown, not held in memory (default 512).
    static qint64 bigFileMiB();
    static void setBigFileMiB(qint64 mebibytes);

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
