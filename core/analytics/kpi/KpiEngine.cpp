#include "core/analytics/kpi/KpiEngine.h"

#include "core/analytics/customers/CustomerTotals.h"
#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/analytics/query/Periods.h"
#include "core/model/Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace storelens::core::analytics {

namespace detail {

QString noOrdersReason()
{
    return KpiText::tr("There are no orders in the period.");
}

QString noSalesReason()
{
    return KpiText::tr("There are no sales in the period.");
}

QString noCustomersReason()
{
    return KpiText::tr(
        "There are no identified customers in the period; import order lines with customer ids to see it.");
}

KpiValue noData(KpiId id, const QString &reason)
{
    KpiValue v;
    v.id = id;
    v.hasData = false;
    v.noDataReason = reason;
    return v;
}

KpiValue moneyKpi(KpiId id, int64_t units)
{
    KpiValue v;
    v.id = id;
    v.hasData = true;
    v.money = Money::fromUnits(units);
    v.value = v.money.toDouble();
    return v;
}

KpiValue countKpi(KpiId id, int64_t count)
{
    KpiValue v;
    v.id = id;
    v.hasData = true;
    v.value = double(count);
    return v;
}

KpiValue numberKpi(KpiId id, double value)
{
    KpiValue v;
    v.id = id;
    v.hasData = true;
    v.value = value;
    return v;
}

KpiValue ratioKpi(KpiId id, double numerator, double denominator, const QString &reason)
{
    if (denominator == 0)
        return noData(id, reason);
    return numberKpi(id, numerator / denominator);
}

void addInput(KpiValue &v, const char *key, KpiUnit unit, double value)
{
    KpiInput i;
    i.key = QLatin1String(key);
    i.unit = unit;
    i.value = value;
    v.inputs.push_back(std::move(i));
}

void addMoneyInput(KpiValue &v, const char *key, int64_t units)
{
    KpiInput i;
    i.key = QLatin1String(key);
    i.unit = KpiUnit::Money;
    i.money = Money::fromUnits(units);
    i.value = i.money.toDouble();
    v.inputs.push_back(std::move(i));
}

int64_t roundToUnits(double moneyUnits)
{
    return int64_t(std::llround(moneyUnits));
}

void markUnpricedLines(const PeriodScan &scan, std::vector<KpiValue> &out)
{
    if (scan.unpricedLines == 0)
        return;
    // The KPIs built on line amounts: every money KPI but COGS (unit costs) and CAC (marketing spend), and
    // the ratios and numbers over them.
    const auto usesAmounts = [](KpiId id) {
        switch (id) {
        case KpiId::Cogs:
        case KpiId::Cac:
        case KpiId::InventoryTurnover:
            return false;
        case KpiId::ReturnRate:
        case KpiId::GuestShare:
        case KpiId::CostCoverage:
        case KpiId::GrossMarginPercent:
        case KpiId::YoyGrowthRate:
        case KpiId::Gmroi:
        case KpiId::ClvToCac:
            return true;
        default:
            return kpiUnit(id) == KpiUnit::Money;
        }
    };
    const bool none = scan.unpricedLines == scan.lines;
    const QString reason = KpiText::tr("No prices imported: the order lines of this period have no amounts.");
    const QString warning =
        KpiText::tr("%1 of the period's %2 order lines have no prices imported; this figure "
                    "leaves them out.")
            .arg(scan.unpricedLines)
            .arg(scan.lines);
    for (size_t i = 0; i < out.size(); ++i) {
        const auto id = KpiId(i);
        KpiValue &v = out[i];
        if (!usesAmounts(id))
            continue;
        if (none)
            v = noData(id, reason);
        else if (v.hasData)
            v.warning = v.warning.isEmpty() ? warning : v.warning + QLatin1Char(' ') + warning;
    }
}

} // namespace detail

KpiCustomerFacts buildKpiCustomerFacts(const Snapshot &s, const ResolvedFilter &filter)
{
    // The customer totals of the filter, which the customer base reads too: one pass over the lines per
    // snapshot and filter (CustomerTotals.h).
    const CustomerTotalsPtr totals = customerTotals(s, filter.allLines ? nullptr : &filter.lineMask);
    const CustomerMetrics &m = totals->metrics;
    const size_t customers = s.customers.size();
    KpiCustomerFacts f;
    f.firstSaleDay.resize(customers);
    for (size_t c = 0; c < customers; ++c)
        f.firstSaleDay[c] = m.firstDay[c] == kNoDay ? INT32_MAX : m.firstDay[c];
    f.firstSaleChannel = totals->firstSaleChannel;
    f.netSales = m.netSales;
    return f;
}

size_t firstLineOnOrAfter(const Snapshot &snapshot, qint64 julianDay)
{
    const auto it = std::lower_bound(snapshot.day.begin(), snapshot.day.end(), julianDay,
                                     [](int32_t d, qint64 v) { return qint64(d) < v; });
    return size_t(it - snapshot.day.begin());
}

Period resolvePeriod(const Snapshot &snapshot, const Query &query)
{
    if (query.period.isValid())
        return query.period;
    return defaultPeriod(snapshot.asOfDate());
}

namespace {

// computeKpis, yielding the daily net sales of the period (`days`) and of the same days one year earlier
// (`yearEarlierDays`); when `yearEarlierDays` already covers those days, they are read from it instead of
// from the lines.
std::vector<KpiValue> computeKpisWithDays(const Snapshot &s, const ResolvedFilter &filter,
                                          const KpiCustomerFacts &facts, const Period &period,
                                          int activityWindowDays,
                                          std::vector<KpiReport::ChannelCac> *cacByChannel,
                                          const CancelCheck &cancelled, DailyNetSales *days,
                                          DailyNetSales *yearEarlierDays, detail::ScanMarks &marks,
                                          detail::WindowReuse *windows = nullptr)
{
    using namespace detail;
    std::vector<KpiValue> out(static_cast<size_t>(kKpiCount));
    if (!period.isValid())
        return {};
    const auto fromDay = int32_t(period.from.toJulianDay());
    const auto toDay = int32_t(period.to.toJulianDay());

    const TrafficMask traffic = trafficMask(s, filter, fromDay, toDay);
    PeriodScan scan;
    if (!scanPeriod(s, filter, fromDay, toDay, &traffic, cancelled, &scan, days, &marks))
        return {};

    const Period yearEarlier = samePeriodLastYear(period);
    DailyNetSales ownYearEarlier;
    DailyNetSales &earlierDays = yearEarlierDays ? *yearEarlierDays : ownYearEarlier;
    if (!earlierDays.covers(yearEarlier)) // only its daily net sales: no orders, no customers
        earlierDays = dailyNetSales(s, filter, yearEarlier);
    const bool earlierHasLines = earlierDays.linesOver(yearEarlier.from, yearEarlier.to) > 0;
    const int64_t earlierNet = earlierDays.netOver(yearEarlier.from, yearEarlier.to);

    WindowCounts window;
    if (!windowCounts(s, filter, fromDay, toDay, activityWindowDays, cancelled, &window, &facts.firstSaleDay,
                      windows))
        return {};
    const Period churnYear = yearEndingAt(period.to);
    WindowCounts churn = window;
    if (churnYear.from != period.from && !windowCounts(s, filter, int32_t(churnYear.from.toJulianDay()),
                                                       toDay, activityWindowDays, cancelled, &churn))
        return {};

    SalesInputs sales{s, filter, scan, traffic, earlierHasLines, earlierNet};
    fillSalesKpis(sales, out);
    // Year-over-year growth is itself a change: under the coverage rule it needs a comparable year before.
    if (const auto reason =
            notComparableReason(yearEarlier, Comparison::SamePeriodLastYear, s.firstDate(), s.asOfDate())) {
        out[size_t(KpiId::YoyGrowth)] = detail::noData(KpiId::YoyGrowth, *reason);
        out[size_t(KpiId::YoyGrowthRate)] = detail::noData(KpiId::YoyGrowthRate, *reason);
    }
    const NewCustomers acquired = newCustomersIn(facts, fromDay, toDay);
    CustomerInputs customers{s, filter, scan, acquired, window, churn, activityWindowDays, period.days()};
    fillCustomerKpis(customers, out, cacByChannel);
    for (int i = 0; i < kKpiCount; ++i)
        out[size_t(i)].id = KpiId(i);
    markUnpricedLines(scan, out);
    return out;
}

} // namespace

std::vector<KpiValue> computeKpis(const Snapshot &s, const ResolvedFilter &filter,
                                  const KpiCustomerFacts &facts, const Period &period, int activityWindowDays,
                                  std::vector<KpiReport::ChannelCac> *cacByChannel,
                                  const CancelCheck &cancelled)
{
    detail::ScanMarks marks;
    return computeKpisWithDays(s, filter, facts, period, activityWindowDays, cacByChannel, cancelled, nullptr,
                               nullptr, marks);
}

void applyCoverageRule(std::vector<KpiComparison> &kpis, const KpiReport &report,
                       const Period &comparisonPeriod, Comparison kind)
{
    const bool hasComparison = kind != Comparison::None && comparisonPeriod.isValid();
    const QDate first = report.firstDataDay;
    const QDate asOf = report.asOf;
    const std::optional<QString> notComparable =
        hasComparison ? notComparableReason(comparisonPeriod, kind, first, asOf) : std::nullopt;
    const std::optional<QString> ownWindow = lookBackNotComparableReason(
        lookBackWindow(report.period, report.activityWindowDays), false, first, asOf);
    const std::optional<QString> comparisonWindow =
        hasComparison ? lookBackNotComparableReason(
                            lookBackWindow(comparisonPeriod, report.activityWindowDays), true, first, asOf)
                      : std::nullopt;
    // A comparison period wholly before the first day with data has no value to show: its figures are "no
    // data" on every KPI, never a 0 that reads as "nothing sold" (METRICS.md section 2).
    const bool comparisonEmpty = hasComparison && periodCoverage(comparisonPeriod, first, asOf) <= 0.0;
    for (KpiComparison &k : kpis) {
        if (!hasComparison)
            k.comparable = false;
        if (notComparable)
            markNotComparable(k, *notComparable);
        if (comparisonEmpty && notComparable)
            k.comparison = detail::noData(k.current.id, *notComparable);
        if (!usesLookBackWindow(k.current.id))
            continue;
        if (ownWindow)
            markNotComparable(k, *ownWindow);
        if (comparisonWindow)
            markNotComparable(k, *comparisonWindow);
    }
}

namespace {

// Whole calendar months in `period` (it starts on a month's first day and ends on a month's last day); 0
// otherwise.
int wholeMonths(const Period &period)
{
    if (!period.isValid() || period.from.day() != 1 || period.to.addDays(1).day() != 1)
        return 0;
    const QDate next = period.to.addDays(1);
    return (next.year() - period.from.year()) * 12 + next.month() - period.from.month();
}

// The comparison of a partial period, like for like (METRICS.md section 1, "Partial periods"): the period
// asked for (`requested`) is computed to date (`toDate`) and compared with the same days of the period it is
// compared with. A period of whole calendar months is compared with as many whole months just before it, so
// month to date meets the same days of the month before (1-10 March against 1-10 February); a year earlier
// meets the same days one year back; any other period meets the period of the same length before it, cut to
// as many days.
Period likeForLikeComparison(const Period &requested, const Period &toDate, Comparison kind)
{
    if (kind == Comparison::SamePeriodLastYear)
        return Period{shiftYears(requested.from, -1), shiftYears(toDate.to, -1)};
    if (kind != Comparison::PreviousPeriod)
        return {};
    if (const int months = wholeMonths(requested); months > 0)
        return Period{shiftMonths(requested.from, -months), shiftMonths(toDate.to, -months)};
    const Period before = previousPeriod(requested);
    return Period{before.from, before.from.addDays(toDate.days() - 1)};
}

} // namespace

Result<KpiReport> computeKpiReport(const SnapshotPtr &snapshotPtr, const Query &query,
                                   const ResolvedFilter &filter, const CancelCheck &cancelled,
                                   const KpiCustomerFacts *givenFacts, KpiReportDays *givenDays)
{
    const Snapshot &s = *snapshotPtr;
    KpiReport report;
    report.revision = s.revision;
    report.asOf = s.asOfDate();
    report.firstDataDay = s.firstDate();
    report.period = resolvePeriod(s, query);
    report.comparisonKind = query.comparison;
    report.activityWindowDays = query.activityWindowDays;
    const Error cancelError(ErrorCode::Cancelled, detail::KpiText::tr("The computation was cancelled."));
    if (s.isEmpty() || !report.period.isValid()) {
        return Error(
            ErrorCode::TooLittleData,
            detail::KpiText::tr("The workspace holds no order lines yet; import orders to see the figures."));
    }
    if (query.activityWindowDays < 1)
        return Error(ErrorCode::InvalidValue,
                     detail::KpiText::tr("The activity window must be at least one day."));
    const bool explicitComparison = query.comparison != Comparison::None && query.comparisonPeriod.isValid();
    if (explicitComparison)
        report.comparisonPeriod = query.comparisonPeriod;
    else if (auto cmp = comparisonPeriod(report.period, query.comparison))
        report.comparisonPeriod = *cmp;
    // A period that ends after the as-of date is partial: it is computed to date and compared like for like,
    // with the comparison period cut to the same number of days (METRICS.md section 1, "Partial periods").
    if (report.period.to > report.asOf && report.period.from <= report.asOf) {
        report.requestedPeriod = report.period;
        report.period.to = report.asOf;
        if (report.comparisonPeriod.isValid() && !explicitComparison)
            report.comparisonPeriod =
                likeForLikeComparison(report.requestedPeriod, report.period, report.comparisonKind);
    }

    using Kind = DataCoverageWarning::Kind;
    const auto warn = [&](Kind kind, const Period &range) {
        if (auto w = coverageWarning(kind, range, report.firstDataDay))
            report.warnings.push_back(*w);
    };
    warn(Kind::Period, report.period);
    warn(Kind::RetentionWindow, lookBackWindow(report.period, query.activityWindowDays));
    if (report.comparisonPeriod.isValid()) {
        warn(Kind::ComparisonPeriod, report.comparisonPeriod);
        warn(Kind::ComparisonRetentionWindow,
             lookBackWindow(report.comparisonPeriod, query.activityWindowDays));
    }

    std::optional<KpiCustomerFacts> built;
    if (!givenFacts)
        built = buildKpiCustomerFacts(s, filter);
    const KpiCustomerFacts &facts = givenFacts ? *givenFacts : *built;
    if (cancelled && cancelled())
        return cancelError;
    KpiReportDays ownDays;
    KpiReportDays &days = givenDays ? *givenDays : ownDays;
    const int window = query.activityWindowDays;
    detail::ScanMarks marks;     // shared by the passes of both periods
    detail::WindowReuse windows; // the comparison's E window is the period's S window when they meet
    std::vector<KpiValue> previous;
    // Compared with the same days one year earlier: the comparison's pass yields the year-earlier daily net
    // sales the period's year-over-year growth reads, so it runs first.
    const Period yearEarlier = samePeriodLastYear(report.period);
    const bool comparedWithYearEarlier = report.comparisonPeriod.isValid() &&
                                         report.comparisonPeriod.from == yearEarlier.from &&
                                         report.comparisonPeriod.to == yearEarlier.to;
    if (comparedWithYearEarlier) {
        previous = computeKpisWithDays(s, filter, facts, report.comparisonPeriod, window, nullptr, cancelled,
                                       &days.yearEarlier, &days.comparisonYearEarlier, marks, &windows);
        if (previous.empty())
            return cancelError;
    }
    std::vector<KpiValue> current =
        computeKpisWithDays(s, filter, facts, report.period, window, &report.cacByChannel, cancelled,
                            &days.period, &days.yearEarlier, marks, &windows);
    if (current.empty())
        return cancelError;
    if (report.comparisonPeriod.isValid() && !comparedWithYearEarlier) {
        previous = computeKpisWithDays(s, filter, facts, report.comparisonPeriod, window, nullptr, cancelled,
                                       nullptr, &days.comparisonYearEarlier, marks);
        if (previous.empty())
            return cancelError;
    }
    report.kpis.reserve(size_t(kKpiCount));
    for (int i = 0; i < kKpiCount; ++i) {
        KpiValue cmp;
        if (!previous.empty())
            cmp = previous[size_t(i)];
        else
            cmp = detail::noData(KpiId(i), detail::KpiText::tr("No comparison was asked for."));
        cmp.id = KpiId(i);
        report.kpis.push_back(compareKpis(current[size_t(i)], cmp));
    }
    applyCoverageRule(report.kpis, report, report.comparisonPeriod, report.comparisonKind);
    if (report.comparisonPeriod.isValid() && report.comparisonKind != Comparison::None) {
        const std::optional<QString> reason = notComparableReason(
            report.comparisonPeriod, report.comparisonKind, report.firstDataDay, report.asOf);
        report.comparable = !reason;
        report.notComparableReason = reason.value_or(QString());
    }
    return report;
}

} // namespace storelens::core::analytics
