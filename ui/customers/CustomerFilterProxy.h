#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace storelens::ui {

class CustomerListModel;

// Search and drill-down over the customer list: a row shows when its id, name, email, country or segment
// contains the search text (case-insensitive) and, while a drill-down is active, it is one of the drilled
// customers. Filtering reads the precomputed keys of the session's CustomersResult, not data(); a change
// re-filters in one pass (invalidate) rather than row by row. Sorting is the list model's: sort() passes it
// on.
class CustomerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);

    void setListModel(CustomerListModel *model);
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    // One flag per CustomersResult row; empty: every row.
    void setAllowedRows(std::vector<uint8_t> allowed);
    bool isRestricted() const { return !m_allowed.empty(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CustomerListModel *m_model = nullptr;
    QString m_search;
    QString m_foldedSearch;
    std::vector<uint8_t> m_allowed;
};

} // namespace storelens::ui
