#pragma once

#include "core/analytics/kpi/KpiEngine.h"

#include <vector>

namespace storelens::core::analytics {

enum class BreakdownDimension { Store, Channel, Country, Category, Product };

QString breakdownKey(BreakdownDimension dimension); // "store", "channel", ...

struct BreakdownRow
{
    QString label;      // the store, channel, country or category name; for products "SKU name"
    QString sku;        // products only
    QString name;       // products only: the product's name; empty when it has none (or it is the SKU)
    int32_t index = -1; // into the snapshot's dictionary; -1 for "none" (no country, no category)
    Money netSales;
    Money grossSales;
    qint64 orders = 0;          // orders with a sale line of this value in the period
    qint64 unitsMilli = 0;      // Σ quantity over sale lines, thousandths
    double shareOfNetSales = 0; // of the whole period's net sales (fraction); 0 when that is 0
};

struct Breakdown
{
    BreakdownDimension dimension = BreakdownDimension::Store;
    Period period;
    Money totalNetSales;
    std::vector<BreakdownRow> rows; // by net sales, largest first; products: the top N
};

// Net sales, gross sales, orders and units by dimension over the filtered lines of the period. topN limits
// the rows (0 = all); it is meant for products. Lines without a country or category form a row with index -1.
// Products marked "not a product" (Snapshot::productNonMerchandise) have no row; their sales stay in the
// total.
Breakdown computeBreakdown(const Snapshot &snapshot, const ResolvedFilter &filter, const Period &period,
                           BreakdownDimension dimension, int topN = 0, const CancelCheck &cancelled = {});

} // namespace storelens::core::analytics
