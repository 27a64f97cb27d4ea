#include "Preferences.h"

#include "session/SessionOptionsStorage.h"

#include <QSettings>

namespace wsi {

namespace {
const QString RecentUrlsKey = QStringLiteral("recentUrls");
const QString RowLimitKey = QStringLiteral("log/rowLimit");
const QString PanelVisibleKey = QStringLiteral("window/panelVisible");
const QString TabsKey = QStringLiteral("tabs");
const QString CurrentTabKey = QStringLiteral("currentTab");
const QString ThemeKey = QStringLiteral("theme");
const QString LanguageKey = QStringLiteral("language");
} // namespace

QStringList Preferences::recentUrls()
{
    return QSettings().value(RecentUrlsKey).toStringList();
}

void Preferences::addRecentUrl(const QString &url)
{
    QStringList urls = recentUrls();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > MaxRecentUrls)
        urls.removeLast();
    QSettings().setValue(RecentUrlsKey, urls);
}

SessionOptions Preferences::optionsForUrl(const QUrl &url, bool *remembered)
{
    SessionOptions options;
    options.url = url;
    bool found = false;
    if (url.isValid() && !url.isEmpty()) {
        QSettings settings;
        found = SessionOptionsStorage::load(settings, url, &options);
    }
    if (remembered)
        *remembered = found;
    return options;
}

void Preferences::rememberOptions(const SessionOptions &options)
{
    QSettings settings;
    SessionOptionsStorage::save(settings, options);
}

qsizetype Preferences::logRowLimit()
{
    return qMax<qsizetype>(0, QSettings().value(RowLimitKey, 0).toLongLong());
}

void Preferences::setLogRowLimit(qsizetype limit)
{
    QSettings().setValue(RowLimitKey, qint64(qMax<qsizetype>(0, limit)));
}

bool Preferences::panelVisible()
{
    return QSettings().value(PanelVisibleKey, true).toBool();
}

void Preferences::setPanelVisible(bool visible)
{
    QSettings().setValue(PanelVisibleKey, visible);
}

QList<Preferences::SavedTab> Preferences::tabs()
{
    QList<SavedTab> tabs;
    for (const QVariant &entry : QSettings().value(TabsKey).toList()) {
        const QVariantMap map = entry.toMap();
        tabs.append({map.value(QStringLiteral("url")).toString(), map.value(QStringLiteral("socketIo")).toBool()});
    }
    return tabs;
}

int Preferences::currentTab()
{
    return QSettings().value(CurrentTabKey).toInt();
}

void Preferences::setTabs(const QList<SavedTab> &tabs, int current)
{
    QVariantList saved;
    for (const SavedTab &tab : tabs)
        saved << QVariantMap{{QStringLiteral("url"), tab.url}, {QStringLiteral("socketIo"), tab.socketIo}};
    QSettings settings;
    settings.setValue(TabsKey, saved);
    settings.setValue(CurrentTabKey, current);
}

QString Preferences::theme()
{
    return QSettings().value(ThemeKey).toString();
}

void Preferences::setTheme(const QString &name)
{
    QSettings().setValue(ThemeKey, name);
}

QString Preferences::language()
{
    return QSettings().value(LanguageKey, QStringLiteral("system")).toString();
}

void Preferences::setLanguage(const QString &choice)
{
    QSettings().setValue(LanguageKey, choice);
}

QStringList Preferences::collectionFiles()
{
    return QSettings().value(QStringLiteral("collections/files")).toStringList();
}

void Preferences::setCollectionFiles(const QStringList &paths)
{
    QSettings().setValue(QStringLiteral("collections/files"), paths);
}

} // namespace wsi
