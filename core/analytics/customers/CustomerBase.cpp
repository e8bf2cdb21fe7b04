#include "core/analytics/customers/CustomerBase.h"

namespace storelens::core::analytics {

CustomerBase CustomerBase::build(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                 const SegmentGrid &grid, const LifecycleSettings &settings)
{
    CustomerBase base;
    base.metrics = CustomerMetrics::compute(snapshot, lineMask);
    base.rfm = RfmScores::compute(base.metrics, grid);
    base.lifecycle = LifecycleResult::compute(base.metrics, settings);
    base.grid = grid;
    base.settings = settings;
    return base;
}

} // namespace storelens::core::analytics
