#include "ui/dashboard/FlowLayout.h"

#include <QWidget>

namespace storelens::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

// A tile as tall as its lines need at the row's width. The widget's own heightForWidth, not its layout's
// (which QWidgetItem would ask): a KPI tile keeps its minimum height and sparkline room.
int FlowLayout::itemHeight(QLayoutItem *item, int width)
{
    if (QWidget *widget = item->widget(); widget && widget->hasHeightForWidth())
        return widget->heightForWidth(width);
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Visible items, in rows.
    QList<QList<QLayoutItem *>> rows;
    QList<QLayoutItem *> row;
    int rowWidth = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = item->sizeHint().width();
        if (!row.isEmpty() && rowWidth + m_spacing + w > area.width()) {
            rows.append(row);
            row.clear();
            rowWidth = 0;
        }
        rowWidth += (row.isEmpty() ? 0 : m_spacing) + w;
        row.append(item);
    }
    if (!row.isEmpty())
        rows.append(row);

    // Every row uses the width of a full row: the columns line up, and a short last row keeps tile widths.
    const int columns = rows.isEmpty() ? 1 : int(rows.first().size());
    const int itemWidth = qMax(1, (area.width() - m_spacing * (columns - 1)) / qMax(1, columns));
    int y = area.top();
    for (const QList<QLayoutItem *> &r : rows) {
        int x = area.left();
        int height = 0;
        for (QLayoutItem *item : r)
            height = qMax(height, itemHeight(item, itemWidth));
        for (QLayoutItem *item : r) {
            if (!testOnly)
                item->setGeometry(QRect(x, y, itemWidth, height));
            x += itemWidth + m_spacing;
        }
        y += height + m_spacing;
    }
    const QMargins m = contentsMargins();
    return y - m_spacing - rect.top() + m.bottom() + (rows.isEmpty() ? m_spacing : 0);
}

} // namespace storelens::ui
