#include "ui/cohorts/CohortsView.h"

#include "ui/common/AnalysisContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

CohortsView::CohortsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("CohortsView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

} // namespace storelens::ui
