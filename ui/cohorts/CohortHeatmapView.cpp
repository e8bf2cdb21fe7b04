#include "ui/cohorts/CohortHeatmapView.h"

#include "core/model/PercentText.h"
#include "ui/cohorts/CohortCellDelegate.h"
#include "ui/common/TableActions.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace storelens::ui {

CohortHeatmapView::CohortHeatmapView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("cohortHeatmap"));
    setItemDelegate(new CohortCellDelegate(this));
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setTabKeyNavigation(false);
    setMouseTracking(true);
    setCornerButtonEnabled(false);
    // Fixed widths (no per-cell size hints on every layout): wide enough for "100.0 %" and five-digit money.
    const int cellWidth = std::max(fontMetrics().horizontalAdvance(core::percentText(1.0)),
                                   fontMetrics().horizontalAdvance(QStringLiteral("88,888.8"))) +
                          12;
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(cellWidth);
    horizontalHeader()->setMinimumSectionSize(cellWidth / 2);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    setAccessibleName(tr("Cohort heatmap"));
    TableActions::install(this, tr("cohorts"));
    connect(this, &QAbstractItemView::clicked, this, &CohortHeatmapView::cellActivated);
}

void CohortHeatmapView::fitSizeColumn()
{
    if (!model() || model()->columnCount() == 0)
        return;
    const QFontMetrics fm = horizontalHeader()->fontMetrics();
    int width = fm.horizontalAdvance(model()->headerData(0, Qt::Horizontal).toString()) + 20;
    for (int row = 0; row < model()->rowCount(); ++row)
        width =
            std::max(width, fontMetrics().horizontalAdvance(model()->index(row, 0).data().toString()) + 16);
    setColumnWidth(0, width);
}

void CohortHeatmapView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT cellActivated(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace storelens::ui
