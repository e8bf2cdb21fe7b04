#pragma once

#include "core/analytics/segments/RuleSegment.h"
#include "core/analytics/segments/RuleSegmentInternal.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <QStringList>

#include <vector>

namespace storelens::core::analytics {

// What a rule editor offers (METRICS.md section 7): every field in display order, the operators each field
// takes (decided by rules::fieldKind(), the same check SegmentRule::validate() makes) and the values a
// categorical field is known to take in a snapshot, for pickers.
std::vector<RuleField> ruleFields();
std::vector<RuleOperator> ruleOperators(RuleField field);

// Known values of a field, in the "C" form rule values take: the distinct customer attributes of the snapshot
// (countries as keys, "DE", sorted by their names in the user's language; regions, cities, genders, age
// bands, loyalty tiers, acquisition channels), "true" / "false" /
// "unknown" for consent, the grid's RFM segment names, lifecycle and value-tier keys, and the category, SKU,
// store and channel names for the bought_* fields (stores and channels by their stored names, sorted by the
// names the editor shows). Text values are sorted case-insensitively; choices keep their natural order. Empty
// for numbers and dates.
QStringList ruleFieldValues(RuleField field, const Snapshot &snapshot, const SegmentGrid &grid);

} // namespace storelens::core::analytics
