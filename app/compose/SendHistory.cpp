#include "SendHistory.h"

namespace wsi {

void SendHistory::add(const MessageDraft &draft)
{
    // Sending the same thing ten times is one entry, as in a shell.
    if (m_entries.isEmpty() || !(m_entries.constLast() == draft))
        m_entries.append(draft);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    m_position = -1;
}

std::optional<MessageDraft> SendHistory::previous(const MessageDraft &current)
{
    if (m_entries.isEmpty() || m_position == 0)
        return std::nullopt;
    if (m_position < 0) {
        m_draft = current;
        m_position = int(m_entries.size());
    }
    return m_entries.at(--m_position);
}

std::optional<MessageDraft> SendHistory::next()
{
    if (m_position < 0)
        return std::nullopt;
    if (++m_position >= m_entries.size()) {
        m_position = -1;
        return m_draft;
    }
    return m_entries.at(m_position);
}

} // namespace wsi
