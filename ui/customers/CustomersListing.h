#pragma once

#include "core/model/Result.h"
#include "core/session/AnalysisResults.h"
#include "core/session/TaskControl.h"

#include <Qt>

#include <cstdint>
#include <vector>

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

using core::TaskControl;

// The data rows of `data` in the order of a list column (CustomerListModel::Column), stable so that equal
// keys keep the population order in both directions. Sorting 100,000 rows takes tens of milliseconds, so a
// refresh does it on the worker thread (computeCustomersListing) and the GUI thread only when the user
// re-sorts.
std::vector<int32_t> orderCustomerRows(const core::session::CustomersResult &data, int column,
                                       Qt::SortOrder sortOrder);

// A computed customer list, already in the order of the sort column it was computed for.
struct CustomersListing
{
    core::session::CustomersResultPtr data;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::vector<int32_t> rowOrder; // list row -> data row
};

// The session's customers for `query` (WorkspaceSession::customers), ordered on the calling thread (a worker)
// by the given list column.
core::Result<CustomersListing> computeCustomersListing(core::session::WorkspaceSession &session,
                                                       const core::analytics::Query &query, int sortColumn,
                                                       Qt::SortOrder sortOrder, const TaskControl &control);

} // namespace storelens::ui
