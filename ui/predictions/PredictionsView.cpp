#include "ui/predictions/PredictionsView.h"

#include "ui/common/AnalysisContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

PredictionsView::PredictionsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("PredictionsView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

} // namespace storelens::ui
