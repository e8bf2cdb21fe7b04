#include "ui/common/VisibleRefresh.h"

#include <QEvent>
#include <QWidget>

namespace storelens::ui {

VisibleRefresh::VisibleRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

bool VisibleRefresh::begin()
{
    if (!m_stale || !m_view->isVisible())
        return false;
    m_stale = false;
    return true;
}

void VisibleRefresh::invalidate()
{
    m_stale = true;
    m_refresh();
}

bool VisibleRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        m_refresh();
    return QObject::eventFilter(watched, event);
}

} // namespace storelens::ui
