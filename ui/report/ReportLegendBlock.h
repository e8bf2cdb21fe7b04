#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace storelens::ui {

// The heatmap's legend: the lightness ramp with its value labels, and swatches for a partial period (hatched)
// and a period not reached yet (blank). The swatches sit beside the ramp when they fit the width, else on
// rows of their own below it (trial 14: in French the partial period's words ran past their box and the blank
// swatch off the page).
class ReportLegendBlock : public ReportBlock
{
public:
    ReportLegendBlock(const ReportStyle &style, qreal width, QStringList rampLabels, QString partialText,
                      QString emptyText);

    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    const ReportStyle &m_style;
    QStringList m_rampLabels; // evenly spaced from 0 to the maximum
    QString m_partialText;
    QString m_emptyText;
    qreal m_height = 0;
    // Where each swatch starts, from the block's top left.
    QPointF m_partialAt;
    QPointF m_emptyAt;
};

} // namespace storelens::ui
