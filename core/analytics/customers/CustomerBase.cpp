#include "core/analytics/customers/CustomerBase.h"

namespace storelens::core::analytics {

namespace {

// Lines imported without prices have unknown amounts (METRICS.md section 1): RFM recency and frequency use
// them, money does not. A customer none of whose lines has a price has no monetary value: M is ranked over
// the customers whose monetary value is known, and the customer is scored on R and F alone (M = 0, FM = F).
void scoreUnknownMonetary(const CustomerMetrics &metrics, const SegmentGrid &grid, RfmScores &rfm)
{
    if (metrics.moneyUnknown.empty())
        return;
    std::vector<int64_t> known;
    for (const int32_t c : metrics.population) {
        if (!metrics.isMoneyUnknown(size_t(c)))
            known.push_back(metrics.netSales[size_t(c)]);
    }
    if (known.size() == metrics.size())
        return;
    const std::vector<uint8_t> scores = percentile::scores(known);
    for (size_t row = 0, k = 0; row < metrics.size(); ++row) {
        rfm.m[row] = metrics.isMoneyUnknown(size_t(metrics.population[row])) ? 0 : scores[k++];
        rfm.fm[row] = uint8_t(rfm.m[row] == 0 ? rfm.f[row] : fmScore(rfm.f[row], rfm.m[row]));
        rfm.segment[row] = int16_t(grid.segmentIndex(rfm.r[row], rfm.fm[row]));
    }
}

} // namespace

CustomerBase CustomerBase::build(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                 const SegmentGrid &grid, const LifecycleSettings &settings)
{
    CustomerBase base;
    base.metrics = CustomerMetrics::compute(snapshot, lineMask);
    base.rfm = RfmScores::compute(base.metrics, grid);
    scoreUnknownMonetary(base.metrics, grid, base.rfm);
    base.lifecycle = LifecycleResult::compute(base.metrics, settings);
    base.grid = grid;
    base.settings = settings;
    return base;
}

} // namespace storelens::core::analytics
