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
    m_steps.assign(std::make_move_iterator(steps.begin()), std::make_move_iterator(steps.end()));
    if (m_steps.empty()) {
        m_timer.stop();
        Q_EMIT finished();
        return;
    }
    runNext(); // the first step at once: the view starts changing in the same pass the result arrived
}

void StagedUpdate::cancel()
{
    m_steps.clear();
    m_timer.stop();
}

void StagedUpdate::runNext()
{
    if (m_steps.empty())
        return;
    const std::function<void()> step = std::move(m_steps.front());
    m_steps.pop_front();
    step();
    if (m_steps.empty())
        Q_EMIT finished();
    else
        m_timer.start();
}

} // namespace storelens::ui
