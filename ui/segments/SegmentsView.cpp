#include "ui/segments/SegmentsView.h"

#include "ui/common/AnalysisContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

SegmentsView::SegmentsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("SegmentsView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

} // namespace storelens::ui
