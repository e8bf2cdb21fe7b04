#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace storelens::core::analytics::percentile {

// A condition on the twice rank t of a value (Rfm.h): factor × t ≥ bound, factor > 0. The RFM scores and the
// value tiers are such conditions (5 × t ≥ 2n × k, 100 × t ≥ 2n × percent).
struct RankAtLeast
{
    int64_t factor = 1;
    int64_t bound = 0;
    bool metBy(int64_t twiceRank) const { return factor * twiceRank >= bound; }
};

// Twice ranks grow with the values, so the values whose twice rank meets a condition are those at least
// its cut: the smallest value that meets it. Finding the cuts needs no sort of all the values, only a
// histogram and the few values near each cut, and scoring with them reads each value once.
struct Cut
{
    bool any = false; // no value meets the condition when false
    int64_t value = 0;
    bool admits(int64_t v) const { return any && v >= value; }
};

// The cut of each condition over `values`.
std::vector<Cut> cuts(const int64_t *values, size_t n, const std::vector<RankAtLeast> &conditions);

} // namespace storelens::core::analytics::percentile
