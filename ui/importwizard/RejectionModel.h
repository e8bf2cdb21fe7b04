#pragma once

#include "core/import/RecordConverter.h"

#include <QAbstractTableModel>
#include <QList>

namespace storelens::ui {

// Rejected rows (line, column, value, reason) as a read-only table.
class RejectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };

    explicit RejectionModel(QObject *parent = nullptr);

    void setRejections(const QList<core::Rejection> &rejections);
    const QList<core::Rejection> &rejections() const { return m_rejections; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Rejection> m_rejections;
};

} // namespace storelens::ui
