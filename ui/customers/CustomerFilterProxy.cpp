#include "ui/customers/CustomerFilterProxy.h"

#include "ui/customers/CustomerListModel.h"

namespace storelens::ui {

using core::session::CustomersResult;

CustomerFilterProxy::CustomerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // sorting is the list model's; the filter changes through the setters
}

void CustomerFilterProxy::setListModel(CustomerListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void CustomerFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_foldedSearch = trimmed.toCaseFolded();
    invalidate();
}

void CustomerFilterProxy::setAllowedRows(std::vector<uint8_t> allowed)
{
    if (allowed.empty() && m_allowed.empty())
        return; // still no drill-down: re-filtering 100,000 rows would change nothing
    m_allowed = std::move(allowed);
    invalidate();
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const int row = m_model ? m_model->dataRow(sourceRow) : -1;
    if (row < 0)
        return false;
    if (!m_allowed.empty() && (size_t(row) >= m_allowed.size() || !m_allowed[size_t(row)]))
        return false;
    if (m_search.isEmpty())
        return true;
    const CustomersResult &data = *m_model->result();
    return size_t(row) < data.searchKeys.size() && data.searchKeys[size_t(row)].contains(m_foldedSearch);
}

} // namespace storelens::ui
