#pragma once

#include "core/analytics/Snapshot.h"
#include "core/model/Result.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <map>
#include <memory>

namespace storelens::core::analytics {

// Progress callback: (done, total) in order lines; return false to cancel (the load then fails with
// ErrorCode::Cancelled).
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads a workspace into a Snapshot on the calling thread, with its own connection.
Result<SnapshotPtr> loadSnapshot(const QString &workspacePath, const LoadProgress &progress = {});
// The error a cancelled load returns.
Error snapshotLoadCancelled();

// Returns the same SnapshotPtr while the workspace revision is unchanged. Thread-safe: callers that ask for a
// revision another thread is already loading wait for that load (seeing its progress) instead of loading it
// again, so the views that start together at start-up share one load.
class SnapshotCache
{
public:
    Result<SnapshotPtr> get(const QString &workspacePath, const LoadProgress &progress = {});
    void clear();

    // The process-wide cache the service and the CLI share.
    static SnapshotCache &instance();

private:
    struct Load;
    Result<SnapshotPtr> waitFor(const std::shared_ptr<Load> &load, const LoadProgress &progress, bool *retry);
    Result<SnapshotPtr> loadAsOwner(const QString &workspacePath, const std::shared_ptr<Load> &load,
                                    const LoadProgress &progress);

    QMutex m_mutex;
    QWaitCondition m_loadFinished;
    std::map<QString, SnapshotPtr> m_snapshots;
    std::map<QString, std::shared_ptr<Load>> m_loading; // at most one load per workspace at a time
};

} // namespace storelens::core::analytics
