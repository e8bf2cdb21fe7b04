#pragma once

#include "core/analytics/snapshot/Snapshot.h"

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {

// One order of a customer as the profile shows it: the customer's filtered lines of one order id.
struct CustomerOrderEntry
{
    int32_t order = -1;   // index into Snapshot::orderIds
    int32_t day = 0;      // Julian day of the order's first line
    int32_t store = -1;   // store of that line
    int32_t channel = -1; // channel of that line
    int32_t lines = 0;
    int64_t units = 0;         // Σ quantity over sale lines, thousandths
    int64_t returnedUnits = 0; // −Σ quantity over return lines (a positive number), thousandths
    int64_t netSales = 0;      // Σ line amount, returns included, ten-thousandths
    bool hasSale = false;      // holds a sale line: counts as an order (METRICS.md section 2)
    int32_t pricedLines = 0;   // lines with a price; 0: the money is unknown (METRICS.md section 1)
    bool moneyUnknown() const { return pricedLines == 0; }
};

// A product the customer bought, over their filtered lines.
struct CustomerProductEntry
{
    int32_t product = -1;    // index into Snapshot::skus
    int64_t quantity = 0;    // net: sale minus returned quantity, thousandths
    int64_t netSales = 0;    // Σ line amount, returns included, ten-thousandths
    int32_t orders = 0;      // distinct orders with a sale line of the product
    int32_t lastDay = 0;     // Julian day of the last sale line of the product
    int32_t pricedLines = 0; // lines with a price; 0: the money is unknown (METRICS.md section 1)
    bool moneyUnknown() const { return pricedLines == 0; }
};

struct CustomerCategoryEntry
{
    int32_t category = -1; // index into Snapshot::categories, -1: products without a category
    int64_t quantity = 0;
    int64_t netSales = 0;
    int32_t pricedLines = 0; // lines with a price; 0: the money is unknown (METRICS.md section 1)
    bool moneyUnknown() const { return pricedLines == 0; }
};

// What one customer bought, for the profile pane: their orders in time order, and their products and
// categories by net sales. Computed over the lines `lineMask` selects (the filters), all time up to the as-of
// date, like CustomerMetrics, so its totals equal that customer's CustomerMetrics figures.
struct CustomerProfile
{
    int32_t customer = -1;
    std::vector<CustomerOrderEntry> orders;        // by the day of their first line
    std::vector<CustomerProductEntry> products;    // net sales descending, then SKU
    std::vector<CustomerCategoryEntry> categories; // net sales descending, then name
    int32_t saleOrders = 0;                        // orders with a sale line (CustomerMetrics::orders)
    int64_t netSales = 0;                          // Σ line amount (CustomerMetrics::netSales)

    // One pass over the lines. `lineMask` as in CustomerMetrics::compute (nullptr: all lines).
    static CustomerProfile compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                   int32_t customer);
};

} // namespace storelens::core::analytics
