#pragma once

#include <cstddef>
#include <cstdint>

namespace storelens::core::analytics {

// The passes over the lines read and write per-customer state in no order (lines are sorted by day, not by
// customer): with a million customers most of those accesses miss the caches, and each waits for memory in
// turn. Asking early for the state of the customer a few lines ahead lets the misses overlap.
constexpr size_t kCustomerPrefetchDistance = 16;

// Prefetches perCustomer[customer[i + distance]] for writing, when that line exists and has a customer.
template<typename T>
inline void prefetchCustomerAhead(T *perCustomer, const int32_t *customer, size_t i, size_t lineCount)
{
#if defined(__GNUC__)
    if (i + kCustomerPrefetchDistance < lineCount) {
        const int32_t c = customer[i + kCustomerPrefetchDistance];
        if (c >= 0)
            __builtin_prefetch(perCustomer + c, 1);
    }
#else
    (void)perCustomer;
    (void)customer;
    (void)i;
    (void)lineCount;
#endif
}

} // namespace storelens::core::analytics
