#pragma once

#include "core/analytics/segments/SegmentSummary.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>

#include <vector>

namespace storelens::ui {

// The summary figures of a list of segments (METRICS.md section 7), one row per segment: size, share of
// customers, share of net sales, net sales, AOV, frequency and median recency. Reads cached values only.
// Qt::UserRole gives the raw number of a cell, for sorting.
class SegmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Customers,
        ShareOfCustomers,
        ShareOfNetSales,
        NetSales,
        Aov,
        Frequency,
        Recency,
        ColumnCount
    };

    explicit SegmentSummaryModel(QObject *parent = nullptr);

    void setSummaries(std::vector<core::analytics::SegmentSummary> summaries);
    const core::analytics::SegmentSummary &summary(int row) const { return m_summaries[size_t(row)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text and raw value of one figure of a summary, shared with the comparison table.
    static QString columnTitle(int column);
    static QString columnToolTip(int column);
    static QString displayText(const core::analytics::SegmentSummary &s, int column);
    static QVariant rawValue(const core::analytics::SegmentSummary &s, int column);

    // The source row, in this model, of the first segment `shown` (a sort proxy over it, in the order on
    // screen) lists that has members; its first row when none has; -1 when there are no rows.
    static int firstRowWithMembers(const QAbstractProxyModel *shown);

private:
    std::vector<core::analytics::SegmentSummary> m_summaries;
};

} // namespace storelens::ui
