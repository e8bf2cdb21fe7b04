#pragma once

#include "core/analytics/CustomerBase.h"
#include "core/model/Result.h"

#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {

// The customer base as the workspace defines it: its saved RFM grid and lifecycle settings (or the defaults)
// read on `db`, then CustomerBase::build() on the lines `lineMask` selects (nullptr: all lines).
Result<CustomerBase> buildWorkspaceCustomerBase(QSqlDatabase &db, const Snapshot &snapshot,
                                                const std::vector<uint8_t> *lineMask);

} // namespace storelens::core::analytics
