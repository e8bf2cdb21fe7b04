#include "core/analytics/kpi/Breakdowns.h"

#include "core/model/EnumKeys.h"

#include <algorithm>

namespace storelens::core::analytics {

QString breakdownKey(BreakdownDimension dimension)
{
    static constexpr const char *keys[] = {"store", "channel", "country", "category", "product"};
    return enumKey(keys, dimension);
}

namespace {

struct Acc
{
    int64_t net = 0;
    int64_t gross = 0;
    int64_t orders = 0;
    int64_t units = 0;
    int32_t lastOrder = -1;
    bool seen = false;
};

} // namespace

Breakdown computeBreakdown(const Snapshot &s, const ResolvedFilter &filter, const Period &period,
                           BreakdownDimension dimension, int topN, const CancelCheck &cancelled)
{
    Breakdown result;
    result.dimension = dimension;
    result.period = period;
    if (!period.isValid())
        return result;

    const std::vector<int32_t> *column = nullptr;
    qsizetype dictionarySize = 0;
    switch (dimension) {
    case BreakdownDimension::Store:
        column = &s.store;
        dictionarySize = s.stores.size();
        break;
    case BreakdownDimension::Channel:
        column = &s.channel;
        dictionarySize = s.channels.size();
        break;
    case BreakdownDimension::Country:
        column = &s.country;
        dictionarySize = s.countries.size();
        break;
    case BreakdownDimension::Category:
        dictionarySize = s.categories.size();
        break;
    case BreakdownDimension::Product:
        column = &s.product;
        dictionarySize = s.skus.size();
        break;
    }
    // Slot 0 holds "none" (index -1); slot k + 1 holds dictionary index k.
    std::vector<Acc> acc(size_t(dictionarySize) + 1);
    const size_t lo = firstLineOnOrAfter(s, period.from.toJulianDay());
    const size_t hi = firstLineOnOrAfter(s, period.to.toJulianDay() + 1);
    int64_t total = 0;
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & 0xFFFF) == 0xFFFF && cancelled && cancelled())
            return Breakdown();
        if (!filter.includesLine(i))
            continue;
        int32_t key = -1;
        if (column) {
            key = (*column)[i];
        } else {
            const int32_t p = s.product[i];
            key = p >= 0 && size_t(p) < s.productCategory.size() ? s.productCategory[size_t(p)] : -1;
        }
        Acc &a = acc[size_t(key + 1)];
        a.seen = true;
        const int64_t amount = s.gross[i] - s.discount[i];
        a.net += amount;
        total += amount;
        if (s.quantity[i] <= 0)
            continue;
        a.gross += s.gross[i];
        a.units += s.quantity[i];
        // Lines are sorted by (day, order), so an order's lines on one day are adjacent.
        if (a.lastOrder != s.order[i]) {
            a.lastOrder = s.order[i];
            ++a.orders;
        }
    }
    result.totalNetSales = Money::fromUnits(total);
    for (size_t k = 0; k < acc.size(); ++k) {
        const Acc &a = acc[k];
        if (!a.seen)
            continue;
        // Fees and adjustments marked "not a product" count in the total but are no product to rank.
        if (dimension == BreakdownDimension::Product && k > 0 && k - 1 < s.productNonMerchandise.size() &&
            s.productNonMerchandise[k - 1] != 0)
            continue;
        BreakdownRow row;
        row.index = int32_t(k) - 1;
        row.netSales = Money::fromUnits(a.net);
        row.grossSales = Money::fromUnits(a.gross);
        row.orders = a.orders;
        row.unitsMilli = a.units;
        row.shareOfNetSales = total != 0 ? double(a.net) / double(total) : 0.0;
        if (row.index >= 0) {
            switch (dimension) {
            case BreakdownDimension::Store:
                row.label = s.stores.at(row.index);
                break;
            case BreakdownDimension::Channel:
                row.label = s.channels.at(row.index);
                break;
            case BreakdownDimension::Country:
                row.label = s.countries.at(row.index);
                break;
            case BreakdownDimension::Category:
                row.label = s.categories.at(row.index);
                break;
            case BreakdownDimension::Product:
                row.sku = s.skus.at(row.index);
                // A till without SKUs has its item name as the SKU (the importer's rule): name it once.
                row.label =
                    s.productNames.value(row.index).isEmpty() || s.productNames.at(row.index) == row.sku
                        ? row.sku
                        : row.sku + QLatin1Char(' ') + s.productNames.at(row.index);
                break;
            }
        }
        result.rows.push_back(std::move(row));
    }
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const BreakdownRow &a, const BreakdownRow &b) { return a.netSales > b.netSales; });
    if (topN > 0 && result.rows.size() > size_t(topN))
        result.rows.resize(size_t(topN));
    return result;
}

} // namespace storelens::core::analytics
