#include "ui/report/ReportData.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace storelens::ui {

namespace {

using namespace core::analytics;

class ReportDataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportData)
};

core::Error cancelledError()
{
    return core::Error(core::ErrorCode::Cancelled, ReportDataText::tr("The report was cancelled."));
}

// Days for a short period, weeks up to half a year, months beyond.
Grain seriesGrainFor(const Period &period)
{
    if (period.days() <= 62)
        return Grain::Day;
    if (period.days() <= 190)
        return Grain::Week;
    return Grain::Month;
}

QString templateComparisonTitle(ReportTemplate t, bool lastYear)
{
    switch (t) {
    case ReportTemplate::Weekly:
        return lastYear ? ReportDataText::tr("Same week last year") : ReportDataText::tr("Previous week");
    case ReportTemplate::Monthly:
        return lastYear ? ReportDataText::tr("Same month last year") : ReportDataText::tr("Previous month");
    case ReportTemplate::Quarterly:
        return lastYear ? ReportDataText::tr("Same quarter last year")
                        : ReportDataText::tr("Previous quarter");
    }
    return {};
}

// A comparison column for one more period, against the report's own KPIs.
std::optional<ReportComparison> compareWith(const Snapshot &s, const ResolvedFilter &filter,
                                            const KpiCustomerFacts &facts, const KpiReport &report,
                                            const QString &title, const Period &period,
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
    using Kind = DataCoverageWarning::Kind;
    if (auto w = coverageWarning(Kind::ComparisonPeriod, period, report.firstDataDay))
        column.warnings.push_back(*w);
    const Period lookBack{period.from.addDays(-report.activityWindowDays), period.from.addDays(-1)};
    if (auto w = coverageWarning(Kind::ComparisonRetentionWindow, lookBack, report.firstDataDay))
        column.warnings.push_back(*w);
    return column;
}

ReportComparison engineComparison(const KpiReport &report)
{
    ReportComparison column;
    column.title = report.comparisonKind == Comparison::SamePeriodLastYear
                       ? ReportDataText::tr("Same period last year")
                       : ReportDataText::tr("Previous period");
    column.period = report.comparisonPeriod;
    column.kpis = report.kpis;
    for (const DataCoverageWarning &w : report.warnings) {
        if (w.kind == DataCoverageWarning::Kind::ComparisonPeriod ||
            w.kind == DataCoverageWarning::Kind::ComparisonRetentionWindow)
            column.warnings.push_back(w);
    }
    return column;
}

core::Result<ReportCustomerBase> buildCustomerBase(const Snapshot &s, const QString &path,
                                                   const std::vector<uint8_t> *mask)
{
    const core::Result<CustomerBase> built = buildWorkspaceCustomerBase(path, s, mask);
    if (!built)
        return built.error();
    const CustomerBase &base = built.value();
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

core::Result<ReportData> computeReportData(const ReportOptions &options, const TaskControl &control)
{
    const auto stop = [&control] { return control.cancelled(); };
    ReportData data;
    data.options = options;
    data.workspaceName = QFileInfo(options.workspacePath).completeBaseName();
    data.generatedAt = QDateTime::currentDateTime();
    control.progress(0);

    auto snapshot = SnapshotCache::instance().get(options.workspacePath, [&](qint64 done, qint64 total) {
        if (total > 0)
            control.progress(int(done * 40 / total));
        return !stop();
    });
    if (!snapshot)
        return snapshot.error();
    const Snapshot &s = *snapshot.value();
    if (stop())
        return cancelledError();
    if (s.isEmpty()) {
        data.noDataMessage =
            ReportDataText::tr("This workspace holds no order lines yet, so there is nothing "
                               "to report. Import orders (File › Import) and export the "
                               "report again.");
        control.progress(100);
        return data;
    }

    Query &query = data.options.query;
    // A period with a start and no end (--from alone) ends at the as-of date.
    completeQuery(query, s.asOfDate());
    std::optional<ReportPeriods> templatePeriods;
    if (options.periodTemplate) {
        templatePeriods = reportPeriods(*options.periodTemplate, s.asOfDate());
        query.period = templatePeriods->period;
        query.comparison = Comparison::None;
    }
    AnalyticsRequestOptions request;
    request.seriesGrain = seriesGrainFor(resolvePeriod(s, query));
    request.topProducts = 10;
    auto analytics = AnalyticsService::compute(options.workspacePath, query, request, stop,
                                               [&control](int p) { control.progress(40 + p * 25 / 100); });
    if (!analytics)
        return analytics.error();
    data.analytics = std::make_shared<const AnalyticsResult>(std::move(analytics.value()));
    const KpiReport &kpis = data.analytics->kpis;
    query.period = kpis.period;

    auto filter = resolveFullFilter(s, options.workspacePath, query.filter);
    if (!filter)
        return filter.error();
    const std::vector<uint8_t> *mask = filter->allLines ? nullptr : &filter->lineMask;
    if (templatePeriods) {
        const KpiCustomerFacts facts = buildKpiCustomerFacts(s, filter.value());
        const ReportTemplate t = templatePeriods->kind;
        for (const auto &[title, period] :
             {std::pair{templateComparisonTitle(t, false), templatePeriods->previous},
              std::pair{templateComparisonTitle(t, true), templatePeriods->lastYear}}) {
            auto column = compareWith(s, filter.value(), facts, kpis, title, period, stop);
            if (!column)
                return cancelledError();
            data.comparisons.push_back(std::move(*column));
        }
        data.comparisonSeries = computeTimeSeries(s, filter.value(), facts, templatePeriods->lastYear,
                                                  request.seriesGrain, stop, kpis.activityWindowDays);
        data.comparisonSeriesTitle = data.comparisons.back().title;
    } else if (kpis.comparisonPeriod.isValid()) {
        data.comparisons.push_back(engineComparison(kpis));
        data.comparisonSeries = data.analytics->comparisonSeries;
        data.comparisonSeriesTitle = data.comparisons.back().title;
    }
    if (stop())
        return cancelledError();
    control.progress(70);

    if (options.sections.testFlag(ReportSection::Kpis)) {
        auto targets = loadKpiTargets(options.workspacePath);
        if (targets)
            data.targets = targets.value();
        else
            data.targetsProblem = targets.error().message();
    }
    if (options.sections.testFlag(ReportSection::Cohorts)) {
        // A short period holds one or two cohorts only: show the year of cohorts that ends with it.
        data.cohortRange = kpis.period.days() >= 365 ? kpis.period : defaultPeriod(kpis.period.to);
        data.cohorts = CohortMatrix::compute(s, mask, query.cohortGrain, data.cohortRange);
    }
    control.progress(78);
    if (stop())
        return cancelledError();
    if (options.sections.testFlag(ReportSection::Segments)) {
        auto base = buildCustomerBase(s, options.workspacePath, mask);
        if (!base)
            return base.error();
        data.customerBase = std::move(base.value());
    }
    control.progress(85);
    if (stop())
        return cancelledError();
    if (options.sections.testFlag(ReportSection::Clv)) {
        clv::WorkspaceClvRequest clvRequest;
        if (mask)
            clvRequest.lineMask = *mask;
        auto clv = clv::computeWorkspaceClv(s, clvRequest, stop);
        if (!clv)
            return clv.error();
        data.clv = std::move(clv.value());
    }
    control.progress(90);
    return data;
}

} // namespace storelens::ui
