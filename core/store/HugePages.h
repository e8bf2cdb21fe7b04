#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace storelens::core {

// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with transparent huge pages
// (Linux, where they are given on request: "madvise" in /sys/kernel/mm/transparent_hugepage/enabled).
// An import's large hash tables are read at random, a line at a time; with 4 KiB pages nearly every probe
// also misses the TLB. Call before the memory is first written. Elsewhere, or when refused, nothing changes.
inline void adviseHugePages(void *data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t HugePage = 2 * 1024 * 1024;
    const uintptr_t first = (reinterpret_cast<uintptr_t>(data) + HugePage - 1) & ~(HugePage - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(HugePage - 1);
    if (end > first)
        madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

// `size` copies of `value` in storage advised as huge pages before it is filled.
template<typename T> std::vector<T> hugePageVector(size_t size, const T &value)
{
    std::vector<T> v;
    v.reserve(size);
    adviseHugePages(v.data(), size * sizeof(T));
    v.assign(size, value);
    return v;
}

} // namespace storelens::core
