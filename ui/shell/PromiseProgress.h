#pragma once

#include <QPromise>

#include <functional>

namespace storelens::ui {

// The (done, total) callback that the core's long operations take (import, the sample store, the snapshot
// load), reporting to a QPromise as 0-1000 and stopping when the user cancelled it.
inline std::function<bool(qint64, qint64)> promiseProgress(QPromise<void> &promise)
{
    constexpr int maximum = 1000;
    promise.setProgressRange(0, maximum);
    return [&promise](qint64 done, qint64 total) {
        if (promise.isCanceled())
            return false;
        if (total > 0)
            promise.setProgressValue(int(done * maximum / total));
        return true;
    };
}

} // namespace storelens::ui
