#include "core/analytics/segments/Rfm.h"

#include <algorithm>

namespace storelens::core::analytics {

namespace percentile {

std::vector<int64_t> twiceRanks(const std::vector<int64_t> &values)
{
    const size_t n = values.size();
    std::vector<std::pair<int64_t, int32_t>> sorted;
    sorted.reserve(n);
    for (size_t i = 0; i < n; ++i)
        sorted.emplace_back(values[i], int32_t(i));
    std::sort(sorted.begin(), sorted.end());

    std::vector<int64_t> result(n, 0);
    size_t begin = 0;
    while (begin < n) {
        size_t end = begin + 1;
        while (end < n && sorted[end].first == sorted[begin].first)
            ++end;
        const int64_t twice = 2 * int64_t(begin) + int64_t(end - begin); // 2 × #less + #equal
        for (size_t k = begin; k < end; ++k)
            result[size_t(sorted[k].second)] = twice;
        begin = end;
    }
    return result;
}

std::vector<uint8_t> scores(const std::vector<int64_t> &values)
{
    const std::vector<int64_t> twice = twiceRanks(values);
    const int64_t n = int64_t(values.size());
    std::vector<uint8_t> result(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        result[i] = uint8_t(score(twice[i], n));
    return result;
}

} // namespace percentile

RfmScores RfmScores::compute(const CustomerMetrics &metrics, const SegmentGrid &grid)
{
    RfmScores s;
    const size_t n = metrics.size();
    s.recencyDays.resize(n);
    std::vector<int64_t> negRecency(n);
    std::vector<int64_t> frequency(n);
    std::vector<int64_t> monetary(n);
    const int32_t reference = metrics.asOfDay + 1;
    for (size_t row = 0; row < n; ++row) {
        const size_t c = size_t(metrics.population[row]);
        s.recencyDays[row] = reference - metrics.lastDay[c];
        negRecency[row] = -int64_t(s.recencyDays[row]); // the most recent customers score 5
        frequency[row] = metrics.orders[c];
        monetary[row] = metrics.netSales[c];
    }
    s.r = percentile::scores(negRecency);
    s.f = percentile::scores(frequency);
    s.m = percentile::scores(monetary);
    s.fm.resize(n);
    s.segment.resize(n);
    for (size_t row = 0; row < n; ++row) {
        s.fm[row] = uint8_t(fmScore(s.f[row], s.m[row]));
        s.segment[row] = int16_t(grid.segmentIndex(s.r[row], s.fm[row]));
    }
    return s;
}

} // namespace storelens::core::analytics
