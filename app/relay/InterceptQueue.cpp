#include "InterceptQueue.h"

namespace wsi {

quint64 InterceptQueue::push(Item item)
{
    item.id = m_nextId++;
    const quint64 id = item.id;
    if (m_items.empty() && !item.held) {
        m_sink(std::move(item), true); // the common case: nothing waits, nothing is copied
        return id;
    }
    m_waitingBytes += item.payload.size() + item.wire.size();
    m_items.push_back(std::move(item));
    drain();
    return id;
}

InterceptQueue::Item *InterceptQueue::find(quint64 id)
{
    for (Item &item : m_items) {
        if (item.id == id && item.held)
            return &item;
    }
    return nullptr;
}

bool InterceptQueue::isHeld(quint64 id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return item.held;
    }
    return false;
}

QList<InterceptQueue::Item> InterceptQueue::held() const
{
    QList<Item> out;
    for (const Item &item : m_items) {
        if (item.held)
            out.append(item);
    }
    return out;
}

bool InterceptQueue::forward(quint64 id)
{
    Item *item = find(id);
    if (!item)
        return false;
    item->held = false;
    drain();
    return true;
}

bool InterceptQueue::edit(quint64 id, const QByteArray &payload, bool text)
{
    Item *item = find(id);
    if (!item || (item->isControl() && payload.size() > 125))
        return false;
    m_waitingBytes += payload.size() - item->payload.size() - item->wire.size();
    item->payload = payload;
    item->wire.clear();
    if (!item->isControl())
        item->opcode = text ? 1 : 2;
    item->tag = MessageTag::Edited;
    item->held = false;
    drain();
    return true;
}

bool InterceptQueue::drop(quint64 id)
{
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it->id != id || !it->held)
            continue;
        Item item = std::move(*it);
        m_items.erase(it);
        m_waitingBytes -= item.payload.size() + item.wire.size();
        item.held = false;
        item.tag = MessageTag::Dropped;
        m_sink(std::move(item), false);
        drain();
        return true;
    }
    return false;
}

void InterceptQueue::forwardAll()
{
    for (Item &item : m_items)
        item.held = false;
    drain();
}

int InterceptQueue::discard()
{
    int held = 0;
    for (const Item &item : m_items)
        held += item.held ? 1 : 0;
    m_items.clear();
    m_waitingBytes = 0;
    return held;
}

void InterceptQueue::drain()
{
    if (m_draining)
        return; // a sink that forwards from inside the sink: the loop below goes on
    m_draining = true;
    while (!m_items.empty() && !m_items.front().held) {
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_waitingBytes -= item.payload.size() + item.wire.size();
        m_sink(std::move(item), true);
    }
    m_draining = false;
}

} // namespace wsi
