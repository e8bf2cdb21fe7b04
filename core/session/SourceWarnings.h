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

} // namespace storelens::core::session
