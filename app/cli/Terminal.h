#pragma once

namespace wsi::cli {

// Small facts about the terminal the command line runs in; no curses, no readline.
bool isTerminal(int fd);
// Colours on fd: a terminal, NO_COLOR unset or empty (https://no-color.org), TERM not "dumb".
bool colourWanted(int fd);
// A terminal whose foreground job is this process: it may read keys from it and set its modes.
// A job started with & in an interactive shell is not, and would be stopped by SIGTTIN/SIGTTOU.
bool isForegroundTerminal(int fd);
// Columns of the terminal on fd; 80 when it cannot tell.
int terminalColumns(int fd);

// Puts the terminal on fd into raw input mode (no echo, no line buffering, no signal keys)
// for as long as it lives, and back as it was afterwards, also when the process is ended by
// SIGTERM, SIGHUP or SIGINT from outside. Output processing stays on, so '\n' still starts a line.
class RawMode
{
public:
    explicit RawMode(int fd);
    ~RawMode();
    RawMode(const RawMode &) = delete;
    RawMode &operator=(const RawMode &) = delete;
    bool isActive() const { return m_active; }
    void restore();

private:
    int m_fd;
    bool m_active = false;
};

} // namespace wsi::cli
