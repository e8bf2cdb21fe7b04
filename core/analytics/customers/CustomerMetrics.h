#pragma once

#include "core/analytics/snapshot/Snapshot.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace storelens::core::analytics {

// Sentinel for "no sale line" in CustomerMetrics::firstDay / lastDay.
constexpr int32_t kNoDay = std::numeric_limits<int32_t>::min();

// Per-customer aggregates over the filtered order lines, all time up to the as-of date (METRICS.md sections
// 5 and 6). Every per-customer vector is indexed by the snapshot's customer index. The population is every
// identified customer with at least one sale line within the filters (sections 5-6); the date range does not
// restrict it.
struct CustomerMetrics
{
    int32_t asOfDay = 0; // Julian day of the as-of date: the last day with any line, before filters

    std::vector<int32_t> firstDay; // first sale line's day, kNoDay when none
    std::vector<int32_t> lastDay;  // last sale line's day, kNoDay when none
    std::vector<int32_t> orders;   // distinct orders with sale lines
    std::vector<int64_t> netSales; // Σ line amount over all lines, returns included (ten-thousandths)
    std::vector<int64_t> salesLessDiscount; // Σ (gross − discount) over sale lines: the AOV numerator

    // Customer indexes of the population, ascending.
    std::vector<int32_t> population;
    // For each customer index, its position in `population`, or -1 when outside it.
    std::vector<int32_t> rowOfCustomer;

    int64_t populationNetSales = 0; // Σ netSales over the population

    // Lines imported without prices (METRICS.md section 1): empty when every line has a price, else 1 for a
    // customer with filtered lines none of which has a price. Their net sales and AOV are unknown ("no prices
    // imported"), never 0; a customer with some priced lines has the sum of those.
    std::vector<uint8_t> moneyUnknown;
    bool isMoneyUnknown(size_t customer) const
    {
        return !moneyUnknown.empty() && moneyUnknown[customer] != 0;
    }
    // Distinct orders with a priced sale line (the AOV denominator); empty when every line has a price.
    std::vector<int32_t> pricedOrders;
    int32_t ordersWithPrices(size_t customer) const
    {
        return pricedOrders.empty() ? orders[customer] : pricedOrders[customer];
    }
    int64_t populationWithoutPrices = 0; // population customers whose money is unknown
    // No population customer has a priced line: populationNetSales is unknown, not 0.
    bool populationMoneyUnknown() const
    {
        return !population.empty() && populationWithoutPrices == int64_t(size());
    }

    size_t size() const { return population.size(); }

    // `lineMask` selects the filtered lines (nullptr: all lines). A copy of the totals kept with the snapshot
    // (CustomerTotals.h): one pass over the lines on the snapshot's first request for that mask.
    static CustomerMetrics compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask);
};

} // namespace storelens::core::analytics
