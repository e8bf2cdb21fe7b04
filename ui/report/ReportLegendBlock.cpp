#include "ui/report/ReportLegendBlock.h"

#include <QPainter>

namespace storelens::ui {

ReportLegendBlock::ReportLegendBlock(const ReportStyle &style, QStringList rampLabels, QString partialText,
                                     QString emptyText)
    : m_style(style)
    , m_rampLabels(std::move(rampLabels))
    , m_partialText(std::move(partialText))
    , m_emptyText(std::move(emptyText))
    , m_height(style.lineHeight(ReportStyle::Font::Small) * 2.6)
{
}

void ReportLegendBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    painter.save();
    const QFont small = m_style.font(ReportStyle::Font::Small);
    const QFontMetricsF fm(small, m_style.device());
    painter.setFont(small);
    const qreal barHeight = fm.height() * 0.9;
    const qreal barWidth = m_style.mm(70);
    const int steps = 40;
    for (int i = 0; i < steps; ++i) {
        const QRectF piece(rect.left() + barWidth * i / steps, rect.top(), barWidth / steps + 0.5, barHeight);
        painter.fillRect(piece, ReportStyle::ramp(qreal(i) / (steps - 1)));
    }
    painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.4)));
    painter.drawRect(QRectF(rect.left(), rect.top(), barWidth, barHeight));
    painter.setPen(ReportStyle::ink());
    const int n = int(m_rampLabels.size());
    for (int i = 0; i < n; ++i) {
        const qreal x = rect.left() + (n <= 1 ? 0 : barWidth * i / (n - 1));
        const Qt::Alignment align = i == 0 ? Qt::AlignLeft : (i == n - 1 ? Qt::AlignRight : Qt::AlignHCenter);
        const qreal w = m_style.mm(30);
        const qreal left = i == 0 ? x : (i == n - 1 ? x - w : x - w / 2);
        painter.drawText(QRectF(left, rect.top() + barHeight, w, fm.height() * 1.3), align | Qt::AlignVCenter,
                         m_rampLabels.at(i));
    }
    qreal x = rect.left() + barWidth + m_style.mm(10);
    const QRectF partial(x, rect.top(), barHeight * 1.6, barHeight);
    painter.fillRect(partial, ReportStyle::ramp(0.35));
    painter.fillRect(partial, m_style.partialHatch(ReportStyle::ramp(0.35)));
    painter.drawText(QRectF(partial.right() + m_style.pt(4), rect.top(), m_style.mm(50), barHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_partialText);
    x = partial.right() + m_style.pt(8) + fm.horizontalAdvance(m_partialText) + m_style.mm(6);
    const QRectF empty(x, rect.top(), barHeight * 1.6, barHeight);
    painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.5)));
    painter.drawRect(empty);
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(empty.right() + m_style.pt(4), rect.top(), m_style.mm(60), barHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_emptyText);
    painter.restore();
}

} // namespace storelens::ui
