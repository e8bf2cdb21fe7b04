#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <functional>
#include <utility>
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

// Net sales and line counts per day of a period as running sums: a by-product of the pass that computes a
// period's KPIs, so the series and the year-over-year chart read those days' sums without reading the lines
// again.
class DailyNetSales
{
public:
    void reset(const Period &period);
    void add(int32_t day, int64_t amount);
    void addDay(int32_t day, int64_t amount, int64_t lines); // the sums of `lines` lines of one day
    void finish();                                           // turns the per-day sums into running sums
    bool covers(const Period &period) const;
    // Sums over the days [from, to], inside the period it was built for.
    int64_t netOver(QDate from, QDate to) const;
    int64_t linesOver(QDate from, QDate to) const;

private:
    Period m_period;
    int64_t m_from = 0;
    std::vector<int64_t> m_net;   // m_net[k] = Σ line amount over the days before m_from + k
    std::vector<int64_t> m_lines; // the same for the line count
};

// The daily net sales of the filtered lines over `period`, in one pass of its own.
DailyNetSales dailyNetSales(const Snapshot &snapshot, const ResolvedFilter &filter, const Period &period);

// The daily net sales the passes of computeKpiReport yield: of its period, of the same days one year
// earlier (year-over-year growth), and of the comparison period's year earlier. With a comparison with the
// same period last year, the comparison's own pass yields `yearEarlier`, so those days are read once.
struct KpiReportDays
{
    DailyNetSales period;
    DailyNetSales yearEarlier;
    DailyNetSales comparisonYearEarlier;
};

// For tests: while one exists, counts on this thread how many times each day's lines are read by a pass that
// sums a period (the KPIs of a period or of a series bucket, the daily net sales).
class PeriodScanCounter
{
public:
    PeriodScanCounter();
    ~PeriodScanCounter();
    PeriodScanCounter(const PeriodScanCounter &) = delete;
    PeriodScanCounter &operator=(const PeriodScanCounter &) = delete;

    // How many recorded passes read the day.
    int timesRead(QDate day) const;
    // The most and the fewest passes over the days of `period`.
    int mostReads(const Period &period) const;
    int fewestReads(const Period &period) const;

    static void record(int64_t fromDay, int64_t toDay);

private:
    std::vector<std::pair<int64_t, int64_t>> m_passes;
    PeriodScanCounter *m_outer = nullptr;
};

// Every KPI of METRICS.md sections 2 and 3 for one period, indexed by KpiId. `cacByChannel` (optional)
// receives the per-channel CAC. Returns an empty vector when cancelled.
std::vector<KpiValue> computeKpis(const Snapshot &snapshot, const ResolvedFilter &filter,
                                  const KpiCustomerFacts &base, const Period &period, int activityWindowDays,
                                  std::vector<KpiReport::ChannelCac> *cacByChannel = nullptr,
                                  const CancelCheck &cancelled = {});

// The whole report for a query: resolves the period (default: 12 months to the as-of date), the comparison,
// the warnings, and every KPI with its comparison. Fails with ErrorCode::Cancelled when cancelled. `facts`:
// the filter's customer facts when the caller has built them already (the Overview shares them with its
// series); built here when null. `days` (optional) receives the daily net sales its passes yield.
Result<KpiReport> computeKpiReport(const SnapshotPtr &snapshot, const Query &query,
                                   const ResolvedFilter &filter, const CancelCheck &cancelled = {},
                                   const KpiCustomerFacts *facts = nullptr, KpiReportDays *days = nullptr);

// The coverage rule of METRICS.md section 1 over comparisons of `report.period` with `comparisonPeriod`
// (`kind`): sets every KPI's `comparable` and `warning`, and makes every comparison value "no data" when the
// comparison period holds no day with data. computeKpiReport applies it to its own comparison;
// call it for any other comparison of the same period (the report's extra columns).
void applyCoverageRule(std::vector<KpiComparison> &kpis, const KpiReport &report,
                       const Period &comparisonPeriod, Comparison kind);

// The period a query asks for: query.period when valid, else the default period of the snapshot.
Period resolvePeriod(const Snapshot &snapshot, const Query &query);

} // namespace storelens::core::analytics
