#include "core/analytics/segments/Rfm.h"

#include "core/analytics/segments/PercentileCuts.h"

#include <algorithm>
#include <array>

namespace storelens::core::analytics {

namespace percentile {

namespace {

// Twice-ranks by counting, when the values span few distinct integers (recency in days, order counts):
// O(n + span), no sort.
std::vector<int64_t> twiceRanksByCounting(const std::vector<int64_t> &values, int64_t lo, size_t span)
{
    std::vector<int64_t> below(span + 1, 0); // below[k]: values less than lo + k, after the prefix sums
    for (const int64_t v : values)
        ++below[size_t(v - lo) + 1];
    for (size_t k = 1; k <= span; ++k)
        below[k] += below[k - 1];
    std::vector<int64_t> result(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const auto k = size_t(values[i] - lo);
        result[i] = below[k] + below[k + 1]; // 2 × #less + #equal = #less + (#less + #equal)
    }
    return result;
}

struct Keyed
{
    uint64_t key; // the value less the smallest value: unsigned order is the signed order
    int32_t index;
};

// The values with their indexes, in ascending order: a least-significant-digit radix sort by bytes, skipping
// the bytes every value shares (the high bytes of money amounts above the smallest one). O(n) per byte that
// differs.
std::vector<Keyed> sortedWithIndexes(const std::vector<int64_t> &values, int64_t lo)
{
    const size_t n = values.size();
    std::vector<Keyed> items(n);
    std::vector<std::array<uint32_t, 256>> counts(8);
    for (auto &c : counts)
        c.fill(0);
    for (size_t i = 0; i < n; ++i) {
        const uint64_t key = uint64_t(values[i]) - uint64_t(lo);
        items[i] = Keyed{key, int32_t(i)};
        for (size_t byte = 0; byte < 8; ++byte)
            ++counts[byte][(key >> (8 * byte)) & 0xff];
    }
    std::vector<Keyed> buffer(n);
    for (size_t byte = 0; byte < 8; ++byte) {
        std::array<uint32_t, 256> &count = counts[byte];
        if (count[(items.front().key >> (8 * byte)) & 0xff] == n)
            continue; // every value has this byte
        uint32_t start = 0;
        for (uint32_t &c : count) {
            const uint32_t here = c;
            c = start;
            start += here;
        }
        for (const Keyed &item : items)
            buffer[count[(item.key >> (8 * byte)) & 0xff]++] = item;
        items.swap(buffer);
    }
    return items;
}

} // namespace

std::vector<int64_t> twiceRanks(const std::vector<int64_t> &values)
{
    const size_t n = values.size();
    if (n == 0)
        return {};
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    // The span as unsigned: hi − lo overflows int64_t for values of both signs far apart.
    const uint64_t span = uint64_t(*hi) - uint64_t(*lo);
    if (span < 4 * uint64_t(n) + 1024)
        return twiceRanksByCounting(values, *lo, size_t(span) + 1);

    const std::vector<Keyed> sorted = sortedWithIndexes(values, *lo);
    std::vector<int64_t> result(n, 0);
    size_t begin = 0;
    while (begin < n) {
        size_t end = begin + 1;
        while (end < n && sorted[end].key == sorted[begin].key)
            ++end;
        const int64_t twice = 2 * int64_t(begin) + int64_t(end - begin); // 2 × #less + #equal
        for (size_t k = begin; k < end; ++k)
            result[size_t(sorted[k].index)] = twice;
        begin = end;
    }
    return result;
}

std::vector<uint8_t> scores(const std::vector<int64_t> &values)
{
    // score(t, n) is 1 + the number of k in 1..4 with 5t ≥ 2nk: four cuts, no ranks.
    const auto n = int64_t(values.size());
    std::vector<RankAtLeast> conditions;
    for (int64_t k = 1; k <= 4; ++k)
        conditions.push_back(RankAtLeast{5, 2 * n * k});
    const std::vector<Cut> c = cuts(values.data(), values.size(), conditions);
    std::vector<uint8_t> result(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const int64_t v = values[i];
        result[i] = uint8_t(1 + int(c[0].admits(v)) + int(c[1].admits(v)) + int(c[2].admits(v)) +
                            int(c[3].admits(v)));
    }
    return result;
}

} // namespace percentile

RfmScores RfmScores::compute(const CustomerMetrics &metrics, const SegmentGrid &grid)
{
    RfmScores s;
    const size_t n = metrics.size();
    s.recencyDays.resize(n);
    const int32_t reference = metrics.asOfDay + 1;
    for (size_t row = 0; row < n; ++row)
        s.recencyDays[row] = reference - metrics.lastDay[size_t(metrics.population[row])];
    // One buffer for the three values in turn: the most recent customers score 5 on R.
    std::vector<int64_t> values(n);
    for (size_t row = 0; row < n; ++row)
        values[row] = -int64_t(s.recencyDays[row]);
    s.r = percentile::scores(values);
    for (size_t row = 0; row < n; ++row)
        values[row] = metrics.orders[size_t(metrics.population[row])];
    s.f = percentile::scores(values);
    for (size_t row = 0; row < n; ++row)
        values[row] = metrics.netSales[size_t(metrics.population[row])];
    s.m = percentile::scores(values);
    s.fm.resize(n);
    s.segment.resize(n);
    for (size_t row = 0; row < n; ++row) {
        s.fm[row] = uint8_t(fmScore(s.f[row], s.m[row]));
        s.segment[row] = int16_t(grid.segmentIndex(s.r[row], s.fm[row]));
    }
    return s;
}

} // namespace storelens::core::analytics
