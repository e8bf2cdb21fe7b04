#pragma once

#include "core/model/Result.h"

#include <QPromise>

#include <functional>

namespace storelens::core {

// What a long computation may ask, the one progress and cancellation shape of every background task (the
// session's analyses, the GUI's latest-wins reads, the CLI): whether it should stop, and how far it is
// (0-100). Both callbacks may be empty.
struct TaskControl
{
    std::function<bool()> isCancelled;
    std::function<void(int percent)> setProgress;

    bool cancelled() const { return isCancelled && isCancelled(); }
    void progress(int percent) const
    {
        if (setProgress)
            setProgress(percent);
    }
    // One stage of this task: the stage's 0-100 maps to from-to of this task.
    TaskControl stage(int from, int to) const;
    // The (done, total) callback the loaders take (the snapshot load, imports), mapped to from-to; returns
    // false once cancelled.
    std::function<bool(qint64, qint64)> loadProgress(int from, int to) const;
    // The bool() check the analytics loops take.
    std::function<bool()> cancelCheck() const;

    // Reports to a QPromise (range 0-100) and stops when the promise is cancelled.
    template<typename T> static TaskControl forPromise(QPromise<T> &promise)
    {
        promise.setProgressRange(0, 100);
        return TaskControl{[&promise] { return promise.isCanceled(); },
                           [&promise](int percent) { promise.setProgressValue(percent); }};
    }
};

// The error a cancelled computation returns ("The computation was cancelled.").
Error cancelledError();

} // namespace storelens::core
