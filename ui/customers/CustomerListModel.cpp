#include "ui/customers/CustomerListModel.h"

#include "core/model/Money.h"
#include "ui/common/Formatting.h"

#include <algorithm>
#include <numeric>

namespace storelens::ui {

using namespace core::analytics;

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (LifecycleStage stage :
         {LifecycleStage::New, LifecycleStage::Lapsed, LifecycleStage::AtRisk, LifecycleStage::Active})
        m_lifecycleNames.append(lifecycleDisplayName(stage));
}

void CustomerListModel::setResult(CustomersDataPtr data)
{
    beginResetModel();
    m_data = std::move(data);
    m_locale = QLocale();
    orderRows();
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
    m_position.clear();
    if (!m_data)
        return;
    const CustomersData &d = *m_data;
    const size_t n = d.rows.size();
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto sortBy = [this](auto key) {
        // Stable, so equal keys keep the population order in both directions.
        if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(m_order.begin(), m_order.end(),
                             [&key](int32_t a, int32_t b) { return key(a) < key(b); });
        else
            std::stable_sort(m_order.begin(), m_order.end(),
                             [&key](int32_t a, int32_t b) { return key(b) < key(a); });
    };
    const auto &rows = d.rows;
    switch (Column(m_sortColumn)) {
    case Id:
        sortBy([&d](int32_t r) { return d.idRanks[size_t(r)]; });
        break;
    case Name:
        sortBy([&d](int32_t r) { return d.nameRanks[size_t(r)]; });
        break;
    case Country:
        sortBy([&d](int32_t r) { return d.countryRanks[size_t(r)]; });
        break;
    case FirstPurchase:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].firstPurchase.toJulianDay(); });
        break;
    case LastPurchase:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].lastPurchase.toJulianDay(); });
        break;
    case Orders:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].orders; });
        break;
    case NetSales:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].netSales; });
        break;
    case Segment:
        sortBy([&d](int32_t r) { return d.segmentRanks[size_t(r)]; });
        break;
    case Lifecycle:
        sortBy([&rows](int32_t r) { return int(rows[size_t(r)].lifecycle); });
        break;
    case ColumnCount:
        break;
    }
    m_position.assign(n, -1);
    for (size_t row = 0; row < n; ++row)
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
        return m->country;
    case FirstPurchase:
        return formatDate(m->firstPurchase, m_locale);
    case LastPurchase:
        return formatDate(m->lastPurchase, m_locale);
    case Orders:
        return formatCount(m->orders, m_locale);
    case NetSales:
        return formatMoney(core::Money::fromUnits(m->netSales), m_locale);
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
