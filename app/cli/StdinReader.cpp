#include "StdinReader.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace wsi::cli {

StdinReader::StdinReader(int fd, Mode mode, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_mode(mode)
    , m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
{
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::onReadable);
}

void StdinReader::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_notifier->setEnabled(enabled && !m_atEnd);
    // Lines already read go out first, from the event loop (not inside the caller's handler).
    if (enabled)
        QTimer::singleShot(0, this, &StdinReader::deliver);
}

void StdinReader::onReadable()
{
    // One read per wake-up: poll() said it will not block. A regular file is always readable.
    static constexpr qsizetype Chunk = 256 * 1024;
    const qsizetype before = m_pending.size();
    m_pending.resize(before + Chunk);
    const ssize_t n = ::read(m_fd, m_pending.data() + before, size_t(Chunk));
    m_pending.resize(before + qMax<ssize_t>(n, 0));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n < 0)
        emit readFailed(QCoreApplication::translate("wsinspector-cli", "cannot read standard input: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (n <= 0) {
        m_atEnd = true;
        m_notifier->setEnabled(false);
    }
    deliver();
}

void StdinReader::deliver()
{
    if (m_delivering || m_finished)
        return;
    m_delivering = true;
    if (m_mode == Mode::Lines) {
        if (m_skippingLine) {
            const qsizetype newline = m_pending.indexOf('\n');
            m_pending.remove(0, newline < 0 ? m_pending.size() : newline + 1);
            m_skippingLine = newline < 0;
            m_scanned = 0;
        }
        qsizetype start = 0;
        while (m_enabled) {
            const qsizetype newline = m_pending.indexOf('\n', qMax(start, m_scanned));
            if (newline < 0)
                break;
            qsizetype end = newline;
            if (end > start && m_pending.at(end - 1) == '\r')
                --end;
            const QByteArray line = m_pending.mid(start, end - start);
            start = newline + 1;
            emit lineRead(line, ++m_lineNumber);
        }
        m_pending.remove(0, start);
        m_scanned = m_enabled ? m_pending.size() : 0;
        if (m_enabled && m_pending.size() > MaxLineBytes) {
            m_pending.clear();
            m_scanned = 0;
            m_skippingLine = true;
            emit lineTooLong(++m_lineNumber);
        }
        if (m_enabled && m_atEnd && !m_pending.isEmpty()) {
            if (m_pending.endsWith('\r'))
                m_pending.chop(1);
            const QByteArray last = m_pending;
            m_pending.clear();
            emit lineRead(last, ++m_lineNumber);
        }
    } else if (m_pending.size() > MaxLineBytes) {
        m_pending.clear();
        m_atEnd = true;
        m_notifier->setEnabled(false);
        emit readFailed(QCoreApplication::translate("wsinspector-cli", "standard input is longer than %1 MiB: not sent")
                            .arg(MaxLineBytes >> 20));
    } else if (m_atEnd) {
        const QByteArray all = m_pending;
        m_pending.clear();
        emit wholeRead(all);
    }
    m_delivering = false;
    if (m_atEnd && m_pending.isEmpty() && m_enabled && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace wsi::cli
