#pragma once

#include <QWidget>

namespace storelens::ui {

class AnalysisContext;

// Placeholder until the view is built.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(AnalysisContext *context, QWidget *parent = nullptr);

Q_SIGNALS:
    // Emitted after the view has painted a freshly computed result (the start-up benchmark waits for it).
    void resultShown();

private:
    AnalysisContext *m_context = nullptr;
};

} // namespace storelens::ui
