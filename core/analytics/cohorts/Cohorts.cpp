#include "core/analytics/cohorts/Cohorts.h"

#include "core/analytics/customers/CustomerMetrics.h"
#include "core/analytics/customers/CustomerPrefetch.h"
#include "core/analytics/customers/CustomerTotals.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/model/EnumKeys.h"
#include "core/model/Money.h"

#include <algorithm>
#include <climits>

namespace storelens::core::analytics {

namespace {

constexpr const char *kCohortMetricKeys[] = {"retention", "revenue", "cumulative_revenue", "orders"};

} // namespace

QString cohortMetricKey(CohortMetric m)
{
    return enumKey(kCohortMetricKeys, m);
}

std::optional<CohortMetric> cohortMetricFromKey(const QString &key)
{
    return enumFromKey<CohortMetric>(kCohortMetricKeys, key);
}

namespace cohortperiod {

namespace {

int32_t floorDiv(int32_t a, int32_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

int32_t indexOfDay(Grain grain, int32_t julianDay)
{
    if (grain == Grain::Week || grain == Grain::Day) {
        // Julian day 0 is a Monday, so whole weeks since then start on Mondays.
        return grain == Grain::Day ? julianDay : floorDiv(julianDay, 7);
    }
    int y = 0;
    int m = 0;
    int d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    return grain == Grain::Month ? y * 12 + (m - 1) : y * 4 + (m - 1) / 3;
}

QDate firstDay(Grain grain, int32_t index)
{
    switch (grain) {
    case Grain::Day:
        return QDate::fromJulianDay(index);
    case Grain::Week:
        return QDate::fromJulianDay(qint64(index) * 7);
    case Grain::Month:
        return QDate(floorDiv(index, 12), index - floorDiv(index, 12) * 12 + 1, 1);
    case Grain::Quarter:
        break;
    }
    return QDate(floorDiv(index, 4), (index - floorDiv(index, 4) * 4) * 3 + 1, 1);
}

QDate lastDay(Grain grain, int32_t index)
{
    return firstDay(grain, index + 1).addDays(-1);
}

QString label(Grain grain, int32_t index)
{
    const QDate first = firstDay(grain, index);
    switch (grain) {
    case Grain::Day:
        return first.toString(Qt::ISODate);
    case Grain::Week: {
        int isoYear = 0;
        const int week = first.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Grain::Month:
        return QStringLiteral("%1-%2").arg(first.year()).arg(first.month(), 2, 10, QLatin1Char('0'));
    case Grain::Quarter:
        break;
    }
    return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

} // namespace cohortperiod

bool CohortMatrix::isEmpty(int cohort, int age) const
{
    return cohort < 0 || size_t(cohort) >= m_cohorts.size() || age < 0 ||
           size_t(age) >= m_cohorts[size_t(cohort)].cells.size();
}

bool CohortMatrix::isPartial(int cohort, int age) const
{
    if (isEmpty(cohort, age))
        return false;
    const int32_t period = m_cohorts[size_t(cohort)].periodIndex + age;
    return cohortperiod::lastDay(m_grain, period).toJulianDay() > m_asOfDay;
}

bool CohortMatrix::hasPartial() const
{
    for (size_t c = 0; c < m_cohorts.size(); ++c) {
        if (isPartial(int(c), int(m_cohorts[c].cells.size()) - 1))
            return true;
    }
    return false;
}

CohortMoney CohortMatrix::moneyState(bool cumulative, int cohort, int age) const
{
    if (isEmpty(cohort, age))
        return CohortMoney::Known;
    const CohortCell &cell = m_cohorts[size_t(cohort)].cells[size_t(age)];
    const int32_t priced = cumulative ? cell.cumulativePricedLines : cell.pricedLines;
    const int32_t unpriced = cumulative ? cell.cumulativeUnpricedLines : cell.unpricedLines;
    if (unpriced == 0)
        return CohortMoney::Known;
    return priced == 0 ? CohortMoney::Unknown : CohortMoney::PartlyUnknown;
}

std::optional<double> CohortMatrix::value(CohortMetric metric, int cohort, int age) const
{
    if (isEmpty(cohort, age))
        return std::nullopt;
    if (isMoneyMetric(metric) &&
        moneyState(metric == CohortMetric::CumulativeRevenue, cohort, age) == CohortMoney::Unknown)
        return std::nullopt;
    const Cohort &c = m_cohorts[size_t(cohort)];
    const CohortCell &cell = c.cells[size_t(age)];
    const double size = double(c.size);
    switch (metric) {
    case CohortMetric::Retention:
        return double(cell.activeCustomers) / size;
    case CohortMetric::Revenue:
        return double(cell.netSales) / 10000.0 / size;
    case CohortMetric::CumulativeRevenue:
        return double(cell.cumulativeNetSales) / 10000.0 / size;
    case CohortMetric::Orders:
        break;
    }
    return double(cell.orders) / size;
}

std::optional<int64_t> CohortMatrix::revenuePerCustomerUnits(bool cumulative, int cohort, int age) const
{
    if (isEmpty(cohort, age) || moneyState(cumulative, cohort, age) == CohortMoney::Unknown)
        return std::nullopt;
    const Cohort &c = m_cohorts[size_t(cohort)];
    const CohortCell &cell = c.cells[size_t(age)];
    return divideToMoneyUnits(cumulative ? cell.cumulativeNetSales : cell.netSales, c.size);
}

std::vector<int32_t> CohortMatrix::customersInCell(const Snapshot &snapshot,
                                                   const std::vector<uint8_t> *lineMask, int cohort,
                                                   int age) const
{
    std::vector<int32_t> result;
    if (isEmpty(cohort, age))
        return result;
    if (age == 0) {
        for (size_t c = 0; c < m_cohortOfCustomer.size(); ++c) {
            if (m_cohortOfCustomer[c] == cohort)
                result.push_back(int32_t(c));
        }
        return result;
    }
    const int32_t period = m_cohorts[size_t(cohort)].periodIndex + age;
    const int32_t fromDay = int32_t(cohortperiod::firstDay(m_grain, period).toJulianDay());
    const int32_t toDay = int32_t(cohortperiod::lastDay(m_grain, period).toJulianDay());
    // Lines are sorted by day: only the period's slice needs a look.
    const auto begin = std::lower_bound(snapshot.day.begin(), snapshot.day.end(), fromDay);
    const auto end = std::upper_bound(begin, snapshot.day.end(), toDay);
    std::vector<uint8_t> seen(m_cohortOfCustomer.size(), 0);
    for (size_t i = size_t(begin - snapshot.day.begin()); i < size_t(end - snapshot.day.begin()); ++i) {
        const int32_t c = snapshot.customer[i];
        if (c < 0 || snapshot.quantity[i] <= 0 || (lineMask && !(*lineMask)[i]))
            continue;
        if (m_cohortOfCustomer[size_t(c)] == cohort)
            seen[size_t(c)] = 1;
    }
    for (size_t c = 0; c < seen.size(); ++c) {
        if (seen[c])
            result.push_back(int32_t(c));
    }
    return result;
}

namespace {

// A customer during the pass over the lines: the period of their first sale line (their cohort; INT32_MAX
// when that is outside the range, so that every line of theirs reads as before it) and the last period they
// were counted active in. Eight bytes together: a line costs one cache miss, not two.
struct CustomerCohortState
{
    int32_t cohortPeriod = INT32_MAX;
    int32_t lastActivePeriod = INT32_MIN;
};

// The period of each day from `fromDay` to `toDay`: a customer's cohort and a line's period are looked up,
// not computed from a date.
class PeriodOfDay
{
public:
    PeriodOfDay(Grain grain, int32_t fromDay, int32_t toDay)
        : m_fromDay(fromDay)
    {
        m_period.reserve(size_t(std::max(0, toDay - fromDay + 1)));
        for (int32_t d = fromDay; d <= toDay; ++d)
            m_period.push_back(cohortperiod::indexOfDay(grain, d));
    }
    int32_t operator()(int32_t day) const { return m_period[size_t(day - m_fromDay)]; }

private:
    int32_t m_fromDay;
    std::vector<int32_t> m_period;
};

} // namespace

CohortMatrix CohortMatrix::compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                   Grain grain, const Period &range)
{
    CohortMatrix matrix;
    matrix.m_grain = grain;
    const size_t customerCount = snapshot.customers.size();
    matrix.m_cohortOfCustomer.assign(customerCount, -1);
    if (snapshot.isEmpty())
        return matrix;
    matrix.m_asOfDay = snapshot.day.back();
    const size_t n = snapshot.lineCount();
    const int32_t *day = snapshot.day.data();
    const int32_t *customer = snapshot.customer.data();
    const int32_t *order = snapshot.order.data();
    const int64_t *quantity = snapshot.quantity.data();
    const int64_t *gross = snapshot.gross.data();
    const int64_t *discount = snapshot.discount.data();
    const uint8_t *mask = lineMask ? lineMask->data() : nullptr;

    const int32_t asOfPeriod = cohortperiod::indexOfDay(grain, matrix.m_asOfDay);
    int32_t lo = cohortperiod::indexOfDay(grain, day[0]);
    int32_t hi = asOfPeriod;
    if (range.isValid()) {
        lo = std::max(lo, cohortperiod::indexOfDay(grain, int32_t(range.from.toJulianDay())));
        hi = std::min(hi, cohortperiod::indexOfDay(grain, int32_t(range.to.toJulianDay())));
    }
    if (lo > hi)
        return matrix;

    // A customer's cohort is the period of their first sale line within the filters (all time), which the
    // customer totals kept with the snapshot know: the lines before the first cohort's period have nothing
    // to add (a line before its customer's first sale, a return, counts only in that sale's period), so the
    // pass starts there. From then on a customer's lines fill the cohort's cells, at any time after (the
    // range does not cut the activity off). Customers and orders are counted once per period.
    const auto fromDay = std::max(day[0], int32_t(cohortperiod::firstDay(grain, lo).toJulianDay()));
    const PeriodOfDay periodOf(grain, fromDay, matrix.m_asOfDay);
    const std::vector<int32_t> &firstSaleDay = customerTotals(snapshot, lineMask)->metrics.firstDay;
    std::vector<CustomerCohortState> customers(customerCount);
    std::vector<int32_t> sizes(size_t(hi - lo + 1), 0);
    std::vector<std::vector<CohortCell>> cells(sizes.size()); // by cohort period − lo, then age
    for (size_t c = 0; c < customerCount; ++c) {
        const int32_t first = firstSaleDay[c];
        if (first == kNoDay || first < fromDay)
            continue;
        const int32_t p = periodOf(first);
        if (p > hi)
            continue;
        customers[c].cohortPeriod = p;
        if (sizes[size_t(p - lo)]++ == 0)
            cells[size_t(p - lo)].resize(size_t(asOfPeriod - p + 1));
    }
    std::vector<int64_t> orderCountedKey(snapshot.orderIds.size(), -1);
    for (size_t i = firstLineOnOrAfter(snapshot, fromDay); i < n; ++i) {
        prefetchCustomerAhead(customers.data(), customer, i, n);
        const int32_t c = customer[i];
        if (c < 0 || (mask && !mask[i]))
            continue;
        CustomerCohortState &state = customers[size_t(c)];
        const int32_t p = periodOf(day[i]);
        if (p < state.cohortPeriod)
            continue; // not in a cohort of the range, or a return before the first sale's period
        CohortCell &cell = cells[size_t(state.cohortPeriod - lo)][size_t(p - state.cohortPeriod)];
        cell.netSales += gross[i] - discount[i];
        if (snapshot.isUnpriced(i))
            ++cell.unpricedLines;
        else
            ++cell.pricedLines;
        if (quantity[i] <= 0)
            continue;
        if (state.lastActivePeriod != p) {
            state.lastActivePeriod = p;
            ++cell.activeCustomers;
        }
        const int64_t key = (int64_t(p) << 32) | int64_t(uint32_t(c));
        int64_t &counted = orderCountedKey[size_t(order[i])];
        if (counted != key) {
            counted = key;
            ++cell.orders;
        }
    }

    std::vector<int32_t> cohortOfPeriod(sizes.size(), -1);
    for (size_t k = 0; k < sizes.size(); ++k) {
        if (sizes[k] == 0)
            continue;
        cohortOfPeriod[k] = int32_t(matrix.m_cohorts.size());
        Cohort cohort;
        cohort.periodIndex = lo + int32_t(k);
        cohort.from = cohortperiod::firstDay(grain, cohort.periodIndex);
        cohort.to = cohortperiod::lastDay(grain, cohort.periodIndex);
        cohort.label = cohortperiod::label(grain, cohort.periodIndex);
        cohort.size = sizes[k];
        cohort.cells = std::move(cells[k]);
        matrix.m_ageCount = std::max(matrix.m_ageCount, int(cohort.cells.size()));
        matrix.m_cohorts.push_back(std::move(cohort));
    }
    for (size_t c = 0; c < customerCount; ++c) {
        const int32_t period = customers[c].cohortPeriod;
        if (period != INT32_MAX)
            matrix.m_cohortOfCustomer[c] = cohortOfPeriod[size_t(period - lo)];
    }
    for (Cohort &cohort : matrix.m_cohorts) {
        int64_t running = 0;
        int32_t priced = 0;
        int32_t unpriced = 0;
        for (CohortCell &cell : cohort.cells) {
            running += cell.netSales;
            priced += cell.pricedLines;
            unpriced += cell.unpricedLines;
            cell.cumulativeNetSales = running;
            cell.cumulativePricedLines = priced;
            cell.cumulativeUnpricedLines = unpriced;
        }
        matrix.m_hasUnpricedLines = matrix.m_hasUnpricedLines || unpriced > 0;
    }
    return matrix;
}

} // namespace storelens::core::analytics
