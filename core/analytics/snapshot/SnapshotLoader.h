#pragma once

#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QString>

#include <functional>

namespace storelens::core::analytics {

// Progress callback: (done, total) in order lines; return false to cancel (the load then fails with
// ErrorCode::Cancelled).
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads a workspace into a Snapshot on the calling thread, with its own connection.
Result<SnapshotPtr> loadSnapshot(const QString &workspacePath, const LoadProgress &progress = {});
// The error a cancelled load returns.
Error snapshotLoadCancelled();

} // namespace storelens::core::analytics
