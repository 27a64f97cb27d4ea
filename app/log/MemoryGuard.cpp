#include "MemoryGuard.h"

#include "session/SystemMemory.h"

namespace wsi {

MemoryGuard::MemoryGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(SystemMemory::availableBytes()); });
}

void MemoryGuard::setWatching(bool watching)
{
    if (watching == m_timer.isActive())
        return;
    if (watching) {
        m_timer.start();
        check(SystemMemory::availableBytes());
    } else {
        m_timer.stop();
        m_told = false;
    }
}

void MemoryGuard::check(qint64 availableBytes)
{
    if (availableBytes < 0 || m_threshold <= 0)
        return;
    if (m_told) {
        if (availableBytes > 2 * m_threshold)
            m_told = false;
        return;
    }
    if (availableBytes < m_threshold) {
        m_told = true;
        emit lowMemory(availableBytes);
    }
}

} // namespace wsi
