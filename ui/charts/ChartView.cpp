#include "ui/charts/ChartView.h"

#include "ui/charts/ChartStyle.h"

#include <QEvent>

namespace storelens::ui {

ChartView::ChartView(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QChartView(parent)
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
    prepareChartView(this, accessibleName);
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace storelens::ui
