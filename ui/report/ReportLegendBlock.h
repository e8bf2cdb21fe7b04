#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QString>
#include <QStringList>

namespace storelens::ui {

// The heatmap's legend: the lightness ramp with its value labels, and swatches for a partial period (hatched)
// and a period not reached yet (blank).
class ReportLegendBlock : public ReportBlock
{
public:
    ReportLegendBlock(const ReportStyle &style, QStringList rampLabels, QString partialText,
                      QString emptyText);

    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    const ReportStyle &m_style;
    QStringList m_rampLabels; // evenly spaced from 0 to the maximum
    QString m_partialText;
    QString m_emptyText;
    qreal m_height = 0;
};

} // namespace storelens::ui
