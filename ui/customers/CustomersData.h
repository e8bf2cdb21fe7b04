#pragma once

#include "core/session/TaskControl.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace storelens::ui {

using core::TaskControl;

// What the Customers view lists for one workspace and query, computed off the GUI thread and immutable once
// delivered: one row per customer of the population of METRICS.md sections 5-6 (every identified customer
// with a sale line within the filters) with their figures, RFM scores, segment and lifecycle, and the
// snapshot and line mask the profile pane reads.
struct CustomersData
{
    core::analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    std::shared_ptr<const core::analytics::CustomerBase> base;
    std::vector<core::analytics::MemberRow> rows; // population order
    QHash<QString, int> rowOfId;                  // stored customer id → index into rows
    // Search and sort keys by row, so filtering and sorting 100,000 rows on the GUI thread compare plain
    // strings and integers: the case-folded id, name, email, country and segment joined by newlines, and the
    // alphabetical (case-insensitive) rank of the id, name, country and segment name.
    std::vector<QString> searchKeys;
    std::vector<int32_t> idRanks;
    std::vector<int32_t> nameRanks;
    std::vector<int32_t> countryRanks;
    std::vector<int32_t> segmentRanks;

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    const std::vector<uint8_t> *mask() const { return lineMask.get(); }
    QDate asOfDate() const { return snapshot ? snapshot->asOfDate() : QDate(); }
};

using CustomersDataPtr = std::shared_ptr<const CustomersData>;

// Loads the snapshot (cached per revision), resolves the filters (the segment filter included), reads the
// workspace's RFM grid and lifecycle settings on a connection of the calling thread and builds the rows.
core::Result<CustomersDataPtr> computeCustomersData(const QString &workspacePath,
                                                    const core::analytics::Query &query,
                                                    const TaskControl &control);

} // namespace storelens::ui
