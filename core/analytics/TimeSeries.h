#pragma once

#include "core/analytics/KpiEngine.h"

#include <QDate>

#include <vector>

namespace storelens::core::analytics {

// The KPIs that have a time series.
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
};
constexpr int kSeriesCount = int(SeriesId::ReturnRate) + 1;

QString seriesKey(SeriesId id); // "net_sales", "orders", ...
KpiUnit seriesUnit(SeriesId id);

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

// One pass over the lines of the period. Returns an empty series (no buckets) when cancelled.
TimeSeries computeTimeSeries(const Snapshot &snapshot, const ResolvedFilter &filter,
                             const KpiCustomerFacts &base, const Period &period, Grain grain,
                             const CancelCheck &cancelled = {});

} // namespace storelens::core::analytics
