#include "ui/report/ReportTextBlock.h"

#include "ui/common/Formatting.h"

#include <QPainter>

namespace storelens::ui {

ReportTextBlock::ReportTextBlock(const ReportStyle &style, qreal width, ReportStyle::Font role,
                                 const QString &text, const QColor &colour)
    : m_font(style.font(role))
    , m_text(keepSignsWithAmounts(text))
    , m_colour(colour)
{
    const bool heading = role == ReportStyle::Font::Heading || role == ReportStyle::Font::Subheading;
    m_spaceAbove = heading ? style.pt(role == ReportStyle::Font::Heading ? 4 : 6) : 0;
    const QRectF bounds =
        QFontMetricsF(m_font, style.device())
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, m_text);
    m_height = m_spaceAbove + bounds.height();
    setKeepWithNext(heading);
}

void ReportTextBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    painter.save();
    painter.setFont(m_font);
    painter.setPen(m_colour);
    painter.drawText(rect.adjusted(0, m_spaceAbove, 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                     m_text);
    painter.restore();
}

} // namespace storelens::ui
