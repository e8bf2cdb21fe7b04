#pragma once

#include "core/analytics/snapshot/SnapshotLoader.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <map>
#include <memory>

namespace storelens::core::analytics {

// Returns the same SnapshotPtr while the workspace revision is unchanged. Thread-safe: callers that ask for a
// revision another thread is already loading wait for that load (seeing its progress) instead of loading it
// again, so the views that start together at start-up share one load.
class SnapshotCache
{
public:
    Result<SnapshotPtr> get(const QString &workspacePath, const LoadProgress &progress = {});
    // Drops what is cached for a workspace whose files are deleted and created anew: a new workspace's
    // revisions start again at 0 and would match the old one's.
    void forget(const QString &workspacePath);
    void clear();

    // The process-wide cache the service and the CLI share.
    static SnapshotCache &instance();

private:
    struct Load;
    Result<SnapshotPtr> waitFor(const std::shared_ptr<Load> &load, const LoadProgress &progress, bool *retry);
    Result<SnapshotPtr> loadAsOwner(const QString &workspacePath, const std::shared_ptr<Load> &load,
                                    const LoadProgress &progress);
    void finish(const QString &workspacePath, const std::shared_ptr<Load> &load,
                const Result<SnapshotPtr> &loaded);

    QMutex m_mutex;
    QWaitCondition m_loadFinished;
    std::map<QString, SnapshotPtr> m_snapshots;
    std::map<QString, std::shared_ptr<Load>> m_loading; // at most one load per workspace at a time
};

} // namespace storelens::core::analytics
