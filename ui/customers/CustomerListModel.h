#pragma once

#include "core/session/AnalysisResults.h"
#include "ui/customers/CustomersListing.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace storelens::ui {

// The customer list: one row per CustomersResult row, in the order sort() chose. data() formats the cached
// values of the visible cells only, and sort() orders a permutation by the precomputed keys directly (not
// through data() and QModelIndex per comparison), so 100,000 customers scroll and sort smoothly. The filter
// proxy above it only filters.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Name,
        Country,
        FirstPurchase,
        LastPurchase,
        Orders,
        NetSales,
        Segment,
        Lifecycle,
        ColumnCount
    };

    explicit CustomerListModel(QObject *parent = nullptr);

    // Sets a new result, sorted by the current sort column.
    void setResult(core::session::CustomersResultPtr data);
    // Sets a result sorted on the worker thread; it is re-sorted here only if the sort changed meanwhile.
    void setListing(CustomersListing listing);
    const core::session::CustomersResultPtr &result() const { return m_data; }
    // The CustomersResult row shown at model row `row`, and back; -1 when out of range.
    int dataRow(int row) const;
    int rowOfDataRow(int dataRow) const;
    // The cached row shown at model row `row`; nullptr when out of range.
    const core::analytics::MemberRow *member(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void orderRows();       // fills m_order and m_position for m_sortColumn and m_sortOrder
    void updatePositions(); // m_position from m_order

    core::session::CustomersResultPtr m_data;
    std::vector<int32_t> m_order;    // model row → data row
    std::vector<int32_t> m_position; // data row → model row
    int m_sortColumn = NetSales;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QLocale m_locale;
    QStringList m_lifecycleNames; // by LifecycleStage
};

} // namespace storelens::ui
