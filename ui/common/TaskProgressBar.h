#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace storelens::ui {

// A label, a progress bar and a Cancel button for the status bar: shows one long-running task without
// blocking the window. Hidden while no task runs.
class TaskProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgressBar(QWidget *parent = nullptr);

    void start(const QString &text, bool cancellable);
    void setProgress(int value, int maximum); // maximum 0: busy indicator
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace storelens::ui
