#pragma once

#include "core/session/WorkspaceSession.h"

#include <QString>

namespace storelens::test {

// The Overview's figures for `query` from a session of the test's own on the workspace at `path`: what a view
// or the report must show, computed independently of it.
inline core::Result<core::session::OverviewResult> sessionOverview(const QString &path,
                                                                   const core::analytics::Query &query)
{
    core::session::WorkspaceSession session(path);
    auto result = session.overview(query);
    if (!result)
        return result.error();
    return *result.value();
}

} // namespace storelens::test
