#include "ui/segments/SegmentsData.h"

#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/store/Workspace.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>

namespace storelens::ui {

using namespace core::analytics;

namespace {

class SegmentsDataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::SegmentsData)
};

core::Error cancelled()
{
    return core::Error(core::ErrorCode::Cancelled, SegmentsDataText::tr("The computation was cancelled."));
}

} // namespace

std::vector<uint8_t> SegmentsData::members(const SegmentKey &key) const
{
    if (!base || !key.isValid())
        return {};
    switch (key.kind) {
    case SegmentKind::Rfm:
        return size_t(key.index) < rfm.size() ? rfmSegmentMembers(*base, key.index) : std::vector<uint8_t>();
    case SegmentKind::Lifecycle:
        return key.index < kLifecycleStageCount ? lifecycleMembers(*base, LifecycleStage(key.index))
                                                : std::vector<uint8_t>();
    case SegmentKind::ValueTier:
        return key.index < kValueTierCount ? valueTierMembers(*base, ValueTier(key.index))
                                           : std::vector<uint8_t>();
    case SegmentKind::Saved:
        return size_t(key.index) < savedMembers.size() ? savedMembers[size_t(key.index)]
                                                       : std::vector<uint8_t>();
    case SegmentKind::RfmCell: {
        if (key.index >= 25)
            return {};
        const int r = key.index / 5 + 1;
        const int fm = key.index % 5 + 1;
        std::vector<uint8_t> flags(base->size(), 0);
        for (size_t row = 0; row < flags.size(); ++row)
            flags[row] = base->rfm.r[row] == r && base->rfm.fm[row] == fm;
        return flags;
    }
    }
    return {};
}

SegmentSummary SegmentsData::summary(const SegmentKey &key) const
{
    const auto pick = [&key](const std::vector<SegmentSummary> &list) {
        return size_t(key.index) < list.size() ? list[size_t(key.index)] : SegmentSummary();
    };
    switch (key.kind) {
    case SegmentKind::Rfm:
        return pick(rfm);
    case SegmentKind::Lifecycle:
        return pick(lifecycle);
    case SegmentKind::ValueTier:
        return pick(tiers);
    case SegmentKind::Saved:
        return pick(saved);
    case SegmentKind::RfmCell:
        break;
    }
    return base ? summarizeSegment(*base, members(key), title(key)) : SegmentSummary();
}

QString SegmentsData::title(const SegmentKey &key) const
{
    if (key.kind == SegmentKind::RfmCell && base && key.isValid()) {
        const int r = key.index / 5 + 1;
        const int fm = key.index % 5 + 1;
        return SegmentsDataText::tr("%1 (R %2, FM %3)").arg(base->grid.name(r, fm)).arg(r).arg(fm);
    }
    if (key.kind == SegmentKind::Saved)
        return key.name;
    return summary(key).name;
}

QStringList SegmentsData::customerIds(const SegmentKey &key) const
{
    QStringList ids;
    const std::vector<uint8_t> flags = members(key);
    for (size_t row = 0; row < flags.size(); ++row) {
        if (flags[row])
            ids.append(snapshot->customers[size_t(base->metrics.population[row])].externalId);
    }
    return ids;
}

std::vector<SegmentKey> SegmentsData::allKeys() const
{
    std::vector<SegmentKey> keys;
    for (size_t i = 0; i < rfm.size(); ++i)
        keys.push_back({SegmentKind::Rfm, int(i), QString()});
    for (size_t i = 0; i < lifecycle.size(); ++i)
        keys.push_back({SegmentKind::Lifecycle, int(i), QString()});
    for (size_t i = 0; i < tiers.size(); ++i)
        keys.push_back({SegmentKind::ValueTier, int(i), QString()});
    for (size_t i = 0; i < savedSegments.size(); ++i)
        keys.push_back({SegmentKind::Saved, int(i), savedSegments[i].name});
    return keys;
}

core::Result<SegmentsDataPtr> computeSegmentsData(const QString &workspacePath, const Query &query,
                                                  const TaskControl &control)
{
    auto data = std::make_shared<SegmentsData>();
    auto snapshot = SnapshotCache::instance().get(workspacePath, [&control](qint64 done, qint64 total) {
        control.progress(total > 0 ? int(done * 60 / total) : 0);
        return !control.cancelled();
    });
    if (!snapshot)
        return snapshot.error();
    data->snapshot = snapshot.value();
    if (data->snapshot->isEmpty())
        return SegmentsDataPtr(data);

    const Snapshot &s = *data->snapshot;
    auto lineMask = resolveSharedLineMask(s, workspacePath, query.filter);
    if (!lineMask)
        return lineMask.error();
    data->lineMask = std::move(lineMask).value();
    if (control.cancelled())
        return cancelled();
    control.progress(65);

    core::Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    auto saved = SegmentStore::list(connection.db());
    if (!saved)
        return saved.error();

    auto workspaceBase = buildWorkspaceCustomerBase(connection.db(), s, data->mask());
    if (!workspaceBase)
        return workspaceBase.error();
    auto built = std::make_shared<CustomerBase>(std::move(workspaceBase).value());
    // Saved rules on predicted CLV or probability alive need the fitted models (cached per snapshot).
    for (const SavedSegment &segment : saved.value()) {
        const auto attached = clv::attachClvForRule(*built, s, data->mask(), segment.rule,
                                                    [&control] { return control.cancelled(); });
        if (!attached)
            return attached.error();
    }
    std::shared_ptr<const CustomerBase> base = built;
    data->base = base;
    if (control.cancelled())
        return cancelled();
    control.progress(80);

    data->rfm = summarizeRfmSegments(*base);
    data->lifecycle = summarizeLifecycle(*base);
    data->tiers = summarizeValueTiers(*base);
    for (size_t row = 0; row < base->size(); ++row) {
        const size_t cell = size_t((base->rfm.r[row] - 1) * 5 + (base->rfm.fm[row] - 1));
        ++data->cellCustomers[cell];
        data->cellNetSales[cell] += base->metrics.netSales[size_t(base->metrics.population[row])];
    }
    if (control.cancelled())
        return cancelled();
    control.progress(90);

    data->savedSegments = std::move(saved).value();
    for (const SavedSegment &segment : data->savedSegments) {
        auto flags = segment.rule.evaluate(*base, s, data->mask());
        if (!flags)
            return flags.error();
        data->saved.push_back(summarizeSegment(*base, flags.value(), segment.name));
        data->savedMembers.push_back(std::move(flags).value());
        if (control.cancelled())
            return cancelled();
    }
    for (const RuleField field : ruleFields()) {
        QStringList values = ruleFieldValues(field, s, base->grid);
        if (!values.isEmpty())
            data->fieldValues.insert(int(field), std::move(values));
    }
    control.progress(100);
    return SegmentsDataPtr(data);
}

} // namespace storelens::ui
