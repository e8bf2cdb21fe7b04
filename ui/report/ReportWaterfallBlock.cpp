#include "ui/report/ReportWaterfallBlock.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace storelens::ui {

ReportWaterfallBlock::ReportWaterfallBlock(const ReportStyle &style, QString title,
                                           std::vector<WaterfallStep> steps,
                                           std::function<QString(double, bool)> format)
    : m_style(style)
    , m_title(std::move(title))
    , m_steps(std::move(steps))
    , m_format(std::move(format))
{
    m_row = style.lineHeight(ReportStyle::Font::Table) * 1.7;
    m_height = style.lineHeight(ReportStyle::Font::Subheading) * 1.4 + m_row * qreal(m_steps.size()) +
               style.lineHeight(ReportStyle::Font::Small) * 1.2;
}

void ReportWaterfallBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    painter.save();
    double low = 0;
    double high = 1;
    bool cut = false;
    waterfallRange(m_steps, &low, &high, &cut);
    const qreal titleHeight = m_style.lineHeight(ReportStyle::Font::Subheading) * 1.4;
    painter.setFont(m_style.font(ReportStyle::Font::Subheading));
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                     m_title);
    painter.setFont(m_style.font(ReportStyle::Font::Table));
    const QFontMetricsF fm(painter.font(), m_style.device());
    qreal labelWidth = 0;
    qreal amountWidth = 0;
    for (const WaterfallStep &s : m_steps) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(s.label));
        amountWidth = std::max(amountWidth, fm.horizontalAdvance(m_format(s.value, !s.total)));
    }
    labelWidth = std::min(labelWidth + m_style.pt(8), rect.width() * 0.38);
    const qreal left = rect.left() + labelWidth;
    const qreal width = rect.width() - labelWidth - amountWidth - m_style.pt(8);
    const auto xOf = [&](double v) { return left + (std::clamp(v, low, high) - low) / (high - low) * width; };
    qreal y = rect.top() + titleHeight;
    const qreal barHeight = m_row * 0.62;
    for (size_t i = 0; i < m_steps.size(); ++i, y += m_row) {
        const WaterfallStep &s = m_steps[i];
        const QRectF labelRect(rect.left(), y, labelWidth - m_style.pt(6), m_row);
        painter.setPen(ReportStyle::ink());
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(s.label, Qt::ElideMiddle, labelRect.width()));
        const qreal x0 = xOf(std::min(s.from, s.to));
        const qreal x1 = std::max(xOf(std::max(s.from, s.to)), x0 + m_style.pt(0.8));
        const QRectF bar(x0, y + (m_row - barHeight) / 2, x1 - x0, barHeight);
        if (s.total) {
            painter.fillRect(bar, ReportStyle::comparison());
        } else if (s.value >= 0) {
            painter.fillRect(bar, ReportStyle::accent());
        } else {
            painter.fillRect(bar, Qt::white);
            painter.fillRect(bar, QBrush(ReportStyle::accent(), Qt::BDiagPattern));
            painter.setPen(QPen(ReportStyle::accent(), m_style.pt(0.6)));
            painter.drawRect(bar);
        }
        if (i + 1 < m_steps.size()) { // the connector to the next bar's start
            painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.5), Qt::DotLine));
            const qreal x = xOf(s.to);
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, y + m_row + (m_row - barHeight) / 2));
        }
        painter.setPen(ReportStyle::ink());
        painter.drawText(QRectF(x1 + m_style.pt(4), y, rect.right() - x1, m_row),
                         Qt::AlignLeft | Qt::AlignVCenter, m_format(s.value, !s.total));
    }
    if (cut) {
        painter.setFont(m_style.font(ReportStyle::Font::Small));
        painter.setPen(ReportStyle::muted());
        painter.drawText(
            QRectF(left, y, width, m_style.lineHeight(ReportStyle::Font::Small) * 1.2),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("storelens::ui::ReportWaterfallBlock",
                                        "The bars start at %1, not at zero, so the parts can be seen.")
                .arg(m_format(low, false)));
    }
    painter.restore();
}

} // namespace storelens::ui
