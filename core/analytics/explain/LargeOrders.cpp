#include "core/analytics/explain/LargeOrders.h"

#include "core/analytics/kpi/KpiEngine.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace storelens::core::analytics::explain::detail {

namespace {

constexpr double kUnitsPerCurrency = 10000.0; // money is in ten-thousandths
constexpr size_t kCancelMask = 0xFFFF;

// One order's lines in a period.
struct OrderSum
{
    int64_t net = 0;
    int32_t day = 0;
    int32_t store = -1;
    int32_t product = -1;
    int64_t largestLine = 0;
};

using OrderSums = std::unordered_map<int32_t, OrderSum>;

bool sumOrders(const Snapshot &s, const ResolvedFilter &filter, const Period &p, const CancelCheck &cancelled,
               OrderSums *out)
{
    const size_t lo = firstLineOnOrAfter(s, p.from.toJulianDay());
    const size_t hi = firstLineOnOrAfter(s, p.to.toJulianDay() + 1);
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & kCancelMask) == kCancelMask && cancelled && cancelled())
            return false;
        if (!filter.includesLine(i))
            continue;
        const int64_t amount = s.gross[i] - s.discount[i];
        auto [it, added] = out->try_emplace(s.order[i]);
        OrderSum &o = it->second;
        if (added) {
            o.day = s.day[i];
            o.store = s.store[i];
        }
        o.net += amount;
        if (o.product < 0 || std::llabs(amount) > o.largestLine) {
            o.largestLine = std::llabs(amount);
            o.product = s.product[i];
        }
    }
    return true;
}

// The median of the positive order totals of both periods (ten-thousandths); 0 when there are none.
double medianOrder(const OrderSums &a, const OrderSums &b)
{
    std::vector<int64_t> nets;
    nets.reserve(a.size() + b.size());
    for (const OrderSums *sums : {&a, &b}) {
        for (const auto &entry : *sums) {
            if (entry.second.net > 0)
                nets.push_back(entry.second.net);
        }
    }
    if (nets.empty())
        return 0;
    std::sort(nets.begin(), nets.end());
    const size_t n = nets.size();
    return n % 2 == 1 ? double(nets[n / 2]) : (double(nets[n / 2 - 1]) + double(nets[n / 2])) / 2.0;
}

LargeOrder largeOrder(const Snapshot &s, int32_t order, const OrderSum &sum, bool comparison)
{
    LargeOrder o;
    o.orderId = s.orderIds.value(order);
    o.date = QDate::fromJulianDay(sum.day);
    o.store = sum.store >= 0 ? s.stores.value(sum.store) : QString();
    if (sum.product >= 0 && size_t(sum.product) < s.productCategory.size()) {
        const int32_t category = s.productCategory[size_t(sum.product)];
        o.category = category >= 0 ? s.categories.value(category) : QString();
    }
    o.inComparisonPeriod = comparison;
    o.net = double(sum.net) / kUnitsPerCurrency;
    o.effect = comparison ? -o.net : o.net;
    return o;
}

} // namespace

bool findLargeOrders(const Snapshot &snapshot, const ResolvedFilter &filter, const Period &comparison,
                     const Period &period, double change, const CancelCheck &cancelled,
                     std::vector<LargeOrder> *out)
{
    out->clear();
    OrderSums before;
    OrderSums now;
    if (!sumOrders(snapshot, filter, comparison, cancelled, &before) ||
        !sumOrders(snapshot, filter, period, cancelled, &now))
        return false;
    const double median = medianOrder(before, now);
    if (median <= 0 || change == 0)
        return true;
    std::vector<LargeOrder> large;
    for (const auto *sums : {&before, &now}) {
        for (const auto &[order, sum] : *sums) {
            if (std::fabs(double(sum.net)) >= kLargeOrderFactor * median)
                large.push_back(largeOrder(snapshot, order, sum, sums == &before));
        }
    }
    // Largest first; ties in a stable order (period, day, id), so the note does not change between runs.
    std::sort(large.begin(), large.end(), [](const LargeOrder &a, const LargeOrder &b) {
        if (std::fabs(a.net) != std::fabs(b.net))
            return std::fabs(a.net) > std::fabs(b.net);
        if (a.inComparisonPeriod != b.inComparisonPeriod)
            return a.inComparisonPeriod;
        if (a.date != b.date)
            return a.date < b.date;
        return a.orderId < b.orderId;
    });
    if (large.size() > kMaxLargeOrders)
        large.resize(kMaxLargeOrders);
    double effect = 0;
    for (const LargeOrder &o : large)
        effect += o.effect;
    if (!large.empty() && std::fabs(effect) >= kLargeOrderShare * std::fabs(change))
        *out = std::move(large);
    return true;
}

} // namespace storelens::core::analytics::explain::detail
