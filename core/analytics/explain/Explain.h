#pragma once

#include "core/analytics/explain/ExplainMath.h"
#include "core/analytics/kpi/KpiCatalog.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/model/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

// "Why?" (METRICS.md section 9): where a KPI's change between the comparison period and the period came
// from, with parts that add up to the change, and whether it is more than normal variation.
namespace storelens::core::analytics::explain {

enum class Dimension { Store, Channel, Country, Category, CustomerType };
constexpr int kDimensionCount = 5;
// "store", "channel", "country", "category", "customer_type".
QString dimensionKey(Dimension dimension);
bool dimensionFromKey(const QString &key, Dimension *dimension);
// The KPIs this version explains: net sales and average order value.
bool canExplain(KpiId kpi);

// One part of the driver bridge; amounts in currency units, each rounded to 4 places.
struct BridgeEffect
{
    QString key;       // "visitors", "conversion", "orders", "units_per_transaction", "average_unit_retail",
                       // "sales_after_discounts", "returns"
    QString label;     // translated
    double value0 = 0; // the factor in the comparison period (returns: R₀)
    double value1 = 0;
    double effect = 0;
};

// One member's part of the change: for a sum KPI its own change (mix and rate 0); for a ratio KPI its mix and
// rate effects (change = mix + rate).
struct Contribution
{
    QString member;
    double value0 = 0; // the member's own value (sum KPI) or ratio (ratio KPI); 0 when absent
    double value1 = 0;
    double weight0 = 0; // ratio KPIs: share of the denominator
    double weight1 = 0;
    double mix = 0;
    double rate = 0;
    double change = 0;
};
struct DimensionContributions
{
    Dimension dimension = Dimension::Store;
    std::vector<Contribution> members; // largest |change| first
};

struct Verdict
{
    bool tested = false;                // false: too few days to test (the reason says why)
    bool withinNormalVariation = false; // true also when untested: no good/bad colour without evidence
    QString test;                       // "welch"
    double statistic = 0;
    double degreesOfFreedom = 0;
    double pValue = 1;
    Interval interval; // 95 % interval of the change of the daily mean
    QString sentence;  // translated
};

struct Explanation
{
    KpiId kpi = KpiId::NetSales;
    Period period;
    Period comparisonPeriod;
    bool comparable = false;
    QString notComparableReason; // set when !comparable: nothing else below is filled
    double value0 = 0;
    double value1 = 0;
    double change = 0;
    bool hasRelativeChange = false;
    double relativeChange = 0;
    QString bridgeKind; // "traffic" (visitors × conversion × UPT × AUR), "units" (orders × UPT × AUR),
                        // "sales" (no multiplicative split), or empty when the KPI has no bridge
    QString bridgeNote; // why the bridge fell back, translated; empty otherwise
    std::vector<BridgeEffect> bridge;
    std::vector<DimensionContributions> contributions;
    Verdict verdict;
    QString sentence; // translated one-sentence summary
};

// Explains `kpi` for the periods of `report` (computed on the same snapshot and filter, so the change is the
// one the tile shows). The coverage rule applies: when report.comparable is false the explanation says why
// and holds nothing else. ErrorCode::InvalidValue for a KPI that cannot be explained yet; Cancelled.
Result<Explanation> explainKpi(const Snapshot &snapshot, const ResolvedFilter &filter,
                               const KpiCustomerFacts &facts, const KpiReport &report, KpiId kpi,
                               const std::vector<Dimension> &dimensions, const CancelCheck &cancelled = {});

} // namespace storelens::core::analytics::explain
