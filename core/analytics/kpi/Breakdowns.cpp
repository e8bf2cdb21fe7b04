#include "core/analytics/kpi/Breakdowns.h"

#include "core/model/EnumKeys.h"

#include <algorithm>
#include <unordered_set>

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

// Counts each order once per row it sells in (METRICS.md section 2: an order is a distinct order id with a
// sale line in the period), however many days its sale lines fall on: a till's refund written as a sale of
// a negative amount, days after its sale, is the same order. Lines are sorted by (day, order), so an order's
// lines on one day are adjacent and the row's last order tells; an order that sells again on a later day
// (rare) switches to a set of its (row, order) pairs, seeded with the rows of its earlier days.
class OrderCounter
{
public:
    OrderCounter(const Snapshot &s, const ResolvedFilter &filter, const std::vector<int32_t> *column)
        : m_s(s)
        , m_filter(filter)
        , m_column(column)
        , m_firstLine(size_t(s.orderIds.size()), kNone)
    {
    }

    // The row (dictionary index + 1) line i counts in.
    size_t slotOf(size_t i) const
    {
        int32_t key = -1;
        if (m_column) {
            key = (*m_column)[i];
        } else {
            const int32_t p = m_s.product[i];
            key = p >= 0 && size_t(p) < m_s.productCategory.size() ? m_s.productCategory[size_t(p)] : -1;
        }
        return size_t(key + 1);
    }

    // Whether sale line i (within the filter and the period) is the first of its order in its row.
    bool firstInRow(size_t i, Acc &a)
    {
        const int32_t o = m_s.order[i];
        uint32_t &first = m_firstLine[size_t(o)];
        if (first == kNone)
            first = uint32_t(i);
        if (m_s.day[first] == m_s.day[i]) {
            if (a.lastOrder == o)
                return false;
            a.lastOrder = o;
            return true;
        }
        if (m_spread.insert(o).second)
            seed(o, first);
        return m_pairs.insert(pairOf(i, o)).second;
    }

private:
    static constexpr uint32_t kNone = UINT32_MAX;

    uint64_t pairOf(size_t line, int32_t o) const { return (uint64_t(slotOf(line)) << 32) | uint32_t(o); }

    // Order o sells on a later day than its first: the rows of its first day's sale lines (adjacent from
    // `first`) go into the set.
    void seed(int32_t o, size_t first)
    {
        for (size_t j = first; j < m_s.lineCount() && m_s.day[j] == m_s.day[first] && m_s.order[j] == o;
             ++j) {
            if (m_s.quantity[j] > 0 && m_filter.includesLine(j))
                m_pairs.insert(pairOf(j, o));
        }
    }

    const Snapshot &m_s;
    const ResolvedFilter &m_filter;
    const std::vector<int32_t> *m_column; // nullptr: the product's category
    std::vector<uint32_t> m_firstLine;    // by order: its first sale line in the period
    std::unordered_set<int32_t> m_spread; // orders selling on more than one day
    std::unordered_set<uint64_t> m_pairs; // (row, order) of those orders, counted
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
    OrderCounter orders(s, filter, column);
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & 0xFFFF) == 0xFFFF && cancelled && cancelled())
            return Breakdown();
        if (!filter.includesLine(i))
            continue;
        Acc &a = acc[orders.slotOf(i)];
        a.seen = true;
        const int64_t amount = s.gross[i] - s.discount[i];
        a.net += amount;
        total += amount;
        if (s.quantity[i] <= 0)
            continue;
        a.gross += s.gross[i];
        a.units += s.quantity[i];
        if (orders.firstInRow(i, a))
            ++a.orders;
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
                if (s.productNames.value(row.index) != row.sku)
                    row.name = s.productNames.value(row.index);
                row.label = row.name.isEmpty() ? row.sku : row.sku + QLatin1Char(' ') + row.name;
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
