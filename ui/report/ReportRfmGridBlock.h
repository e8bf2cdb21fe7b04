#pragma once

#include "core/analytics/segments/SegmentGrid.h"
#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QLocale>

#include <array>

namespace storelens::ui {

// The 5 × 5 RFM grid: recency score R (rows, 5 at the top) by FM score (columns), each cell with its segment
// name and customer count, shaded by its share of customers (lighter: fewer). Cells of one segment share a
// thick outline-free band, and the name stays readable in black-and-white.
class ReportRfmGridBlock : public ReportBlock
{
public:
    ReportRfmGridBlock(const ReportStyle &style, qreal width, const core::analytics::SegmentGrid &grid,
                       const std::array<int64_t, 25> &counts, const QLocale &locale);

    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    const ReportStyle &m_style;
    core::analytics::SegmentGrid m_grid;
    std::array<int64_t, 25> m_counts{};
    QLocale m_locale;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace storelens::ui
