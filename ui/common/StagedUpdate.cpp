#include "ui/common/StagedUpdate.h"

namespace storelens::ui {

StagedUpdate::StagedUpdate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &StagedUpdate::runNext);
}

void StagedUpdate::run(std::vector<std::function<void()>> steps)
{
    start(std::move(steps), true); // the view starts changing in the same pass the result arrived
}

void StagedUpdate::runFromNextPass(std::vector<std::function<void()>> steps)
{
    start(std::move(steps), false);
}

void StagedUpdate::start(std::vector<std::function<void()>> steps, bool firstStepNow)
{
    ++m_runs;
    m_steps.assign(std::make_move_iterator(steps.begin()), std::make_move_iterator(steps.end()));
    if (m_steps.empty()) {
        m_timer.stop();
        Q_EMIT finished();
    } else if (firstStepNow) {
        runNext();
    } else {
        m_timer.start();
    }
}

void StagedUpdate::cancel()
{
    ++m_runs;
    m_steps.clear();
    m_timer.stop();
}

void StagedUpdate::runNext()
{
    if (m_steps.empty())
        return;
    const std::function<void()> step = std::move(m_steps.front());
    m_steps.pop_front();
    const quint64 run = m_runs;
    step();
    if (run != m_runs)
        return; // the step cancelled this run or started another
    if (m_steps.empty())
        Q_EMIT finished();
    else
        m_timer.start();
}

} // namespace storelens::ui
