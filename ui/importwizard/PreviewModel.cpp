#include "ui/importwizard/PreviewModel.h"

namespace storelens::ui {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setPreview(const QStringList &header, const QList<QStringList> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows.mid(0, MaxRows);
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QString PreviewModel::capped(const QString &text)
{
    if (text.size() <= MaxCellCharacters)
        return text;
    return text.left(MaxCellCharacters - 1) + QChar(0x2026);
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList &row = m_rows.at(index.row());
    const QString text = index.column() < row.size() ? row.at(index.column()) : QString();
    if (role == Qt::DisplayRole)
        return capped(text);
    if (role == Qt::ToolTipRole && text.size() > MaxCellCharacters)
        return text;
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_header.size() ? capped(m_header.at(section)) : QVariant();
}

} // namespace storelens::ui
