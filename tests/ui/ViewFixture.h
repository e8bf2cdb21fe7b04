#pragma once

#include "ui/common/AnalysisContext.h"

#include <QSize>

#include <memory>

namespace storelens::test {

// A dashboard view under test and the AnalysisContext it reads, owned together: made afresh in a test's
// init() and destroyed in cleanup(), so nothing one test function does reaches the next. Used like the
// unique_ptr it replaces (view->…, view.get()).
template<typename View> class ViewUnderTest
{
public:
    void create(QSize size)
    {
        m_context = std::make_unique<ui::AnalysisContext>();
        m_view = std::make_unique<View>(m_context.get());
        m_view->resize(size);
    }
    void reset()
    {
        m_view.reset();
        m_context.reset();
    }
    View *get() const { return m_view.get(); }
    View *operator->() const { return m_view.get(); }
    ui::AnalysisContext *context() const { return m_context.get(); }

private:
    std::unique_ptr<ui::AnalysisContext> m_context; // outlives the view
    std::unique_ptr<View> m_view;
};

} // namespace storelens::test
