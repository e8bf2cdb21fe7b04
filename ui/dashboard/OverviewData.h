#pragma once

#include "core/analytics/kpi/AnalyticsService.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/model/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace storelens::ui {

// Everything the Overview shows for one query, computed together on a worker thread.
struct OverviewData
{
    quint64 generation = 0;
    std::shared_ptr<const core::analytics::AnalyticsResult> result; // KPIs, series, breakdowns
    core::analytics::TimeSeries monthly;                            // the period by month
    std::vector<double> monthlyNetYearEarlier; // net sales of the same months one year earlier
};

// The series grain that suits a period's length: days up to 45 days, weeks up to 180, months beyond.
core::analytics::Grain overviewGrain(qint64 periodDays);

// Computes the Overview for `query`: AnalyticsService::compute with series in overviewGrain() and breakdowns,
// plus net sales by month for the period and the year before (for the year-over-year chart; taken from the
// main series when that is monthly, else from one more monthly pass).
core::Result<OverviewData> computeOverview(const QString &workspacePath, const core::analytics::Query &query,
                                           const std::function<bool()> &cancelled,
                                           const std::function<void(int)> &progress);

// The time series behind a KPI's sparkline, where one exists (values in the KPI's unit). False otherwise.
bool kpiSeries(const core::analytics::TimeSeries &series, core::analytics::KpiId id,
               std::vector<double> *values, std::vector<uint8_t> *hasValue);

} // namespace storelens::ui
