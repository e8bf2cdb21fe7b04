#include "core/analytics/kpi/TimeSeries.h"

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
    std::vector<int32_t> latest(s.customers.size(), INT32_MIN);
    std::vector<int32_t> latestBefore(s.customers.size(), INT32_MIN); // latest sale before the bucket
    std::vector<int32_t> seenInBucket(s.customers.size(), -1);
    std::vector<int32_t> keptInBucket(s.customers.size(), -1);
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
            const int32_t c = s.customer[i];
            if (c < 0 || s.quantity[i] <= 0 || !filter.includesLine(i))
                continue;
            const auto ci = size_t(c);
            const int32_t d = s.day[i];
            if (b >= 0) {
                if (seenInBucket[ci] != b) {
                    seenInBucket[ci] = b;
                    latestBefore[ci] = latest[ci];
                }
                if (d >= keepFrom && keptInBucket[ci] != b && latestBefore[ci] >= atRiskFrom &&
                    latestBefore[ci] <= atRiskTo) {
                    keptInBucket[ci] = b;
                    ++*kept;
                }
            }
            if (latest[ci] != d) {
                counts.move(latest[ci], d);
                latest[ci] = d;
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

// Net sales and line counts per day over [from, to] as running sums, for the year-earlier buckets (whose
// shifted ranges may overlap around 29 February).
struct DailyNet
{
    int64_t from = 0;
    std::vector<int64_t> net;   // net[k] = Σ line amount over the days before from + k
    std::vector<int64_t> lines; // the same for the line count

    void build(const Snapshot &s, const ResolvedFilter &filter, int64_t fromDay, int64_t toDay)
    {
        from = fromDay;
        const auto days = size_t(std::max<int64_t>(0, toDay - fromDay + 1));
        net.assign(days + 1, 0);
        lines.assign(days + 1, 0);
        const size_t hi = firstLineOnOrAfter(s, toDay + 1);
        for (size_t i = firstLineOnOrAfter(s, fromDay); i < hi; ++i) {
            if (!filter.includesLine(i))
                continue;
            const auto k = size_t(s.day[i] - fromDay + 1);
            net[k] += s.gross[i] - s.discount[i];
            ++lines[k];
        }
        for (size_t k = 1; k <= days; ++k) {
            net[k] += net[k - 1];
            lines[k] += lines[k - 1];
        }
    }
    // Sums over [a, b], inside the built range.
    int64_t netOver(int64_t a, int64_t b) const { return net[size_t(b - from + 1)] - net[size_t(a - from)]; }
    int64_t linesOver(int64_t a, int64_t b) const
    {
        return lines[size_t(b - from + 1)] - lines[size_t(a - from)];
    }
};

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
                             int activityWindowDays)
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
    DailyNet earlier;
    earlier.build(s, filter, yearEarlier.from.toJulianDay(), yearEarlier.to.toJulianDay());

    ts.values.assign(size_t(kKpiCount), std::vector<double>(bucketCount, 0.0));
    ts.hasValue.assign(size_t(kKpiCount), std::vector<uint8_t>(bucketCount, 0));
    ts.units.assign(bucketCount, 0.0);
    ts.netYearEarlier.assign(bucketCount, 0.0);
    std::vector<KpiValue> kpis(static_cast<size_t>(kKpiCount));
    const WindowCounts noChurnYear; // the simple predictive CLV has no series
    for (size_t b = 0; b < bucketCount; ++b) {
        if (cancelled && cancelled())
            return TimeSeries();
        const auto fromDay = int32_t(buckets[b].from.toJulianDay());
        const auto toDay = int32_t(buckets[b].to.toJulianDay());
        const TrafficMask traffic = trafficMask(s, filter, fromDay, toDay);
        PeriodScan scan;
        if (!scanPeriod(s, filter, fromDay, toDay, &traffic, cancelled, &scan))
            return TimeSeries();
        const Period shifted = samePeriodLastYear(Period{buckets[b].from, buckets[b].to});
        const int64_t a = shifted.from.toJulianDay();
        const int64_t z = shifted.to.toJulianDay();
        const bool anyEarlier = earlier.linesOver(a, z) > 0;
        if (anyEarlier)
            ts.netYearEarlier[b] = Money::fromUnits(earlier.netOver(a, z)).toDouble();
        SalesInputs sales{s, filter, scan, traffic, anyEarlier, earlier.netOver(a, z)};
        fillSalesKpis(sales, kpis);
        CustomerInputs customers{s,
                                 filter,
                                 facts,
                                 scan,
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
