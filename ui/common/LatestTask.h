#pragma once

#include "core/model/Result.h"
#include "core/session/TaskControl.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

template<typename T> class QFutureWatcher;

namespace storelens::ui {

// The progress and cancellation shape of every background computation lives in core.
using core::TaskControl;

// Runs one computation at a time on the global thread pool (QtConcurrent::run with a QPromise). Starting a
// new one cancels the previous, whose result is never delivered: only the latest request reaches the view.
// The callbacks run on the thread that owns the LatestTask (the GUI thread). The destructor cancels and
// waits, so work may capture nothing that dies before the task object.
class LatestTask : public QObject
{
    Q_OBJECT

public:
    explicit LatestTask(QObject *parent = nullptr);
    ~LatestTask() override;

    template<typename T>
    void start(std::function<core::Result<T>(const TaskControl &)> work, std::function<void(const T &)> done,
               std::function<void(const core::Error &)> failed = {})
    {
        startErased(
            [work = std::move(work)](const TaskControl &control) -> Payload {
                return std::make_shared<core::Result<T>>(work(control));
            },
            [done = std::move(done), failed = std::move(failed)](const Payload &payload) {
                const auto &result = *std::static_pointer_cast<core::Result<T>>(payload);
                if (result)
                    done(result.value());
                else if (failed && result.error().code() != core::ErrorCode::Cancelled)
                    failed(result.error());
            });
    }

    void cancel(); // the running computation stops and delivers nothing
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int percent);

private:
    using Payload = std::shared_ptr<void>;
    void startErased(std::function<Payload(const TaskControl &)> work,
                     std::function<void(const Payload &)> deliver);

    QFutureWatcher<Payload> *m_current = nullptr;
    std::vector<QFutureWatcher<Payload> *> m_all; // running or cancelled, not yet finished
};

} // namespace storelens::ui
