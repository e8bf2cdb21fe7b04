#include "core/session/WriteQueue.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPromise>
#include <QSqlError>

#include <optional>

namespace storelens::core::session {

namespace {

class WriteQueueText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::session::WriteQueue)
};

} // namespace

struct WriteQueue::Pending
{
    Action action;
    QPromise<Result<void>> promise;
};

WriteQueue::WriteQueue(QString workspacePath, std::function<void()> committed)
    : m_path(std::move(workspacePath))
    , m_committed(std::move(committed))
    , m_thread([this] { run(); })
{
}

WriteQueue::~WriteQueue()
{
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QFuture<Result<void>> WriteQueue::submit(Action action)
{
    auto pending = std::make_unique<Pending>();
    pending->action = std::move(action);
    pending->promise.start();
    QFuture<Result<void>> future = pending->promise.future();
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        m_queue.push_back(std::move(pending));
    }
    m_wake.notify_one();
    return future;
}

void WriteQueue::runExclusive(const std::function<void()> &work)
{
    QMutexLocker lock(&m_exclusive);
    work();
}

void WriteQueue::waitForIdle()
{
    std::unique_lock<std::mutex> lock(m_queueMutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_running; });
}

void WriteQueue::run()
{
    // The connection belongs to this thread; it is opened on the first write and kept.
    std::optional<Connection> connection;
    for (;;) {
        std::unique_ptr<Pending> next;
        {
            std::unique_lock<std::mutex> lock(m_queueMutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) // stopping with nothing left to write
                break;
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
        }
        if (!connection || !connection->isOpen())
            connection.emplace(m_path);
        const Result<void> outcome =
            execute(connection->isOpen() ? &connection->db() : nullptr, connection->error(), next->action);
        if (outcome && m_committed)
            m_committed();
        next->promise.addResult(outcome);
        next->promise.finish();
        {
            std::lock_guard<std::mutex> lock(m_queueMutex);
            m_running = false;
        }
        m_idle.notify_all();
    }
}

Result<void> WriteQueue::execute(QSqlDatabase *db, const Error &openError, const Action &action)
{
    if (!db)
        return openError;
    QMutexLocker lock(&m_exclusive);
    const auto databaseError = [db] {
        return Error(ErrorCode::Database,
                     WriteQueueText::tr("The change could not be saved: %1").arg(db->lastError().text()),
                     db->databaseName());
    };
    if (!db->transaction())
        return databaseError();
    const Result<void> outcome = action(*db);
    if (!outcome) {
        db->rollback();
        return outcome;
    }
    if (!db->commit()) {
        const Error error = databaseError();
        db->rollback();
        return error;
    }
    return outcome;
}

} // namespace storelens::core::session
