#pragma once

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace wsi::cli {

// Standard input that is not typed at a prompt: a pipe, a file, a terminal in line mode.
// Lines: each line (without its '\n', a '\r' before it dropped) as it is complete, numbered
// from 1; the last one also without a '\n'. Whole: everything up to the end, once.
// Nothing is read while disabled: a pipe then holds the writer back.
// Memory stays bounded whatever comes (`< /dev/zero` has no newline ever): a line longer than
// MaxLineBytes is skipped to its end and told (lineTooLong); Whole input longer than that fails.
class StdinReader final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Lines, Whole };
    static constexpr qsizetype MaxLineBytes = 64 * 1024 * 1024;
    StdinReader(int fd, Mode mode, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool atEnd() const { return m_atEnd; }

signals:
    void lineRead(const QByteArray &line, qint64 number);
    void wholeRead(const QByteArray &data);
    void lineTooLong(qint64 number);
    void finished(); // after the last line, or after wholeRead
    void readFailed(const QString &message);

private:
    void onReadable();
    void deliver();

    int m_fd;
    Mode m_mode;
    QSocketNotifier *m_notifier;
    QByteArray m_pending;
    qsizetype m_scanned = 0; // m_pending has no '\n' before this
    qint64 m_lineNumber = 0;
    bool m_enabled = false;
    bool m_atEnd = false;
    bool m_finished = false;
    bool m_delivering = false;
    bool m_skippingLine = false; // the rest of a line over MaxLineBytes goes, up to its '\n'
};

} // namespace wsi::cli
