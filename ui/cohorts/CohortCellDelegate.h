#pragma once

#include <QStyledItemDelegate>

namespace storelens::ui {

// Paints a heatmap cell from the model's cached colours: the fill, the value in a contrasting colour, a
// hatched fill with a dashed outline for a partial period, and a strong frame around the current cell.
class CohortCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CohortCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The hatch and outline of a partial cell, also drawn by the legend.
    static void paintPartialMarks(QPainter *painter, const QRect &rect, const QColor &ink);
};

} // namespace storelens::ui
