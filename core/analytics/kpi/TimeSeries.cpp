#include "core/analytics/kpi/TimeSeries.h"

#include "core/analytics/customers/CustomerPrefetch.h"
#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/analytics/query/Periods.h"
#include "core/model/Money.h"

#include <algorithm>
#include <climits>

namespace storelens::core::analytics {

namespace {

constexpr size_t kCancelStride = 1 << 16;

// Counts of customers by the day of their latest sale line, for "how many customers have their latest sale
// in [a, b]". Updates are O(1); a count sums the days of the range (a window of W days, asked a few times
// per bucket).
class LatestSaleCounts
{
public:
    LatestSaleCounts(int32_t firstDay, int32_t lastDay)
        : m_first(firstDay)
        , m_days(size_t(lastDay - firstDay + 1), 0)
    {
    }
    void move(int32_t from, int32_t to)
    {
        if (from >= m_first)
            --m_days[size_t(from - m_first)];
        if (to >= m_first)
            ++m_days[size_t(to - m_first)];
    }
    // Customers whose latest sale is in [from, to] (clipped to the tracked days).
    int64_t count(int64_t from, int64_t to) const
    {
        from = std::max<int64_t>(from, m_first);
        to = std::min<int64_t>(to, m_first + int64_t(m_days.size()) - 1);
        int64_t sum = 0;
        for (int64_t d = from; d <= to; ++d)
            sum += m_days[size_t(d - m_first)];
        return sum;
    }

private:
    int32_t m_first;
    std::vector<int32_t> m_days;
};

// S, E and churned of every bucket (METRICS.md section 3) in one sweep over the lines from the first
// bucket's day − W to the last bucket's end. A customer is "a customer at day t" when their latest sale line
// before t is on or after t − W. S of a bucket [f, t] counts those at f; E those at t + 1. An S customer
// whose latest sale before f is on or before t − W stays only with a sale in [max(f, t + 1 − W), t]; the
// others in S are in E anyway (t + 1 − W <= their latest sale).
bool windowCountsByBucket(const Snapshot &s, const ResolvedFilter &filter,
                          const std::vector<SeriesBucket> &buckets, int windowDays,
                          const CancelCheck &cancelled, std::vector<detail::WindowCounts> &out)
{
    out.assign(buckets.size(), {});
    if (buckets.empty())
        return true;
    const auto firstDay = int32_t(buckets.front().from.toJulianDay() - windowDays);
    const auto lastDay = int32_t(buckets.back().to.toJulianDay());
    LatestSaleCounts counts(firstDay, lastDay);
    // A customer's state in one 16-byte record: one cache miss per line, not four.
    struct Customer
    {
        int32_t latest = INT32_MIN;
        int32_t latestBefore = INT32_MIN; // latest sale before the bucket
        int32_t seenInBucket = -1;
        int32_t keptInBucket = -1;
    };
    std::vector<Customer> customers(s.customers.size());
    size_t i = firstLineOnOrAfter(s, firstDay);
    const size_t hi = firstLineOnOrAfter(s, int64_t(lastDay) + 1);
    size_t visited = 0;
    // Processes the lines before `endDay` (exclusive). For the bucket `b` (or -1), counts at-risk S customers
    // who buy on a day >= keepFrom.
    const auto sweep = [&](int64_t endDay, int b, int64_t atRiskFrom, int64_t atRiskTo, int64_t keepFrom,
                           int64_t *kept) {
        for (; i < hi && s.day[i] < endDay; ++i) {
            if ((++visited % kCancelStride) == 0 && cancelled && cancelled())
                return false;
            prefetchCustomerAhead(customers.data(), s.customer.data(), i, hi);
            const int32_t c = s.customer[i];
            if (c < 0 || s.quantity[i] <= 0 || !filter.includesLine(i))
                continue;
            Customer &customer = customers[size_t(c)];
            const int32_t d = s.day[i];
            if (b >= 0) {
                if (customer.seenInBucket != b) {
                    customer.seenInBucket = b;
                    customer.latestBefore = customer.latest;
                }
                if (d >= keepFrom && customer.keptInBucket != b && customer.latestBefore >= atRiskFrom &&
                    customer.latestBefore <= atRiskTo) {
                    customer.keptInBucket = b;
                    ++*kept;
                }
            }
            if (customer.latest != d) {
                counts.move(customer.latest, d);
                customer.latest = d;
            }
        }
        return true;
    };
    if (!sweep(buckets.front().from.toJulianDay(), -1, 0, -1, 0, nullptr))
        return false;
    for (size_t b = 0; b < buckets.size(); ++b) {
        const int64_t f = buckets[b].from.toJulianDay();
        const int64_t t = buckets[b].to.toJulianDay();
        detail::WindowCounts &w = out[b];
        w.start = counts.count(f - windowDays, f - 1);
        const int64_t atRiskTo = std::min(f - 1, t - windowDays);
        const int64_t atRisk = counts.count(f - windowDays, atRiskTo);
        int64_t kept = 0;
        if (!sweep(t + 1, int(b), f - windowDays, atRiskTo, std::max(f, t + 1 - windowDays), &kept))
            return false;
        w.churned = atRisk - kept;
        w.end = counts.count(t + 1 - windowDays, t);
    }
    return true;
}

// The customers acquired in each bucket, in one pass over the customers (not one per bucket).
std::vector<detail::NewCustomers> newCustomersByBucket(const KpiCustomerFacts &facts,
                                                       const std::vector<SeriesBucket> &buckets)
{
    std::vector<detail::NewCustomers> out(buckets.size());
    if (buckets.empty())
        return out;
    const auto firstDay = int32_t(buckets.front().from.toJulianDay());
    const auto lastDay = int32_t(buckets.back().to.toJulianDay());
    std::vector<int32_t> bucketOfDay(size_t(lastDay - firstDay + 1), 0);
    for (size_t b = 0; b < buckets.size(); ++b) {
        const auto from = size_t(buckets[b].from.toJulianDay() - firstDay);
        const auto to = size_t(buckets[b].to.toJulianDay() - firstDay);
        std::fill(bucketOfDay.begin() + ptrdiff_t(from), bucketOfDay.begin() + ptrdiff_t(to) + 1, int32_t(b));
    }
    const size_t customers = facts.firstSaleDay.size();
    for (size_t c = 0; c < customers; ++c) {
        const int32_t first = facts.firstSaleDay[c];
        if (first >= firstDay && first <= lastDay)
            out[size_t(bucketOfDay[size_t(first - firstDay)])].add(facts, c);
    }
    return out;
}

std::vector<SeriesBucket> bucketsOf(const Period &period, Grain grain)
{
    std::vector<SeriesBucket> buckets;
    for (QDate start = bucketStart(period.from, grain); start <= period.to;
         start = nextBucketStart(start, grain)) {
        const QDate next = nextBucketStart(start, grain);
        SeriesBucket b;
        b.start = start;
        b.from = std::max(start, period.from);
        b.to = std::min(next.addDays(-1), period.to);
        b.partial = start < period.from || next.addDays(-1) > period.to;
        buckets.push_back(b);
    }
    return buckets;
}

} // namespace

TimeSeries computeTimeSeries(const Snapshot &s, const ResolvedFilter &filter, const KpiCustomerFacts &facts,
                             const Period &period, Grain grain, const CancelCheck &cancelled,
                             int activityWindowDays, const DailyNetSales *yearEarlierDays)
{
    using namespace detail;
    TimeSeries ts;
    ts.grain = grain;
    ts.period = period;
    if (!period.isValid())
        return ts;
    std::vector<SeriesBucket> buckets = bucketsOf(period, grain);
    const size_t bucketCount = buckets.size();

    std::vector<WindowCounts> windows;
    if (!windowCountsByBucket(s, filter, buckets, std::max(1, activityWindowDays), cancelled, windows))
        return TimeSeries();
    const Period yearEarlier = samePeriodLastYear(period);
    DailyNetSales ownEarlier;
    if (!yearEarlierDays || !yearEarlierDays->covers(yearEarlier))
        ownEarlier = dailyNetSales(s, filter, yearEarlier);
    const DailyNetSales &earlier =
        yearEarlierDays && yearEarlierDays->covers(yearEarlier) ? *yearEarlierDays : ownEarlier;

    ts.values.assign(size_t(kKpiCount), std::vector<double>(bucketCount, 0.0));
    ts.hasValue.assign(size_t(kKpiCount), std::vector<uint8_t>(bucketCount, 0));
    ts.units.assign(bucketCount, 0.0);
    ts.netYearEarlier.assign(bucketCount, 0.0);
    const std::vector<NewCustomers> acquired = newCustomersByBucket(facts, buckets);
    std::vector<KpiValue> kpis(static_cast<size_t>(kKpiCount));
    const WindowCounts noChurnYear; // the simple predictive CLV has no series
    ScanMarks marks;                // one scratch for every bucket's pass
    for (size_t b = 0; b < bucketCount; ++b) {
        if (cancelled && cancelled())
            return TimeSeries();
        const auto fromDay = int32_t(buckets[b].from.toJulianDay());
        const auto toDay = int32_t(buckets[b].to.toJulianDay());
        const TrafficMask traffic = trafficMask(s, filter, fromDay, toDay);
        PeriodScan scan;
        if (!scanPeriod(s, filter, fromDay, toDay, &traffic, cancelled, &scan, nullptr, &marks))
            return TimeSeries();
        const Period shifted = samePeriodLastYear(Period{buckets[b].from, buckets[b].to});
        const bool anyEarlier = earlier.linesOver(shifted.from, shifted.to) > 0;
        const int64_t netEarlier = earlier.netOver(shifted.from, shifted.to);
        if (anyEarlier)
            ts.netYearEarlier[b] = Money::fromUnits(netEarlier).toDouble();
        SalesInputs sales{s, filter, scan, traffic, anyEarlier, netEarlier};
        fillSalesKpis(sales, kpis);
        CustomerInputs customers{s,
                                 filter,
                                 scan,
                                 acquired[b],
                                 windows[b],
                                 noChurnYear,
                                 activityWindowDays,
                                 buckets[b].from.daysTo(buckets[b].to) + 1};
        fillCustomerKpis(customers, kpis, nullptr);
        markUnpricedLines(scan, kpis);
        ts.units[b] = double(scan.unitsMilli) / 1000.0;
        for (const KpiDefinition &d : kKpiCatalog) {
            const KpiValue &v = kpis[size_t(d.id)];
            if (d.series == KpiSeries::No || !v.hasData)
                continue;
            ts.values[size_t(d.id)][b] = v.value;
            ts.hasValue[size_t(d.id)][b] = 1;
        }
    }
    ts.buckets = std::move(buckets);
    return ts;
}

} // namespace storelens::core::analytics
