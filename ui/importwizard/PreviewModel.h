#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace storelens::ui {

// The first rows of a file as a read-only table for the wizard's Format page. Long cells are cut to a
// readable width (the whole text is the tooltip) so one long description cannot push the other columns away.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxCellCharacters = 40;
    static constexpr int MaxRows = 50;

    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(const QStringList &header, const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString capped(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace storelens::ui
