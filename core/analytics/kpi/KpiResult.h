#pragma once

#include "core/analytics/kpi/KpiCatalog.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/query/Query.h"
#include "core/model/Money.h"

#include <QDate>
#include <QString>

#include <optional>

#include <vector>

namespace storelens::core::analytics {

// How a change is judged: Unchanged also when either side has no data.
enum class ChangeAssessment { Good, Bad, Neutral, Unchanged };

// One named input of a KPI, for tooltips (e.g. S, E and N of the retention rate).
struct KpiInput
{
    QString key; // stable: "S", "E", "N", "G", "orders", "cost_coverage", "window_days", ...
    KpiUnit unit = KpiUnit::Number;
    Money money;      // exact, when unit is Money
    double value = 0; // the number (money in currency units, ratios as fractions)
};

// One KPI for one period. Money stays exact in `money`; `value` is the number to plot and compare
// (money in currency units, ratios as fractions, counts as whole numbers).
struct KpiValue
{
    KpiId id = KpiId::NetSales;
    bool hasData = false;
    Money money; // exact, when kpiUnit(id) is Money
    double value = 0;
    QString noDataReason; // translated; names the import that would enable it
    QString warning;      // translated; e.g. cost coverage below 95 %; empty when none
    std::vector<KpiInput> inputs;

    double input(const QString &key, double fallback = 0) const;
};

// A KPI for the period and its comparison period.
struct KpiComparison
{
    KpiValue current;
    KpiValue comparison;            // hasData false when there is no comparison
    bool hasChange = false;         // both sides have data
    double absoluteChange = 0;      // value − comparison
    Money absoluteMoneyChange;      // exact, for money KPIs
    bool hasRelativeChange = false; // false also when the comparison is 0
    double relativeChange = 0;      // (value − comparison) ÷ |comparison|
    GoodDirection good = GoodDirection::Up;
    ChangeAssessment assessment = ChangeAssessment::Unchanged;
    // The coverage rule (METRICS.md section 1): false when the comparison period, or for the KPIs that rest
    // on the activity window (usesLookBackWindow) a look-back window, covers under 90 % of its days. Then no
    // change, no percentage and no good/bad is shown, and `warning` says why.
    bool comparable = true;
    // Every warning of this KPI in words: its value's own, its look-back window's and why it is not
    // comparable; empty when none.
    QString warning;
};

// Builds the change fields of a comparison from its two values.
KpiComparison compareKpis(const KpiValue &current, const KpiValue &comparison);
// Marks a comparison not comparable: no change, no percentage, no good/bad; `reason` joins its warning.
void markNotComparable(KpiComparison &kpi, const QString &reason);
// Adds a sentence to a KPI's warning.
void addWarning(KpiComparison &kpi, const QString &sentence);
// Retention, churn, kept and reactivated customers (and S, E) rest on the activity window before a day.
bool usesLookBackWindow(KpiId id);

// The answer to a query's KPI tiles.
struct KpiReport
{
    qint64 revision = -1;
    QDate asOf;
    QDate firstDataDay;
    Period period;
    // Valid when the period asked for ends after the as-of date: `period` is then that period to date
    // (METRICS.md section 1, "Partial periods") and the comparison period is cut to as many days.
    Period requestedPeriod;
    Comparison comparisonKind = Comparison::PreviousPeriod;
    Period comparisonPeriod; // invalid when there is no comparison
    // The coverage rule for the comparison period itself (METRICS.md section 1): false when there is no
    // comparison or the comparison period covers under 90 % of its days; `notComparableReason` then says why
    // in words (empty when there is no comparison).
    bool comparable = false;
    QString notComparableReason;
    int activityWindowDays = 365;
    std::vector<DataCoverageWarning> warnings;
    std::vector<KpiComparison> kpis; // every KpiId, in enum order

    // CAC per channel where marketing spend and new customers' first-order channel match.
    struct ChannelCac
    {
        QString channel;
        Money spend;
        qint64 newCustomers = 0;
        bool hasData = false;
        Money cac;
    };
    std::vector<ChannelCac> cacByChannel;

    const KpiComparison &kpi(KpiId id) const { return kpis[size_t(id)]; }
};

// The period's look-back window when it holds some data but covers under 90 % of its days (METRICS.md
// section 1): retention, churn and the other KPIs of the window (usesLookBackWindow) cannot tell yet who was
// lost, since nobody can have gone a whole window without buying (trial 24c: 100 % retention, 0 % churn on a
// four-month shop). nullopt otherwise, and when the window holds no day of data (those KPIs have none).
std::optional<DataCoverageWarning> lookBackTooShort(const KpiReport &report);

} // namespace storelens::core::analytics
