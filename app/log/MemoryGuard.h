#pragma once

#include <QObject>
#include <QTimer>

namespace wsi {

// Watches the machine's free memory while logs keep every row: a flood with no row limit
// fills memory until the system kills the program. Below the threshold it tells once
// (lowMemory), and again only after memory came back above twice the threshold.
class MemoryGuard final : public QObject
{
    Q_OBJECT
public:
    static constexpr int CheckIntervalMs = 1000;
    explicit MemoryGuard(QObject *parent = nullptr);

    void setThresholdBytes(qint64 bytes) { m_threshold = bytes; }
    // Watching only matters while some log has no limit.
    void setWatching(bool watching);
    bool isWatching() const { return m_timer.isActive(); }
    // One look now (the timer's work): emits lowMemory when it is time to.
    void check(qint64 availableBytes);

signals:
    void lowMemory(qint64 availableBytes);

private:
    QTimer m_timer;
    qint64 m_threshold = 0;
    bool m_told = false;
};

} // namespace wsi
