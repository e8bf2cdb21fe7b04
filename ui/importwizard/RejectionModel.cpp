#include "ui/importwizard/RejectionModel.h"

#include "ui/common/Formatting.h"

namespace storelens::ui {

RejectionModel::RejectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectionModel::setRejections(const QList<core::Rejection> &rejections)
{
    beginResetModel();
    m_rejections = rejections;
    endResetModel();
}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejections.size());
}

int RejectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rejections.size())
        return {};
    const core::Rejection &r = m_rejections.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case LineColumn:
        return formatCount(r.line);
    case ColumnColumn:
        if (r.column <= 0)
            return tr("(whole row)");
        return r.columnName.isEmpty() ? formatCount(r.column) : r.columnName;
    case ValueColumn:
        return r.value;
    case ReasonColumn:
        return r.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace storelens::ui
