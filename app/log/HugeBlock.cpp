#include "HugeBlock.h"

#include <cstdlib>
#include <new>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace wsi {

HugeBlock::HugeBlock(qsizetype bytes, bool huge)
{
    const qsizetype align = huge ? Alignment : 64;
    const qsizetype size = (qMax<qsizetype>(bytes, 1) + align - 1) / align * align;
    m_data = static_cast<char *>(std::aligned_alloc(size_t(align), size_t(size)));
    if (!m_data)
        throw std::bad_alloc();
    m_capacity = size;
#ifdef Q_OS_LINUX
    if (huge)
        madvise(m_data, size_t(size), MADV_HUGEPAGE); // advice only: without it the block works the same
#endif
}

HugeBlock::HugeBlock(HugeBlock &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_capacity(std::exchange(other.m_capacity, 0))
{
}

HugeBlock &HugeBlock::operator=(HugeBlock &&other) noexcept
{
    if (this != &other) {
        std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

HugeBlock::~HugeBlock()
{
    std::free(m_data);
}

} // namespace wsi
