#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace storelens::ui {

// Recomputes a view only while it is on screen (the one way the Cohorts, Customers and Predictions views
// wait for their figures): what the view shows is marked out of date when its inputs change, and `refresh`
// runs when it is out of date and visible — at once, or when the view is next shown.
class VisibleRefresh : public QObject
{
    Q_OBJECT

public:
    VisibleRefresh(QWidget *view, std::function<void()> refresh);

    bool isStale() const { return m_stale; }
    // Marks the view out of date without computing (a reset: the next showing recomputes).
    void markStale() { m_stale = true; }
    // In `refresh`: true, and no longer out of date, when the view should compute now.
    bool begin();

public Q_SLOTS:
    // Marks the view out of date and refreshes it if it is visible.
    void invalidate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = true;
};

} // namespace storelens::ui
