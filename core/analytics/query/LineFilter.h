#pragma once

#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {

// A Filter turned into masks over a snapshot (METRICS.md section 1: filters select order lines before
// anything is computed). Side tables follow the dimensions they have: traffic and staffing the stores,
// marketing spend the channels, inventory the stores and categories.
struct ResolvedFilter
{
    bool allLines = true;              // no line filter at all: lineMask is empty
    std::vector<uint8_t> lineMask;     // by line: 1 = selected (empty when allLines)
    std::vector<uint8_t> storeMask;    // by store index; empty = every store
    std::vector<uint8_t> channelMask;  // by channel index; empty = every channel
    std::vector<uint8_t> categoryMask; // by category index; empty = every category (lines without one too)

    bool includesLine(size_t line) const { return allLines || lineMask[line] != 0; }
    bool includesStore(int32_t s) const { return storeMask.empty() || (s >= 0 && storeMask[size_t(s)] != 0); }
    bool includesChannel(int32_t c) const
    {
        return channelMask.empty() || (c >= 0 && channelMask[size_t(c)] != 0);
    }
    bool includesCategory(int32_t c) const
    {
        return categoryMask.empty() || (c >= 0 && categoryMask[size_t(c)] != 0);
    }
};

// Resolves the store, channel, country and category lists of `filter` (names as shown to the user; a name the
// snapshot does not know selects nothing). `customerAllowList` (by customer index, 1 = allowed), when given,
// keeps only lines of allowed customers (guest lines are dropped): the segment filter supplies it.
// filter.segment itself is not resolved here; see resolveFullFilter().
ResolvedFilter resolveFilter(const Snapshot &snapshot, const Filter &filter,
                             const std::vector<uint8_t> *customerAllowList = nullptr);

// Resolves everything, the segment included: a non-empty filter.segment is looked up in the workspace
// (segmentAllowList() of SegmentStore.h, on a connection of the calling thread) and evaluated on the lines
// the other filters select. ErrorCode::NotFound for an unknown segment.
Result<ResolvedFilter> resolveFullFilter(const Snapshot &snapshot, const QString &workspacePath,
                                         const Filter &filter);

} // namespace storelens::core::analytics
