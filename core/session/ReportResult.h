#pragma once

#include "core/analytics/kpi/KpiTargets.h"
#include "core/analytics/query/ReportPeriods.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "core/session/AnalysisResults.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace storelens::core::session {

// What the PDF report asks for. periodTemplate, when set, replaces the query's period and comparison: the
// last complete week, month or quarter against the one before and the same one last year.
struct ReportRequest
{
    analytics::Query query;
    std::optional<analytics::ReportTemplate> periodTemplate;
    bool kpis = true;     // the targets
    bool cohorts = true;  // the cohort matrix
    bool segments = true; // the customer base
    bool clv = true;      // the predictive models
};

// One comparison column of the KPI table: every KPI of the report's period against one other period.
struct ReportComparison
{
    QString title; // "Previous period", "Same month last year", ...
    analytics::Period period;
    std::vector<analytics::KpiComparison> kpis; // every KpiId, in enum order
    std::vector<analytics::DataCoverageWarning> warnings;
};

// The customer side of the report (sections 5 and 6 of METRICS.md), as of the as-of date within the filters.
struct ReportCustomerBase
{
    int64_t customers = 0;
    int64_t netSales = 0; // ten-thousandths
    std::vector<analytics::SegmentSummary> rfmSegments;
    std::vector<analytics::SegmentSummary> lifecycle;
    std::vector<analytics::SegmentSummary> valueTiers;
    analytics::SegmentGrid grid;
    std::array<int64_t, 25> rfmCellCounts{}; // customers per (R − 1) × 5 + (FM − 1)
};

// Everything the PDF report shows. The KPIs, series and breakdowns are the Overview's, from the same
// session function, so the report plots what the screen shows.
struct ReportResult
{
    QString noDataMessage;      // non-empty: the workspace holds no order lines; the report says so and stops
    analytics::Query query;     // as computed: the template's period filled in, the period resolved
    OverviewResultPtr overview; // null only with noDataMessage
    std::vector<ReportComparison> comparisons; // zero, one or two columns
    analytics::TimeSeries comparisonSeries;    // the trend charts' dashed line; empty: none
    QString comparisonSeriesTitle;

    analytics::KpiTargets targets; // by kpiKey(); empty when none are set
    QString targetsProblem;        // non-empty when the stored targets could not be read

    analytics::Period cohortRange;
    std::optional<analytics::CohortMatrix> cohorts;
    std::optional<ReportCustomerBase> customerBase;
    std::shared_ptr<const analytics::clv::WorkspaceClv> clv; // null unless asked for
};

} // namespace storelens::core::session
