#pragma once

#include <QWidget>

namespace storelens::ui {

class AnalysisContext;

// Placeholder until the view is built.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(AnalysisContext *context, QWidget *parent = nullptr);

private:
    AnalysisContext *m_context = nullptr;
};

} // namespace storelens::ui
