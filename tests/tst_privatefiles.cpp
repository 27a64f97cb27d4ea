// Every file the inspector writes is its owner's only (0600) whatever the umask, and exports mask
// secrets as recordings do unless asked not to (README "Threat model").
#include "compose/SnippetStore.h"
#include "prefs/Preferences.h"
#include "record/SessionExport.h"
#include "record/SessionFile.h"
#include "record/SessionRecorder.h"
#include "session/Redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wsi;

namespace {

// The mode bits of path as stat(2) gives them (permission bits only).
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A umask for the length of one test, put back whatever happens.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskScope() { ::umask(m_old); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;

private:
    mode_t m_old;
};

const QByteArray Token = "s3cr3t-t0ken-value";
const QByteArray Bearer = "Bearer abc.def.ghi-bearer";

SessionFile::Header secretHeader()
{
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://user:pa55word@127.0.0.1:9/feed?token=") + QString::fromLatin1(Token));
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray(Bearer)));
    options.headers.append(qMakePair(QByteArray("X-Trace"), QByteArray("visible-trace")));
    const SessionFile::Contents contents = SessionFile::parse(SessionFile::headerLine(options, 1795687200000000, true), QStringLiteral("mem"));
    return contents.header;
}

std::vector<SessionEvent> secretEvents()
{
    SessionEvent open;
    open.timestampUs = 1795687200000010;
    open.kind = EventKind::Open;
    open.payload = "ws://127.0.0.1:9/feed?token=" + Token;
    SessionEvent text;
    text.timestampUs = 1795687200000020;
    text.kind = EventKind::Text;
    text.direction = Direction::Incoming;
    text.payload = "hello";
    return {open, text};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recordingIsPrivate();
    void savedAndExportedFilesArePrivate_data();
    void savedAndExportedFilesArePrivate();
    void replacingANarrowsItsMode();
    void settingsFileIsPrivate();
    void exportsMaskSecrets_data();
    void exportsMaskSecrets();

private:
    QTemporaryDir m_dir;
};

void tst_PrivateFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsi-test-privatefiles"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_privatefiles"));
    QFile::remove(QSettings().fileName());
}

void tst_PrivateFiles::recordingIsPrivate()
{
    const UmaskScope open(0);
    const QString path = m_dir.filePath(QStringLiteral("recording.jsonl"));
    SessionRecorder recorder;
    QString error;
    SessionOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:9/"));
    QVERIFY2(recorder.start(path, options, false, &error), qPrintable(error));
    recorder.record(secretEvents().back());
    recorder.stop();
    QVERIFY(readAll(path).contains("hello"));
    QCOMPARE(modeOf(path), 0600);
}

void tst_PrivateFiles::savedAndExportedFilesArePrivate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("saveAs"); // Save session as… (SessionFile) rather than Export… (SessionExport)
    QTest::newRow("saved session") << QStringLiteral("saved.jsonl") << true;
    QTest::newRow("exported session") << QStringLiteral("exported.jsonl") << false;
    QTest::newRow("HAR") << QStringLiteral("exported.har") << false;
    QTest::newRow("CSV") << QStringLiteral("exported.csv") << false;
}

void tst_PrivateFiles::savedAndExportedFilesArePrivate()
{
    QFETCH(QString, name);
    QFETCH(bool, saveAs);
    const UmaskScope open(0);
    const QString path = m_dir.filePath(name);
    QString error;
    const bool written = saveAs ? SessionFile::write(path, secretHeader(), secretEvents(), &error)
                                : SessionExport::write(path, secretHeader(), secretEvents(), false, &error);
    QVERIFY2(written, qPrintable(error));
    QVERIFY(readAll(path).contains("hello"));
    QCOMPARE(modeOf(path), 0600);
}

void tst_PrivateFiles::replacingANarrowsItsMode()
{
    // A file someone left world-readable: writing over it leaves it private.
    const UmaskScope open(0);
    const QString path = m_dir.filePath(QStringLiteral("old.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QCOMPARE(modeOf(path), 0644);
    QString error;
    QVERIFY2(SessionExport::write(path, secretHeader(), secretEvents(), false, &error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
}

void tst_PrivateFiles::settingsFileIsPrivate()
{
    // Snippets (and everything else the window remembers) live in the QSettings file.
    const UmaskScope open(0);
    const QString path = QSettings().fileName();
    QVERIFY(!QFile::exists(path));
    QVERIFY(Preferences::makeSettingsFilePrivate());
    MessageDraft draft;
    draft.text = QStringLiteral("{\"op\":\"subscribe\"}");
    SnippetStore::save(QStringLiteral("subscribe"), draft);
    QSettings().sync();
    QVERIFY(readAll(path).contains("subscribe"));
    QCOMPARE(modeOf(path), 0600);
    // One left world-readable by an older version is narrowed at the next start.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(Preferences::makeSettingsFilePrivate());
    QCOMPARE(modeOf(path), 0600);
}

void tst_PrivateFiles::exportsMaskSecrets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("includeSecrets");
    for (const char *name : {"masked.har", "masked.csv", "masked.jsonl"})
        QTest::newRow(name) << QString::fromLatin1(name) << false;
    for (const char *name : {"opted-in.har", "opted-in.csv", "opted-in.jsonl"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
}

void tst_PrivateFiles::exportsMaskSecrets()
{
    QFETCH(QString, name);
    QFETCH(bool, includeSecrets);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(SessionExport::write(path, secretHeader(), secretEvents(), includeSecrets, &error), qPrintable(error));
    const QByteArray written = readAll(path);
    QVERIFY(written.contains("hello"));
    QCOMPARE(written.contains(Token), includeSecrets);
    QCOMPARE(written.contains("pa55word"), includeSecrets && !name.endsWith(QStringLiteral(".csv")));
    if (name.endsWith(QStringLiteral(".jsonl"))) {
        QCOMPARE(written.contains(Bearer), includeSecrets);
        QVERIFY(written.contains("visible-trace")); // only secrets are masked
    }
    if (!includeSecrets)
        QVERIFY(written.contains(Redaction::Mask) || written.contains("%3Credacted%3E"));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
