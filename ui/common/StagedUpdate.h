#pragma once

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <vector>

namespace storelens::ui {

// Applies a result to a view in steps, one step per pass of the event loop, so that no single pass keeps the
// GUI thread busy for long: rebuilding seven charts at once takes 40-80 ms, one at a time about 10 ms each,
// with input and repaints handled in between (issue 4: the window never stalls more than 50 ms in a refresh).
// A new run() drops the steps of the previous result that have not run yet.
class StagedUpdate : public QObject
{
    Q_OBJECT

public:
    explicit StagedUpdate(QObject *parent = nullptr);

    void run(std::vector<std::function<void()>> steps);
    // Like run(), but the first step too waits for the next pass: for a view whose own update in this pass
    // already costs much of the budget.
    void runFromNextPass(std::vector<std::function<void()>> steps);
    void cancel();
    bool isRunning() const { return !m_steps.empty(); }

Q_SIGNALS:
    void finished(); // the last step of a run has run

private:
    void start(std::vector<std::function<void()>> steps, bool firstStepNow);
    void runNext();

    std::deque<std::function<void()>> m_steps;
    quint64 m_runs = 0; // bumped by run() and cancel(): a step that starts or cancels a run ends its own
    QTimer m_timer;
};

} // namespace storelens::ui
