#include "core/analytics/segments/SegmentSummary.h"

#include "core/model/Money.h"

#include <algorithm>

namespace storelens::core::analytics {

SegmentSummary summarizeSegment(const CustomerBase &base, const std::vector<uint8_t> &members,
                                const QString &name)
{
    SegmentSummary s;
    s.name = name;
    const CustomerMetrics &m = base.metrics;
    int64_t orders = 0;
    int64_t pricedOrders = 0; // orders with a priced sale line: the AOV denominator
    int64_t salesLessDiscount = 0;
    std::vector<int32_t> recency;
    for (size_t row = 0; row < members.size() && row < m.size(); ++row) {
        if (!members[row])
            continue;
        const size_t c = size_t(m.population[row]);
        ++s.size;
        s.netSales += m.netSales[c];
        orders += m.orders[c];
        if (m.isMoneyUnknown(c))
            ++s.membersWithoutPrices;
        pricedOrders += m.ordersWithPrices(c);
        salesLessDiscount += m.salesLessDiscount[c];
        recency.push_back(base.rfm.recencyDays[row]);
    }
    if (m.size() > 0)
        s.shareOfCustomers = double(s.size) / double(m.size());
    if (m.populationNetSales != 0 && !s.moneyUnknown())
        s.shareOfNetSales = double(s.netSales) / double(m.populationNetSales);
    if (pricedOrders > 0)
        s.aovUnits = divideToMoneyUnits(salesLessDiscount, pricedOrders);
    if (s.size > 0) {
        s.frequency = double(orders) / double(s.size);
        const size_t mid = recency.size() / 2;
        std::nth_element(recency.begin(), recency.begin() + qsizetype(mid), recency.end());
        const int32_t upper = recency[mid];
        if (recency.size() % 2 == 1) {
            s.medianRecencyDays = double(upper);
        } else {
            const int32_t lower = *std::max_element(recency.begin(), recency.begin() + qsizetype(mid));
            s.medianRecencyDays = (double(lower) + double(upper)) / 2.0;
        }
    }
    return s;
}

namespace {

// 1 for each of the first `rows` population rows whose value in `column` is `value`.
template<typename T> std::vector<uint8_t> rowsWhere(size_t rows, const std::vector<T> &column, T value)
{
    std::vector<uint8_t> members(rows);
    for (size_t row = 0; row < members.size(); ++row)
        members[row] = column[row] == value;
    return members;
}

} // namespace

std::vector<uint8_t> rfmSegmentMembers(const CustomerBase &base, int segmentIndex)
{
    std::vector<uint8_t> members(base.size());
    for (size_t row = 0; row < members.size(); ++row)
        members[row] = base.rfm.segment[row] == segmentIndex;
    return members;
}

std::vector<uint8_t> lifecycleMembers(const CustomerBase &base, LifecycleStage stage)
{
    return rowsWhere(base.size(), base.lifecycle.stage, stage);
}

std::vector<uint8_t> valueTierMembers(const CustomerBase &base, ValueTier tier)
{
    return rowsWhere(base.size(), base.lifecycle.tier, tier);
}

std::vector<SegmentSummary> summarizeRfmSegments(const CustomerBase &base)
{
    std::vector<SegmentSummary> result;
    const QStringList &names = base.grid.segmentNames();
    for (int i = 0; i < names.size(); ++i)
        result.push_back(summarizeSegment(base, rfmSegmentMembers(base, i), names.at(i)));
    return result;
}

namespace {

// One summary per group (lifecycle stage, value tier), in enum order.
template<typename Group, typename Members, typename Name>
std::vector<SegmentSummary> summarizeGroups(const CustomerBase &base, int count, Members members, Name name)
{
    std::vector<SegmentSummary> result;
    for (int i = 0; i < count; ++i)
        result.push_back(summarizeSegment(base, members(base, Group(i)), name(Group(i))));
    return result;
}

} // namespace

std::vector<SegmentSummary> summarizeLifecycle(const CustomerBase &base)
{
    return summarizeGroups<LifecycleStage>(base, kLifecycleStageCount, lifecycleMembers,
                                           lifecycleDisplayName);
}

std::vector<SegmentSummary> summarizeValueTiers(const CustomerBase &base)
{
    return summarizeGroups<ValueTier>(base, kValueTierCount, valueTierMembers, valueTierDisplayName);
}

std::vector<MemberRow> segmentMembers(const CustomerBase &base, const Snapshot &snapshot,
                                      const std::vector<uint8_t> &members)
{
    std::vector<MemberRow> rows;
    const CustomerMetrics &m = base.metrics;
    const QStringList &segmentNames = base.grid.segmentNames();
    for (size_t row = 0; row < members.size() && row < m.size(); ++row) {
        if (!members[row])
            continue;
        const size_t c = size_t(m.population[row]);
        MemberRow r;
        r.customer = int32_t(c);
        r.customerId = snapshot.customers.externalId(c);
        r.name = snapshot.customers.name(c);
        r.email = snapshot.customers.email(c);
        const int32_t country = snapshot.customers.country(c);
        if (country >= 0 && country < snapshot.countries.size())
            r.country = snapshot.countries.at(country);
        r.firstPurchase = QDate::fromJulianDay(m.firstDay[c]);
        r.lastPurchase = QDate::fromJulianDay(m.lastDay[c]);
        r.orders = m.orders[c];
        r.netSales = m.netSales[c];
        r.moneyUnknown = m.isMoneyUnknown(c);
        if (m.ordersWithPrices(c) > 0)
            r.aovUnits = divideToMoneyUnits(m.salesLessDiscount[c], m.ordersWithPrices(c));
        r.recencyDays = base.rfm.recencyDays[row];
        r.r = base.rfm.r[row];
        r.f = base.rfm.f[row];
        r.m = base.rfm.m[row];
        const int segment = base.rfm.segment[row];
        if (segment >= 0 && segment < segmentNames.size())
            r.segment = segmentNames.at(segment);
        r.lifecycle = base.lifecycle.stage[row];
        r.tier = base.lifecycle.tier[row];
        r.consentEmail = snapshot.customers.consentEmail(c);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace storelens::core::analytics
