#pragma once

#include <QWidget>

namespace storelens::ui {

class AnalysisContext;

// Placeholder until the view is built.
class CohortsView : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsView(AnalysisContext *context, QWidget *parent = nullptr);

private:
    AnalysisContext *m_context = nullptr;
};

} // namespace storelens::ui
