#pragma once

#include "core/session/TaskControl.h"
#include "core/analytics/cohorts/Cohorts.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace storelens::ui {

using core::TaskControl;

// What the Cohorts view shows for one workspace and query, computed off the GUI thread and immutable once
// delivered: the cohort matrix of METRICS.md section 4 with the snapshot and line mask it was computed from
// (the drill-down lists a cell's customers from them).
struct CohortsData
{
    core::analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    core::analytics::CohortMatrix matrix;
    core::analytics::Period range; // the date range that selected the cohorts

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    bool hasCohorts() const { return !matrix.cohorts().empty(); }
    // The stored ids of a cell's customers (CohortMatrix::customersInCell), ascending by customer index.
    QStringList customerIds(int cohort, int age) const;
};

using CohortsDataPtr = std::shared_ptr<const CohortsData>;

// Loads the snapshot (cached per revision), resolves the filters (the segment filter included) and computes
// the matrix for query.cohortGrain over the cohorts whose period overlaps the query's date range.
core::Result<CohortsDataPtr> computeCohortsData(const QString &workspacePath,
                                                const core::analytics::Query &query,
                                                const TaskControl &control);

} // namespace storelens::ui
