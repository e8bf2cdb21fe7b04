#include "core/analytics/customers/CustomerMetrics.h"

#include "core/analytics/customers/CustomerPrefetch.h"
#include "core/analytics/customers/CustomerTotals.h"

#include <algorithm>

namespace storelens::core::analytics {

namespace {

// One customer's running sums during the pass, in one cache line: a million customers' separate arrays
// would cost a cache miss per array on each line (the lines visit customers in no order).
struct alignas(32) Running
{
    int64_t netSales = 0;
    int64_t salesLessDiscount = 0;
    int32_t firstDay = kNoDay;
    int32_t lastDay = kNoDay;
    int32_t orders = 0;
    int32_t firstChannel = -1; // the channel of the first sale line
};

} // namespace

CustomerMetrics CustomerMetrics::compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    return customerTotals(snapshot, lineMask)->metrics;
}

CustomerTotals computeCustomerTotals(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    CustomerTotals totals;
    CustomerMetrics &m = totals.metrics;
    const size_t customerCount = snapshot.customers.size();
    m.rowOfCustomer.assign(customerCount, -1);
    if (snapshot.isEmpty()) {
        m.firstDay.assign(customerCount, kNoDay);
        m.lastDay.assign(customerCount, kNoDay);
        m.orders.assign(customerCount, 0);
        m.netSales.assign(customerCount, 0);
        m.salesLessDiscount.assign(customerCount, 0);
        totals.firstSaleChannel.assign(customerCount, -1);
        return totals;
    }
    m.asOfDay = snapshot.day.back();

    // The customer an order was last counted for: orders are counted once per customer.
    std::vector<int32_t> orderCountedFor(snapshot.orderIds.size(), -1);
    std::vector<Running> running(customerCount);
    const size_t n = snapshot.lineCount();
    const int32_t *customer = snapshot.customer.data();
    const int32_t *day = snapshot.day.data();
    const int32_t *order = snapshot.order.data();
    const int64_t *quantity = snapshot.quantity.data();
    const int64_t *gross = snapshot.gross.data();
    const int64_t *discount = snapshot.discount.data();
    const uint8_t *mask = lineMask ? lineMask->data() : nullptr;
    // 0: no line seen, 1: only lines without prices, 2: a priced line.
    std::vector<uint8_t> priced(snapshot.unpriced.empty() ? 0 : customerCount, 0);
    std::vector<int32_t> pricedOrderCountedFor(priced.empty() ? 0 : snapshot.orderIds.size(), -1);
    m.pricedOrders.assign(priced.size(), 0);
    for (size_t i = 0; i < n; ++i) {
        prefetchCustomerAhead(running.data(), customer, i, n);
        const int32_t c = customer[i];
        if (c < 0 || (mask && !mask[i]))
            continue;
        if (!priced.empty())
            priced[size_t(c)] = std::max<uint8_t>(priced[size_t(c)], snapshot.isUnpriced(i) ? 1 : 2);
        Running &r = running[size_t(c)];
        const int64_t amount = gross[i] - discount[i];
        r.netSales += amount;
        if (quantity[i] <= 0)
            continue;
        r.salesLessDiscount += amount;
        if (r.firstDay == kNoDay) {
            r.firstDay = day[i];
            r.firstChannel = snapshot.channel[i];
        }
        r.lastDay = day[i]; // lines are sorted by day
        int32_t &counted = orderCountedFor[size_t(order[i])];
        if (counted != c) {
            counted = c;
            ++r.orders;
        }
        if (!priced.empty() && !snapshot.isUnpriced(i)) {
            int32_t &pricedCounted = pricedOrderCountedFor[size_t(order[i])];
            if (pricedCounted != c) {
                pricedCounted = c;
                ++m.pricedOrders[size_t(c)];
            }
        }
    }
    m.firstDay.resize(customerCount);
    m.lastDay.resize(customerCount);
    m.orders.resize(customerCount);
    m.netSales.resize(customerCount);
    m.salesLessDiscount.resize(customerCount);
    totals.firstSaleChannel.resize(customerCount);
    for (size_t c = 0; c < customerCount; ++c) {
        const Running &r = running[c];
        m.firstDay[c] = r.firstDay;
        m.lastDay[c] = r.lastDay;
        m.orders[c] = r.orders;
        m.netSales[c] = r.netSales;
        m.salesLessDiscount[c] = r.salesLessDiscount;
        totals.firstSaleChannel[c] = r.firstChannel;
    }

    if (!priced.empty()) {
        m.moneyUnknown.assign(customerCount, 0);
        for (size_t c = 0; c < customerCount; ++c)
            m.moneyUnknown[c] = priced[c] == 1 ? 1 : 0;
    }
    m.population.reserve(customerCount);
    for (size_t c = 0; c < customerCount; ++c) {
        if (m.firstDay[c] == kNoDay)
            continue;
        m.rowOfCustomer[c] = int32_t(m.population.size());
        m.population.push_back(int32_t(c));
        m.populationNetSales += m.netSales[c];
        m.populationWithoutPrices += m.isMoneyUnknown(c) ? 1 : 0;
    }
    return totals;
}

} // namespace storelens::core::analytics
