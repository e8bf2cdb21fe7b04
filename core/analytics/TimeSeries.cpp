#include "core/analytics/TimeSeries.h"

#include "core/analytics/Periods.h"
#include "core/model/Money.h"

namespace storelens::core::analytics {

QString seriesKey(SeriesId id)
{
    switch (id) {
    case SeriesId::NetSales:
        return QStringLiteral("net_sales");
    case SeriesId::GrossSales:
        return QStringLiteral("gross_sales");
    case SeriesId::Discounts:
        return QStringLiteral("discounts");
    case SeriesId::Returns:
        return QStringLiteral("returns");
    case SeriesId::Orders:
        return QStringLiteral("orders");
    case SeriesId::AverageOrderValue:
        return QStringLiteral("aov");
    case SeriesId::Units:
        return QStringLiteral("units");
    case SeriesId::ActiveCustomers:
        return QStringLiteral("active_customers");
    case SeriesId::NewCustomers:
        return QStringLiteral("new_customers");
    case SeriesId::GuestShare:
        return QStringLiteral("guest_share");
    case SeriesId::ReturnRate:
        return QStringLiteral("return_rate");
    }
    return {};
}

KpiUnit seriesUnit(SeriesId id)
{
    switch (id) {
    case SeriesId::NetSales:
    case SeriesId::GrossSales:
    case SeriesId::Discounts:
    case SeriesId::Returns:
    case SeriesId::AverageOrderValue:
        return KpiUnit::Money;
    case SeriesId::Orders:
    case SeriesId::ActiveCustomers:
    case SeriesId::NewCustomers:
        return KpiUnit::Count;
    case SeriesId::Units:
        return KpiUnit::Number;
    case SeriesId::GuestShare:
    case SeriesId::ReturnRate:
        return KpiUnit::Ratio;
    }
    return KpiUnit::Number;
}

namespace {

struct BucketSums
{
    int64_t gross = 0;
    int64_t discounts = 0;
    int64_t returns = 0;
    int64_t net = 0;
    int64_t units = 0;
    int64_t guest = 0;
    int64_t orders = 0;
    int64_t active = 0;
    int64_t newCustomers = 0;
};

} // namespace

TimeSeries computeTimeSeries(const Snapshot &s, const ResolvedFilter &filter, const KpiCustomerFacts &facts,
                             const Period &period, Grain grain, const CancelCheck &cancelled)
{
    TimeSeries ts;
    ts.grain = grain;
    ts.period = period;
    if (!period.isValid())
        return ts;

    // Buckets and a day -> bucket table over the period.
    const auto fromDay = int32_t(period.from.toJulianDay());
    const auto toDay = int32_t(period.to.toJulianDay());
    std::vector<int32_t> bucketOfDay(size_t(toDay - fromDay + 1));
    for (QDate start = bucketStart(period.from, grain); start <= period.to;
         start = nextBucketStart(start, grain)) {
        const QDate next = nextBucketStart(start, grain);
        SeriesBucket b;
        b.start = start;
        b.from = std::max(start, period.from);
        b.to = std::min(next.addDays(-1), period.to);
        b.partial = start < period.from || next.addDays(-1) > period.to;
        const auto index = int32_t(ts.buckets.size());
        for (qint64 d = b.from.toJulianDay(); d <= b.to.toJulianDay(); ++d)
            bucketOfDay[size_t(d - fromDay)] = index;
        ts.buckets.push_back(b);
    }
    const size_t bucketCount = ts.buckets.size();
    std::vector<BucketSums> sums(bucketCount);

    // Distinct orders and customers per bucket: the last bucket each was counted in.
    std::vector<int32_t> orderBucket(size_t(s.orderIds.size()), -1);
    std::vector<int32_t> customerBucket(s.customers.size(), -1);
    const size_t lo = firstLineOnOrAfter(s, fromDay);
    const size_t hi = firstLineOnOrAfter(s, int64_t(toDay) + 1);
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & 0xFFFF) == 0xFFFF && cancelled && cancelled())
            return TimeSeries();
        if (!filter.includesLine(i))
            continue;
        const int32_t b = bucketOfDay[size_t(s.day[i] - fromDay)];
        BucketSums &sum = sums[size_t(b)];
        const int64_t amount = s.gross[i] - s.discount[i];
        sum.net += amount;
        if (s.quantity[i] < 0) {
            sum.returns -= amount;
            continue;
        }
        sum.gross += s.gross[i];
        sum.discounts += s.discount[i];
        sum.units += s.quantity[i];
        const int32_t c = s.customer[i];
        if (c < 0) {
            sum.guest += amount;
        } else if (customerBucket[size_t(c)] != b) {
            customerBucket[size_t(c)] = b;
            ++sum.active;
        }
        const auto o = size_t(s.order[i]);
        if (orderBucket[o] != b) {
            orderBucket[o] = b;
            ++sum.orders;
        }
    }
    for (int32_t first : facts.firstSaleDay) {
        if (first >= fromDay && first <= toDay)
            ++sums[size_t(bucketOfDay[size_t(first - fromDay)])].newCustomers;
    }

    ts.values.assign(size_t(kSeriesCount), std::vector<double>(bucketCount, 0.0));
    ts.hasValue.assign(size_t(kSeriesCount), std::vector<uint8_t>(bucketCount, 1));
    const auto money = [](int64_t units) { return Money::fromUnits(units).toDouble(); };
    for (size_t b = 0; b < bucketCount; ++b) {
        const BucketSums &sum = sums[b];
        const auto put = [&](SeriesId id, double v) { ts.values[size_t(id)][b] = v; };
        const auto none = [&](SeriesId id) { ts.hasValue[size_t(id)][b] = 0; };
        put(SeriesId::NetSales, money(sum.net));
        put(SeriesId::GrossSales, money(sum.gross));
        put(SeriesId::Discounts, money(sum.discounts));
        put(SeriesId::Returns, money(sum.returns));
        put(SeriesId::Orders, double(sum.orders));
        put(SeriesId::Units, double(sum.units) / 1000.0);
        put(SeriesId::ActiveCustomers, double(sum.active));
        put(SeriesId::NewCustomers, double(sum.newCustomers));
        if (sum.orders > 0)
            put(SeriesId::AverageOrderValue, money(divideRounded(sum.gross - sum.discounts, sum.orders)));
        else
            none(SeriesId::AverageOrderValue);
        if (sum.gross - sum.discounts != 0)
            put(SeriesId::GuestShare, double(sum.guest) / double(sum.gross - sum.discounts));
        else
            none(SeriesId::GuestShare);
        if (sum.gross != 0)
            put(SeriesId::ReturnRate, double(sum.returns) / double(sum.gross));
        else
            none(SeriesId::ReturnRate);
    }
    return ts;
}

} // namespace storelens::core::analytics
