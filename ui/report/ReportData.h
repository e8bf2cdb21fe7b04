#pragma once

#include "core/session/TaskControl.h"
#include "core/analytics/kpi/AnalyticsService.h"
#include "core/analytics/cohorts/Cohorts.h"
#include "core/analytics/kpi/KpiTargets.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/model/Result.h"
#include "ui/report/ReportOptions.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace storelens::ui {

using core::TaskControl;

// One comparison column of the KPI table: every KPI of the report's period against one other period.
struct ReportComparison
{
    QString title; // "Previous period", "Same month last year", ...
    core::analytics::Period period;
    std::vector<core::analytics::KpiComparison> kpis; // every KpiId, in enum order
    std::vector<core::analytics::DataCoverageWarning> warnings;
};

// The customer side of the report (sections 5 and 6 of METRICS.md), as of the as-of date within the filters.
struct ReportCustomerBase
{
    int64_t customers = 0;
    int64_t netSales = 0; // ten-thousandths
    std::vector<core::analytics::SegmentSummary> rfmSegments;
    std::vector<core::analytics::SegmentSummary> lifecycle;
    std::vector<core::analytics::SegmentSummary> valueTiers;
    core::analytics::SegmentGrid grid;
    std::array<int64_t, 25> rfmCellCounts{}; // customers per (R − 1) × 5 + (FM − 1)
};

// Everything the PDF report shows, computed in the background and immutable once built.
struct ReportData
{
    ReportOptions options; // as asked for, with the template's period and comparison filled in
    QString workspaceName; // the file's base name
    QDateTime generatedAt;
    QString noDataMessage; // non-empty: the workspace holds no order lines; the report says so and stops

    std::shared_ptr<const core::analytics::AnalyticsResult> analytics; // KPIs, series, breakdowns
    std::vector<ReportComparison> comparisons;                         // zero, one or two columns
    core::analytics::TimeSeries comparisonSeries; // the trend charts' dashed line; empty: none
    QString comparisonSeriesTitle;

    core::analytics::KpiTargets targets; // by kpiKey(); empty when none are set
    QString targetsProblem;              // non-empty when the stored targets could not be read

    core::analytics::Period cohortRange;
    std::optional<core::analytics::CohortMatrix> cohorts;
    std::optional<ReportCustomerBase> customerBase;
    std::optional<core::analytics::clv::WorkspaceClv> clv;
};

// Loads the snapshot (cached), computes what the options' sections need and reports progress 0–100. An empty
// workspace gives data with noDataMessage set, not an error; failures and cancellation are errors.
core::Result<ReportData> computeReportData(const ReportOptions &options, const TaskControl &control);

} // namespace storelens::ui
