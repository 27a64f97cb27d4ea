#pragma once

#include <QString>

#include <optional>

namespace wsi {

// Where secret values go instead of the settings file (which keeps only a reference): the system
// keyring through QtKeychain (the Secret Service on Linux desktops) when one answers; else, when the
// user asked for it (Preferences), a 0600 file next to the settings; else memory, for this run only.
// Which one is decided once per run; when it is not the keyring, note() says so once.
class SecretStore
{
public:
    enum class Backend { Keyring, PrivateFile, RunOnly };
    static Backend backend();
    static bool write(const QString &key, const QString &value);
    static std::optional<QString> read(const QString &key);
    static void remove(const QString &key);

    // The first time a secret is kept outside a keyring in this run: what the user should know.
    // Empty afterwards, and always with a keyring.
    static QString takeNote();
    // The file used when the user chose it: the settings file's name with ".secrets" after it.
    static QString privateFilePath();
    // Forgets the choice made for this run (tests; after the Preferences setting changes).
    static void reset();

    static constexpr int KeyringTimeoutMs = 3000;
};

} // namespace wsi
