#pragma once

#include "core/analytics/Snapshot.h"
#include "core/model/Result.h"

#include <QMutex>
#include <QString>

#include <functional>
#include <map>

namespace storelens::core::analytics {

// Progress callback: (done, total) in order lines; return false to cancel (the load then fails with
// ErrorCode::Cancelled).
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads a workspace into a Snapshot on the calling thread, with its own connection.
Result<SnapshotPtr> loadSnapshot(const QString &workspacePath, const LoadProgress &progress = {});

// Returns the same SnapshotPtr while the workspace revision is unchanged. Thread-safe.
class SnapshotCache
{
public:
    Result<SnapshotPtr> get(const QString &workspacePath, const LoadProgress &progress = {});
    void clear();

    // The process-wide cache the service and the CLI share.
    static SnapshotCache &instance();

private:
    QMutex m_mutex;
    std::map<QString, SnapshotPtr> m_snapshots;
};

} // namespace storelens::core::analytics
