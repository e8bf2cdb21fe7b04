#pragma once

#include "core/analytics/kpi/KpiEngine.h"

#include <QDate>

#include <optional>
#include <vector>

namespace storelens::core::analytics {

// The KPIs that have a time series: every KPI of METRICS.md sections 2 and 3 except the simple predictive CLV
// (its frequency is annualised from the bucket and its lifespan comes from a year of churn, which says
// nothing per day or week), plus the units sold. A bucket's value is the KPI computed over the bucket's days
// (clipped to the period), exactly as the tile computes it over the period: sums per bucket, ratios of the
// bucket's sums, orders and customers counted distinct within the bucket, new customers by their first sale
// line, retention and churn with S at the bucket's first day and E the day after its last (activity window
// W), year-over-year growth against the bucket shifted back one year, CAC against the bucket's spend, the
// inventory ratios over the inventory snapshots dated in the bucket. "No data" exactly where the tile would
// say so.
enum class SeriesId {
    NetSales,
    GrossSales,
    Discounts,
    Returns,
    Orders,
    AverageOrderValue,
    Units,
    ActiveCustomers,
    NewCustomers,
    GuestShare,
    ReturnRate,
    UnitsPerTransaction,
    Cogs,
    GrossMargin,
    CostCoverage,
    GrossMarginPercent,
    YoyGrowth,
    YoyGrowthRate,
    SalesPerEmployee,
    ConversionRate,
    InventoryTurnover,
    Gmroi,
    Cac,
    ClvToCac,
    ReturningCustomers,
    PurchaseFrequency,
    RepeatPurchaseRate,
    CustomersAtStart,
    CustomersAtEnd,
    RetentionRate,
    ChurnRate,
    HistoricalClv,
};
constexpr int kSeriesCount = int(SeriesId::HistoricalClv) + 1;

QString seriesKey(SeriesId id); // "net_sales", "orders", ...: the KPI's key (kpiKey), "units" for Units
KpiUnit seriesUnit(SeriesId id);
// The series of a KPI tile; empty for the simple predictive CLV.
std::optional<SeriesId> seriesFor(KpiId kpi);
// The KPI a series plots; empty for Units.
std::optional<KpiId> kpiForSeries(SeriesId id);

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
    // values[int(SeriesId)][bucket]: money in currency units, ratios as fractions; hasValue false where
    // a ratio has no data (e.g. AOV of a bucket without orders).
    std::vector<std::vector<double>> values;
    std::vector<std::vector<uint8_t>> hasValue;

    const std::vector<double> &series(SeriesId id) const { return values[size_t(id)]; }
};

// Every series over the period in a few passes over its lines (plus the activity window before it and the
// year-earlier lines). `activityWindowDays` is the retention window W. Returns an empty series (no buckets)
// when cancelled.
TimeSeries computeTimeSeries(const Snapshot &snapshot, const ResolvedFilter &filter,
                             const KpiCustomerFacts &base, const Period &period, Grain grain,
                             const CancelCheck &cancelled = {}, int activityWindowDays = 365);

} // namespace storelens::core::analytics
