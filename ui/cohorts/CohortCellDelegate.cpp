#include "ui/cohorts/CohortCellDelegate.h"

#include "ui/cohorts/CohortHeatmapModel.h"

#include <QAbstractItemView>
#include <QPainter>

#include <algorithm>

namespace storelens::ui {

CohortCellDelegate::CohortCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CohortCellDelegate::paintPartialMarks(QPainter *painter, const QRect &rect, const QColor &ink)
{
    painter->save();
    QColor hatch = ink;
    hatch.setAlpha(70);
    painter->fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
    QPen outline(ink, 1, Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void CohortCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int age = index.data(CohortHeatmapModel::AgeRole).toInt();
    if (age < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const QVariant background = index.data(Qt::BackgroundRole);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    const QColor ink =
        foreground.isValid() ? foreground.value<QColor>() : option.palette.color(QPalette::Text);
    if (background.isValid())
        painter->fillRect(cell, background.value<QColor>());
    if (index.data(CohortHeatmapModel::PartialRole).toBool())
        paintPartialMarks(painter, cell, ink);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        painter->setPen(ink);
        painter->setFont(option.font);
        painter->drawText(cell, Qt::AlignCenter, text);
    }
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (view && view->currentIndex() == index) {
        QPen frame(option.palette.color(QPalette::Highlight), 2);
        if (!(option.state & QStyle::State_HasFocus))
            frame.setStyle(Qt::DotLine);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

QSize CohortCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = option.fontMetrics.size(Qt::TextSingleLine, index.data(Qt::DisplayRole).toString());
    return QSize(
        std::max(text.width() + 12, option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 12),
        text.height() + 10);
}

} // namespace storelens::ui
