#include "ui/customers/CustomerListModel.h"

#include "core/model/Countries.h"
#include "core/model/Money.h"
#include "ui/common/Formatting.h"
#include "ui/customers/CustomersListing.h"

namespace storelens::ui {

using core::session::CustomersResultPtr;

using namespace core::analytics;

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (LifecycleStage stage :
         {LifecycleStage::New, LifecycleStage::Lapsed, LifecycleStage::AtRisk, LifecycleStage::Active})
        m_lifecycleNames.append(lifecycleDisplayName(stage));
}

void CustomerListModel::setResult(CustomersResultPtr data)
{
    beginResetModel();
    m_data = std::move(data);
    m_locale = QLocale();
    orderRows();
    endResetModel();
}

void CustomerListModel::setListing(CustomersListing listing)
{
    beginResetModel();
    m_data = std::move(listing.data);
    m_locale = QLocale();
    if (listing.sortColumn == m_sortColumn && listing.sortOrder == m_sortOrder && m_data &&
        listing.rowOrder.size() == m_data->rows.size()) {
        m_order = std::move(listing.rowOrder);
        updatePositions();
    } else { // the user sorted by another column while it was computed
        orderRows();
    }
    endResetModel();
}

int CustomerListModel::dataRow(int row) const
{
    return row >= 0 && size_t(row) < m_order.size() ? m_order[size_t(row)] : -1;
}

int CustomerListModel::rowOfDataRow(int dataRow) const
{
    return dataRow >= 0 && size_t(dataRow) < m_position.size() ? m_position[size_t(dataRow)] : -1;
}

const MemberRow *CustomerListModel::member(int row) const
{
    const int d = dataRow(row);
    return d >= 0 && m_data ? &m_data->rows[size_t(d)] : nullptr;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_data || m_data->rows.empty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int32_t> dataRows;
    dataRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        dataRows.push_back(dataRow(index.row()));
    orderRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfDataRow(dataRows[size_t(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerListModel::orderRows()
{
    m_order.clear();
    if (m_data)
        m_order = orderCustomerRows(*m_data, m_sortColumn, m_sortOrder);
    updatePositions();
}

void CustomerListModel::updatePositions()
{
    m_position.assign(m_order.size(), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_position[size_t(m_order[row])] = int32_t(row);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    const MemberRow *m = index.isValid() ? member(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Orders:
        case NetSales:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return m->customerId;
    case Name:
        return m->name;
    case Country:
        return m->country.isEmpty() ? QString() : core::countryDisplayName(m->country);
    case FirstPurchase:
        return formatDate(m->firstPurchase, m_locale);
    case LastPurchase:
        return formatDate(m->lastPurchase, m_locale);
    case Orders:
        return formatCount(m->orders, m_locale);
    case NetSales:
        // A customer whose lines have no prices: the money is unknown, never 0 (METRICS.md section 1).
        return m->moneyUnknown ? tr("no prices") : formatMoney(core::Money::fromUnits(m->netSales), m_locale);
    case Segment:
        return m->segment;
    case Lifecycle:
        return m_lifecycleNames.value(int(m->lifecycle));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Country:
        return tr("Country");
    case FirstPurchase:
        return tr("First purchase");
    case LastPurchase:
        return tr("Last purchase");
    case Orders:
        return tr("Orders");
    case NetSales:
        return tr("Net sales");
    case Segment:
        return tr("Segment");
    case Lifecycle:
        return tr("Lifecycle");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace storelens::ui
