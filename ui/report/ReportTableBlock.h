#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QBrush>
#include <QColor>
#include <QString>

#include <vector>

namespace storelens::ui {

struct ReportColumn
{
    QString title;
    qreal weight = 1; // share of the table's width, relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportCell
{
    ReportCell() = default;
    explicit ReportCell(QString text, QColor fill = QColor(), bool hatch = false,
                        QColor textColour = QColor(), bool bold = false)
        : text(std::move(text))
        , fill(fill)
        , hatch(hatch)
        , textColour(textColour)
        , bold(bold)
    {
    }

    QString text;
    QColor fill;        // invalid: the row's background
    bool hatch = false; // a light hatch over the fill: a partial period
    QColor textColour;  // invalid: ink, or black / white on a fill
    bool bold = false;
};

// A table whose rows wrap their text and continue on the next page under a repeated header.
class ReportTableBlock : public ReportBlock
{
public:
    ReportTableBlock(const ReportStyle &style, qreal width, std::vector<ReportColumn> columns,
                     ReportStyle::Font font = ReportStyle::Font::Table);

    void addRow(std::vector<ReportCell> cells);
    void addRow(const QStringList &texts, bool bold = false);
    void setZebra(bool on) { m_zebra = on; }
    void setCellGrid(bool on) { m_cellGrid = on; } // white lines between filled cells (heatmaps)
    void hideHeader() { m_headerHeight = 0; }      // a plain two-column list (title page details)

    qreal height() const override { return m_headerHeight; }
    int rowCount() const override { return int(m_rows.size()); }
    qreal rowHeight(int row) const override { return m_rowHeights[size_t(row)]; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    void paintRow(QPainter &painter, qreal y, int row) const;

    const ReportStyle &m_style;
    std::vector<ReportColumn> m_columns;
    std::vector<qreal> m_x; // column left edges, then the right edge
    QFont m_font;
    QFont m_boldFont;
    QFont m_headerFont;
    qreal m_padding = 0;
    qreal m_headerHeight = 0;
    std::vector<std::vector<ReportCell>> m_rows;
    std::vector<qreal> m_rowHeights;
    bool m_zebra = true;
    bool m_cellGrid = false;
};

} // namespace storelens::ui
