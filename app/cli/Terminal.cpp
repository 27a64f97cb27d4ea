#include "Terminal.h"

#include <csignal>
#include <initializer_list>
#include <cstdlib>
#include <cstring>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace wsi::cli {

namespace {

// The one terminal in raw mode, for the signal handler: plain data, set before the handler is installed.
int g_rawFd = -1;
struct termios g_saved;

void restoreOnSignal(int signalNumber)
{
    if (g_rawFd >= 0)
        tcsetattr(g_rawFd, TCSADRAIN, &g_saved); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

} // namespace

bool isTerminal(int fd)
{
    return isatty(fd) == 1;
}

bool isForegroundTerminal(int fd)
{
    return isTerminal(fd) && tcgetpgrp(fd) == getpgrp();
}

bool colourWanted(int fd)
{
    if (!isTerminal(fd))
        return false;
    const char *noColour = std::getenv("NO_COLOR");
    if (noColour && *noColour)
        return false;
    const char *term = std::getenv("TERM");
    return !term || std::strcmp(term, "dumb") != 0;
}

int terminalColumns(int fd)
{
    struct winsize size;
    std::memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

RawMode::RawMode(int fd)
    : m_fd(fd)
{
    if (g_rawFd >= 0 || tcgetattr(fd, &g_saved) != 0)
        return;
    struct termios raw = g_saved;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~tcflag_t(IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    g_rawFd = fd;
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT, SIGQUIT})
        std::signal(signalNumber, restoreOnSignal);
    m_active = tcsetattr(fd, TCSADRAIN, &raw) == 0;
    if (!m_active)
        restore();
}

RawMode::~RawMode()
{
    restore();
}

void RawMode::restore()
{
    if (g_rawFd != m_fd)
        return;
    tcsetattr(m_fd, TCSADRAIN, &g_saved);
    g_rawFd = -1;
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT, SIGQUIT})
        std::signal(signalNumber, SIG_DFL);
    m_active = false;
}

} // namespace wsi::cli
