// Secrets out of the settings file (README "Threat model"): secret header values, URL passwords and
// token parameters go to the keyring, else (no keyring, as in CI) a 0600 file the user chose, else
// memory for the run; the settings file keeps references. Older plain-text settings are migrated.
#include "prefs/Preferences.h"
#include "prefs/SecretStore.h"
#include "session/Redaction.h"
#include "session/SessionOptionsStorage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace wsi;

namespace {
const QByteArray Bearer = "Bearer disk-secret-5150";
const QByteArray TokenValue = "tok-secret-8086";
const QByteArray Password = "pw-secret-6502";

QUrl secretUrl()
{
    return QUrl(QStringLiteral("ws://alice:%1@api.test:8080/feed?room=7&token=%2").arg(QString::fromLatin1(Password), QString::fromLatin1(TokenValue)));
}

SessionOptions secretOptions()
{
    SessionOptions options;
    options.url = secretUrl();
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray(Bearer)));
    options.headers.append(qMakePair(QByteArray("X-Client"), QByteArray("visible-client")));
    return options;
}

QByteArray settingsFile()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Nothing secret in the bytes of the settings file (percent-encoded forms too).
void verifyNoSecretIn(const QByteArray &bytes)
{
    for (const QByteArray &secret : {Bearer, QByteArray("disk-secret-5150"), TokenValue, Password})
        QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toPercentEncoding()), secret.constData());
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void stripUrl_data();
    void stripUrl();
    void savedOptionsKeepNoSecretInTheFile();
    void noKeyringSaysSoOnce();
    void privateFileWhenAsked();
    void plainTextSettingsMigrated();
    void realKeyringProbeKeepsTheFileClean();
};

void tst_Secrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsinspector-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secrets"));
}

void tst_Secrets::init()
{
    // A keyring absent, as in CI: each test starts as a fresh run with empty settings.
    qputenv("WSI_NO_KEYRING", "1");
    QSettings().clear();
    QSettings().sync();
    QFile::remove(SecretStore::privateFilePath());
    SecretStore::reset();
}

void tst_Secrets::stripUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stripped");
    QTest::newRow("token") << "ws://h/feed?room=7&token=abc" << "ws://h/feed?room=7&token";
    QTest::newRow("password") << "ws://u:p@h/" << "ws://u@h/";
    QTest::newRow("api_key and sig") << "wss://h/?api_key=1&sig=2&x=3" << "wss://h/?api_key&sig&x=3";
    QTest::newRow("nothing secret") << "ws://h:1/a?room=7" << "ws://h:1/a?room=7";
}

void tst_Secrets::stripUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, stripped);
    QCOMPARE(Redaction::stripUrl(QUrl(url)).toString(), stripped);
}

void tst_Secrets::savedOptionsKeepNoSecretInTheFile()
{
    Preferences::rememberOptions(secretOptions());
    Preferences::addRecentUrl(secretUrl().toString());
    Preferences::setTabs({{secretUrl().toString(), false}}, 0);
    const QByteArray file = settingsFile();
    QVERIFY(file.contains("visible-client")); // the rest is kept as before
    QVERIFY(file.contains("Authorization"));
    verifyNoSecretIn(file);
    QVERIFY(!Preferences::recentUrls().constFirst().contains(QString::fromLatin1(TokenValue)));
    QVERIFY(Preferences::recentUrls().constFirst().contains(QLatin1String("room=7")));

    // In this run the values are still there to connect with.
    bool remembered = false;
    const SessionOptions loaded = Preferences::optionsForUrl(secretUrl(), &remembered);
    QVERIFY(remembered);
    QCOMPARE(loaded.headers, secretOptions().headers);
    QCOMPARE(Preferences::tabs().constFirst().url, secretUrl().toString());
}

void tst_Secrets::noKeyringSaysSoOnce()
{
    QCOMPARE(SecretStore::backend(), SecretStore::Backend::RunOnly);
    QVERIFY(Preferences::takeSecretsNote().isEmpty()); // nothing secret kept yet: nothing to say
    Preferences::rememberOptions(secretOptions());
    const QString note = Preferences::takeSecretsNote();
    QVERIFY2(note.contains(QLatin1String("No keyring answers")) && note.contains(QLatin1String("this run only")), qPrintable(note));
    Preferences::rememberOptions(secretOptions());
    QVERIFY(Preferences::takeSecretsNote().isEmpty());
    QVERIFY(!QFile::exists(SecretStore::privateFilePath()));
    verifyNoSecretIn(settingsFile());

    // The next run has the options without the values: nothing was written anywhere.
    SecretStore::reset();
    const SessionOptions next = Preferences::optionsForUrl(secretUrl());
    QCOMPARE(next.headers.size(), 2);
    QCOMPARE(next.headers.at(0).first, QByteArray("Authorization"));
    QVERIFY(next.headers.at(0).second.isEmpty());
}

void tst_Secrets::privateFileWhenAsked()
{
    const mode_t oldMask = ::umask(0);
    Preferences::setSecretsInPrivateFile(true);
    QCOMPARE(SecretStore::backend(), SecretStore::Backend::PrivateFile);
    Preferences::rememberOptions(secretOptions());
    ::umask(oldMask);
    QVERIFY(Preferences::takeSecretsNote().contains(SecretStore::privateFilePath()));
    verifyNoSecretIn(settingsFile());
    QCOMPARE(modeOf(SecretStore::privateFilePath()), 0600);
    // A new run reads them back from the file.
    SecretStore::reset();
    QCOMPARE(Preferences::optionsForUrl(secretUrl()).headers, secretOptions().headers);
}

void tst_Secrets::plainTextSettingsMigrated()
{
    // What an older version wrote: the URL with its token as the group, the header in clear.
    {
        QSettings settings;
        const QString group = QStringLiteral("connections/") + QString::fromLatin1(secretUrl().toString().toUtf8().toPercentEncoding());
        settings.setValue(group + QStringLiteral("/url"), secretUrl().toString());
        settings.setValue(group + QStringLiteral("/headers"), QStringList{QStringLiteral("Authorization: ") + QString::fromLatin1(Bearer)});
        settings.setValue(group + QStringLiteral("/heartbeat/intervalMs"), 12345);
        settings.setValue(QStringLiteral("recentUrls"), QStringList{secretUrl().toString()});
        settings.setValue(QStringLiteral("tabs"), QVariantList{QVariantMap{{QStringLiteral("url"), secretUrl().toString()}}});
    }
    QVERIFY(settingsFile().contains(TokenValue));
    Preferences::migrateSecrets();
    verifyNoSecretIn(settingsFile());
    const SessionOptions migrated = Preferences::optionsForUrl(secretUrl());
    QCOMPARE(migrated.heartbeat.intervalMs, 12345);
    QCOMPARE(migrated.headers.size(), 1);
    QCOMPARE(migrated.headers.at(0).second, Bearer); // kept for this run (no keyring here)
    QCOMPARE(Preferences::tabs().constFirst().url, secretUrl().toString());
    // A second start finds nothing left to move.
    QSettings settings;
    QCOMPARE(SessionOptionsStorage::migrate(settings), 0);
}

void tst_Secrets::realKeyringProbeKeepsTheFileClean()
{
    // Whatever QtKeychain finds on this machine (in CI: no Secret Service), the answer comes in time
    // and no secret reaches the settings file.
    qunsetenv("WSI_NO_KEYRING");
    SecretStore::reset();
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Backend backend = SecretStore::backend();
    QVERIFY(timer.elapsed() < SecretStore::KeyringTimeoutMs + 2000);
    Preferences::rememberOptions(secretOptions());
    verifyNoSecretIn(settingsFile());
    QCOMPARE(Preferences::optionsForUrl(secretUrl()).headers, secretOptions().headers);
    // Said once where no keyring answered; nothing to say where one did.
    QCOMPARE(Preferences::takeSecretsNote().isEmpty(), backend == SecretStore::Backend::Keyring);
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
