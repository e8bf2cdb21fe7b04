#include "ui/report/ReportLegendBlock.h"

#include <QPainter>

#include <algorithm>

namespace storelens::ui {

namespace {

constexpr qreal kSwatchWidth = 1.6; // times the bar's height

} // namespace

ReportLegendBlock::ReportLegendBlock(const ReportStyle &style, qreal width, QStringList rampLabels,
                                     QString partialText, QString emptyText)
    : m_style(style)
    , m_rampLabels(std::move(rampLabels))
    , m_partialText(std::move(partialText))
    , m_emptyText(std::move(emptyText))
{
    const QFontMetricsF fm(style.font(ReportStyle::Font::Small), style.device());
    const qreal barHeight = fm.height() * 0.9;
    const qreal rampBottom = barHeight + fm.height() * 1.3;
    const qreal partialWidth = barHeight * kSwatchWidth + style.pt(4) + fm.horizontalAdvance(m_partialText);
    const qreal emptyWidth = barHeight * kSwatchWidth + style.pt(4) + fm.horizontalAdvance(m_emptyText);
    const qreal gap = style.mm(6);
    const qreal besideRamp = style.mm(70) + style.mm(10);
    qreal bottom = rampBottom;
    if (besideRamp + partialWidth + gap + emptyWidth <= width) {
        m_partialAt = QPointF(besideRamp, 0);
        m_emptyAt = QPointF(besideRamp + partialWidth + gap, 0);
    } else {
        const qreal row = barHeight * 1.5;
        m_partialAt = QPointF(0, rampBottom + barHeight * 0.3);
        m_emptyAt = partialWidth + gap + emptyWidth <= width ? QPointF(partialWidth + gap, m_partialAt.y())
                                                             : QPointF(0, m_partialAt.y() + row);
        bottom = m_emptyAt.y() + barHeight;
    }
    m_height = std::max(style.lineHeight(ReportStyle::Font::Small) * 2.6, bottom + fm.height() * 0.6);
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
    const QPointF origin = rect.topLeft();
    const QRectF partial(origin + m_partialAt, QSizeF(barHeight * kSwatchWidth, barHeight));
    painter.fillRect(partial, ReportStyle::ramp(0.35));
    painter.fillRect(partial, m_style.partialHatch(ReportStyle::ramp(0.35)));
    painter.drawText(QRectF(partial.right() + m_style.pt(4), partial.top(),
                            fm.horizontalAdvance(m_partialText) + m_style.pt(2), barHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_partialText);
    const QRectF empty(origin + m_emptyAt, QSizeF(barHeight * kSwatchWidth, barHeight));
    painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.5)));
    painter.drawRect(empty);
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(empty.right() + m_style.pt(4), empty.top(),
                            fm.horizontalAdvance(m_emptyText) + m_style.pt(2), barHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_emptyText);
    painter.restore();
}

} // namespace storelens::ui
