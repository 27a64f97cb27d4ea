#pragma once

#include "CheckFile.h"
#include "collection/Variables.h"
#include "session/SessionOptions.h"

#include <QMap>
#include <QString>

#include <optional>

namespace wsi {

// A check file made ready to run: its connection resolved (a URL, or a saved connection of
// its collection with the chosen environment), its variables gathered (the file's own, then
// the environment's, then --var), every {{variable}} known — all before anything connects.
struct CheckPlan
{
    CheckFile file;
    SessionOptions options;
    VariableSet variables;

    // environment: --env (empty: the file's "environment"); overrides: --var name=value.
    static std::optional<CheckPlan> prepare(const QString &path, const QString &environment,
                                            const QMap<QString, QString> &overrides, QString *error);
    static std::optional<CheckPlan> prepare(const CheckFile &file, const QString &environment,
                                            const QMap<QString, QString> &overrides, QString *error);
};

} // namespace wsi
