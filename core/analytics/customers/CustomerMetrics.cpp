#include "core/analytics/customers/CustomerMetrics.h"

namespace storelens::core::analytics {

CustomerMetrics CustomerMetrics::compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    CustomerMetrics m;
    const size_t customerCount = snapshot.customers.size();
    m.firstDay.assign(customerCount, kNoDay);
    m.lastDay.assign(customerCount, kNoDay);
    m.orders.assign(customerCount, 0);
    m.netSales.assign(customerCount, 0);
    m.salesLessDiscount.assign(customerCount, 0);
    m.rowOfCustomer.assign(customerCount, -1);
    if (snapshot.isEmpty())
        return m;
    m.asOfDay = snapshot.day.back();

    // The customer an order was last counted for: orders are counted once per customer.
    std::vector<int32_t> orderCountedFor(snapshot.orderIds.size(), -1);
    const size_t n = snapshot.lineCount();
    const int32_t *customer = snapshot.customer.data();
    const int32_t *day = snapshot.day.data();
    const int32_t *order = snapshot.order.data();
    const int64_t *quantity = snapshot.quantity.data();
    const int64_t *gross = snapshot.gross.data();
    const int64_t *discount = snapshot.discount.data();
    const uint8_t *mask = lineMask ? lineMask->data() : nullptr;
    for (size_t i = 0; i < n; ++i) {
        const int32_t c = customer[i];
        if (c < 0 || (mask && !mask[i]))
            continue;
        const int64_t amount = gross[i] - discount[i];
        m.netSales[size_t(c)] += amount;
        if (quantity[i] <= 0)
            continue;
        m.salesLessDiscount[size_t(c)] += amount;
        if (m.firstDay[size_t(c)] == kNoDay)
            m.firstDay[size_t(c)] = day[i];
        m.lastDay[size_t(c)] = day[i]; // lines are sorted by day
        int32_t &counted = orderCountedFor[size_t(order[i])];
        if (counted != c) {
            counted = c;
            ++m.orders[size_t(c)];
        }
    }

    m.population.reserve(customerCount);
    for (size_t c = 0; c < customerCount; ++c) {
        if (m.firstDay[c] == kNoDay)
            continue;
        m.rowOfCustomer[c] = int32_t(m.population.size());
        m.population.push_back(int32_t(c));
        m.populationNetSales += m.netSales[c];
    }
    return m;
}

} // namespace storelens::core::analytics
