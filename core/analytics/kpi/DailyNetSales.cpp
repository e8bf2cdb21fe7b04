// The daily net sales a period's pass yields, and the test counter of such passes (KpiEngine.h).
#include "core/analytics/kpi/KpiEngine.h"

#include <algorithm>
#include <climits>

namespace storelens::core::analytics {

void DailyNetSales::reset(const Period &period)
{
    m_period = period;
    m_from = period.isValid() ? period.from.toJulianDay() : 0;
    const auto days = size_t(period.isValid() ? period.days() : 0);
    m_net.assign(days + 1, 0);
    m_lines.assign(days + 1, 0);
}

void DailyNetSales::add(int32_t day, int64_t amount)
{
    const auto k = size_t(day - m_from + 1);
    m_net[k] += amount;
    ++m_lines[k];
}

void DailyNetSales::addDay(int32_t day, int64_t amount, int64_t lines)
{
    const auto k = size_t(day - m_from + 1);
    m_net[k] += amount;
    m_lines[k] += lines;
}

void DailyNetSales::finish()
{
    for (size_t k = 1; k < m_net.size(); ++k) {
        m_net[k] += m_net[k - 1];
        m_lines[k] += m_lines[k - 1];
    }
}

bool DailyNetSales::covers(const Period &period) const
{
    return m_period.isValid() && period.isValid() && m_period.from <= period.from && period.to <= m_period.to;
}

int64_t DailyNetSales::netOver(QDate from, QDate to) const
{
    return m_net[size_t(to.toJulianDay() - m_from + 1)] - m_net[size_t(from.toJulianDay() - m_from)];
}

int64_t DailyNetSales::linesOver(QDate from, QDate to) const
{
    return m_lines[size_t(to.toJulianDay() - m_from + 1)] - m_lines[size_t(from.toJulianDay() - m_from)];
}

DailyNetSales dailyNetSales(const Snapshot &s, const ResolvedFilter &filter, const Period &period)
{
    DailyNetSales days;
    days.reset(period);
    if (!period.isValid())
        return days;
    PeriodScanCounter::record(period.from.toJulianDay(), period.to.toJulianDay());
    const size_t hi = firstLineOnOrAfter(s, period.to.toJulianDay() + 1);
    for (size_t i = firstLineOnOrAfter(s, period.from.toJulianDay()); i < hi;) {
        // Day by day: the lines are sorted by day.
        const int32_t day = s.day[i];
        const auto dayEnd =
            size_t(std::upper_bound(s.day.begin() + ptrdiff_t(i), s.day.begin() + ptrdiff_t(hi), day) -
                   s.day.begin());
        int64_t net = 0;
        int64_t lines = 0;
        for (; i < dayEnd; ++i) {
            if (filter.includesLine(i)) {
                net += s.gross[i] - s.discount[i];
                ++lines;
            }
        }
        days.addDay(day, net, lines);
    }
    days.finish();
    return days;
}

namespace {
thread_local PeriodScanCounter *t_counter = nullptr;
}

PeriodScanCounter::PeriodScanCounter()
    : m_outer(t_counter)
{
    t_counter = this;
}

PeriodScanCounter::~PeriodScanCounter()
{
    t_counter = m_outer;
}

void PeriodScanCounter::record(int64_t fromDay, int64_t toDay)
{
    if (t_counter)
        t_counter->m_passes.emplace_back(fromDay, toDay);
}

int PeriodScanCounter::timesRead(QDate day) const
{
    const qint64 d = day.toJulianDay();
    return int(std::count_if(m_passes.begin(), m_passes.end(),
                             [d](const auto &pass) { return pass.first <= d && d <= pass.second; }));
}

int PeriodScanCounter::mostReads(const Period &period) const
{
    int most = 0;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1))
        most = std::max(most, timesRead(day));
    return most;
}

int PeriodScanCounter::fewestReads(const Period &period) const
{
    int fewest = INT_MAX;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1))
        fewest = std::min(fewest, timesRead(day));
    return fewest;
}

} // namespace storelens::core::analytics
