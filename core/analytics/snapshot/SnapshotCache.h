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
//
// A revision not in memory is read from the persisted snapshot beside the workspace when that is exactly the
// workspace's current key (SnapshotFile.h), else loaded from SQLite and then persisted on the thread pool, so
// that the next start reads columns instead of parsing rows. A folder that cannot be written only means no
// persisted snapshot.
class SnapshotCache
{
public:
    SnapshotCache() = default;
    ~SnapshotCache(); // waits for the snapshots being persisted
    SnapshotCache(const SnapshotCache &) = delete;
    SnapshotCache &operator=(const SnapshotCache &) = delete;

    Result<SnapshotPtr> get(const QString &workspacePath, const LoadProgress &progress = {});
    // Whether get() reads and writes persisted snapshots (on by default; the benchmark compares both).
    void setPersistent(bool persistent);
    // Waits until the snapshots being persisted in the background are written.
    void waitForPersisting();
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
                                    const WorkspaceKey &key, const LoadProgress &progress);
    Result<SnapshotPtr> loadFromFileOrSqlite(const QString &workspacePath, const WorkspaceKey &key,
                                             const LoadProgress &progress);
    void persistInBackground(const QString &workspacePath, const SnapshotPtr &snapshot,
                             const WorkspaceKey &key);
    void finish(const QString &workspacePath, const std::shared_ptr<Load> &load,
                const Result<SnapshotPtr> &loaded);

    QMutex m_mutex;
    QWaitCondition m_loadFinished;
    std::map<QString, SnapshotPtr> m_snapshots;
    std::map<QString, std::shared_ptr<Load>> m_loading; // at most one load per workspace at a time
    bool m_persistent = true;
    int m_persisting = 0; // snapshots being written in the background
    QWaitCondition m_persisted;
};

} // namespace storelens::core::analytics
