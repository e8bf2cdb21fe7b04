#pragma once

#include "core/analytics/customers/CustomerMetrics.h"
#include "core/analytics/segments/SegmentGrid.h"

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {

// Tie-aware percentile scoring (METRICS.md section 5), exact in integers.
namespace percentile {

// For each value: 2 × #values below it + #values equal to it. pr(v) = twiceRank ÷ (2 × n).
std::vector<int64_t> twiceRanks(const std::vector<int64_t> &values);
// min(5, floor(5 × twiceRank ÷ (2n)) + 1).
inline int score(int64_t twiceRank, int64_t n)
{
    const int64_t s = (5 * twiceRank) / (2 * n) + 1;
    return s > 5 ? 5 : int(s);
}
// Scores 1..5 of every value; equal values get equal scores.
std::vector<uint8_t> scores(const std::vector<int64_t> &values);
// pr(v) ≥ percent ÷ 100, decided in integers.
inline bool atLeast(int64_t twiceRank, int64_t n, int percent)
{
    return 100 * twiceRank >= 2 * int64_t(percent) * n;
}

} // namespace percentile

// RFM values, scores and named segment of the population of a CustomerMetrics (METRICS.md section 5). Every
// vector is indexed by population row (CustomerMetrics::population).
struct RfmScores
{
    std::vector<int32_t> recencyDays; // days from the last sale line to as-of + 1 (≥ 1)
    std::vector<uint8_t> r;
    std::vector<uint8_t> f;
    std::vector<uint8_t> m;
    std::vector<uint8_t> fm;      // (F + M) ÷ 2 rounded half up
    std::vector<int16_t> segment; // index into SegmentGrid::segmentNames()

    // Frequency and monetary are CustomerMetrics::orders and netSales.
    static RfmScores compute(const CustomerMetrics &metrics, const SegmentGrid &grid);
};

// (F + M) ÷ 2 rounded half up.
inline int fmScore(int f, int m)
{
    return (f + m + 1) / 2;
}

} // namespace storelens::core::analytics
