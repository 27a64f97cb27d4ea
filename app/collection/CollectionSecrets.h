#pragma once

#include <QString>

namespace wsi {

struct Collection;

// Secret variables' values, kept out of collection files: one JSON file of this user's
// (secrets.json beside the window's QSettings file, readable by the owner only; the CLI reads
// the same file), keyed by the collection's absolute path, environment and variable.
// Not yet the keyring of prefs/SecretStore (which keeps header secrets): the CLI must find
// these values in a CI run where no keyring answers. Joining the two is left for later.
struct CollectionSecrets
{
    // Gives secret variables without a value in *collection the value remembered here.
    static void fill(const QString &collectionPath, Collection *collection);
    // Remembers the values of the collection's secret variables (those with a value).
    static bool remember(const QString &collectionPath, const Collection &collection, QString *error);
    static QString fileName();
};

} // namespace wsi
