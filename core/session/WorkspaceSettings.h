#pragma once

#include "core/analytics/kpi/KpiTargets.h"
#include "core/analytics/segments/Lifecycle.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/import/SourceNotes.h"

#include <QString>

#include <memory>
#include <vector>

namespace storelens::core::session {

// The settings a workspace stores beside its data, read once and shared read-only until a write of the
// session's write queue changes them.
struct WorkspaceSettings
{
    quint64 version = 0; // grows with every write the session makes
    analytics::SegmentGrid grid;
    analytics::LifecycleSettings lifecycle;
    analytics::KpiTargets targets;
    QString targetsProblem;                        // non-empty when the stored targets could not be read
    std::vector<analytics::SavedSegment> segments; // by name
    QString currency; // ISO 4217 code ("EUR"); empty: not known (core/store/Currency.h)
    // What each source's export cannot give (an import changes them: the session reloads its settings then).
    std::vector<SourceNotes> sourceNotes;
};

using WorkspaceSettingsPtr = std::shared_ptr<const WorkspaceSettings>;

} // namespace storelens::core::session
