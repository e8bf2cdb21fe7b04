#include "ui/customers/CustomersListing.h"

#include "core/session/WorkspaceSession.h"
#include "ui/customers/CustomerListModel.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace storelens::ui {

using core::session::CustomersResult;

std::vector<int32_t> orderCustomerRows(const CustomersResult &d, int column, Qt::SortOrder sortOrder)
{
    std::vector<int32_t> order(d.rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto sortBy = [&order, sortOrder](auto key) {
        // Stable, so equal keys keep the population order in both directions.
        if (sortOrder == Qt::AscendingOrder)
            std::stable_sort(order.begin(), order.end(),
                             [&key](int32_t a, int32_t b) { return key(a) < key(b); });
        else
            std::stable_sort(order.begin(), order.end(),
                             [&key](int32_t a, int32_t b) { return key(b) < key(a); });
    };
    const auto &rows = d.rows;
    switch (CustomerListModel::Column(column)) {
    case CustomerListModel::Id:
        sortBy([&d](int32_t r) { return d.idRanks[size_t(r)]; });
        break;
    case CustomerListModel::Name:
        sortBy([&d](int32_t r) { return d.nameRanks[size_t(r)]; });
        break;
    case CustomerListModel::Country:
        sortBy([&d](int32_t r) { return d.countryRanks[size_t(r)]; });
        break;
    case CustomerListModel::FirstPurchase:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].firstPurchase.toJulianDay(); });
        break;
    case CustomerListModel::LastPurchase:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].lastPurchase.toJulianDay(); });
        break;
    case CustomerListModel::Orders:
        sortBy([&rows](int32_t r) { return rows[size_t(r)].orders; });
        break;
    case CustomerListModel::NetSales:
        // Customers without prices (unknown money) sort below every known amount.
        sortBy([&rows](int32_t r) {
            return std::make_pair(!rows[size_t(r)].moneyUnknown, rows[size_t(r)].netSales);
        });
        break;
    case CustomerListModel::Segment:
        sortBy([&d](int32_t r) { return d.segmentRanks[size_t(r)]; });
        break;
    case CustomerListModel::Lifecycle:
        sortBy([&rows](int32_t r) { return int(rows[size_t(r)].lifecycle); });
        break;
    case CustomerListModel::ColumnCount:
        break;
    }
    return order;
}

core::Result<CustomersListing> computeCustomersListing(core::session::WorkspaceSession &session,
                                                       const core::analytics::Query &query, int sortColumn,
                                                       Qt::SortOrder sortOrder, const TaskControl &control)
{
    auto data = session.customers(query, control);
    if (!data)
        return data.error();
    CustomersListing listing;
    listing.rowOrder = orderCustomerRows(*data.value(), sortColumn, sortOrder);
    listing.data = std::move(data).value();
    listing.sortColumn = sortColumn;
    listing.sortOrder = sortOrder;
    return listing;
}

} // namespace storelens::ui
