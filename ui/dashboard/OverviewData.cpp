#include "ui/dashboard/OverviewData.h"

namespace storelens::ui {

using core::analytics::KpiId;
using core::analytics::TimeSeries;

bool kpiSeries(const TimeSeries &series, KpiId id, std::vector<double> *values,
               std::vector<uint8_t> *hasValue)
{
    if (!core::analytics::kpiHasSeries(id) || series.values.size() <= size_t(id))
        return false;
    *values = series.values[size_t(id)];
    *hasValue = series.hasValue[size_t(id)];
    return true;
}

std::vector<uint8_t> bucketsWithData(const TimeSeries &series, QDate firstDay)
{
    std::vector<uint8_t> has(series.buckets.size(), 0);
    const auto &orders =
        series.values.size() > size_t(KpiId::Orders) ? series.series(KpiId::Orders) : std::vector<double>();
    const auto &net = series.values.size() > size_t(KpiId::NetSales) ? series.series(KpiId::NetSales)
                                                                     : std::vector<double>();
    for (size_t b = 0; b < has.size(); ++b) {
        if (series.beforeData(b, firstDay))
            continue;
        const bool sold = b < orders.size() && orders[b] > 0;
        const bool moved = b < net.size() && net[b] != 0; // a return alone
        const bool units = b < series.units.size() && series.units[b] != 0;
        has[b] = sold || moved || units;
    }
    return has;
}

} // namespace storelens::ui
