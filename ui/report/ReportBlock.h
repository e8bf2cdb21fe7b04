#pragma once

#include <QRectF>

class QPainter;

namespace storelens::ui {

// One piece of the report's flow, laid out for a fixed width when it is built. An atomic block (rowCount() 0)
// moves to the next page whole; a table (rows > 0) splits between rows and repeats its header, whose height
// is height().
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    virtual qreal height() const = 0;
    virtual int rowCount() const { return 0; }
    virtual qreal rowHeight(int row) const
    {
        Q_UNUSED(row);
        return 0;
    }
    // Paints rows [firstRow, endRow) (tables) or the whole block (atomic) into `rect`, whose height is what
    // the layout gave it.
    virtual void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const = 0;

    bool pageBreakBefore() const { return m_pageBreakBefore; }
    void setPageBreakBefore(bool on) { m_pageBreakBefore = on; }
    bool keepWithNext() const { return m_keepWithNext; } // headings stay on the page of what follows
    void setKeepWithNext(bool on) { m_keepWithNext = on; }

private:
    bool m_pageBreakBefore = false;
    bool m_keepWithNext = false;
};

} // namespace storelens::ui
