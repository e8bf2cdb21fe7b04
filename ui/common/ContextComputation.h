#pragma once

#include "core/analytics/query/Query.h"
#include "core/model/Result.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"

#include <QString>

#include <functional>

namespace storelens::ui {

// Starts `compute(workspacePath, query, control)` on `task` for the context's current workspace and query.
// The result reaches `done` only while the context's generation is still the one it was computed for;
// otherwise `stale` runs (the view marks itself out of date and recomputes), so a stale result is never shown
// as current. `failed` receives errors other than cancellation. Shared by the Cohorts and Customers views.
template<typename T, typename Compute>
void startForContext(LatestTask *task, const AnalysisContext *context, Compute compute,
                     std::function<void(const T &)> done, std::function<void()> stale,
                     std::function<void(const core::Error &)> failed)
{
    const QString path = context->workspacePath();
    const core::analytics::Query query = context->query();
    const quint64 generation = context->generation();
    task->start<T>(
        [path, query, compute](const TaskControl &control) { return compute(path, query, control); },
        [context, generation, done = std::move(done), stale = std::move(stale)](const T &value) {
            if (generation == context->generation())
                done(value);
            else
                stale();
        },
        std::move(failed));
}

} // namespace storelens::ui
