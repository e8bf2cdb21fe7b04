#pragma once

#include <QWidget>

namespace storelens::ui {

class AnalysisContext;

// Placeholder until the view is built.
class SegmentsView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsView(AnalysisContext *context, QWidget *parent = nullptr);

private:
    AnalysisContext *m_context = nullptr;
};

} // namespace storelens::ui
