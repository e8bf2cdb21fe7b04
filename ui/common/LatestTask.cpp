#include "ui/common/LatestTask.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace storelens::ui {

LatestTask::LatestTask(QObject *parent)
    : QObject(parent)
{
}

LatestTask::~LatestTask()
{
    for (auto *watcher : m_all) {
        watcher->disconnect(this);
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void LatestTask::cancel()
{
    if (!m_current)
        return;
    m_current->cancel();
    m_current = nullptr;
    Q_EMIT busyChanged(false);
}

void LatestTask::startErased(std::function<Payload(const TaskControl &)> work,
                             std::function<void(const Payload &)> deliver)
{
    const bool wasBusy = m_current != nullptr;
    if (m_current)
        m_current->cancel();

    auto *watcher = new QFutureWatcher<Payload>(this);
    m_current = watcher;
    m_all.push_back(watcher);
    connect(watcher, &QFutureWatcher<Payload>::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_current)
            Q_EMIT progressChanged(value);
    });
    connect(watcher, &QFutureWatcher<Payload>::finished, this, [this, watcher, deliver = std::move(deliver)] {
        m_all.erase(std::remove(m_all.begin(), m_all.end(), watcher), m_all.end());
        watcher->deleteLater();
        if (watcher != m_current)
            return;
        m_current = nullptr;
        const QFuture<Payload> future = watcher->future();
        if (!future.isCanceled() && future.resultCount() > 0)
            deliver(future.result());
        Q_EMIT busyChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)](QPromise<Payload> &promise) {
        promise.setProgressRange(0, 100);
        const TaskControl control{[&promise] { return promise.isCanceled(); },
                                  [&promise](int percent) { promise.setProgressValue(percent); }};
        Payload payload = work(control);
        if (!promise.isCanceled())
            promise.addResult(std::move(payload));
    }));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

} // namespace storelens::ui
