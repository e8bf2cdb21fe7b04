#include "ui/report/ReportRfmGridBlock.h"

#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace storelens::ui {

namespace {

class ReportRfmGridText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportRfmGridBlock)
};

} // namespace

ReportRfmGridBlock::ReportRfmGridBlock(const ReportStyle &style, qreal width,
                                       const core::analytics::SegmentGrid &grid,
                                       const std::array<int64_t, 25> &counts, const QLocale &locale)
    : m_style(style)
    , m_grid(grid)
    , m_counts(counts)
    , m_locale(locale)
    , m_width(std::min(width, style.mm(170)))
{
    const qreal axis = style.lineHeight(ReportStyle::Font::Small) * 2.2;
    const qreal cell = (m_width - axis) / 5;
    m_height = axis + cell * 5 * 0.62;
}

void ReportRfmGridBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    painter.save();
    const QFont small = m_style.font(ReportStyle::Font::Small);
    const QFont tiny = m_style.font(ReportStyle::Font::Tiny);
    const QFont bold = m_style.font(ReportStyle::Font::TableHeader);
    const qreal axis = m_style.lineHeight(ReportStyle::Font::Small) * 2.2;
    const qreal cellWidth = (m_width - axis) / 5;
    const qreal cellHeight = (m_height - axis) / 5;
    const QRectF grid(rect.left() + axis, rect.top(), cellWidth * 5, cellHeight * 5);
    int64_t largest = 1;
    for (int64_t c : m_counts)
        largest = std::max(largest, c);

    for (int r = 5; r >= 1; --r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const QRectF cell(grid.left() + (fm - 1) * cellWidth, grid.top() + (5 - r) * cellHeight,
                              cellWidth, cellHeight);
            const int64_t count = m_counts[size_t((r - 1) * 5 + (fm - 1))];
            const QColor fill = ReportStyle::ramp(0.08 + 0.82 * qreal(count) / qreal(largest));
            painter.fillRect(cell.adjusted(0, 0, -m_style.pt(1), -m_style.pt(1)), fill);
            painter.setPen(ReportStyle::textOn(fill));
            const QRectF inner = cell.adjusted(m_style.pt(3), m_style.pt(2), -m_style.pt(4), -m_style.pt(3));
            painter.setFont(tiny);
            painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_grid.name(r, fm));
            painter.setFont(bold);
            painter.drawText(inner, Qt::AlignRight | Qt::AlignBottom, formatCount(count, m_locale));
        }
    }
    painter.setPen(ReportStyle::ink());
    painter.setFont(small);
    for (int i = 1; i <= 5; ++i) {
        painter.drawText(
            QRectF(rect.left() + axis * 0.45, grid.top() + (5 - i) * cellHeight, axis * 0.5, cellHeight),
            Qt::AlignCenter, QString::number(i));
        painter.drawText(QRectF(grid.left() + (i - 1) * cellWidth, grid.bottom(), cellWidth, axis * 0.5),
                         Qt::AlignCenter, QString::number(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + axis * 0.45, grid.width(), axis * 0.55),
                     Qt::AlignCenter, ReportRfmGridText::tr("Frequency–monetary score (FM)"));
    painter.translate(rect.left(), grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), axis * 0.45), Qt::AlignCenter,
                     ReportRfmGridText::tr("Recency score (R)"));
    painter.restore();
}

} // namespace storelens::ui
