#pragma once

#include "MessageDraft.h"

#include <QStringList>

#include <optional>

namespace wsi {

// Named messages kept across runs in QSettings, shared by every tab.
struct SnippetStore
{
    static QStringList names();
    static std::optional<MessageDraft> load(const QString &name);
    static void save(const QString &name, const MessageDraft &draft);
    static void remove(const QString &name);
};

} // namespace wsi
