#include "core/analytics/kpi/KpiResult.h"

#include <cmath>

namespace storelens::core::analytics {

double KpiValue::input(const QString &key, double fallback) const
{
    for (const KpiInput &i : inputs) {
        if (i.key == key)
            return i.value;
    }
    return fallback;
}

KpiComparison compareKpis(const KpiValue &current, const KpiValue &comparison)
{
    KpiComparison c;
    c.current = current;
    c.comparison = comparison;
    c.good = kpiGoodDirection(current.id);
    c.warning = current.warning;
    c.hasChange = current.hasData && comparison.hasData;
    if (!c.hasChange)
        return c;
    const bool money = kpiUnit(current.id) == KpiUnit::Money;
    if (money) {
        c.absoluteMoneyChange = current.money - comparison.money;
        c.absoluteChange = c.absoluteMoneyChange.toDouble();
    } else {
        c.absoluteChange = current.value - comparison.value;
    }
    const double base = money ? comparison.money.toDouble() : comparison.value;
    c.hasRelativeChange = base != 0;
    if (c.hasRelativeChange)
        c.relativeChange = c.absoluteChange / std::fabs(base);
    const bool unchanged = money ? c.absoluteMoneyChange.isZero() : c.absoluteChange == 0;
    if (unchanged)
        c.assessment = ChangeAssessment::Unchanged;
    else if (c.good == GoodDirection::Neutral)
        c.assessment = ChangeAssessment::Neutral;
    else
        c.assessment = (c.absoluteChange > 0) == (c.good == GoodDirection::Up) ? ChangeAssessment::Good
                                                                               : ChangeAssessment::Bad;
    return c;
}

void addWarning(KpiComparison &kpi, const QString &sentence)
{
    if (sentence.isEmpty() || kpi.warning.contains(sentence))
        return;
    kpi.warning = kpi.warning.isEmpty() ? sentence : kpi.warning + QLatin1Char(' ') + sentence;
}

void markNotComparable(KpiComparison &kpi, const QString &reason)
{
    kpi.comparable = false;
    kpi.hasChange = false;
    kpi.absoluteChange = 0;
    kpi.absoluteMoneyChange = Money();
    kpi.hasRelativeChange = false;
    kpi.relativeChange = 0;
    kpi.assessment = ChangeAssessment::Unchanged;
    addWarning(kpi, reason);
}

bool usesLookBackWindow(KpiId id)
{
    switch (id) {
    case KpiId::CustomersAtStart:
    case KpiId::CustomersAtEnd:
    case KpiId::RetentionRate:
    case KpiId::ChurnRate:
    case KpiId::KeptCustomers:
    case KpiId::ReactivatedCustomers:
        return true;
    default:
        return false;
    }
}

std::optional<DataCoverageWarning> lookBackTooShort(const KpiReport &report)
{
    for (const DataCoverageWarning &warning : report.warnings) {
        if (warning.kind == DataCoverageWarning::Kind::RetentionWindow && warning.daysWithData > 0 &&
            periodCoverage(warning.range, report.firstDataDay, report.asOf) < kComparableCoverage)
            return warning;
    }
    return std::nullopt;
}

} // namespace storelens::core::analytics
