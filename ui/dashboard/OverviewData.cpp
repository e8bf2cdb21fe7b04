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

} // namespace storelens::ui
