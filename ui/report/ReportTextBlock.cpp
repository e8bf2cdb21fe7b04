#include "ui/report/ReportTextBlock.h"

#include <QPainter>

namespace storelens::ui {

namespace {

// A sign before an amount ("+£444.64", "−1.099,34 €") stays on the amount's line: Unicode lets a line break
// between "+" and "£", so a word joiner (U+2060, no width) holds them together.
QString keepSignsWithAmounts(QString text)
{
    for (qsizetype i = text.size() - 2; i >= 0; --i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('+') || c == QChar(0x2212)) && !text.at(i + 1).isSpace() &&
            text.at(i + 1) != QChar(0x2060))
            text.insert(i + 1, QChar(0x2060));
    }
    return text;
}

} // namespace

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
