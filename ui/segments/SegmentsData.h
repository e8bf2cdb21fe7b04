#pragma once

#include "core/session/TaskControl.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace storelens::ui {

using core::TaskControl;

// Which group of customers a selection names.
enum class SegmentKind { Rfm, Lifecycle, ValueTier, Saved, RfmCell };

struct SegmentKey
{
    SegmentKind kind = SegmentKind::Rfm;
    int index = -1; // RFM segment / lifecycle stage / value tier / saved segment / (R − 1) × 5 + (FM − 1)
    QString name;   // a saved segment's name (its index moves when segments are added)
    bool isValid() const { return index >= 0; }
    bool operator==(const SegmentKey &o) const
    {
        return kind == o.kind && index == o.index && name == o.name;
    }
    bool operator!=(const SegmentKey &o) const { return !(*this == o); }
};

// Everything the Segments view shows for one workspace and query, computed together off the GUI thread and
// immutable once delivered: the customer base (METRICS.md sections 5-7) with the snapshot and line mask it
// was built from (rule counts and member lists reuse them), the summary tables, the R × FM grid and the saved
// segments with their members.
struct SegmentsData
{
    core::analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    std::shared_ptr<const core::analytics::CustomerBase> base;

    std::vector<core::analytics::SegmentSummary> rfm;
    std::vector<core::analytics::SegmentSummary> lifecycle;
    std::vector<core::analytics::SegmentSummary> tiers;
    std::vector<core::analytics::SavedSegment> savedSegments;
    std::vector<core::analytics::SegmentSummary> saved;
    std::vector<std::vector<uint8_t>> savedMembers;

    std::array<qint64, 25> cellCustomers{}; // by (R − 1) × 5 + (FM − 1)
    std::array<qint64, 25> cellNetSales{};  // ten-thousandths

    // Known values of the categorical rule fields (SegmentRuleCatalog), by int(RuleField).
    QHash<int, QStringList> fieldValues;

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    qint64 population() const { return base ? qint64(base->size()) : 0; }
    const std::vector<uint8_t> *mask() const { return lineMask.get(); }

    // Population-row flags of a segment; empty when the key names nothing.
    std::vector<uint8_t> members(const SegmentKey &key) const;
    core::analytics::SegmentSummary summary(const SegmentKey &key) const;
    QString title(const SegmentKey &key) const;           // the name shown to the user
    QStringList customerIds(const SegmentKey &key) const; // the members' ids as stored
    // Every named segment (RFM, lifecycle, tiers, saved) in table order, for pickers.
    std::vector<SegmentKey> allKeys() const;
};

using SegmentsDataPtr = std::shared_ptr<const SegmentsData>;

// Loads the snapshot (cached per revision), resolves the filters (the segment filter included), reads the
// workspace's RFM grid, lifecycle settings and saved segments on a connection of the calling thread and
// computes everything above. Checks control.cancelled() between steps.
core::Result<SegmentsDataPtr> computeSegmentsData(const QString &workspacePath,
                                                  const core::analytics::Query &query,
                                                  const TaskControl &control);

} // namespace storelens::ui
