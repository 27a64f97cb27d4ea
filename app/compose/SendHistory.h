#pragma once

#include "MessageDraft.h"

#include <QList>

namespace wsi {

// The messages one connection sent, recalled with Up and Down like a shell's
// history. Walking back remembers the draft being typed so Down returns to it.
class SendHistory
{
public:
    explicit SendHistory(int capacity = 200) : m_capacity(capacity) {}

    void add(const MessageDraft &draft);
    // The entry before the one shown; current is what the composer holds now.
    std::optional<MessageDraft> previous(const MessageDraft &current);
    std::optional<MessageDraft> next();
    int size() const { return int(m_entries.size()); }
    const QList<MessageDraft> &entries() const { return m_entries; }

private:
    QList<MessageDraft> m_entries;
    int m_capacity;
    int m_position = -1; // index into m_entries while walking; -1 when at the draft
    MessageDraft m_draft;
};

} // namespace wsi
