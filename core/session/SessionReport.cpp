// The WorkspaceSession's report analysis: the Overview's figures for the report's period plus the comparison
// columns, targets, cohorts, customer base and CLV the report's sections show.
#include "core/session/WorkspaceSession.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/Periods.h"

#include <QCoreApplication>

#include <optional>
#include <tuple>

namespace storelens::core::session {

using namespace analytics;

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::session::ReportResult)
};

QString templateComparisonTitle(ReportTemplate t, bool lastYear)
{
    switch (t) {
    case ReportTemplate::Weekly:
        return lastYear ? ReportText::tr("Same week last year") : ReportText::tr("Previous week");
    case ReportTemplate::Monthly:
        return lastYear ? ReportText::tr("Same month last year") : ReportText::tr("Previous month");
    case ReportTemplate::Quarterly:
        return lastYear ? ReportText::tr("Same quarter last year") : ReportText::tr("Previous quarter");
    }
    return {};
}

// A comparison column for one more period, against the report's own KPIs.
std::optional<ReportComparison> compareWith(const Snapshot &s, const ResolvedFilter &filter,
                                            const KpiCustomerFacts &facts, const KpiReport &report,
                                            const QString &title, const Period &period, Comparison kind,
                                            const CancelCheck &stop)
{
    ReportComparison column;
    column.title = title;
    column.period = period;
    const std::vector<KpiValue> values =
        computeKpis(s, filter, facts, period, report.activityWindowDays, nullptr, stop);
    if (values.empty())
        return std::nullopt;
    for (int i = 0; i < kKpiCount; ++i)
        column.kpis.push_back(compareKpis(report.kpis[size_t(i)].current, values[size_t(i)]));
    applyCoverageRule(column.kpis, report, period, kind);
    using Kind = DataCoverageWarning::Kind;
    if (auto w = coverageWarning(Kind::ComparisonPeriod, period, report.firstDataDay))
        column.warnings.push_back(*w);
    if (auto w = coverageWarning(Kind::ComparisonRetentionWindow,
                                 lookBackWindow(period, report.activityWindowDays), report.firstDataDay))
        column.warnings.push_back(*w);
    return column;
}

ReportComparison engineComparison(const KpiReport &report)
{
    ReportComparison column;
    column.title = report.comparisonKind == Comparison::SamePeriodLastYear
                       ? ReportText::tr("Same period last year")
                       : ReportText::tr("Previous period");
    column.period = report.comparisonPeriod;
    column.kpis = report.kpis;
    for (const DataCoverageWarning &w : report.warnings) {
        if (w.kind == DataCoverageWarning::Kind::ComparisonPeriod ||
            w.kind == DataCoverageWarning::Kind::ComparisonRetentionWindow)
            column.warnings.push_back(w);
    }
    return column;
}

ReportCustomerBase summarizeBase(const CustomerBase &base)
{
    ReportCustomerBase out;
    out.customers = int64_t(base.size());
    out.netSales = base.metrics.populationNetSales;
    out.rfmSegments = summarizeRfmSegments(base);
    out.lifecycle = summarizeLifecycle(base);
    out.valueTiers = summarizeValueTiers(base);
    out.grid = base.grid;
    for (size_t row = 0; row < base.size(); ++row) {
        const int r = base.rfm.r[row];
        const int fm = base.rfm.fm[row];
        if (r >= 1 && r <= 5 && fm >= 1 && fm <= 5)
            ++out.rfmCellCounts[size_t((r - 1) * 5 + (fm - 1))];
    }
    return out;
}

} // namespace

Result<ReportResult> WorkspaceSession::reportData(const ReportRequest &request, const TaskControl &control)
{
    ReportResult data;
    control.progress(0);
    Result<SnapshotPtr> loaded = snapshot(control.stage(0, 40));
    if (!loaded)
        return loaded.error();
    const Snapshot &s = *loaded.value();
    if (s.isEmpty()) {
        data.noDataMessage = ReportText::tr("This workspace holds no order lines yet, so there is nothing "
                                            "to report. Import orders (File › Import) and export the "
                                            "report again.");
        control.progress(100);
        return data;
    }

    Query query = request.query;
    std::optional<ReportPeriods> templatePeriods;
    if (request.periodTemplate) {
        templatePeriods = reportPeriods(*request.periodTemplate, s.asOfDate());
        query.period = templatePeriods->period;
        query.comparison = Comparison::None;
    }
    // The same function as the Overview, so the report's KPIs and series are the screen's.
    Result<OverviewResultPtr> overview = this->overview(query, OverviewRequest(), control.stage(40, 65));
    if (!overview)
        return overview.error();
    data.overview = overview.value();
    const ResolvedQuery &q = *data.overview->resolved;
    const KpiReport &kpis = data.overview->kpis;
    data.query = q.query;
    data.query.period = kpis.period;
    const CancelCheck stop = control.cancelCheck();
    if (templatePeriods) {
        const KpiCustomerFacts &facts = *data.overview->facts;
        const ReportTemplate t = templatePeriods->kind;
        for (const auto &[title, period, kind] :
             {std::tuple{templateComparisonTitle(t, false), templatePeriods->previous,
                         Comparison::PreviousPeriod},
              std::tuple{templateComparisonTitle(t, true), templatePeriods->lastYear,
                         Comparison::SamePeriodLastYear}}) {
            auto column = compareWith(s, *q.filter, facts, kpis, title, period, kind, stop);
            if (!column)
                return cancelledError();
            data.comparisons.push_back(std::move(*column));
        }
        data.comparisonSeries =
            computeTimeSeries(s, *q.filter, facts, templatePeriods->lastYear, chartGrain(kpis.period.days()),
                              stop, kpis.activityWindowDays);
        data.comparisonSeriesTitle = data.comparisons.back().title;
    } else if (kpis.comparisonPeriod.isValid()) {
        data.comparisons.push_back(engineComparison(kpis));
        data.comparisonSeries = data.overview->comparisonSeries;
        data.comparisonSeriesTitle = data.comparisons.back().title;
    }
    if (control.cancelled())
        return cancelledError();
    control.progress(70);

    if (request.kpis) {
        Result<WorkspaceSettingsPtr> current = settings();
        if (!current)
            return current.error();
        data.targets = current.value()->targets;
        data.targetsProblem = current.value()->targetsProblem;
    }
    if (request.cohorts) {
        // A short period holds one or two cohorts only: show the year of cohorts that ends with it.
        data.cohortRange = kpis.period.days() >= 365 ? kpis.period : defaultPeriod(kpis.period.to);
        data.cohorts = CohortMatrix::compute(s, q.mask(), query.cohortGrain, data.cohortRange);
    }
    control.progress(78);
    if (control.cancelled())
        return cancelledError();
    if (request.segments) {
        Result<std::shared_ptr<const CustomerBase>> base = customerBase(q, control);
        if (!base)
            return base.error();
        data.customerBase = summarizeBase(*base.value());
    }
    control.progress(85);
    if (control.cancelled())
        return cancelledError();
    if (request.clv) {
        Result<std::shared_ptr<const clv::WorkspaceClv>> fitted = clv(q, QDate(), control);
        if (!fitted)
            return fitted.error();
        data.clv = fitted.value();
    }
    control.progress(90);
    return data;
}

} // namespace storelens::core::session
