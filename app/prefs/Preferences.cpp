#include "Preferences.h"

#include "prefs/SecretStore.h"
#include "record/PrivateFile.h"
#include "session/Redaction.h"
#include "session/SessionOptionsStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace wsi {

namespace {
const QString RecentUrlsKey = QStringLiteral("recentUrls");
const QString RowLimitKey = QStringLiteral("log/rowLimit");
const QString LowMemoryKey = QStringLiteral("log/lowMemoryMiB");
const QString BigFileKey = QStringLiteral("log/bigFileMiB");
const QString PanelVisibleKey = QStringLiteral("window/panelVisible");
const QString TabsKey = QStringLiteral("tabs");
const QString CurrentTabKey = QStringLiteral("currentTab");
const QString ThemeKey = QStringLiteral("theme");
const QString LanguageKey = QStringLiteral("language");
const QString SecretsInFileKey = QStringLiteral("secrets/privateFile");

// The URL as typed when it holds no secret, else without its password and token values.
QString stripped(const QString &url)
{
    const QUrl parsed(url);
    const QUrl plain = Redaction::stripUrl(parsed);
    return plain == parsed ? url : plain.toString();
}

QString tabSecretKey(int index)
{
    return QStringLiteral("tabs/%1").arg(index);
}
} // namespace

bool Preferences::secretsInPrivateFile()
{
    return QSettings().value(SecretsInFileKey, false).toBool();
}

void Preferences::setSecretsInPrivateFile(bool on)
{
    QSettings().setValue(SecretsInFileKey, on);
    SecretStore::reset();
}

QString Preferences::takeSecretsNote()
{
    return SecretStore::takeNote();
}

void Preferences::migrateSecrets()
{
    QSettings settings;
    SessionOptionsStorage::migrate(settings);
    const QStringList recent = settings.value(RecentUrlsKey).toStringList();
    QStringList clean;
    for (const QString &url : recent) {
        if (!clean.contains(stripped(url)))
            clean << stripped(url);
    }
    if (clean != recent)
        settings.setValue(RecentUrlsKey, clean);
    const QList<SavedTab> saved = tabs();
    bool plain = false;
    for (const QVariant &entry : settings.value(TabsKey).toList())
        plain |= stripped(entry.toMap().value(QStringLiteral("url")).toString()) != entry.toMap().value(QStringLiteral("url")).toString();
    if (plain)
        setTabs(saved, currentTab());
}

bool Preferences::makeSettingsFilePrivate()
{
    const QString path = QSettings().fileName();
    if (QFileInfo::exists(path))
        return PrivateFile::restrict(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return PrivateFile::open(file, QIODevice::WriteOnly);
}

QStringList Preferences::recentUrls()
{
    return QSettings().value(RecentUrlsKey).toStringList();
}

void Preferences::addRecentUrl(const QString &url)
{
    QStringList urls = recentUrls();
    urls.removeAll(stripped(url));
    urls.prepend(stripped(url));
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

qint64 Preferences::lowMemoryMiB()
{
    return qMax<qint64>(0, QSettings().value(LowMemoryKey, 1024).toLongLong());
}

qint64 Preferences::bigFileMiB()
{
    return qMax<qint64>(0, QSettings().value(BigFileKey, 512).toLongLong());
}

void Preferences::setBigFileMiB(qint64 mebibytes)
{
    QSettings().setValue(BigFileKey, qMax<qint64>(0, mebibytes));
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
    const QVariantList saved = QSettings().value(TabsKey).toList();
    for (int i = 0; i < saved.size(); ++i) {
        const QVariantMap map = saved.at(i).toMap();
        QString url = map.value(QStringLiteral("url")).toString();
        if (map.value(QStringLiteral("secretUrl")).toBool())
            url = SecretStore::read(tabSecretKey(i)).value_or(url);
        tabs.append({url, map.value(QStringLiteral("socketIo")).toBool()});
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
    for (const SavedTab &tab : tabs) {
        // A URL's password or token goes to the SecretStore; the file keeps the URL without it.
        const QString plain = stripped(tab.url);
        const bool secret = plain != tab.url;
        if (secret)
            SecretStore::write(tabSecretKey(int(saved.size())), tab.url);
        saved << QVariantMap{{QStringLiteral("url"), plain}, {QStringLiteral("socketIo"), tab.socketIo}, {QStringLiteral("secretUrl"), secret}};
    }
    QSettings settings;
    // Unchanged (a title that came back to what it was): no write, which costs two fdatasyncs.
    if (settings.value(TabsKey).toList() == saved && settings.value(CurrentTabKey).toInt() == current && settings.contains(CurrentTabKey))
        return;
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
