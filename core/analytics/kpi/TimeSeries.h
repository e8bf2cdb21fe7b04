#pragma once

#include "core/analytics/kpi/KpiEngine.h"

#include <QDate>

#include <vector>

namespace storelens::core::analytics {

// The time series of every KPI whose catalogue row says it has one (kpiHasSeries), plus the units sold. A
// bucket's value is the KPI computed over the bucket's days (clipped to the period), exactly as the tile
// computes it over the period: sums per bucket, ratios of the bucket's sums, orders and customers counted
// distinct within the bucket, new customers by their first sale line, retention and churn with S at the
// bucket's first day and E the day after its last (activity window W), year-over-year growth against the
// bucket shifted back one year, CAC against the bucket's spend, the inventory ratios over the inventory
// snapshots dated in the bucket. "No data" exactly where the tile would say so.

// One bucket (day, Monday week, month or quarter) clipped to the period.
struct SeriesBucket
{
    QDate start;          // the bucket's calendar start (may be before the period)
    QDate from;           // clipped to the period
    QDate to;             // clipped to the period
    bool partial = false; // the bucket is not wholly inside the period
};

struct TimeSeries
{
    Grain grain = Grain::Month;
    Period period;
    std::vector<SeriesBucket> buckets;
    // values[int(KpiId)][bucket]: money in currency units, ratios as fractions; hasValue false where
    // a ratio has no data (e.g. AOV of a bucket without orders) and everywhere for a KPI without a series.
    std::vector<std::vector<double>> values;
    std::vector<std::vector<uint8_t>> hasValue;
    std::vector<double> units; // units sold on sale lines, per bucket
    // Net sales of each bucket's days one year earlier (samePeriodLastYear), in currency units; 0 where none
    // of those days holds a line. The year-over-year chart reads it beside series(KpiId::NetSales).
    std::vector<double> netYearEarlier;

    const std::vector<double> &series(KpiId id) const { return values[size_t(id)]; }
    const std::vector<uint8_t> &has(KpiId id) const { return hasValue[size_t(id)]; }
    // Whether bucket `b` ends before `firstDay`, the first day with data: charts draw no value for it, not 0
    // (trial 21: a shop with three months of data drew "Last 12 months" as nine months at 0).
    bool beforeData(size_t b, QDate firstDay) const { return firstDay.isValid() && buckets[b].to < firstDay; }
};

// Every series over the period in a few passes over its lines (plus the activity window before it and the
// year-earlier lines). `activityWindowDays` is the retention window W. `yearEarlierDays`: the daily net sales
// of samePeriodLastYear(period) when the caller has them (KpiReportDays); read from the lines otherwise.
// Returns an empty series (no buckets) when cancelled.
TimeSeries computeTimeSeries(const Snapshot &snapshot, const ResolvedFilter &filter,
                             const KpiCustomerFacts &base, const Period &period, Grain grain,
                             const CancelCheck &cancelled = {}, int activityWindowDays = 365,
                             const DailyNetSales *yearEarlierDays = nullptr);

} // namespace storelens::core::analytics
