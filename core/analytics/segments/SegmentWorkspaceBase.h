#pragma once

#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/query/Query.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace storelens::core::analytics {

// The customer base as the workspace defines it: its saved RFM grid and lifecycle settings (or the defaults)
// read on `db`, then CustomerBase::build() on the lines `lineMask` selects (nullptr: all lines).
Result<CustomerBase> buildWorkspaceCustomerBase(QSqlDatabase &db, const Snapshot &snapshot,
                                                const std::vector<uint8_t> *lineMask);
// The same on a connection of the calling thread to the workspace at `workspacePath`.
Result<CustomerBase> buildWorkspaceCustomerBase(const QString &workspacePath, const Snapshot &snapshot,
                                                const std::vector<uint8_t> *lineMask);

// The lines `filter` selects (resolveFullFilter(): the segment filter included) as a mask that immutable
// results can share; null when it selects every line.
Result<std::shared_ptr<const std::vector<uint8_t>>>
resolveSharedLineMask(const Snapshot &snapshot, const QString &workspacePath, const Filter &filter);

} // namespace storelens::core::analytics
