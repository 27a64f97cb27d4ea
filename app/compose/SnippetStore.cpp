#include "SnippetStore.h"

#include "i18n/Translation.h"

#include <QSettings>

namespace wsi {

namespace {
// Names can hold '/', which QSettings reads as a group separator.
QString keyFor(const QString &name)
{
    return QStringLiteral("snippets/") + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

QStringList SnippetStore::names()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("snippets"));
    QStringList names;
    for (const QString &key : settings.childGroups())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<MessageDraft> SnippetStore::load(const QString &name)
{
    QSettings settings;
    settings.beginGroup(keyFor(name));
    if (!settings.contains(QStringLiteral("text")))
        return std::nullopt;
    MessageDraft draft;
    draft.format = MessageDraft::formatFromName(settings.value(QStringLiteral("format")).toString()).value_or(MessageDraft::Format::Text);
    draft.text = settings.value(QStringLiteral("text")).toString();
    draft.event = settings.value(QStringLiteral("event")).toString();
    return draft;
}

void SnippetStore::save(const QString &name, const MessageDraft &draft)
{
    QSettings settings;
    settings.beginGroup(keyFor(name));
    const Translation::SourceText english; // stored in English, read back in any language
    settings.setValue(QStringLiteral("format"), MessageDraft::formatName(draft.format));
    settings.setValue(QStringLiteral("text"), draft.text);
    settings.setValue(QStringLiteral("event"), draft.event);
}

void SnippetStore::remove(const QString &name)
{
    QSettings().remove(keyFor(name));
}

} // namespace wsi
