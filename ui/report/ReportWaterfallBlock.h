#pragma once

#include "ui/charts/WaterfallSteps.h"
#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QString>

#include <functional>
#include <vector>

namespace storelens::ui {

// A waterfall of a change drawn as vectors (the report's "What changed"): one row per step, its name on the
// left, a horizontal bar from the running sum, its amount beside the bar. Increases are dark, decreases
// hatched, the totals grey, so the kinds differ in black-and-white print too.
class ReportWaterfallBlock : public ReportBlock
{
public:
    ReportWaterfallBlock(const ReportStyle &style, QString title, std::vector<WaterfallStep> steps,
                         std::function<QString(double value, bool signedPart)> format);

    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    const ReportStyle &m_style;
    QString m_title;
    std::vector<WaterfallStep> m_steps;
    std::function<QString(double, bool)> m_format;
    qreal m_row = 0;
    qreal m_height = 0;
};

} // namespace storelens::ui
