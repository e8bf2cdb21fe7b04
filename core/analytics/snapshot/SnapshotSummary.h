#pragma once

#include "core/analytics/snapshot/Snapshot.h"
#include "core/store/WorkspaceSummary.h"

namespace storelens::core::analytics {

// The workspace summary computed from a loaded snapshot: the same numbers as WorkspaceSummary::read (which
// scans the tables with SQL) in milliseconds instead of a second at a million lines, so the main window opens
// a workspace with the one snapshot load its views need anyway. Path and schema version are left to the
// caller.
WorkspaceSummary summarizeSnapshot(const Snapshot &snapshot);

} // namespace storelens::core::analytics
