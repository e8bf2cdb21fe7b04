#pragma once

#include "core/analytics/explain/ExplainMath.h"
#include "core/analytics/kpi/KpiCatalog.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/model/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// "Why?" (METRICS.md section 9): where a KPI's change between the comparison period and the period came
// from, with parts that add up to the change, and whether it is more than normal variation.
//
// Issue 18 (additions): Explanation::largeOrders (a change that is really one order says so after the
// sentence), Explanation::currency and the currency argument of explainKpi (money in the sentence as on the
// tiles).
//
// API changes since the first version (all additions, nothing renamed): every KPI of the catalogue is
// explained or says why not (Explanation::explained, notExplainedReason(); an unexplained KPI also has
// comparable = false with the reason in notComparableReason, so a view that shows that reason needs no
// change); Dimension::Segment (saved segments, given to explainKpi as SegmentMembers); Verdict::intervalKind
// and comparisonInterval (the Wilson intervals of rates of people and events, test "two_proportion");
// DimensionContributions::split. Verdict::withinNormalVariation is now true whenever the verdict is untested,
// as its comment always said. Session 13: Dimension::Source (the source each line was imported from), and
// Explanation::sourceEnds with Verdict::sourceEndsEarly (a change that is really a source's missing days says
// so first and is not judged against normal variation).
namespace storelens::core::analytics::explain {

enum class Dimension { Store, Channel, Country, Category, CustomerType, Segment, Source };
constexpr int kDimensionCount = 7;
// How much explainKpi works out: everything, or what a tile's normal-variation verdict needs (the same
// verdict, change, bridge and contributions, but no large orders: largeOrders stays empty and the sentence
// has no note on them). The Overview's verdicts for every tile at start-up take the second: at 10,000,000
// lines the large orders of net sales are one more pass over both periods and tens of MiB.
enum class Depth { Full, Verdict };
// "store", "channel", "country", "category", "customer_type", "segment", "source".
QString dimensionKey(Dimension dimension);
bool dimensionFromKey(const QString &key, Dimension *dimension);
// Whether explainKpi explains `kpi` (every KPI of METRICS.md section 9's families: sums, ratios, rates of
// people and events); notExplainedReason() says why not for the others (translated), empty for these.
bool canExplain(KpiId kpi);
QString notExplainedReason(KpiId kpi);
// A test's p-value in the verdict's sentence: "p = 0.042", or "p < 0.001" rather than a p that reads as zero.
QString pValueText(double p);

// The user's saved segments for Dimension::Segment: names and, per segment, one flag per customer index
// (1 = member). A customer in several segments counts once, under the member naming all of them
// ("Newsletter & VIP"); identified customers in none under "In no saved segment", guest lines under
// "Guests", so the members still add up to the change.
struct SegmentMembers
{
    QStringList names;
    std::vector<std::vector<uint8_t>> members; // by segment, by customer index
};

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
    // "sum": each member's own change (sum KPIs); "mix_rate": mix and rate effects (ratio KPIs);
    // "share": the member's part of the numerator over the whole denominator, numerator_k ÷ denominator,
    // for a ratio whose denominator does not split by this dimension (visitors by channel) or has members
    // without a denominator (retention by store); mix and rate are 0 there.
    QString split;
};

// An order that by itself makes up a large part of a change of net sales (issue 18: one catering order of
// 1,100 € behind a "fall" that the bridge put on the average unit retail). See largeOrders in Explanation.
// Thresholds of largeOrders: an order counts as large when its net sales are at least kLargeOrderFactor
// times the median net sales of the orders (those with positive net sales) of both periods; the largest
// kMaxLargeOrders such orders are named when their effects together make up at least kLargeOrderShare of
// the change's magnitude (a note on 30 % of a change, never on the noise of a few ordinary orders).
constexpr double kLargeOrderFactor = 10.0;
constexpr double kLargeOrderShare = 0.3;
constexpr size_t kMaxLargeOrders = 3;
struct LargeOrder
{
    QString orderId;  // the external order id (the till's receipt number)
    QDate date;       // the day of its first line in its period
    QString store;    // the store of that line; empty when none
    QString category; // the category of its largest line; empty when none
    bool inComparisonPeriod = false;
    double net = 0;    // the order's net sales in its period, currency units
    double effect = 0; // its part of the change: +net in the period, −net in the comparison period
};

struct Verdict
{
    bool tested = false; // false: untested; the sentence says why
    // A source's data end early in the periods compared (Explanation::sourceEnds): the change is not
    // comparable as it stands, so it is not tested (and not coloured); the sentence says so.
    bool sourceEndsEarly = false;
    bool withinNormalVariation = false; // true also when untested: no good/bad colour without evidence
    QString test;                       // "welch", "two_proportion", or empty when no test applies
    bool noVariation = false;           // untested: the values do not vary (every day alike, all or none)
    double statistic = 0;               // t (welch) or z (two_proportion)
    double degreesOfFreedom = 0;        // welch only
    double pValue = 1;
    // "mean_difference": the 95 % interval of the change of the daily mean (welch); "wilson": the 95 %
    // Wilson score interval of the rate in the period (two_proportion), comparisonInterval that of the
    // comparison period.
    QString intervalKind;
    Interval interval;
    Interval comparisonInterval;
    QString sentence; // translated
    // Tested: the sentence without the test's name and figures (the screen's words; the test goes to a
    // tooltip), and those in a phrase ("Welch's t-test on the daily values, p = 0.003"). Untested: empty.
    QString plainSentence;
    QString testDetail;
};

// A source whose data end early in the periods compared (kpi/SourceEnds.h, the condition of the source-end
// warning), and its part of the change: the change of its member of Dimension::Source.
struct SourceGap
{
    QString source;
    QDate lastDay;
    double effect = 0;
};

struct Explanation
{
    KpiId kpi = KpiId::NetSales;
    // false: the KPI has no defined explanation (notExplainedReason() of it is in notComparableReason).
    bool explained = true;
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
    // Net sales only: the few orders (at most kMaxLargeOrders, largest first) that each are at least
    // kLargeOrderFactor times the median order of both periods, listed when together they make up at least
    // kLargeOrderShare of |change|; empty otherwise. An addition to the bridge, whose parts still sum to the
    // change; largeOrdersEffect is the sum of their effects, so change − largeOrdersEffect is the change
    // without them.
    std::vector<LargeOrder> largeOrders;
    double largeOrdersEffect = 0;
    QString largeOrdersNote; // translated; empty without large orders
    // The sources whose data end early (trial 12: the till's export to 31 October, the web shop's to
    // 2 December, November "−84 %") among those that count in the KPI after the filter; empty otherwise.
    // When set, the sentence starts with sourceEndsNote (each source, its last day and its part of the
    // change) and the verdict is untested with sourceEndsEarly. Found for every Depth, whatever the
    // dimensions asked.
    std::vector<SourceGap> sourceEnds;
    QString sourceEndsNote; // translated; empty without such sources
    // Translated one-sentence summary, money with `currency`, after sourceEndsNote when there is one and
    // followed by largeOrdersNote when there is one.
    QString sentence;
    QString currency; // the ISO code the sentence writes money with; empty: plain numbers
};

// Explains `kpi` for the periods of `report` (computed on the same snapshot and filter, so the change is the
// one the tile shows). The coverage rule applies: when the KPI is not comparable in `report` (or has no data
// in a period) the explanation says why and holds nothing else; so does a KPI without a defined explanation
// (explained false). `segments` gives Dimension::Segment its members (without it every identified customer
// is "In no saved segment"). `currency` (an ISO code, the workspace's; empty: none) is what the sentence
// writes money with, the way the KPI tiles do ("1.100,00 €" in German, a real minus sign U+2212).
// ErrorCode::Cancelled when cancelled.
Result<Explanation> explainKpi(const Snapshot &snapshot, const ResolvedFilter &filter,
                               const KpiCustomerFacts &facts, const KpiReport &report, KpiId kpi,
                               const std::vector<Dimension> &dimensions, const CancelCheck &cancelled = {},
                               const SegmentMembers *segments = nullptr, const QString &currency = {},
                               Depth depth = Depth::Full);

} // namespace storelens::core::analytics::explain
