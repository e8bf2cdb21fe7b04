#pragma once

#include "core/analytics/query/Query.h"
#include "core/model/Result.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"

#include <functional>
#include <memory>

namespace storelens::ui {

// Starts `compute(session, query, control)` on `task` for the context's current session and query (the one
// way a view asks the WorkspaceSession for its figures). The result reaches `done` only while the context's
// generation is still the one it was computed for; otherwise `stale` runs (the view marks itself out of date
// and recomputes), so a stale result is never shown as current. `failed` receives errors other than
// cancellation. The task keeps the session alive until it ends.
template<typename T, typename Compute>
void startForContext(LatestTask *task, const AnalysisContext *context, Compute compute,
                     std::function<void(const T &)> done, std::function<void()> stale,
                     std::function<void(const core::Error &)> failed)
{
    const std::shared_ptr<core::session::WorkspaceSession> session = context->session();
    const core::analytics::Query query = context->query();
    const quint64 generation = context->generation();
    task->start<T>(
        [session, query, compute](const TaskControl &control) { return compute(*session, query, control); },
        [context, generation, done = std::move(done), stale = std::move(stale)](const T &value) {
            if (generation == context->generation())
                done(value);
            else
                stale();
        },
        std::move(failed));
}

} // namespace storelens::ui
