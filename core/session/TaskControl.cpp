#include "core/session/TaskControl.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {

class TaskControlText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::TaskControl)
};

} // namespace

TaskControl TaskControl::stage(int from, int to) const
{
    TaskControl sub;
    sub.isCancelled = isCancelled;
    if (setProgress) {
        sub.setProgress = [report = setProgress, from, to](int percent) {
            report(from + (to - from) * percent / 100);
        };
    }
    return sub;
}

std::function<bool(qint64, qint64)> TaskControl::loadProgress(int from, int to) const
{
    return [control = *this, from, to](qint64 done, qint64 total) {
        if (total > 0)
            control.progress(from + int(done * (to - from) / total));
        return !control.cancelled();
    };
}

std::function<bool()> TaskControl::cancelCheck() const
{
    return [check = isCancelled] { return check && check(); };
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, TaskControlText::tr("The computation was cancelled."));
}

} // namespace storelens::core
