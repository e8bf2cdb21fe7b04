#pragma once

#include "core/analytics/segments/SegmentSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace storelens::ui {

using MemberRowsPtr = std::shared_ptr<const std::vector<core::analytics::MemberRow>>;

// A segment's members (rows computed off the GUI thread and cached), sortable by any column and searchable
// by id, name, email or country. Sorting and searching reorder an index list, never the rows; data() only
// formats cached values.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerId,
        Name,
        Email,
        Country,
        FirstPurchase,
        LastPurchase,
        Orders,
        NetSales,
        Aov,
        Recency,
        Rfm,
        Segment,
        Lifecycle,
        Tier,
        Consent,
        ColumnCount
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setRows(MemberRowsPtr rows);
    const MemberRowsPtr &rows() const { return m_rows; }
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }

    // The member shown in a row (after sorting and searching).
    const core::analytics::MemberRow &member(int row) const;
    // Customer ids of the rows shown, in their order.
    QStringList visibleCustomerIds() const;
    // Every row's index (the search does not narrow it) in the table's sort order, and the rows in that
    // order: what an export writes, built on the export's thread.
    const std::vector<int> &sortOrder() const { return m_sorted; }
    static std::vector<core::analytics::MemberRow>
    inOrder(const std::vector<core::analytics::MemberRow> &rows, const std::vector<int> &order);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();
    void applySearch();
    bool less(int column, const core::analytics::MemberRow &a, const core::analytics::MemberRow &b) const;
    // A country key's name in the user's language (empty for none), looked up once per key.
    QString countryName(const QString &key) const;

    MemberRowsPtr m_rows;
    std::vector<int> m_sorted;  // every row, in sort order
    std::vector<int> m_visible; // the rows matching the search, in sort order
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<QString, QString> m_countryNames;
};

} // namespace storelens::ui
