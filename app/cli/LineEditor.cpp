#include "LineEditor.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace wsi::cli {

namespace {

// Bytes in a UTF-8 sequence that starts with lead; 1 for a stray continuation byte.
int utf8Length(uchar lead)
{
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}

} // namespace

LineEditor::LineEditor(int inFd, int outFd, const QString &prompt, QObject *parent)
    : QObject(parent)
    , m_in(inFd)
    , m_out(outFd)
    , m_prompt(prompt)
{
}

LineEditor::~LineEditor()
{
    stop();
}

bool LineEditor::start()
{
    if (m_active)
        return true;
    m_raw = std::make_unique<RawMode>(m_in);
    if (!m_raw->isActive()) {
        m_raw.reset();
        return false;
    }
    m_notifier = new QSocketNotifier(m_in, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineEditor::onReadable);
    m_active = true;
    redraw();
    return true;
}

void LineEditor::stop()
{
    if (!m_active)
        return;
    m_active = false;
    delete m_notifier;
    m_notifier = nullptr;
    writeAll(QByteArrayLiteral("\r\x1b[K"));
    m_raw.reset();
}

void LineEditor::printAbove(const QByteArray &text)
{
    if (!m_active) {
        writeAll(text);
        return;
    }
    writeAll(QByteArrayLiteral("\r\x1b[K") + text);
    redraw();
}

void LineEditor::onReadable()
{
    char buffer[4096];
    const ssize_t n = ::read(m_in, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) { // the terminal went away
        stop();
        emit endOfInput();
        return;
    }
    m_bytes.append(buffer, n);
    handleBytes();
}

void LineEditor::handleBytes()
{
    qsizetype i = 0;
    while (i < m_bytes.size() && m_active) {
        const uchar c = uchar(m_bytes.at(i));
        if (c == 0x1b) {
            if (i + 1 >= m_bytes.size())
                break; // the rest of the sequence comes with the next read
            const char kind = m_bytes.at(i + 1);
            if (kind != '[' && kind != 'O') {
                i += 2; // Alt+key: not bound
                continue;
            }
            qsizetype end = i + 2;
            while (end < m_bytes.size() && (uchar(m_bytes.at(end)) < 0x40 || uchar(m_bytes.at(end)) > 0x7e))
                ++end;
            if (end >= m_bytes.size())
                break;
            const QByteArray sequence = m_bytes.mid(i + 2, end - i - 1); // parameters and the final byte
            i = end + 1;
            if (sequence == "A")
                recall(-1);
            else if (sequence == "B")
                recall(+1);
            else if (sequence == "C")
                m_cursor = qMin(m_cursor + 1, m_line.size());
            else if (sequence == "D")
                m_cursor = qMax<qsizetype>(m_cursor - 1, 0);
            else if (sequence == "H" || sequence == "1~" || sequence == "7~")
                m_cursor = 0;
            else if (sequence == "F" || sequence == "4~" || sequence == "8~")
                m_cursor = m_line.size();
            else if (sequence == "3~" && m_cursor < m_line.size())
                m_line.remove(m_cursor, 1);
            redraw();
            continue;
        }
        if (c < 0x20 || c == 0x7f) {
            ++i;
            switch (c) {
            case '\r':
            case '\n':
                submit();
                continue;
            case 0x04: // Ctrl+D
            case 0x03: // Ctrl+C
                if (m_line.isEmpty()) {
                    stop();
                    emit endOfInput();
                    return;
                }
                if (c == 0x03) {
                    m_line.clear();
                    m_cursor = 0;
                } else if (m_cursor < m_line.size()) {
                    m_line.remove(m_cursor, 1);
                }
                break;
            case 0x7f:
            case 0x08:
                if (m_cursor > 0)
                    m_line.remove(--m_cursor, 1);
                break;
            case 0x01:
                m_cursor = 0;
                break;
            case 0x05:
                m_cursor = m_line.size();
                break;
            case 0x02:
                m_cursor = qMax<qsizetype>(m_cursor - 1, 0);
                break;
            case 0x06:
                m_cursor = qMin(m_cursor + 1, m_line.size());
                break;
            case 0x0b:
                m_line.truncate(m_cursor);
                break;
            case 0x15:
                m_line.remove(0, m_cursor);
                m_cursor = 0;
                break;
            case 0x17: {
                qsizetype start = m_cursor;
                while (start > 0 && m_line.at(start - 1).isSpace())
                    --start;
                while (start > 0 && !m_line.at(start - 1).isSpace())
                    --start;
                m_line.remove(start, m_cursor - start);
                m_cursor = start;
                break;
            }
            case 0x10:
                recall(-1);
                break;
            case 0x0e:
                recall(+1);
                break;
            case 0x0c:
                writeAll(QByteArrayLiteral("\x1b[H\x1b[2J"));
                break;
            default:
                break; // other control keys are not bound
            }
            redraw();
            continue;
        }
        const int length = utf8Length(c);
        if (i + length > m_bytes.size())
            break;
        insert(QString::fromUtf8(m_bytes.constData() + i, length));
        i += length;
    }
    m_bytes.remove(0, i);
}

void LineEditor::insert(const QString &text)
{
    m_line.insert(m_cursor, text);
    m_cursor += text.size();
    redraw();
}

void LineEditor::submit()
{
    const QString line = m_line;
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.constLast() != line))
        m_history.append(line);
    m_historyPos = m_history.size();
    m_draft.clear();
    m_line.clear();
    m_cursor = 0;
    m_scroll = 0;
    writeAll(QByteArrayLiteral("\r\x1b[K"));
    emit lineEntered(line);
    redraw();
}

void LineEditor::recall(int step)
{
    const qsizetype target = m_historyPos + step;
    if (target < 0 || target > m_history.size())
        return;
    if (m_historyPos == m_history.size())
        m_draft = m_line;
    m_historyPos = target;
    m_line = m_historyPos == m_history.size() ? m_draft : m_history.at(m_historyPos);
    m_cursor = m_line.size();
}

void LineEditor::redraw()
{
    if (!m_active)
        return;
    const qsizetype width = qMax<qsizetype>(terminalColumns(m_out) - m_prompt.size() - 1, 8);
    if (m_cursor < m_scroll)
        m_scroll = m_cursor;
    else if (m_cursor > m_scroll + width)
        m_scroll = m_cursor - width;
    if (m_line.size() <= width)
        m_scroll = 0;
    QByteArray frame = QByteArrayLiteral("\r\x1b[K") + m_prompt.toUtf8() + m_line.mid(m_scroll, width).toUtf8() + '\r';
    const qsizetype column = m_prompt.size() + m_cursor - m_scroll;
    if (column > 0)
        frame += "\x1b[" + QByteArray::number(column) + 'C';
    writeAll(frame);
}

void LineEditor::writeAll(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_out, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace wsi::cli
