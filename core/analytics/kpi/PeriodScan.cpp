// The passes over a period's lines behind the KPIs of a period (KpiEngineInternal.h): the period's sums,
// orders and customers (scanPeriod), the traffic it meets, and the customers of the retention windows.
#include "core/analytics/kpi/KpiEngineInternal.h"

#include <algorithm>
#include <array>

namespace storelens::core::analytics::detail {

namespace {
constexpr size_t kCancelStride = 1 << 16;
}

TrafficMask trafficMask(const Snapshot &snapshot, const ResolvedFilter &filter, int32_t fromDay,
                        int32_t toDay)
{
    TrafficMask m;
    m.days = int64_t(toDay) - fromDay + 1;
    if (snapshot.traffic.empty())
        return m;
    // Visitors count only at stores where the selected lines sell in the period: a channel or category filter
    // that reaches no store with traffic has no conversion rate, not a rate of 0.
    std::vector<uint8_t> selling(size_t(snapshot.stores.size()), 0);
    const size_t hi = firstLineOnOrAfter(snapshot, int64_t(toDay) + 1);
    for (size_t i = firstLineOnOrAfter(snapshot, fromDay); i < hi; ++i) {
        if ((filter.allLines || filter.lineMask[i]) && snapshot.store[i] >= 0)
            selling[size_t(snapshot.store[i])] = 1;
    }
    for (const Snapshot::Traffic &t : snapshot.traffic) {
        if (t.day < fromDay || t.day > toDay || t.store < 0)
            continue;
        m.anyInPeriod = true;
        if (!filter.includesStore(t.store) || !selling[size_t(t.store)])
            continue;
        if (!m.any)
            m.has.assign(size_t(snapshot.stores.size()) * size_t(m.days), 0);
        m.any = true;
        m.visitors += t.visitors;
        m.has[size_t(t.store) * size_t(m.days) + size_t(t.day - fromDay)] = 1;
    }
    return m;
}

void ScanMarks::startPass(size_t orders, size_t customers)
{
    if (m_base > UINT16_MAX - 8) {
        m_base = 0;
        std::fill(m_order.begin(), m_order.end(), 0);
        std::fill(m_customer.begin(), m_customer.end(), 0);
    }
    m_base = uint16_t(m_base + 4);
    if (m_order.size() < orders)
        m_order.resize(orders, 0);
    if (m_customer.size() < customers)
        m_customer.resize(customers, 0);
}

namespace {

// The part of scanPeriod that reads one line within the filters.
struct LineScanner
{
    const Snapshot &s;
    PeriodScan &r;
    ScanMarks &marks;
    const TrafficMask *traffic; // nullptr: no traffic to meet
    size_t trafficDays = 0;

    // Adds line i, `dayOffset` days after the period's first; returns its amount.
    int64_t add(size_t i, size_t dayOffset)
    {
        r.hasLines = true;
        ++r.lines;
        r.unpricedLines += s.isUnpriced(i) ? 1 : 0;
        const int64_t g = s.gross[i];
        const int64_t amount = g - s.discount[i];
        r.net += amount;
        const int64_t cost = s.lineCost[i];
        if (cost != kUnknownCost) {
            r.cogs += cost;
            r.anyCost = true;
        }
        if (s.quantity[i] < 0) {
            r.returns -= amount;
            return amount;
        }
        r.gross += g;
        r.discounts += s.discount[i];
        r.unitsMilli += s.quantity[i];
        if (cost != kUnknownCost)
            r.grossWithCost += g;
        const int32_t c = s.customer[i];
        if (c < 0)
            r.guestSales += amount;
        else
            r.identifiedSales += amount;
        const auto o = size_t(s.order[i]);
        const uint8_t orderFlags = countOrder(o, c);
        if (traffic && (orderFlags & 2) == 0 && s.store[i] >= 0 &&
            traffic->has[size_t(s.store[i]) * trafficDays + dayOffset] != 0) {
            marks.setOrder(o, orderFlags | 2);
            ++r.ordersWithTraffic;
        }
        return amount;
    }

    // Counts the order of a sale line of customer c (< 0: guest) and its customer, once each; returns the
    // order's flags.
    uint8_t countOrder(size_t o, int32_t c)
    {
        uint8_t orderFlags = marks.order(o);
        if ((orderFlags & 1) == 0) {
            orderFlags |= 1;
            marks.setOrder(o, orderFlags);
            ++r.orders;
            if (c >= 0) {
                ++r.identifiedOrders;
                const uint8_t n = marks.customer(size_t(c));
                if (n == 0)
                    ++r.activeCustomers;
                if (n < 2) {
                    marks.setCustomer(size_t(c), uint8_t(n + 1));
                    if (n + 1 == 2)
                        ++r.repeatCustomers;
                }
            }
        } else if (c >= 0 && marks.customer(size_t(c)) == 0) {
            marks.setCustomer(size_t(c), 1); // an order whose first sale line had no customer id
            ++r.activeCustomers;
        }
        return orderFlags;
    }
};

} // namespace

bool scanPeriod(const Snapshot &s, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay,
                const TrafficMask *traffic, const CancelCheck &cancelled, PeriodScan *out,
                DailyNetSales *days, ScanMarks *sharedMarks)
{
    PeriodScanCounter::record(fromDay, toDay);
    if (days)
        days->reset(Period{QDate::fromJulianDay(fromDay), QDate::fromJulianDay(toDay)});
    PeriodScan r;
    r.fromDay = fromDay;
    r.toDay = toDay;
    const size_t lo = firstLineOnOrAfter(s, fromDay);
    const size_t hi = firstLineOnOrAfter(s, int64_t(toDay) + 1);
    // Per order, bit 0: counted, bit 1: on a day with traffic; per customer: orders so far, capped at 2.
    ScanMarks ownMarks;
    ScanMarks &marks = sharedMarks ? *sharedMarks : ownMarks;
    marks.startPass(size_t(s.orderIds.size()), s.customers.size());
    const bool useTraffic = traffic && traffic->any;
    LineScanner scanner{s, r, marks, useTraffic ? traffic : nullptr, useTraffic ? size_t(traffic->days) : 0};
    // Day by day (the lines are sorted by day): the day, its daily net sales and its traffic row are the same
    // for all its lines.
    for (size_t i = lo; i < hi;) {
        const int32_t day = s.day[i];
        const auto dayEnd =
            size_t(std::upper_bound(s.day.begin() + ptrdiff_t(i), s.day.begin() + ptrdiff_t(hi), day) -
                   s.day.begin());
        const auto dayOffset = size_t(day - fromDay);
        int64_t dayNet = 0;
        int64_t dayLines = 0;
        for (; i < dayEnd; ++i) {
            if (((i - lo) % kCancelStride) == kCancelStride - 1 && cancelled && cancelled())
                return false;
            marks.prefetchCustomerAhead(s.customer.data(), i, hi);
            if (!filter.includesLine(i))
                continue;
            dayNet += scanner.add(i, dayOffset);
            ++dayLines;
        }
        if (days && dayLines > 0)
            days->addDay(day, dayNet, dayLines);
    }
    if (days)
        days->finish();
    *out = r;
    return true;
}

namespace {

// Sets the flags `f` of the customers of the sale lines within the filters among lines [lo, hi), two bits per
// customer. Without branches on the line: guest lines (a sixth of them) and returns come in no order, and
// a guessed branch would often be wrong; they OR nothing into customer 0 instead.
void markWindowCustomers(const Snapshot &s, const ResolvedFilter &filter, size_t lo, size_t hi, uint8_t f,
                         uint8_t *flags)
{
    const int32_t *customer = s.customer.data();
    const int64_t *quantity = s.quantity.data();
    const uint8_t *mask = filter.allLines ? nullptr : filter.lineMask.data();
    for (size_t i = lo; i < hi; ++i) {
        const int32_t c = customer[i];
        const bool counts = (c >= 0) & (quantity[i] > 0) & (mask == nullptr || mask[i] != 0);
        const size_t index = counts ? size_t(c) : 0;
        flags[index >> 2] |= uint8_t(unsigned(counts ? f : 0) << ((index & 3) * 2));
    }
}

} // namespace

bool windowCounts(const Snapshot &s, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay,
                  int windowDays, const CancelCheck &cancelled, WindowCounts *out,
                  const std::vector<int32_t> *firstSaleDay, WindowReuse *reuse)
{
    const int64_t startFrom = int64_t(fromDay) - windowDays;
    const int64_t startTo = int64_t(fromDay) - 1;
    const int64_t endFrom = int64_t(toDay) + 1 - windowDays;
    const int64_t endTo = toDay;
    // Two bits per customer, four customers a byte (bit 0: in S, bit 1: in E): a million customers' flags
    // stay in the cache as the lines visit them in no order.
    const size_t customers = s.customers.size();
    // At least one byte: guest lines OR 0 into customer 0's byte, also when the snapshot has no customers.
    std::vector<uint8_t> flags(customers / 4 + 1, 0);
    // S known from the last call (its E window): bit 1 of each customer's flags becomes bit 0.
    const bool startKnown = reuse && reuse->valid && reuse->endFrom == startFrom && reuse->endTo == startTo &&
                            reuse->flags.size() == flags.size();
    if (startKnown) {
        for (size_t b = 0; b < flags.size(); ++b)
            flags[b] = uint8_t((reuse->flags[b] >> 1) & 0x55);
    }
    // The lines are sorted by day: between the windows' edges a line's flags are those of its stretch.
    std::array<int64_t, 4> edges{startFrom, startTo + 1, endFrom, endTo + 1};
    std::sort(edges.begin(), edges.end());
    for (size_t e = 0; e + 1 < edges.size(); ++e) {
        const int64_t d = edges[e];
        const auto f = uint8_t((d >= startFrom && d <= startTo && !startKnown ? 1 : 0) |
                               (d >= endFrom && d <= endTo ? 2 : 0));
        if (f == 0 || edges[e + 1] == d)
            continue;
        const size_t hi = firstLineOnOrAfter(s, edges[e + 1]);
        for (size_t i = firstLineOnOrAfter(s, d); i < hi; i += kCancelStride) {
            if (cancelled && cancelled())
                return false;
            markWindowCustomers(s, filter, i, std::min(hi, i + kCancelStride), f, flags.data());
        }
    }
    WindowCounts r;
    for (size_t c = 0; c < customers; ++c) {
        const uint8_t f = (flags[c >> 2] >> ((c & 3) * 2)) & 3;
        r.start += f & 1;
        r.end += (f >> 1) & 1;
        r.churned += (f == 1) ? 1 : 0;
        if (f == 2 && firstSaleDay && ((*firstSaleDay)[c] < fromDay || (*firstSaleDay)[c] > toDay))
            ++r.reactivated;
    }
    *out = r;
    if (reuse) {
        reuse->endFrom = endFrom;
        reuse->endTo = endTo;
        reuse->flags = std::move(flags);
        reuse->valid = true;
    }
    return true;
}
} // namespace storelens::core::analytics::detail
