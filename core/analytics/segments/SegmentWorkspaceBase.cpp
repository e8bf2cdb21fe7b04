#include "core/analytics/segments/SegmentWorkspaceBase.h"

#include "core/analytics/query/LineFilter.h"
#include "core/store/Workspace.h"

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

Result<CustomerBase> buildWorkspaceCustomerBase(const QString &workspacePath, const Snapshot &snapshot,
                                                const std::vector<uint8_t> *lineMask)
{
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return connection.error();
    return buildWorkspaceCustomerBase(connection.db(), snapshot, lineMask);
}

Result<std::shared_ptr<const std::vector<uint8_t>>>
resolveSharedLineMask(const Snapshot &snapshot, const QString &workspacePath, const Filter &filter)
{
    Result<ResolvedFilter> resolved = resolveFullFilter(snapshot, workspacePath, filter);
    if (!resolved)
        return resolved.error();
    if (resolved->allLines)
        return std::shared_ptr<const std::vector<uint8_t>>();
    return std::make_shared<const std::vector<uint8_t>>(std::move(resolved->lineMask));
}

} // namespace storelens::core::analytics
