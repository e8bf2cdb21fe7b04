#include "core/analytics/SnapshotLoader.h"

#include "core/store/Workspace.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <atomic>

namespace storelens::core::analytics {

// One load in progress: its revision, how far it is (for the callers waiting on it) and, once finished, its
// outcome. Guarded by SnapshotCache::m_mutex except the two counters.
struct SnapshotCache::Load
{
    qint64 revision = -1;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    bool finished = false;
    Result<SnapshotPtr> result = snapshotLoadCancelled();
};

Result<SnapshotPtr> SnapshotCache::get(const QString &workspacePath, const LoadProgress &progress)
{
    qint64 revision = -1;
    {
        Connection connection(workspacePath);
        if (!connection.isOpen())
            return connection.error();
        revision = workspaceRevision(connection.db());
    }
    for (;;) {
        std::shared_ptr<Load> load;
        bool owner = false;
        {
            QMutexLocker lock(&m_mutex);
            auto cached = m_snapshots.find(workspacePath);
            if (cached != m_snapshots.end() && cached->second->revision == revision)
                return cached->second;
            auto running = m_loading.find(workspacePath);
            if (running != m_loading.end() && running->second->revision == revision) {
                load = running->second;
            } else { // nothing loading, or an older revision still is (it finishes uncached)
                load = std::make_shared<Load>();
                load->revision = revision;
                m_loading[workspacePath] = load;
                owner = true;
            }
        }
        if (owner)
            return loadAsOwner(workspacePath, load, progress);
        bool retry = false;
        Result<SnapshotPtr> shared = waitFor(load, progress, &retry);
        if (!retry)
            return shared;
    }
}

Result<SnapshotPtr> SnapshotCache::loadAsOwner(const QString &workspacePath,
                                               const std::shared_ptr<Load> &load,
                                               const LoadProgress &progress)
{
    const LoadProgress shared = [&load, &progress](qint64 done, qint64 total) {
        load->done = done;
        load->total = total;
        return !progress || progress(done, total);
    };
    Result<SnapshotPtr> loaded = loadSnapshot(workspacePath, shared);
    QMutexLocker lock(&m_mutex);
    load->finished = true;
    load->result = loaded;
    auto running = m_loading.find(workspacePath);
    if (running != m_loading.end() && running->second == load)
        m_loading.erase(running);
    if (loaded) {
        SnapshotPtr &cached = m_snapshots[workspacePath];
        if (!cached || cached->revision <= load->revision)
            cached = loaded.value();
    }
    m_loadFinished.wakeAll();
    return loaded;
}

// Waits for another caller's load, passing its progress on. When the owner was cancelled, *retry is set so
// that this caller loads (or waits) again; its own cancellation ends the wait at once.
Result<SnapshotPtr> SnapshotCache::waitFor(const std::shared_ptr<Load> &load, const LoadProgress &progress,
                                           bool *retry)
{
    QMutexLocker lock(&m_mutex);
    while (!load->finished) {
        m_loadFinished.wait(&m_mutex, QDeadlineTimer(50));
        if (load->finished || !progress)
            continue;
        lock.unlock();
        const bool goOn = progress(load->done, load->total);
        lock.relock();
        if (!goOn)
            return snapshotLoadCancelled();
    }
    *retry = !load->result && load->result.error().code() == ErrorCode::Cancelled;
    return load->result;
}

void SnapshotCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_snapshots.clear();
}

SnapshotCache &SnapshotCache::instance()
{
    static SnapshotCache cache;
    return cache;
}

} // namespace storelens::core::analytics
