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
// Whether each bucket of `series` holds data: a sale, a return or units, on or after `firstDay` (the first
// day with data). A sparkline breaks only at the buckets that do not; a KPI without a value in a bucket that
// holds data (no new customer that day: no historical CLV) is passed over.
std::vector<uint8_t> bucketsWithData(const core::analytics::TimeSeries &series, QDate firstDay);

} // namespace storelens::ui
