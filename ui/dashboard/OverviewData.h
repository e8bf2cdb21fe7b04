#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/session/AnalysisResults.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace storelens::ui {

// What the Overview shows: the session's overview (WorkspaceSession::overview(), the same function the PDF
// report reads) and the context generation it was computed for.
struct OverviewData
{
    quint64 generation = 0;
    core::session::OverviewResultPtr result; // KPIs, series, breakdowns, net sales by month
};

// The time series behind a KPI's sparkline, where one exists (values in the KPI's unit). False otherwise.
bool kpiSeries(const core::analytics::TimeSeries &series, core::analytics::KpiId id,
               std::vector<double> *values, std::vector<uint8_t> *hasValue);

} // namespace storelens::ui
