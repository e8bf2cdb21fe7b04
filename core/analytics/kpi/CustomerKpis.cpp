#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/model/Money.h"

#include <QStringList>

#include <algorithm>
#include <map>

// Section 3 of METRICS.md (customer KPIs) plus CAC and CLV : CAC from section 2.
namespace storelens::core::analytics::detail {

namespace {

// Marketing spend of the selected channels that falls in [fromDay, toDay], per channel. A spend row that
// spans days outside the period counts with the share of its days inside (rounded half away from zero).
std::map<int32_t, int64_t> spendByChannel(const Snapshot &s, const ResolvedFilter &filter, int32_t fromDay,
                                          int32_t toDay)
{
    std::map<int32_t, int64_t> spend;
    for (const Snapshot::Marketing &m : s.marketing) {
        if (m.channel < 0 || !filter.includesChannel(m.channel) || m.toDay < m.fromDay)
            continue;
        const int32_t a = std::max(m.fromDay, fromDay);
        const int32_t b = std::min(m.toDay, toDay);
        if (a > b)
            continue;
        const int64_t span = int64_t(m.toDay) - m.fromDay + 1;
        const int64_t inside = int64_t(b) - a + 1;
        spend[m.channel] += inside == span ? m.amount : divideRounded(__int128(m.amount) * inside, span);
    }
    return spend;
}

// The simple predictive CLV is METRICS.md's formula whatever the data, but a month's frequency scaled to a
// year, or a lifespan from the churn of a handful of customers, is a rough guide: the tile says so. The
// thresholds are those under which the CLV models refuse to predict (METRICS.md section 8).
constexpr int64_t kShortClvPeriodDays = 90;
constexpr int64_t kFewClvCustomers = 200;

QString thinClvWarning(int64_t periodDays, int64_t customersAtStart)
{
    QStringList parts;
    if (periodDays < kShortClvPeriodDays)
        parts.append(KpiText::tr("This estimate scales %n day(s) of purchases up to a year, so a few busy or "
                                 "quiet days move it a lot.",
                                 nullptr, int(periodDays)));
    if (customersAtStart < kFewClvCustomers)
        parts.append(KpiText::tr("Its lifespan rests on the churn of only %n customer(s), so read it as a "
                                 "rough guide.",
                                 nullptr, int(customersAtStart)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void NewCustomers::add(const KpiCustomerFacts &facts, size_t customer)
{
    ++count;
    netSales += facts.netSales[customer];
    ++byChannel[facts.firstSaleChannel[customer]];
}

NewCustomers newCustomersIn(const KpiCustomerFacts &facts, int32_t fromDay, int32_t toDay)
{
    NewCustomers n;
    const size_t customers = facts.firstSaleDay.size();
    for (size_t c = 0; c < customers; ++c) {
        const int32_t first = facts.firstSaleDay[c];
        if (first >= fromDay && first <= toDay)
            n.add(facts, c);
    }
    return n;
}

void fillCustomerKpis(const CustomerInputs &in, std::vector<KpiValue> &out,
                      std::vector<KpiReport::ChannelCac> *cacByChannel)
{
    const PeriodScan &p = in.scan;
    const auto set = [&out](KpiValue v) { out[size_t(v.id)] = std::move(v); };

    // New customers of the period: first sale line (all time, within filters) in P.
    const int64_t newCustomers = in.acquired.count;
    const int64_t clvSum = in.acquired.netSales;
    const std::map<int32_t, int64_t> &newByChannel = in.acquired.byChannel;

    const int64_t buying = p.activeCustomers;
    set(countKpi(KpiId::BuyingCustomers, buying));
    set(countKpi(KpiId::NewCustomers, newCustomers));
    KpiValue returning = countKpi(KpiId::ReturningCustomers, buying - newCustomers);
    if (buying > 0 && newCustomers == buying) // a 0 that needs its reason, e.g. for all time
        returning.warning = KpiText::tr("All %1 customers who bought in this period bought for the first "
                                        "time in it, so none is returning.")
                                .arg(buying);
    set(returning);
    KpiValue frequency =
        ratioKpi(KpiId::PurchaseFrequency, double(p.identifiedOrders), double(buying), noCustomersReason());
    addInput(frequency, "orders", KpiUnit::Count, double(p.identifiedOrders));
    addInput(frequency, "C", KpiUnit::Count, double(buying));
    set(frequency);
    KpiValue repeat =
        ratioKpi(KpiId::RepeatPurchaseRate, double(p.repeatCustomers), double(buying), noCustomersReason());
    addInput(repeat, "repeat_customers", KpiUnit::Count, double(p.repeatCustomers));
    addInput(repeat, "C", KpiUnit::Count, double(buying));
    set(repeat);

    // Retention and churn.
    const WindowCounts &w = in.window;
    set(countKpi(KpiId::CustomersAtStart, w.start));
    set(countKpi(KpiId::CustomersAtEnd, w.end));
    const QString noStart =
        KpiText::tr("No customer bought in the activity window before the period, so there is no one "
                    "to retain.");
    KpiValue retention =
        ratioKpi(KpiId::RetentionRate, double(w.end - newCustomers), double(w.start), noStart);
    addInput(retention, "S", KpiUnit::Count, double(w.start));
    addInput(retention, "E", KpiUnit::Count, double(w.end));
    addInput(retention, "N", KpiUnit::Count, double(newCustomers));
    addInput(retention, "window_days", KpiUnit::Count, double(in.windowDays));
    addInput(retention, "kept", KpiUnit::Count, double(w.start - w.churned));
    addInput(retention, "reactivated", KpiUnit::Count, double(w.reactivated));
    if (retention.hasData && retention.value > 1.0) {
        retention.warning =
            KpiText::tr(
                "Above 100 %: the formula (E − N) ÷ S also counts the %1 reactivated customers, who had "
                "lapsed and came back; %2 of the %3 customers at the start were kept.")
                .arg(w.reactivated)
                .arg(w.start - w.churned)
                .arg(w.start);
    }
    set(retention);
    KpiValue churn = ratioKpi(KpiId::ChurnRate, double(w.churned), double(w.start), noStart);
    addInput(churn, "S", KpiUnit::Count, double(w.start));
    addInput(churn, "churned", KpiUnit::Count, double(w.churned));
    addInput(churn, "window_days", KpiUnit::Count, double(in.windowDays));
    set(churn);
    KpiValue kept = ratioKpi(KpiId::KeptCustomers, double(w.start - w.churned), double(w.start), noStart);
    addInput(kept, "kept", KpiUnit::Count, double(w.start - w.churned));
    addInput(kept, "S", KpiUnit::Count, double(w.start));
    addInput(kept, "window_days", KpiUnit::Count, double(in.windowDays));
    set(kept);
    KpiValue reactivated = countKpi(KpiId::ReactivatedCustomers, w.reactivated);
    addInput(reactivated, "E", KpiUnit::Count, double(w.end));
    addInput(reactivated, "kept", KpiUnit::Count, double(w.start - w.churned));
    set(reactivated);

    // Historical CLV of the customers acquired in P.
    KpiValue clv;
    if (newCustomers == 0) {
        clv = noData(KpiId::HistoricalClv, KpiText::tr("No customer was acquired in the period."));
    } else {
        clv = moneyKpi(KpiId::HistoricalClv, divideToMoneyUnits(clvSum, newCustomers));
        addMoneyInput(clv, "net_sales_of_new_customers", clvSum);
        addInput(clv, "new_customers", KpiUnit::Count, double(newCustomers));
    }
    set(clv);

    // Simple predictive CLV = APV × F × L.
    if (p.identifiedOrders == 0 || buying == 0 || in.periodDays <= 0) {
        set(noData(KpiId::PredictiveClv, noCustomersReason()));
    } else if (in.churnYear.start == 0) {
        // No churn rate at all (0 of 0), not a churn rate of 0.
        set(noData(KpiId::PredictiveClv,
                   KpiText::tr("No one was a customer at the start of the year ending with the period, so "
                               "there is no churn rate to estimate a lifespan from.")));
    } else if (in.churnYear.churned == 0) {
        set(noData(
            KpiId::PredictiveClv,
            KpiText::tr(
                "The churn rate of the year ending with the period is 0, so no lifespan can be estimated.")));
    } else {
        const double apv = double(p.identifiedSales) / double(p.identifiedOrders); // ten-thousandths
        const double f = double(p.identifiedOrders) / double(buying) * 365.0 / double(in.periodDays);
        const double churnRate = double(in.churnYear.churned) / double(in.churnYear.start);
        const double lifespan = 1.0 / churnRate;
        KpiValue v = moneyKpi(KpiId::PredictiveClv, roundToUnits(apv * f * lifespan));
        addMoneyInput(v, "APV", roundToUnits(apv));
        addInput(v, "F", KpiUnit::Number, f);
        addInput(v, "L", KpiUnit::Number, lifespan);
        addInput(v, "churn_rate_year", KpiUnit::Ratio, churnRate);
        v.warning = thinClvWarning(in.periodDays, in.churnYear.start);
        set(v);
    }

    // CAC and CLV : CAC.
    const std::map<int32_t, int64_t> spend = spendByChannel(in.snapshot, in.filter, p.fromDay, p.toDay);
    const QString noSpend =
        KpiText::tr("There is no marketing spend in the period; import marketing spend to see it.");
    int64_t totalSpend = 0;
    for (const auto &entry : spend)
        totalSpend += entry.second;
    KpiValue cac;
    if (spend.empty())
        cac = noData(KpiId::Cac, noSpend);
    else if (newCustomers == 0)
        cac = noData(KpiId::Cac, KpiText::tr("No customer was acquired in the period."));
    else {
        cac = moneyKpi(KpiId::Cac, divideToMoneyUnits(totalSpend, newCustomers));
        addMoneyInput(cac, "spend", totalSpend);
        addInput(cac, "new_customers", KpiUnit::Count, double(newCustomers));
    }
    set(cac);
    if (!cac.hasData || !clv.hasData)
        set(noData(KpiId::ClvToCac, !cac.hasData ? cac.noDataReason : clv.noDataReason));
    else if (cac.money.isZero())
        set(noData(KpiId::ClvToCac, KpiText::tr("The customer acquisition cost of the period is 0.")));
    else {
        // Both tiles divide by the same new customers, so the exact ratio is Σ CLV ÷ spend (the rounded tiles
        // would drift in the fifth digit).
        KpiValue ratio = numberKpi(KpiId::ClvToCac, double(clvSum) / double(totalSpend));
        addMoneyInput(ratio, "historical_clv", clv.money.units());
        addMoneyInput(ratio, "cac", cac.money.units());
        set(ratio);
    }

    if (cacByChannel) {
        cacByChannel->clear();
        for (const auto &entry : spend) {
            KpiReport::ChannelCac row;
            row.channel = in.snapshot.channels.value(entry.first);
            row.spend = Money::fromUnits(entry.second);
            const auto it = newByChannel.find(entry.first);
            row.newCustomers = it == newByChannel.end() ? 0 : it->second;
            row.hasData = row.newCustomers > 0;
            if (row.hasData)
                row.cac = Money::fromUnits(divideToMoneyUnits(entry.second, row.newCustomers));
            cacByChannel->push_back(row);
        }
    }
}

} // namespace storelens::core::analytics::detail
