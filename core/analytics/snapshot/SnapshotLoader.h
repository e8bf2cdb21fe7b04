#pragma once

#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"
#include "core/store/WorkspaceKey.h"

#include <QString>

#include <functional>

namespace storelens::core::analytics {

// Progress callback: (done, total) in order lines; return false to cancel (the load then fails with
// ErrorCode::Cancelled).
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads a workspace into a Snapshot on the calling thread, with its own connection. `key`, when given, is set
// to the workspace's key read in the same transaction as the data.
Result<SnapshotPtr> loadSnapshot(const QString &workspacePath, const LoadProgress &progress = {},
                                 WorkspaceKey *key = nullptr);
// Shares a snapshot read-only; when the last reference goes away on the GUI thread, it is freed on the
// thread pool instead, so that the window never stalls for it.
SnapshotPtr shareSnapshot(Snapshot &&snapshot);
// The error a cancelled load returns.
Error snapshotLoadCancelled();

} // namespace storelens::core::analytics
