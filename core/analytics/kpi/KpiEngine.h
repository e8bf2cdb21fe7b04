#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <functional>
#include <vector>

namespace storelens::core::analytics {

// Return false to cancel; called now and then from inside the loops.
using CancelCheck = std::function<bool()>;

// Per-customer facts over the filtered lines, all time (shared by every period of one query).
struct KpiCustomerFacts
{
    std::vector<int32_t> firstSaleDay;     // Julian day of the first sale line; INT32_MAX when none
    std::vector<int32_t> firstSaleChannel; // channel of that line; -1 when none
    std::vector<int64_t> netSales;         // Σ line amount of all filtered lines up to the as-of date
};
KpiCustomerFacts buildKpiCustomerFacts(const Snapshot &snapshot, const ResolvedFilter &filter);

// Index of the first line with day >= julianDay (lines are sorted by day).
size_t firstLineOnOrAfter(const Snapshot &snapshot, qint64 julianDay);

// Every KPI of METRICS.md sections 2 and 3 for one period, indexed by KpiId. `cacByChannel` (optional)
// receives the per-channel CAC. Returns an empty vector when cancelled.
std::vector<KpiValue> computeKpis(const Snapshot &snapshot, const ResolvedFilter &filter,
                                  const KpiCustomerFacts &base, const Period &period, int activityWindowDays,
                                  std::vector<KpiReport::ChannelCac> *cacByChannel = nullptr,
                                  const CancelCheck &cancelled = {});

// The whole report for a query: resolves the period (default: 12 months to the as-of date), the comparison,
// the warnings, and every KPI with its comparison. Fails with ErrorCode::Cancelled when cancelled. `facts`:
// the filter's customer facts when the caller has built them already (the Overview shares them with its
// series); built here when null.
Result<KpiReport> computeKpiReport(const SnapshotPtr &snapshot, const Query &query,
                                   const ResolvedFilter &filter, const CancelCheck &cancelled = {},
                                   const KpiCustomerFacts *facts = nullptr);

// The coverage rule of METRICS.md section 1 over comparisons of `report.period` with `comparisonPeriod`
// (`kind`): sets every KPI's `comparable` and `warning`. computeKpiReport applies it to its own comparison;
// call it for any other comparison of the same period (the report's extra columns).
void applyCoverageRule(std::vector<KpiComparison> &kpis, const KpiReport &report,
                       const Period &comparisonPeriod, Comparison kind);

// The period a query asks for: query.period when valid, else the default period of the snapshot.
Period resolvePeriod(const Snapshot &snapshot, const Query &query);

} // namespace storelens::core::analytics
