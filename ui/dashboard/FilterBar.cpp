#include "ui/dashboard/FilterBar.h"

#include "ui/common/AnalysisContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

FilterBar::FilterBar(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("FilterBar"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

} // namespace storelens::ui
