#pragma once

#include <QString>

namespace wsi {

struct Collection;

// Secret variables' values, kept out of collection files: one JSON file of this user's
// (secrets.json beside the window's QSettings file, readable by the owner only; the CLI reads
// the same file), keyed by the collection's absolute path, environment and variable.
// Written like every file of the inspector (PrivateFile: 0600 from the first byte).
// Deliberately not prefs/SecretStore (the keyring, which keeps header secrets): SecretStore
// falls back to memory for the run when no keyring answers and the user did not choose its
// private file, so a value typed in the window would be gone for the next `wsinspector-cli check`;
// and each CLI run would probe the keyring (up to 3 s, or an unlock prompt mid-script).
struct CollectionSecrets
{
    // Gives secret variables without a value in *collection the value remembered here.
    static void fill(const QString &collectionPath, Collection *collection);
    // Remembers the values of the collection's secret variables (those with a value).
    static bool remember(const QString &collectionPath, const Collection &collection, QString *error);
    static QString fileName();
};

} // namespace wsi
