#include "ui/cohorts/CohortsData.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>

namespace storelens::ui {

using namespace core::analytics;

namespace {

class CohortsDataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::CohortsData)
};

} // namespace

QStringList CohortsData::customerIds(int cohort, int age) const
{
    QStringList ids;
    if (!snapshot)
        return ids;
    const std::vector<int32_t> customers = matrix.customersInCell(*snapshot, lineMask.get(), cohort, age);
    ids.reserve(qsizetype(customers.size()));
    for (int32_t c : customers)
        ids.append(snapshot->customers[size_t(c)].externalId);
    return ids;
}

core::Result<CohortsDataPtr> computeCohortsData(const QString &workspacePath, const Query &query,
                                                const TaskControl &control)
{
    const auto cancelledError = [] {
        return core::Error(core::ErrorCode::Cancelled, CohortsDataText::tr("The computation was cancelled."));
    };
    auto snapshot = SnapshotCache::instance().get(workspacePath, [&control](qint64 done, qint64 total) {
        if (total > 0)
            control.progress(int(done * 80 / total));
        return !control.cancelled();
    });
    if (!snapshot)
        return snapshot.error();
    if (control.cancelled())
        return cancelledError();
    auto data = std::make_shared<CohortsData>();
    data->snapshot = snapshot.value();
    const Snapshot &s = *data->snapshot;
    if (s.isEmpty())
        return CohortsDataPtr(std::move(data));

    auto filter = resolveFullFilter(s, workspacePath, query.filter);
    if (!filter)
        return filter.error();
    if (!filter->allLines)
        data->lineMask = std::make_shared<const std::vector<uint8_t>>(std::move(filter->lineMask));
    control.progress(85);
    if (control.cancelled())
        return cancelledError();
    data->range = resolvePeriod(s, query);
    const Grain grain = query.cohortGrain == Grain::Day ? Grain::Month : query.cohortGrain;
    data->matrix = CohortMatrix::compute(s, data->lineMask.get(), grain, data->range);
    control.progress(100);
    return CohortsDataPtr(std::move(data));
}

} // namespace storelens::ui
