#pragma once

#include "Terminal.h"

#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace wsi::cli {

// The interactive prompt of `wsinspector-cli connect` on a terminal: one line being typed,
// kept below whatever is printed meanwhile (printAbove), with Left/Right, Home/End,
// Backspace/Delete, Ctrl+A/E/U/K/W, Up/Down history, and Ctrl+D (on an empty line) or
// Ctrl+C (on an empty line) for the end of input. Characters count one column each.
class LineEditor final : public QObject
{
    Q_OBJECT
public:
    // Reads keys from inFd (a terminal), draws the prompt on outFd (a terminal, maybe the same one).
    LineEditor(int inFd, int outFd, const QString &prompt, QObject *parent = nullptr);
    ~LineEditor() override;

    bool start(); // false when the terminal cannot be put into raw mode
    void stop();  // the prompt line cleared, the terminal as it was
    bool isActive() const { return m_active; }
    int outputFd() const { return m_out; }
    // Writes text (whole lines) above the line being typed, then draws that line again.
    void printAbove(const QByteArray &text);

signals:
    void lineEntered(const QString &line);
    void endOfInput();

private:
    void onReadable();
    void handleBytes();
    void insert(const QString &text);
    void submit();
    void recall(int step);
    void redraw();
    void writeAll(const QByteArray &bytes);

    int m_in;
    int m_out;
    QString m_prompt;
    std::unique_ptr<RawMode> m_raw;
    QSocketNotifier *m_notifier = nullptr;
    bool m_active = false;
    QByteArray m_bytes; // read but not yet understood (half a UTF-8 character or escape sequence)
    QString m_line;
    qsizetype m_cursor = 0;
    qsizetype m_scroll = 0; // first character shown when the line is wider than the terminal
    QStringList m_history;
    qsizetype m_historyPos = 0; // == m_history.size() while editing a new line
    QString m_draft;            // the new line, kept while browsing the history
};

} // namespace wsi::cli
