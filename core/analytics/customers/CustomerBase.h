#pragma once

#include "core/analytics/customers/CustomerMetrics.h"
#include "core/analytics/segments/Lifecycle.h"
#include "core/analytics/segments/Rfm.h"
#include "core/analytics/segments/SegmentGrid.h"

#include <vector>

namespace storelens::core::analytics {

// Everything sections 5 and 6 know about the customer base, as of the as-of date, within the filters:
// aggregates, RFM, lifecycle and value tier of every population row. Rule segments, segment summaries and the
// member list read it. Immutable once built; share it between threads as a const value.
struct CustomerBase
{
    CustomerMetrics metrics;
    RfmScores rfm;
    LifecycleResult lifecycle;
    SegmentGrid grid;
    LifecycleSettings settings;

    // Hooks filled by the predictive CLV models (METRICS.md section 8), by population row; empty when not
    // computed, and then rule conditions on them match no customer.
    std::vector<double> predictedClv; // in money units (not ten-thousandths)
    std::vector<double> probabilityAlive;

    size_t size() const { return metrics.size(); }

    static CustomerBase build(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                              const SegmentGrid &grid = SegmentGrid(),
                              const LifecycleSettings &settings = LifecycleSettings());
};

} // namespace storelens::core::analytics
