#pragma once

#include <QtGlobal>

namespace wsi::SystemMemory {

// What the kernel says the machine can still give without swapping (MemAvailable of
// /proc/meminfo), in bytes; -1 where it cannot be read.
qint64 availableBytes();
// This process's resident memory (VmRSS of /proc/self/status), in bytes; -1 where unknown.
qint64 residentBytes();
// Hands memory the process freed back to the system (glibc keeps it otherwise): called when
// a connection ends, so a window that held a flood's queues shrinks to what it shows.
void giveBackFreed();

// The exit code of a program that ran out of memory.
constexpr int OutOfMemoryExitCode = 3;
// From now on, an allocation that fails anywhere (std::bad_alloc, also Qt's containers'), on
// any thread, ends the program with message on standard error and OutOfMemoryExitCode, not
// SIGABRT. What a recording holds stays as written: whole lines up to the failure (at most
// the recorder's lag bound older than it), a cut-short last line skipped when opened.
// message is made now: when it is needed there may be no memory to make it.
void exitCleanlyWhenOutOfMemory(const QByteArray &message);

} // namespace wsi::SystemMemory
