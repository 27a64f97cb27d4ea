#pragma once

#include <QtGlobal>

#include <future>
#include <memory>
#include <system_error>
#include <type_traits>

namespace wsi {

// Memory mapped for a block of the log's store, given back to the system when freed.
struct MappedBytes
{
#if defined(__SANITIZE_ADDRESS__)
    // Under AddressSanitizer the blocks come from malloc, so overruns of a block are still caught.
    static constexpr bool MapsPages = false;
#else
    static constexpr bool MapsPages = true;
#endif
    size_t bytes = 0;
    static void *map(size_t bytes);        // the pages come in as first written
    static void *mapReady(size_t bytes);   // the pages are in already (asked of the kernel in one go)
    void operator()(void *block) const;    // unmaps
};

// Blocks of Count Ts whose pages are already in memory. A fresh block costs the thread that
// first writes it a page fault per 4 KiB: for the log's store under a flood of 100 B messages,
// 100,000 faults per 3 M messages, about 10 µs each in this VM, the most of the window's thread.
// Here the next block is mapped with its pages on another thread while the current one fills
// (one call per block rather than a fault per page: half the cost, and on the other core), and
// a block given back (its rows dropped under a row limit) is used again, its pages still in.
// (Huge pages, tried before, cut the faults but cost the window's thread more in zeroing.)
// T must be trivial: a block is memory, written before it is read.
template <typename T, qsizetype Count>
class ReadyBlocks
{
    static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>);

public:
    using Block = std::unique_ptr<T[], MappedBytes>;
    static constexpr size_t Bytes = size_t(Count) * sizeof(T);

    ReadyBlocks() = default;
    ReadyBlocks(const ReadyBlocks &) = delete;
    ReadyBlocks &operator=(const ReadyBlocks &) = delete;

    // A ready block when there is one: one given back first, else the one being made (waiting
    // for it is no slower than faulting it in here), else a fresh one.
    Block take()
    {
        if (m_ready)
            return std::move(m_ready);
        if (m_making.valid())
            return m_making.get();
        return made(MappedBytes::map(Bytes));
    }
    // Starts making the next block on another thread, unless one is ready or on its way.
    // Without a thread to spare, the next take() maps a fresh one.
    void prepare()
    {
        if (m_ready || m_making.valid())
            return;
        try {
            m_making = std::async(std::launch::async, [] { return made(MappedBytes::mapReady(Bytes)); });
        } catch (const std::system_error &) {
        }
    }
    // A block no longer needed (its rows dropped under a row limit): kept as the next one, even
    // while another is being made, unless one is spare already. So a log at its limit takes the
    // blocks it gave back, their pages still in, and at most two spare blocks are held.
    void giveBack(Block block)
    {
        if (!m_ready)
            m_ready = std::move(block);
    }
    // Frees the spare block (after a clear, the memory is the user's again).
    void release()
    {
        if (m_making.valid())
            m_making.get();
        m_ready.reset();
    }

private:
    static Block made(void *bytes) { return Block(static_cast<T *>(bytes), MappedBytes{Bytes}); }

    Block m_ready;
    std::future<Block> m_making; // its destructor waits for a block still being made
};

} // namespace wsi
