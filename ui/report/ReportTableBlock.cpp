#include "ui/report/ReportTableBlock.h"

#include "ui/report/ReportFormat.h"

#include <QPainter>

#include <algorithm>

namespace storelens::ui {

ReportTableBlock::ReportTableBlock(const ReportStyle &style, qreal width, std::vector<ReportColumn> columns,
                                   ReportStyle::Font font)
    : m_style(style)
    , m_columns(std::move(columns))
    , m_font(style.font(font))
    , m_boldFont(style.font(font))
    , m_headerFont(style.font(ReportStyle::Font::TableHeader))
    , m_padding(style.pt(3))
{
    m_boldFont.setBold(true);
    m_headerFont.setPointSizeF(m_font.pointSizeF());
    qreal total = 0;
    for (const ReportColumn &c : m_columns)
        total += c.weight;
    // Each column's share of the width; a column whose longest header word (a long German or French word)
    // would not fit takes what it lacks from the others in proportion to their spare room, so no header
    // is cut.
    const QFontMetricsF metrics(m_headerFont, m_style.device());
    std::vector<qreal> widths;
    std::vector<qreal> needed;
    qreal lacking = 0;
    qreal spare = 0;
    for (const ReportColumn &c : m_columns) {
        qreal word = 0;
        for (const QString &w : c.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, metrics.horizontalAdvance(w));
        widths.push_back(width * c.weight / total);
        needed.push_back(word + 2 * m_padding + 1);
        lacking += std::max<qreal>(0, needed.back() - widths.back());
        spare += std::max<qreal>(0, widths.back() - needed.back());
    }
    if (lacking > 0 && spare > lacking) {
        for (size_t i = 0; i < widths.size(); ++i) {
            if (widths[i] < needed[i])
                widths[i] = needed[i];
            else
                widths[i] -= lacking * (widths[i] - needed[i]) / spare;
        }
    }
    qreal x = 0;
    for (qreal w : widths) {
        m_x.push_back(x);
        x += w;
    }
    m_x.push_back(width);
    qreal header = 0;
    for (size_t i = 0; i < m_columns.size(); ++i)
        header = std::max(header, textHeight(m_headerFont, m_columns[i].title, m_x[i + 1] - m_x[i]));
    m_headerHeight = header + 2 * m_padding;
}

qreal ReportTableBlock::textHeight(const QFont &font, const QString &text, qreal width) const
{
    const QFontMetricsF metrics(font, m_style.device());
    const qreal inner = std::max<qreal>(1, width - 2 * m_padding);
    return std::max(metrics.height(),
                    metrics.boundingRect(QRectF(0, 0, inner, 1e9), Qt::TextWordWrap, text).height());
}

void ReportTableBlock::addRow(std::vector<ReportCell> cells)
{
    cells.resize(m_columns.size());
    for (ReportCell &cell : cells)
        cell.text = printedMinus(cell.text);
    qreal height = 0;
    for (size_t i = 0; i < cells.size(); ++i)
        height = std::max(
            height, textHeight(cells[i].bold ? m_boldFont : m_font, cells[i].text, m_x[i + 1] - m_x[i]));
    m_rows.push_back(std::move(cells));
    m_rowHeights.push_back(height + 2 * m_padding);
}

void ReportTableBlock::addRow(const QStringList &texts, bool bold)
{
    std::vector<ReportCell> cells;
    for (const QString &t : texts)
        cells.push_back(ReportCell{t, QColor(), false, QColor(), bold});
    addRow(std::move(cells));
}

void ReportTableBlock::paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const
{
    painter.save();
    painter.translate(rect.topLeft());
    const qreal width = m_x.back();
    if (m_headerHeight > 0) {
        painter.fillRect(QRectF(0, 0, width, m_headerHeight), ReportStyle::headerFill());
        painter.setFont(m_headerFont);
        painter.setPen(ReportStyle::ink());
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const QRectF cell(m_x[i] + m_padding, m_padding, m_x[i + 1] - m_x[i] - 2 * m_padding,
                              m_headerHeight - 2 * m_padding);
            painter.drawText(cell, Qt::TextWordWrap | Qt::AlignBottom | m_columns[i].alignment,
                             m_columns[i].title);
        }
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.8)));
        painter.drawLine(QPointF(0, m_headerHeight), QPointF(width, m_headerHeight));
    }
    qreal y = m_headerHeight;
    for (int row = firstRow; row < endRow; ++row) {
        paintRow(painter, y, row);
        y += m_rowHeights[size_t(row)];
    }
    painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.5)));
    painter.drawLine(QPointF(0, y), QPointF(width, y));
    painter.restore();
}

void ReportTableBlock::paintRow(QPainter &painter, qreal y, int row) const
{
    const qreal height = m_rowHeights[size_t(row)];
    const qreal width = m_x.back();
    if (m_zebra && row % 2 == 1)
        painter.fillRect(QRectF(0, y, width, height), ReportStyle::zebra());
    const std::vector<ReportCell> &cells = m_rows[size_t(row)];
    for (size_t i = 0; i < cells.size(); ++i) {
        const ReportCell &c = cells[i];
        const QRectF box(m_x[i], y, m_x[i + 1] - m_x[i], height);
        const QRectF fillBox = m_cellGrid ? box.adjusted(0, 0, -m_style.pt(0.75), -m_style.pt(0.75)) : box;
        if (c.fill.isValid())
            painter.fillRect(fillBox, c.fill);
        if (c.hatch) {
            painter.fillRect(fillBox, m_style.partialHatch(c.fill.isValid() ? c.fill : QColor(Qt::white)));
        }
        QColor text = c.textColour;
        if (!text.isValid())
            text = c.fill.isValid() ? ReportStyle::textOn(c.fill) : ReportStyle::ink();
        painter.setPen(text);
        painter.setFont(c.bold ? m_boldFont : m_font);
        painter.drawText(box.adjusted(m_padding, m_padding, -m_padding, -m_padding),
                         Qt::TextWordWrap | Qt::AlignVCenter | m_columns[i].alignment, c.text);
    }
    if (!m_cellGrid) {
        painter.setPen(QPen(ReportStyle::zebra().darker(112), m_style.pt(0.3)));
        painter.drawLine(QPointF(0, y + height), QPointF(width, y + height));
    }
}

} // namespace storelens::ui
