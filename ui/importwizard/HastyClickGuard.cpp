#include "ui/importwizard/HastyClickGuard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>

namespace storelens::ui {

HastyClickGuard::HastyClickGuard(QAbstractButton *button)
    : QObject(button)
    , m_button(button)
{
    button->installEventFilter(this);
    button->window()->installEventFilter(this);
}

void HastyClickGuard::arm()
{
    m_armed.start();
}

bool HastyClickGuard::isArmed() const
{
    return m_armed.isValid() && m_armed.elapsed() < QApplication::doubleClickInterval();
}

bool HastyClickGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease:
        if (watched == m_button && isArmed())
            return true;
        break;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && watched == m_button->window() &&
            (isArmed() || static_cast<QKeyEvent *>(event)->isAutoRepeat()))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace storelens::ui
