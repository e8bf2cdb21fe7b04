#include "ui/dashboard/OverviewData.h"

namespace storelens::ui {

using core::analytics::KpiId;
using core::analytics::SeriesId;
using core::analytics::TimeSeries;

bool kpiSeries(const TimeSeries &series, KpiId id, std::vector<double> *values,
               std::vector<uint8_t> *hasValue)
{
    const std::optional<SeriesId> seriesId = core::analytics::seriesFor(id);
    if (!seriesId || series.values.size() <= size_t(*seriesId))
        return false;
    *values = series.values[size_t(*seriesId)];
    *hasValue = series.hasValue.size() > size_t(*seriesId) ? series.hasValue[size_t(*seriesId)]
                                                           : std::vector<uint8_t>(values->size(), 1);
    return true;
}

} // namespace storelens::ui
