#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace storelens::ui {

class LatestTask;

// A translucent cover over a view while its figures are being recomputed: "Updating…", a progress bar and a
// Cancel button. It appears only when the work takes longer than a moment (so quick filter changes do not
// flicker) and makes clear that what is underneath is not current. Cancel cancels the tracked task.
class BusyOverlay : public QWidget
{
    Q_OBJECT

public:
    // Covers `target` (becomes its child and follows its size).
    explicit BusyOverlay(QWidget *target);

    void track(LatestTask *task); // shows while the task is busy, with its progress
    void setText(const QString &text);
    bool isShowingBusy() const { return m_busy; }

Q_SIGNALS:
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setBusy(bool busy);

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_delay = nullptr;
    bool m_busy = false;
};

} // namespace storelens::ui
