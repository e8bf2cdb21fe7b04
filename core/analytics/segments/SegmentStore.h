#pragma once

#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace storelens::core::analytics {

struct SavedSegment
{
    qint64 id = 0;
    QString name;
    SegmentRule rule;
};

// The user's saved segments: the workspace's `segments` table (name unique, rule as JSON).
class SegmentStore
{
public:
    static Result<std::vector<SavedSegment>> list(QSqlDatabase &db);         // by name
    static Result<SavedSegment> find(QSqlDatabase &db, const QString &name); // ErrorCode::NotFound
    // Inserts, or replaces the rule of the segment with the same name.
    static Result<qint64> save(QSqlDatabase &db, const QString &name, const SegmentRule &rule);
    static Result<void> rename(QSqlDatabase &db, const QString &oldName, const QString &newName);
    static Result<void> remove(QSqlDatabase &db, const QString &name);
};

// The segment filter of METRICS.md section 1: a customer allow-list (one flag per customer index, 1 = member)
// for `segmentName`, evaluated on the lines the other filters select (`otherFiltersMask`, nullptr = all).
// The name is looked up first among the saved segments, then among the RFM segment names of the workspace's
// grid, then among the lifecycle stages and value tiers (keys or display names). ErrorCode::NotFound
// otherwise.
Result<std::vector<uint8_t>> segmentAllowList(QSqlDatabase &db, const Snapshot &snapshot,
                                              const std::vector<uint8_t> *otherFiltersMask,
                                              const QString &segmentName);
// Population-row flags of `base` for `segmentName`, looked up in the same order as segmentAllowList().
// `snapshot` and `lineMask` must be the ones `base` was built from.
Result<std::vector<uint8_t>> segmentRowsByName(QSqlDatabase &db, const CustomerBase &base,
                                               const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                               const QString &segmentName);
// The same lookup in an already loaded list of saved segments (names compared case-insensitively, like the
// table's NOCASE collation), so a caller that keeps the workspace's settings needs no connection.
Result<std::vector<uint8_t>> segmentRowsByName(const std::vector<SavedSegment> &saved,
                                               const CustomerBase &base, const Snapshot &snapshot,
                                               const std::vector<uint8_t> *lineMask,
                                               const QString &segmentName);
// Customer-index flags (1 = member) of the population rows `rows` of `base`.
std::vector<uint8_t> allowListFromRows(const CustomerBase &base, const std::vector<uint8_t> &rows);
// The same without a database, for a rule at hand.
Result<std::vector<uint8_t>> segmentAllowList(const CustomerBase &base, const Snapshot &snapshot,
                                              const std::vector<uint8_t> *otherFiltersMask,
                                              const SegmentRule &rule);

} // namespace storelens::core::analytics
