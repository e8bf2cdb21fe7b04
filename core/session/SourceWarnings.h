#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/import/SourceNotes.h"

#include <vector>

namespace storelens::core::session {

// Says what the sources' exports cannot give (SourceNotes.h) where their numbers are shown: one source
// warning per note of a source that holds orders in `snapshot` (the Overview's notes, the report's, the
// CLI's JSON), and on the KPIs each note touches. When no source with orders can show returns and the
// period holds none, the return KPIs have no data instead of a 0 that only means "unknown".
void addSourceWarnings(analytics::KpiReport &kpis, const analytics::Snapshot &snapshot,
                       const std::vector<SourceNotes> &notes);

// A source whose data ends a week or more before the as-of date while the period runs past its end, and the
// period or its comparison holds its data (the till's export imported to October, the web shop's to
// December: November would read as a collapse): one source warning naming the source and its last day.
void addSourceEndWarnings(analytics::KpiReport &kpis, const analytics::Snapshot &snapshot);

} // namespace storelens::core::session
