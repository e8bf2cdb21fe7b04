#pragma once

#include "core/session/TaskControl.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/model/Result.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace storelens::ui {

using core::TaskControl;

// Predicted CLV of the customers in bins of equal width: [edges[i], edges[i + 1]), the last bin open-ended
// ("edges.back() or more"). Negative predictions count in the first bin.
struct ClvHistogram
{
    std::vector<double> edges; // lower edges, ascending, edges[0] = 0
    std::vector<int> counts;   // same size as edges
};

// What the Predictions view shows, computed off the GUI thread (immutable once delivered).
struct PredictionsData
{
    core::analytics::SnapshotPtr snapshot;
    core::analytics::clv::WorkspaceClv clv; // status and message when there is no prediction
    ClvHistogram histogram;
    double totalClv = 0;
    double expectedPurchases52Weeks = 0;
    int likelyActive = 0; // P(alive) > 0.5
    QDate firstDate;      // first day with data (limits the holdout split)
};
using PredictionsDataPtr = std::shared_ptr<const PredictionsData>;

// Equal-width bins up to the 99th percentile (a nice step, about ten bins) plus an open last bin.
ClvHistogram clvHistogram(const std::vector<core::analytics::clv::CustomerClv> &customers);

// Loads the snapshot (cached), applies the query's filters (the date range does not apply: the models read
// the whole history up to the as-of date, or up to calibrationEnd when it is valid) and runs the CLV models.
core::Result<PredictionsDataPtr> computePredictionsData(const QString &workspacePath,
                                                        const core::analytics::Query &query,
                                                        const QDate &calibrationEnd,
                                                        const TaskControl &control);

} // namespace storelens::ui
