#include "core/analytics/explain/LargeOrders.h"

#include "core/analytics/kpi/KpiEngine.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace storelens::core::analytics::explain::detail {

namespace {

constexpr double kUnitsPerCurrency = 10000.0; // money is in ten-thousandths
constexpr size_t kCancelMask = 0xFFFF;
constexpr int32_t kNoSlot = -1;

// The orders of one period's filtered lines and each one's net sales, in the order they were first met.
struct PeriodOrders
{
    std::vector<int32_t> order;
    std::vector<int64_t> net;
};

// Where an order stands in the period being summed, by order index (kNoSlot: not met yet). One int32 an order
// instead of a hash-map node (at 10,000,000 lines the two periods' maps held 2.9 million nodes, 175 MiB).
// Every slot is kNoSlot again after each use.
using OrderSlots = std::vector<int32_t>;

bool sumOrders(const Snapshot &s, const ResolvedFilter &filter, const Period &p, const CancelCheck &cancelled,
               OrderSlots &slots, PeriodOrders *out)
{
    const size_t lo = firstLineOnOrAfter(s, p.from.toJulianDay());
    const size_t hi = firstLineOnOrAfter(s, p.to.toJulianDay() + 1);
    // At most one order a line: reserved, not touched, so the memory it does not use is never paged in.
    const size_t most = std::min(hi - std::min(lo, hi), slots.size());
    out->order.reserve(most);
    out->net.reserve(most);
    bool finished = true;
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & kCancelMask) == kCancelMask && cancelled && cancelled()) {
            finished = false;
            break;
        }
        if (!filter.includesLine(i))
            continue;
        int32_t &slot = slots[size_t(s.order[i])];
        if (slot == kNoSlot) {
            slot = int32_t(out->order.size());
            out->order.push_back(s.order[i]);
            out->net.push_back(0);
        }
        out->net[size_t(slot)] += s.gross[i] - s.discount[i];
    }
    for (const int32_t order : out->order)
        slots[size_t(order)] = kNoSlot;
    return finished;
}

// The median of the positive order totals of both periods (ten-thousandths); 0 when there are none.
double medianOrder(const PeriodOrders &a, const PeriodOrders &b)
{
    std::vector<int64_t> nets;
    nets.reserve(a.net.size() + b.net.size());
    for (const PeriodOrders *sums : {&a, &b}) {
        for (const int64_t net : sums->net) {
            if (net > 0)
                nets.push_back(net);
        }
    }
    if (nets.empty())
        return 0;
    const size_t n = nets.size();
    const auto middle = nets.begin() + ptrdiff_t(n / 2);
    std::nth_element(nets.begin(), middle, nets.end());
    if (n % 2 == 1)
        return double(*middle);
    // The other middle value is the largest of the lower half.
    return (double(*std::max_element(nets.begin(), middle)) + double(*middle)) / 2.0;
}

// A large order of one period: its net sales, and from its filtered lines in the period the day and store
// of the first and the product of the largest (the first of equal ones; a line without a product gives way
// to the next).
struct Candidate
{
    int32_t order = 0;
    int64_t net = 0;
    bool comparison = false;
    int32_t day = 0;
    int32_t store = -1;
    int32_t product = -1;
    int64_t largestLine = 0;
};

// The orders of `sums` whose net sales are at least `threshold` in magnitude, with their first line's day
// and store and their largest line's product from a second pass over the period's lines.
bool largeOrdersOf(const Snapshot &s, const ResolvedFilter &filter, const Period &p, const PeriodOrders &sums,
                   double threshold, bool comparison, const CancelCheck &cancelled, OrderSlots &slots,
                   std::vector<Candidate> *out)
{
    const size_t first = out->size();
    for (size_t k = 0; k < sums.order.size(); ++k) {
        if (std::fabs(double(sums.net[k])) < threshold)
            continue;
        slots[size_t(sums.order[k])] = int32_t(out->size());
        Candidate c;
        c.order = sums.order[k];
        c.net = sums.net[k];
        c.comparison = comparison;
        out->push_back(c);
    }
    if (out->size() == first)
        return true;
    std::vector<uint8_t> met(out->size() - first, 0);
    const size_t lo = firstLineOnOrAfter(s, p.from.toJulianDay());
    const size_t hi = firstLineOnOrAfter(s, p.to.toJulianDay() + 1);
    bool finished = true;
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & kCancelMask) == kCancelMask && cancelled && cancelled()) {
            finished = false;
            break;
        }
        const int32_t slot = slots[size_t(s.order[i])];
        if (slot == kNoSlot || !filter.includesLine(i))
            continue;
        Candidate &c = (*out)[size_t(slot)];
        if (!met[size_t(slot) - first]) {
            met[size_t(slot) - first] = 1;
            c.day = s.day[i];
            c.store = s.store[i];
        }
        const int64_t amount = std::llabs(s.gross[i] - s.discount[i]);
        if (c.product < 0 || amount > c.largestLine) {
            c.largestLine = amount;
            c.product = s.product[i];
        }
    }
    for (size_t k = first; k < out->size(); ++k)
        slots[size_t((*out)[k].order)] = kNoSlot;
    return finished;
}

LargeOrder largeOrder(const Snapshot &s, const Candidate &c)
{
    LargeOrder o;
    o.orderId = s.orderIds.value(c.order);
    o.date = QDate::fromJulianDay(c.day);
    o.store = c.store >= 0 ? s.stores.value(c.store) : QString();
    if (c.product >= 0 && size_t(c.product) < s.productCategory.size()) {
        const int32_t category = s.productCategory[size_t(c.product)];
        o.category = category >= 0 ? s.categories.value(category) : QString();
    }
    o.inComparisonPeriod = c.comparison;
    o.net = double(c.net) / kUnitsPerCurrency;
    o.effect = c.comparison ? -o.net : o.net;
    return o;
}

// Largest first; ties in a stable order (period, day, id), so the note does not change between runs.
bool namedBefore(const Snapshot &s, const Candidate &a, const Candidate &b)
{
    const double netA = std::fabs(double(a.net));
    const double netB = std::fabs(double(b.net));
    if (netA != netB)
        return netA > netB;
    if (a.comparison != b.comparison)
        return a.comparison;
    if (a.day != b.day)
        return a.day < b.day;
    return s.orderIds.value(a.order) < s.orderIds.value(b.order);
}

} // namespace

bool findLargeOrders(const Snapshot &snapshot, const ResolvedFilter &filter, const Period &comparison,
                     const Period &period, double change, const CancelCheck &cancelled,
                     std::vector<LargeOrder> *out)
{
    out->clear();
    OrderSlots slots(size_t(snapshot.orderIds.size()), kNoSlot);
    PeriodOrders before;
    PeriodOrders now;
    if (!sumOrders(snapshot, filter, comparison, cancelled, slots, &before) ||
        !sumOrders(snapshot, filter, period, cancelled, slots, &now))
        return false;
    const double median = medianOrder(before, now);
    if (median <= 0 || change == 0)
        return true;
    const double threshold = kLargeOrderFactor * median;
    std::vector<Candidate> large;
    if (!largeOrdersOf(snapshot, filter, comparison, before, threshold, true, cancelled, slots, &large) ||
        !largeOrdersOf(snapshot, filter, period, now, threshold, false, cancelled, slots, &large))
        return false;
    const size_t named = std::min(large.size(), kMaxLargeOrders);
    std::partial_sort(
        large.begin(), large.begin() + ptrdiff_t(named), large.end(),
        [&snapshot](const Candidate &a, const Candidate &b) { return namedBefore(snapshot, a, b); });
    std::vector<LargeOrder> orders;
    double effect = 0;
    for (size_t k = 0; k < named; ++k) {
        orders.push_back(largeOrder(snapshot, large[k]));
        effect += orders.back().effect;
    }
    if (!orders.empty() && std::fabs(effect) >= kLargeOrderShare * std::fabs(change))
        *out = std::move(orders);
    return true;
}

} // namespace storelens::core::analytics::explain::detail
