#pragma once

#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <QString>

#include <memory>
#include <vector>

namespace storelens::core::session {

// A query resolved once against one snapshot revision: the period the query means (the default period when
// it names none, an open end closed at the as-of date) and the filters as line masks, the segment filter
// included. Immutable and shared by every analysis and result of that query.
struct ResolvedQuery
{
    analytics::Query query; // as asked, an open end closed at the as-of date (analytics::completeQuery())
    analytics::SnapshotPtr snapshot;
    analytics::Period period;
    std::shared_ptr<const analytics::ResolvedFilter> filter; // never null

    const analytics::Snapshot &data() const { return *snapshot; }
    bool isEmpty() const { return !snapshot || snapshot->isEmpty(); }
    // The selected lines; nullptr when every line is selected.
    const std::vector<uint8_t> *mask() const { return filter->allLines ? nullptr : &filter->lineMask; }
    // The same mask as a shared pointer that keeps this query alive; null when every line is selected.
    std::shared_ptr<const std::vector<uint8_t>> sharedMask() const
    {
        return filter->allLines ? nullptr
                                : std::shared_ptr<const std::vector<uint8_t>>(filter, &filter->lineMask);
    }
};

using ResolvedQueryPtr = std::shared_ptr<const ResolvedQuery>;

// A text that is equal for two filters exactly when they select the same lines (the cache key of resolved
// filters and customer bases).
QString filterKey(const analytics::Filter &filter);

} // namespace storelens::core::session
