#include "ui/predictions/PredictionsData.h"

#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

using namespace core::analytics;
using namespace core::analytics::clv;

namespace {

class PredictionsDataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::PredictionsData)
};

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace

ClvHistogram clvHistogram(const std::vector<CustomerClv> &customers)
{
    ClvHistogram h;
    if (customers.empty())
        return h;
    std::vector<double> values;
    values.reserve(customers.size());
    for (const CustomerClv &c : customers)
        values.push_back(c.predictedClv);
    const auto p99 = values.begin() + std::ptrdiff_t((values.size() - 1) * 99 / 100);
    std::nth_element(values.begin(), p99, values.end());
    const double step = niceStep(*p99 / 10.0);
    const int bins = std::max(1, int(std::ceil(*p99 / step))) + 1;
    for (int i = 0; i < bins; ++i)
        h.edges.push_back(i * step);
    h.counts.assign(size_t(bins), 0);
    for (const CustomerClv &c : customers) {
        const int bin = c.predictedClv > 0 ? std::min(bins - 1, int(c.predictedClv / step)) : 0;
        ++h.counts[size_t(bin)];
    }
    return h;
}

core::Result<PredictionsDataPtr> computePredictionsData(const QString &workspacePath, const Query &query,
                                                        const QDate &calibrationEnd,
                                                        const TaskControl &control)
{
    const auto cancelledError = [] {
        return core::Error(core::ErrorCode::Cancelled,
                           PredictionsDataText::tr("The computation was cancelled."));
    };
    auto snapshot = SnapshotCache::instance().get(workspacePath, [&control](qint64 done, qint64 total) {
        if (total > 0)
            control.progress(int(done * 50 / total));
        return !control.cancelled();
    });
    if (!snapshot)
        return snapshot.error();
    auto data = std::make_shared<PredictionsData>();
    data->snapshot = snapshot.value();
    const Snapshot &s = *data->snapshot;
    data->firstDate = s.firstDate();
    auto filter = resolveFullFilter(s, workspacePath, query.filter);
    if (!filter)
        return filter.error();
    if (control.cancelled())
        return cancelledError();
    control.progress(60);
    WorkspaceClvRequest request;
    request.calibrationEnd = calibrationEnd;
    if (!filter->allLines)
        request.lineMask = std::move(filter->lineMask);
    auto clv = computeWorkspaceClv(s, request, [&control] { return control.cancelled(); });
    if (!clv)
        return clv.error();
    data->clv = std::move(clv.value());
    control.progress(95);
    for (const CustomerClv &c : data->clv.result.customers) {
        data->totalClv += c.predictedClv;
        data->expectedPurchases52Weeks += c.expectedPurchases52Weeks;
        data->likelyActive += c.probabilityAlive > 0.5 ? 1 : 0;
    }
    data->histogram = clvHistogram(data->clv.result.customers);
    control.progress(100);
    return PredictionsDataPtr(std::move(data));
}

} // namespace storelens::ui
