#pragma once

#include "core/model/Result.h"

#include <QFuture>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace storelens::core::session {

// The one path by which settings and saved segments are written: a serial queue on its own thread with one
// connection to the workspace. Writes are never cancelled or coalesced; they run one at a time in the order
// they were submitted, each inside one transaction (committed when it succeeds, rolled back when it fails),
// and each one's outcome reaches its caller through the returned future. Imports hold the same lock
// (runExclusive) so a write never runs beside an import.
class WriteQueue
{
public:
    using Action = std::function<Result<void>(QSqlDatabase &db)>;

    // `committed` runs on the queue's thread after each successful commit (the session drops its cached
    // settings there, before the caller hears of the write).
    explicit WriteQueue(QString workspacePath, std::function<void()> committed = {});
    ~WriteQueue(); // runs every write already submitted, then stops
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    QFuture<Result<void>> submit(Action action);
    // Runs `work` on the calling thread while no write runs and none starts.
    void runExclusive(const std::function<void()> &work);
    // Blocks until every write submitted so far has finished (tests, the CLI, closing a workspace).
    void waitForIdle();

private:
    struct Pending;
    void run();
    Result<void> execute(QSqlDatabase *db, const Error &openError, const Action &action);

    QString m_path;
    std::function<void()> m_committed;
    QMutex m_exclusive; // held while a write or an exclusive job runs
    std::mutex m_queueMutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::unique_ptr<Pending>> m_queue;
    bool m_running = false; // a write is being executed
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace storelens::core::session
