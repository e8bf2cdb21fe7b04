#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/model/Money.h"
#include "core/model/PercentText.h"

#include <QLocale>

#include <cmath>
#include <map>
#include <set>

// Section 2 of METRICS.md: the sales KPIs of one period, from one PeriodScan plus the side tables.
namespace storelens::core::analytics::detail {

namespace {

constexpr double kCoverageWarningBelow = 0.95;

// Average headcount (in whole people) over the months that overlap [fromDay, toDay], per selected store,
// summed over the stores. Negative when there is no staffing row at all.
double averageHeadcount(const Snapshot &s, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay)
{
    std::map<int32_t, std::pair<int64_t, int64_t>> perStore; // store -> (Σ headcount milli, months)
    for (const Snapshot::Staffing &row : s.staffing) {
        if (row.store < 0 || !filter.includesStore(row.store))
            continue;
        const QDate first = QDate::fromJulianDay(row.monthFirstDay);
        const int64_t last = first.addMonths(1).toJulianDay() - 1;
        if (row.monthFirstDay > toDay || last < fromDay)
            continue;
        auto &acc = perStore[row.store];
        acc.first += row.headcountMilli;
        acc.second += 1;
    }
    if (perStore.empty())
        return -1;
    double sum = 0;
    for (const auto &entry : perStore)
        sum += double(entry.second.first) / double(entry.second.second) / 1000.0;
    return sum;
}

// Average inventory value at cost over the snapshot dates in [fromDay, toDay], in ten-thousandths. Negative
// when no snapshot with a known cost falls in the period.
double averageInventoryValue(const Snapshot &s, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay)
{
    std::map<int32_t, int64_t> perDay;
    for (const Snapshot::Inventory &row : s.inventory) {
        if (row.day < fromDay || row.day > toDay || row.unitCost == kUnknownCost)
            continue;
        if (!filter.includesStore(row.store))
            continue;
        if (!filter.categoryMask.empty()) {
            const int32_t category = row.product >= 0 && size_t(row.product) < s.productCategory.size()
                                         ? s.productCategory[size_t(row.product)]
                                         : -1;
            if (!filter.includesCategory(category))
                continue;
        }
        perDay[row.day] += Money::fromUnits(row.unitCost).times(Quantity::fromMilli(row.onHandMilli)).units();
    }
    if (perDay.empty())
        return -1;
    double total = 0;
    for (const auto &entry : perDay)
        total += double(entry.second);
    return total / double(perDay.size());
}

} // namespace

void fillSalesKpis(const SalesInputs &in, std::vector<KpiValue> &out)
{
    const PeriodScan &p = in.scan;
    const auto set = [&out](KpiValue v) { out[size_t(v.id)] = std::move(v); };
    const int64_t salesAfterDiscounts = p.gross - p.discounts;

    set(moneyKpi(KpiId::GrossSales, p.gross));
    set(moneyKpi(KpiId::Discounts, p.discounts));
    set(moneyKpi(KpiId::Returns, p.returns));
    KpiValue net = moneyKpi(KpiId::NetSales, p.net);
    addMoneyInput(net, "G", p.gross);
    addMoneyInput(net, "D", p.discounts);
    addMoneyInput(net, "R", p.returns);
    set(net);
    set(countKpi(KpiId::Orders, p.orders));

    if (p.orders == 0) {
        set(noData(KpiId::AverageOrderValue, noOrdersReason()));
        set(noData(KpiId::UnitsPerTransaction, noOrdersReason()));
    } else {
        KpiValue aov = moneyKpi(KpiId::AverageOrderValue, divideToMoneyUnits(salesAfterDiscounts, p.orders));
        addMoneyInput(aov, "G_minus_D", salesAfterDiscounts);
        addInput(aov, "orders", KpiUnit::Count, double(p.orders));
        set(aov);
        KpiValue upt =
            numberKpi(KpiId::UnitsPerTransaction, double(p.unitsMilli) / 1000.0 / double(p.orders));
        addInput(upt, "units", KpiUnit::Number, double(p.unitsMilli) / 1000.0);
        addInput(upt, "orders", KpiUnit::Count, double(p.orders));
        set(upt);
    }

    if (p.unitsMilli == 0) {
        set(noData(KpiId::AverageUnitRetail, noSalesReason()));
    } else {
        // Units are in thousandths: (G − D) × 1000 ÷ units in thousandths, rounded half away from zero.
        KpiValue aur = moneyKpi(KpiId::AverageUnitRetail,
                                divideToMoneyUnits(__int128(salesAfterDiscounts) * 1000, p.unitsMilli));
        addMoneyInput(aur, "G_minus_D", salesAfterDiscounts);
        addInput(aur, "units", KpiUnit::Number, double(p.unitsMilli) / 1000.0);
        set(aur);
    }

    KpiValue returnRate = ratioKpi(KpiId::ReturnRate, double(p.returns), double(p.gross), noSalesReason());
    addMoneyInput(returnRate, "R", p.returns);
    addMoneyInput(returnRate, "G", p.gross);
    set(returnRate);
    KpiValue guest =
        ratioKpi(KpiId::GuestShare, double(p.guestSales), double(salesAfterDiscounts), noSalesReason());
    addMoneyInput(guest, "guest_sales", p.guestSales);
    addMoneyInput(guest, "G_minus_D", salesAfterDiscounts);
    set(guest);

    // Costs.
    const QString noCosts =
        KpiText::tr("No line in the period has a unit cost; import order lines with unit costs to see it.");
    const double coverage = p.gross != 0 ? double(p.grossWithCost) / double(p.gross) : 0.0;
    QString coverageWarning;
    if (p.anyCost && p.gross != 0 && coverage < kCoverageWarningBelow) {
        coverageWarning = keepPercentSignsWithNumbers(
            KpiText::tr("Costs are known for only %1 % of gross sales, so the margin is overstated.")
                .arg(QLocale().toString(coverage * 100, 'f', 1)));
    }
    if (!p.anyCost) {
        set(noData(KpiId::Cogs, noCosts));
        set(noData(KpiId::GrossMargin, noCosts));
        set(noData(KpiId::CostCoverage, noCosts));
        set(noData(KpiId::GrossMarginPercent, noCosts));
    } else {
        set(moneyKpi(KpiId::Cogs, p.cogs));
        KpiValue margin = moneyKpi(KpiId::GrossMargin, p.net - p.cogs);
        addMoneyInput(margin, "N", p.net);
        addMoneyInput(margin, "cogs", p.cogs);
        addInput(margin, "cost_coverage", KpiUnit::Ratio, coverage);
        margin.warning = coverageWarning;
        set(margin);
        KpiValue cov =
            ratioKpi(KpiId::CostCoverage, double(p.grossWithCost), double(p.gross), noSalesReason());
        cov.warning = coverageWarning;
        set(cov);
        KpiValue marginRate =
            ratioKpi(KpiId::GrossMarginPercent, double(p.net - p.cogs), double(p.net), noSalesReason());
        addInput(marginRate, "cost_coverage", KpiUnit::Ratio, coverage);
        marginRate.warning = coverageWarning;
        set(marginRate);
    }

    // Year over year.
    if (!in.yearEarlierHasLines || in.yearEarlierNet == 0) {
        const QString reason = !in.yearEarlierHasLines
                                   ? KpiText::tr("The same period one year earlier has no order lines.")
                                   : KpiText::tr("The net sales of the same period one year earlier are 0.");
        set(noData(KpiId::YoyGrowth, reason));
        set(noData(KpiId::YoyGrowthRate, reason));
    } else {
        const int64_t diff = p.net - in.yearEarlierNet;
        KpiValue abs = moneyKpi(KpiId::YoyGrowth, diff);
        addMoneyInput(abs, "N", p.net);
        addMoneyInput(abs, "N_year_earlier", in.yearEarlierNet);
        set(abs);
        KpiValue rate = numberKpi(KpiId::YoyGrowthRate, double(diff) / std::fabs(double(in.yearEarlierNet)));
        rate.inputs = abs.inputs;
        set(rate);
    }

    // Staffing.
    const double headcount = averageHeadcount(in.snapshot, in.filter, p.fromDay, p.toDay);
    if (headcount < 0) {
        set(noData(
            KpiId::SalesPerEmployee,
            KpiText::tr(
                "There is no staffing for the period; import staffing (headcount per store and month) to see "
                "it.")));
    } else if (headcount == 0) {
        set(noData(KpiId::SalesPerEmployee, KpiText::tr("The staffing of the period has a headcount of 0.")));
    } else {
        KpiValue spe = moneyKpi(KpiId::SalesPerEmployee, roundToUnits(double(p.net) / headcount));
        addMoneyInput(spe, "N", p.net);
        addInput(spe, "average_headcount", KpiUnit::Number, headcount);
        set(spe);
    }

    // Traffic.
    if (!in.traffic.any) {
        set(noData(
            KpiId::ConversionRate,
            in.traffic.anyInPeriod
                ? KpiText::tr("The selected sales come from stores without visitor counts in the period.")
                : KpiText::tr("There is no store traffic for the period; import traffic (visitors per "
                              "store and day) to see it.")));
    } else {
        KpiValue conv =
            ratioKpi(KpiId::ConversionRate, double(p.ordersWithTraffic), double(in.traffic.visitors),
                     KpiText::tr("The traffic of the period counts no visitors."));
        addInput(conv, "orders", KpiUnit::Count, double(p.ordersWithTraffic));
        addInput(conv, "visitors", KpiUnit::Count, double(in.traffic.visitors));
        set(conv);
    }

    // Inventory.
    const double inventory = averageInventoryValue(in.snapshot, in.filter, p.fromDay, p.toDay);
    const QString noInventory =
        KpiText::tr("There is no inventory snapshot with costs in the period; import inventory to see it.");
    if (inventory < 0) {
        set(noData(KpiId::InventoryTurnover, noInventory));
        set(noData(KpiId::Gmroi, noInventory));
    } else if (!p.anyCost) {
        set(noData(KpiId::InventoryTurnover, noCosts));
        set(noData(KpiId::Gmroi, noCosts));
    } else {
        const QString zero = KpiText::tr("The average inventory value of the period is 0.");
        KpiValue turnover = ratioKpi(KpiId::InventoryTurnover, double(p.cogs), inventory, zero);
        addMoneyInput(turnover, "cogs", p.cogs);
        addMoneyInput(turnover, "average_inventory", roundToUnits(inventory));
        set(turnover);
        KpiValue gmroi = ratioKpi(KpiId::Gmroi, double(p.net - p.cogs), inventory, zero);
        addMoneyInput(gmroi, "gross_margin", p.net - p.cogs);
        addMoneyInput(gmroi, "average_inventory", roundToUnits(inventory));
        gmroi.warning = coverageWarning;
        set(gmroi);
    }
}

} // namespace storelens::core::analytics::detail
