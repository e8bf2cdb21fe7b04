#include "core/analytics/snapshot/SnapshotCache.h"

#include "core/analytics/snapshot/SnapshotFile.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QThreadPool>

#include <atomic>

namespace storelens::core::analytics {

namespace {

class SnapshotCacheText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::SnapshotCache)
};

} // namespace

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

SnapshotCache::~SnapshotCache()
{
    waitForPersisting();
}

Result<SnapshotPtr> SnapshotCache::get(const QString &workspacePath, const LoadProgress &progress)
{
    for (;;) {
        WorkspaceKey key; // read again on a retry: an import may have committed meanwhile
        {
            Connection connection(workspacePath, Connection::Access::ReadOnly);
            if (!connection.isOpen())
                return connection.error();
            key = readWorkspaceKey(connection.db());
        }
        const qint64 revision = key.revision;
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
            } else { // nothing loading, or another revision is (its callers keep waiting on it)
                load = std::make_shared<Load>();
                load->revision = revision;
                m_loading[workspacePath] = load;
                owner = true;
            }
        }
        if (owner)
            return loadAsOwner(workspacePath, load, key, progress);
        bool retry = false;
        Result<SnapshotPtr> shared = waitFor(load, progress, &retry);
        if (!retry)
            return shared;
    }
}

Result<SnapshotPtr> SnapshotCache::loadAsOwner(const QString &workspacePath,
                                               const std::shared_ptr<Load> &load, const WorkspaceKey &key,
                                               const LoadProgress &progress)
{
    const LoadProgress shared = [&load, &progress](qint64 done, qint64 total) {
        load->done = done;
        load->total = total;
        return !progress || progress(done, total);
    };
    Result<SnapshotPtr> loaded = snapshotLoadCancelled();
    try {
        loaded = loadFromFileOrSqlite(workspacePath, key, shared);
    } catch (...) { // out of memory: the callers waiting on this load must not wait for ever
        finish(workspacePath, load,
               Error(ErrorCode::Database, SnapshotCacheText::tr("The workspace could not be loaded."),
                     workspacePath));
        throw;
    }
    finish(workspacePath, load, loaded);
    return loaded;
}

Result<SnapshotPtr> SnapshotCache::loadFromFileOrSqlite(const QString &workspacePath, const WorkspaceKey &key,
                                                        const LoadProgress &progress)
{
    bool persistent = false;
    {
        QMutexLocker lock(&m_mutex);
        persistent = m_persistent;
    }
    if (persistent) {
        if (SnapshotPtr persisted = snapshotfile::read(workspacePath, key)) {
            const auto lines = qint64(persisted->lineCount());
            if (progress && !progress(lines, lines))
                return snapshotLoadCancelled();
            return persisted;
        }
    }
    WorkspaceKey loadedKey;
    Result<SnapshotPtr> loaded = loadSnapshot(workspacePath, progress, &loadedKey);
    if (loaded && persistent && snapshotfile::writingAllowed())
        persistInBackground(workspacePath, loaded.value(), loadedKey);
    return loaded;
}

// Writes the persisted snapshot on the thread pool. A workspace made before workspace keys existed has none
// to write it under until it is given one (completeWorkspaceKey(), when the window opens it): writing the key
// here, beside the writes of the session and of other programs, could make theirs fail as busy.
void SnapshotCache::persistInBackground(const QString &workspacePath, const SnapshotPtr &snapshot,
                                        const WorkspaceKey &key)
{
    if (!key.isComplete())
        return;
    {
        QMutexLocker lock(&m_mutex);
        ++m_persisting;
    }
    QThreadPool::globalInstance()->start([this, workspacePath, snapshot, key] {
        snapshotfile::write(workspacePath, *snapshot, key);
        QMutexLocker lock(&m_mutex);
        --m_persisting;
        m_persisted.wakeAll();
    });
}

void SnapshotCache::setPersistent(bool persistent)
{
    QMutexLocker lock(&m_mutex);
    m_persistent = persistent;
}

void SnapshotCache::waitForPersisting()
{
    QMutexLocker lock(&m_mutex);
    while (m_persisting > 0)
        m_persisted.wait(&m_mutex);
}

// Hands a finished load's outcome to its waiters and caches a successful one, unless a newer revision is
// already cached.
void SnapshotCache::finish(const QString &workspacePath, const std::shared_ptr<Load> &load,
                           const Result<SnapshotPtr> &loaded)
{
    QMutexLocker lock(&m_mutex);
    load->finished = true;
    load->result = loaded;
    auto running = m_loading.find(workspacePath);
    if (running != m_loading.end() && running->second == load)
        m_loading.erase(running);
    if (loaded) {
        SnapshotPtr &cached = m_snapshots[workspacePath];
        if (!cached || cached->revision <= loaded.value()->revision)
            cached = loaded.value();
    }
    m_loadFinished.wakeAll();
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

void SnapshotCache::forget(const QString &workspacePath)
{
    QMutexLocker lock(&m_mutex);
    m_snapshots.erase(workspacePath);
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
