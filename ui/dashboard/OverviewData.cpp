#include "ui/dashboard/OverviewData.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/snapshot/SnapshotCache.h"

namespace storelens::ui {

namespace {

using core::analytics::Grain;
using core::analytics::KpiId;
using core::analytics::TimeSeries;

} // namespace

Grain overviewGrain(qint64 periodDays)
{
    if (periodDays <= 45)
        return Grain::Day;
    if (periodDays <= 180)
        return Grain::Week;
    return Grain::Month;
}

core::Result<OverviewData> computeOverview(const QString &workspacePath, const core::analytics::Query &query,
                                           const std::function<bool()> &cancelled,
                                           const std::function<void(int)> &progress)
{
    const auto snapshot =
        core::analytics::SnapshotCache::instance().get(workspacePath, [&](qint64 done, qint64 total) {
            if (progress && total > 0)
                progress(int(done * 60 / total));
            return !(cancelled && cancelled());
        });
    if (!snapshot)
        return snapshot.error();
    const core::analytics::Period period = core::analytics::resolvePeriod(*snapshot.value(), query);

    core::analytics::AnalyticsRequestOptions options;
    options.seriesGrain = overviewGrain(period.days());
    options.topProducts = 10;
    auto main = core::analytics::AnalyticsService::compute(workspacePath, query, options, cancelled,
                                                           [&](int percent) {
                                                               if (progress)
                                                                   progress(60 + percent * 30 / 100);
                                                           });
    if (!main)
        return main.error();

    OverviewData data;
    if (options.seriesGrain == Grain::Month) {
        data.monthly = main.value().series;
    } else {
        core::analytics::Query monthQuery = query;
        monthQuery.period = period;
        monthQuery.comparison = core::analytics::Comparison::None;
        core::analytics::AnalyticsRequestOptions monthOptions;
        monthOptions.seriesGrain = Grain::Month;
        monthOptions.breakdowns = false;
        monthOptions.topProducts = 0;
        auto month =
            core::analytics::AnalyticsService::compute(workspacePath, monthQuery, monthOptions, cancelled);
        if (!month)
            return month.error();
        data.monthly = std::move(month.value().series);
    }
    // Net sales a year earlier = net sales − year-over-year growth, bucket by bucket; a bucket whose
    // year-earlier month has no lines (no growth value) had no net sales.
    if (!data.monthly.buckets.empty()) {
        const auto &net = data.monthly.series(KpiId::NetSales);
        const auto &growth = data.monthly.series(KpiId::YoyGrowth);
        const auto &hasGrowth = data.monthly.hasValue[size_t(KpiId::YoyGrowth)];
        data.monthlyNetYearEarlier.assign(net.size(), 0.0);
        for (size_t i = 0; i < net.size(); ++i) {
            if (hasGrowth[i])
                data.monthlyNetYearEarlier[i] = net[i] - growth[i];
        }
    }
    data.result = std::make_shared<const core::analytics::AnalyticsResult>(std::move(main).value());
    if (progress)
        progress(100);
    return data;
}

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
