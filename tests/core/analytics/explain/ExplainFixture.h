#pragma once

#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"

#include <vector>

// Runs an explanation the way the session does (the KPI report first, on the same filter) for the explain
// tests, and finds a member's contribution in it.
namespace explainfixture {

using namespace storelens::core::analytics;
using namespace storelens::core::analytics::explain;

struct Run
{
    KpiReport report;
    Explanation explanation;
};

inline Run explainOn(const SnapshotPtr &s, const Query &query, KpiId kpi,
                     const std::vector<Dimension> &dimensions, const SegmentMembers *segments = nullptr,
                     const QString &currency = {})
{
    const ResolvedFilter resolved = resolveFilter(*s, query.filter);
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*s, resolved);
    Run run;
    run.report = computeKpiReport(s, query, resolved, {}, &facts).value();
    run.explanation =
        explainKpi(*s, resolved, facts, run.report, kpi, dimensions, {}, segments, currency).value();
    return run;
}

inline std::vector<Dimension> allDimensions()
{
    std::vector<Dimension> all;
    for (int i = 0; i < kDimensionCount; ++i)
        all.push_back(Dimension(i));
    return all;
}

// The contribution of the member named `name` of dimension `d`; nullptr when it has none.
inline const Contribution *member(const Explanation &e, Dimension d, const QString &name)
{
    for (const DimensionContributions &dc : e.contributions) {
        for (const Contribution &c : dc.members) {
            if (dc.dimension == d && c.member == name)
                return &c;
        }
    }
    return nullptr;
}

} // namespace explainfixture
