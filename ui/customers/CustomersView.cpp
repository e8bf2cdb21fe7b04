#include "ui/customers/CustomersView.h"

#include "ui/common/AnalysisContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

CustomersView::CustomersView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("CustomersView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

} // namespace storelens::ui
