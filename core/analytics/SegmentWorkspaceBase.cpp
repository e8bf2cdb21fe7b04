#include "core/analytics/SegmentWorkspaceBase.h"

namespace storelens::core::analytics {

Result<CustomerBase> buildWorkspaceCustomerBase(QSqlDatabase &db, const Snapshot &snapshot,
                                                const std::vector<uint8_t> *lineMask)
{
    const Result<SegmentGrid> grid = SegmentGrid::load(db);
    if (!grid)
        return grid.error();
    const Result<LifecycleSettings> settings = LifecycleSettings::load(db);
    if (!settings)
        return settings.error();
    return CustomerBase::build(snapshot, lineMask, grid.value(), settings.value());
}

} // namespace storelens::core::analytics
