#pragma once

#include <QtGlobal>

namespace wsi {

// Memory for the log's big append-only blocks (payload chunks, record pages). A huge one is
// 2 MiB aligned and, on Linux, advised to use transparent huge pages, so filling it under a
// flood takes one page fault per 2 MiB instead of one per 4 KiB (filling 400 MB of 4 MiB
// blocks with 100-byte copies here: 0.45–0.59 s with 102,601 faults, 0.13–0.54 s with 401). Not huge: ordinary pages, only those touched count in the RSS (a
// store's first blocks, so a quiet tab costs kilobytes, not megabytes). Allocation failure
// throws std::bad_alloc, as QByteArray's does.
class HugeBlock
{
public:
    static constexpr qsizetype Alignment = 2 * 1024 * 1024;

    HugeBlock() = default;
    HugeBlock(qsizetype bytes, bool huge); // huge: rounded up to a multiple of Alignment
    HugeBlock(HugeBlock &&other) noexcept;
    HugeBlock &operator=(HugeBlock &&other) noexcept;
    HugeBlock(const HugeBlock &) = delete;
    HugeBlock &operator=(const HugeBlock &) = delete;
    ~HugeBlock();

    char *data() const { return m_data; }
    qsizetype capacity() const { return m_capacity; }

private:
    char *m_data = nullptr;
    qsizetype m_capacity = 0;
};

} // namespace wsi
