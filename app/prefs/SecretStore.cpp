#include "prefs/SecretStore.h"

#include "i18n/Translation.h"
#include "prefs/Preferences.h"
#include "record/PrivateFile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SecretStore)
};

struct State
{
    std::optional<SecretStore::Backend> backend;
    QHash<QString, QString> runOnly;
    bool noteGiven = false;
    bool notePending = false;
};

State &state()
{
    static State s;
    return s;
}

QString service()
{
    // Tests run under their own application names: their secrets never meet the program's.
    return QStringLiteral("WebSocket Inspector/") + QCoreApplication::applicationName();
}

// Runs a keychain job to its end, or gives up after KeyringTimeoutMs (a keyring that never answers).
bool finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(SecretStore::KeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

bool keyringAnswers()
{
    if (qEnvironmentVariableIsSet("WSI_NO_KEYRING"))
        return false;
    QKeychain::ReadPasswordJob probe(service());
    probe.setKey(QStringLiteral("wsinspector-probe"));
    probe.setInsecureFallback(false);
    if (!finish(probe))
        return false;
    return probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
}

std::unique_ptr<QSettings> privateFile()
{
    const QString path = SecretStore::privateFilePath();
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!PrivateFile::open(file, QIODevice::WriteOnly))
            return nullptr;
    } else if (!PrivateFile::restrict(path)) {
        return nullptr;
    }
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}
} // namespace

SecretStore::Backend SecretStore::backend()
{
    State &s = state();
    if (!s.backend)
        s.backend = keyringAnswers() ? Backend::Keyring
                    : Preferences::secretsInPrivateFile() ? Backend::PrivateFile
                                                          : Backend::RunOnly;
    return *s.backend;
}

bool SecretStore::write(const QString &key, const QString &value)
{
    State &s = state();
    switch (backend()) {
    case Backend::Keyring: {
        QKeychain::WritePasswordJob job(service());
        job.setKey(key);
        job.setInsecureFallback(false);
        job.setTextData(value);
        if (finish(job) && job.error() == QKeychain::NoError)
            return true;
        break; // the keyring stopped answering: keep it for the run, and say so
    }
    case Backend::PrivateFile:
        if (const auto file = privateFile()) {
            file->setValue(key, value);
            file->sync();
            if (file->status() == QSettings::NoError) {
                s.notePending = !s.noteGiven;
                return true;
            }
        }
        break;
    case Backend::RunOnly: break;
    }
    s.runOnly.insert(key, value);
    s.notePending = !s.noteGiven;
    return false;
}

std::optional<QString> SecretStore::read(const QString &key)
{
    State &s = state();
    if (s.runOnly.contains(key))
        return s.runOnly.value(key);
    switch (backend()) {
    case Backend::Keyring: {
        QKeychain::ReadPasswordJob job(service());
        job.setKey(key);
        job.setInsecureFallback(false);
        if (finish(job) && job.error() == QKeychain::NoError)
            return job.textData();
        return std::nullopt;
    }
    case Backend::PrivateFile:
        if (const auto file = privateFile(); file && file->contains(key))
            return file->value(key).toString();
        return std::nullopt;
    case Backend::RunOnly: return std::nullopt;
    }
    return std::nullopt;
}

void SecretStore::remove(const QString &key)
{
    State &s = state();
    s.runOnly.remove(key);
    switch (backend()) {
    case Backend::Keyring: {
        QKeychain::DeletePasswordJob job(service());
        job.setKey(key);
        job.setInsecureFallback(false);
        finish(job);
        break;
    }
    case Backend::PrivateFile:
        if (QFile::exists(privateFilePath())) {
            if (const auto file = privateFile())
                file->remove(key);
        }
        break;
    case Backend::RunOnly: break;
    }
}

QString SecretStore::takeNote()
{
    State &s = state();
    if (!s.notePending)
        return QString();
    s.notePending = false;
    s.noteGiven = true;
    if (s.backend == Backend::PrivateFile)
        return Tr::tr("No keyring answers: secret header values and URL tokens are kept in %1, readable by you only "
                      "(Connection → Keep secrets in a private file).").arg(privateFilePath());
    return Tr::tr("No keyring answers: secret header values and URL tokens are kept for this run only, never written "
                  "to disk. Connection → Keep secrets in a private file keeps them across runs.");
}

QString SecretStore::privateFilePath()
{
    return QSettings().fileName() + QStringLiteral(".secrets");
}

void SecretStore::reset()
{
    state() = State();
}

} // namespace wsi
