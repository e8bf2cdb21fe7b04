#include "core/analytics/explain/Explain.h"

#include "core/analytics/explain/ExplainFigures.h"
#include "core/analytics/explain/LargeOrders.h"
#include "core/analytics/explain/SourceGaps.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/EnumKeys.h"
#include "core/model/PercentText.h"
#include "core/model/SourceNames.h"
#include "core/store/Currency.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace storelens::core::analytics::explain {

namespace {

using namespace detail;

// In the order of Dimension.
constexpr const char *kDimensionKeys[kDimensionCount] = {"store",         "channel", "country", "category",
                                                         "customer_type", "segment", "source"};

class ExplainText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::explain)
};

constexpr double kUnitsPerCurrency = 10000.0;
constexpr double kMoney = kUnitsPerCurrency; // divisors: money is in ten-thousandths
constexpr double kPerUnit = 1000.0;          // quantities in thousandths
constexpr int kNoField = -1;

// How a KPI is explained (METRICS.md section 9).
enum class Family {
    NetSales, // a sum with the driver bridge
    Sum,      // a sum: each member's own change
    Ratio,    // a value ratio: mix and rate, Welch's test on the daily ratios
    Rate,     // a rate of people or events: mix and rate, Wilson intervals and the two-proportion test
    None,     // no defined explanation
};
// Which daily values the normal-variation test compares.
enum class DailyTest { Values, None };

struct Spec
{
    Family family = Family::None;
    Field numerator = Net;
    int denominator = kNoField; // a Field for ratios and rates
    double divisor = 1;         // value = numerator (÷ denominator) ÷ divisor
    Needs needs;
    DailyTest daily = DailyTest::Values;
};

Spec specOf(KpiId kpi)
{
    Needs owners;
    owners.orderOwners = true;
    Needs customers;
    customers.customers = true;
    Needs window;
    window.window = true;
    Needs traffic;
    traffic.traffic = true;
    const auto sum = [](Field f, double divisor, Needs needs = {}, DailyTest daily = DailyTest::Values) {
        return Spec{Family::Sum, f, kNoField, divisor, needs, daily};
    };
    const auto ratio = [](Family family, Field n, Field d, double divisor, Needs needs = {},
                          DailyTest daily = DailyTest::Values) {
        return Spec{family, n, d, divisor, needs, daily};
    };
    switch (kpi) {
    case KpiId::GrossSales:
        return sum(Gross, kMoney);
    case KpiId::Discounts:
        return sum(Discounts, kMoney);
    case KpiId::Returns:
        return sum(Returns, kMoney);
    case KpiId::NetSales:
        return Spec{Family::NetSales, Net, kNoField, kMoney, {}, DailyTest::Values};
    case KpiId::Orders:
        return sum(Orders, 1);
    case KpiId::Cogs:
        return sum(Cogs, kMoney);
    case KpiId::GrossMargin:
        return sum(Margin, kMoney);
    case KpiId::AverageOrderValue:
        return ratio(Family::Ratio, OrderSales, Orders, kMoney, owners);
    case KpiId::UnitsPerTransaction:
        return ratio(Family::Ratio, OrderUnits, Orders, kPerUnit, owners);
    case KpiId::AverageUnitRetail:
        return ratio(Family::Ratio, Sales, Units, kMoney / kPerUnit);
    case KpiId::ReturnRate:
        return ratio(Family::Ratio, Returns, Gross, 1);
    case KpiId::GuestShare:
        return ratio(Family::Ratio, GuestSales, Sales, 1);
    case KpiId::CostCoverage:
        return ratio(Family::Ratio, GrossWithCost, Gross, 1);
    case KpiId::GrossMarginPercent:
        return ratio(Family::Ratio, Margin, Net, 1);
    case KpiId::ConversionRate:
        return ratio(Family::Rate, TrafficOrders, Visitors, 1, traffic);
    case KpiId::BuyingCustomers:
        return sum(Buying, 1, customers, DailyTest::None);
    case KpiId::NewCustomers:
        return sum(New, 1, customers);
    case KpiId::ReturningCustomers:
        return sum(Returning, 1, customers, DailyTest::None);
    case KpiId::PurchaseFrequency:
        return ratio(Family::Ratio, IdentifiedOrds, Buying, 1, customers, DailyTest::None);
    case KpiId::RepeatPurchaseRate:
        return ratio(Family::Rate, Repeat, Buying, 1, customers);
    case KpiId::CustomersAtStart:
        return sum(Start, 1, window, DailyTest::None);
    case KpiId::CustomersAtEnd:
        return sum(End, 1, window, DailyTest::None);
    case KpiId::RetentionRate:
        return ratio(Family::Ratio, Retained, Start, 1, window, DailyTest::None);
    case KpiId::ChurnRate:
        return ratio(Family::Rate, Churned, Start, 1, window);
    case KpiId::KeptCustomers:
        return ratio(Family::Rate, Kept, Start, 1, window);
    case KpiId::ReactivatedCustomers:
        return sum(Reactivated, 1, window, DailyTest::None);
    default:
        return {};
    }
}

double currency(int64_t units)
{
    return double(units) / kUnitsPerCurrency;
}

int64_t at(const Tally &t, int field)
{
    return t[size_t(field)];
}

// The KPI's value from a tally; 0 for a ratio with a zero denominator.
double valueOf(const Spec &spec, const Tally &t)
{
    if (spec.denominator == kNoField)
        return double(at(t, spec.numerator)) / spec.divisor;
    const int64_t d = at(t, spec.denominator);
    return d == 0 ? 0.0 : double(at(t, spec.numerator)) / double(d) / spec.divisor;
}

// A number of the KPI's unit in words, as the KPI tiles write it: money with 2 places and the workspace's
// currency the way the locale writes money ("1.100,00 €", "€1,100.00"), numbers with 2 places, counts
// whole, ratios (changes of ratios) in percentage points.
QString amountText(const Explanation &e, double value)
{
    switch (kpiUnit(e.kpi)) {
    case KpiUnit::Count:
        return fixedText(value, 0);
    case KpiUnit::Ratio:
        return ExplainText::tr("%1 pp").arg(fixedText(value * 100, 1));
    case KpiUnit::Money:
        return formatCurrency(value, e.currency, QLocale());
    case KpiUnit::Number:
        break;
    }
    return fixedText(value, 2);
}

// A part of the change with its sign ("−1.409,34 €", "+510,53 €").
QString partText(const Explanation &e, double value)
{
    return withSign(amountText(e, std::fabs(value)), value);
}

QString valueText(const Explanation &e, double value)
{
    if (kpiUnit(e.kpi) == KpiUnit::Ratio)
        return ExplainText::tr("%1 %").arg(fixedText(value * 100, 1));
    return amountText(e, value);
}

// Whether every order of a period holds exactly one unit (units in thousandths).
bool oneUnitPerOrder(const Tally &t)
{
    return at(t, Units) == at(t, Orders) * int64_t(kPerUnit);
}

QString joinNotes(const QString &first, const QString &second)
{
    return first.isEmpty() ? second : first + QLatin1Char(' ') + second;
}

// The bridge of net sales (METRICS.md section 9); effects in ten-thousandths, exact integers.
void netSalesBridge(const Figures &f0, const Figures &f1, Explanation &e)
{
    const Tally &p0 = f0.total;
    const Tally &p1 = f1.total;
    const auto effect = [&e](const QString &key, const QString &label, double v0, double v1) {
        e.bridge.push_back({key, label, v0, v1, 0});
    };
    const int64_t orders0 = at(p0, Orders);
    const int64_t orders1 = at(p1, Orders);
    const int64_t sales0 = at(p0, Sales);
    const int64_t sales1 = at(p1, Sales);
    if (orders0 > 0 && orders1 > 0 && sales0 > 0 && sales1 > 0) {
        const bool traffic = f0.traffic && f1.traffic;
        if (f0.traffic != f1.traffic)
            e.bridgeNote = ExplainText::tr("Traffic covers only one of the two periods, so the bridge starts "
                                           "from orders instead of visitors and conversion.");
        std::vector<double> x0;
        std::vector<double> x1;
        const auto factor = [&](const QString &key, const QString &label, double v0, double v1) {
            effect(key, label, v0, v1);
            x0.push_back(v0);
            x1.push_back(v1);
        };
        const double o0 = double(orders0);
        const double o1 = double(orders1);
        if (traffic) {
            e.bridgeKind = QStringLiteral("traffic");
            const double v0 = double(at(p0, Visitors));
            const double v1 = double(at(p1, Visitors));
            factor(QStringLiteral("visitors"), ExplainText::tr("visitors"), v0, v1);
            factor(QStringLiteral("conversion"), ExplainText::tr("conversion"), o0 / v0, o1 / v1);
        } else {
            e.bridgeKind = QStringLiteral("units");
            factor(QStringLiteral("orders"), ExplainText::tr("orders"), o0, o1);
        }
        if (oneUnitPerOrder(p0) && oneUnitPerOrder(p1)) {
            // Units per transaction is 1 in both periods, so its effect is exactly 0 and average unit retail
            // is the average order value: a "units per transaction +0.00 €" part said nothing (trial 11b,
            // a Shopware file with one row per order and no quantities).
            e.bridgeNote =
                joinNotes(e.bridgeNote, ExplainText::tr("Every order holds one unit in both periods "
                                                        "(a file with one row per order and no "
                                                        "quantities counts one each), so the bridge "
                                                        "splits into orders and average order "
                                                        "value instead of items per "
                                                        "order."));
            factor(QStringLiteral("average_order_value"), ExplainText::tr("average order value"),
                   currency(sales0) / o0, currency(sales1) / o1);
        } else {
            const double u0 = double(at(p0, Units)) / kPerUnit;
            const double u1 = double(at(p1, Units)) / kPerUnit;
            factor(QStringLiteral("units_per_transaction"), ExplainText::tr("items per order"), u0 / o0,
                   u1 / o1);
            factor(QStringLiteral("average_unit_retail"), ExplainText::tr("average item price"),
                   currency(sales0) / u0, currency(sales1) / u1);
        }
        const std::vector<double> effects = lmdiEffects(x0, x1); // in currency units
        // Each effect rounded to 4 places; the last absorbs the rounding so they sum to Δ(G − D) exactly.
        int64_t assigned = 0;
        for (size_t i = 0; i < effects.size(); ++i) {
            const int64_t units = i + 1 < effects.size() ? std::llround(effects[i] * kUnitsPerCurrency)
                                                         : (sales1 - sales0) - assigned;
            assigned += units;
            e.bridge[i].effect = currency(units);
        }
    } else {
        e.bridgeKind = QStringLiteral("sales");
        e.bridgeNote = ExplainText::tr("One of the periods has no sales, so the change cannot be split into "
                                       "orders, items per order and average item price.");
        effect(QStringLiteral("sales_after_discounts"), ExplainText::tr("sales after discounts"),
               currency(sales0), currency(sales1));
        e.bridge.back().effect = currency(sales1 - sales0);
    }
    effect(QStringLiteral("returns"), ExplainText::tr("returns"), currency(at(p0, Returns)),
           currency(at(p1, Returns)));
    e.bridge.back().effect = currency(at(p0, Returns) - at(p1, Returns));
}

// The KPI's daily values over the days where it has one (ratios: days with a denominator).
std::vector<double> dailyValues(const Spec &spec, const Figures &f)
{
    std::vector<double> out;
    out.reserve(f.daily.size());
    for (const Tally &t : f.daily) {
        if (spec.denominator == kNoField || at(t, spec.denominator) != 0)
            out.push_back(valueOf(spec, t));
    }
    return out;
}

Verdict untested(const QString &sentence)
{
    Verdict v;
    v.withinNormalVariation = true;
    v.sentence = sentence;
    return v;
}

Verdict welchVerdict(const std::vector<double> &daily0, const std::vector<double> &daily1)
{
    const std::optional<WelchTest> t = welchTest(daily0, daily1);
    if (!t) {
        // Two days or more in each period and still no test: every day has the same value.
        const bool constant = daily0.size() >= 2 && daily1.size() >= 2;
        Verdict v = untested(constant ? ExplainText::tr("The daily values do not vary in either period, so "
                                                        "there is no variation to test the change against.")
                                      : ExplainText::tr("There are too few days with data to tell this "
                                                        "change from normal variation."));
        v.test = QStringLiteral("welch");
        v.noVariation = constant;
        return v;
    }
    Verdict v;
    v.test = QStringLiteral("welch");
    v.tested = true;
    v.statistic = t->t;
    v.degreesOfFreedom = t->degreesOfFreedom;
    v.pValue = t->pValue;
    v.intervalKind = QStringLiteral("mean_difference");
    v.interval = t->difference;
    v.withinNormalVariation = t->pValue >= 0.05;
    v.plainSentence = v.withinNormalVariation
                          ? ExplainText::tr("The change is within normal variation: the ups and downs from "
                                            "day to day alone could well explain it.")
                          : ExplainText::tr("The change is beyond normal variation: the ups and downs from "
                                            "day to day alone would seldom explain it.");
    v.testDetail = ExplainText::tr("Welch's t-test on the daily values, %1").arg(pValueText(t->pValue));
    v.sentence = v.withinNormalVariation
                     ? ExplainText::tr("The change is within normal variation: the ups and downs from day "
                                       "to day alone could well explain it (Welch's t-test on the daily "
                                       "values, %1).")
                           .arg(pValueText(t->pValue))
                     : ExplainText::tr("The change is beyond normal variation: the ups and downs from day to "
                                       "day alone would seldom explain it (Welch's t-test on the daily "
                                       "values, %1).")
                           .arg(pValueText(t->pValue));
    return v;
}

// A rate of people or events: the Wilson intervals of both periods and the two-proportion z-test.
Verdict proportionVerdict(double s0, double n0, double s1, double n1)
{
    const std::optional<ProportionTest> t = twoProportionTest(s0, n0, s1, n1);
    if (!t || s0 > n0 || s1 > n1) {
        Verdict v = untested(ExplainText::tr("The counts leave no variation to test (every or no one counts "
                                             "in both periods)."));
        v.test = QStringLiteral("two_proportion");
        v.noVariation = true;
        return v;
    }
    Verdict v;
    v.test = QStringLiteral("two_proportion");
    v.tested = true;
    v.statistic = t->z;
    v.pValue = t->pValue;
    v.intervalKind = QStringLiteral("wilson");
    v.interval = wilsonInterval(s1, n1);
    v.comparisonInterval = wilsonInterval(s0, n0);
    v.withinNormalVariation = t->pValue >= 0.05;
    const QString interval =
        ExplainText::tr("%1 to %2 %")
            .arg(fixedText(v.interval.low * 100, 1), fixedText(v.interval.high * 100, 1));
    v.plainSentence =
        (v.withinNormalVariation
             ? ExplainText::tr(
                   "The change is within normal variation: with this many people or events, chance "
                   "alone could well explain it. This period's rate: %1 (95 % interval).")
             : ExplainText::tr(
                   "The change is beyond normal variation: with this many people or events, chance "
                   "alone would seldom explain it. This period's rate: %1 (95 % "
                   "interval)."))
            .arg(interval);
    v.testDetail = ExplainText::tr("two-proportion test, %1").arg(pValueText(t->pValue));
    v.sentence = v.withinNormalVariation
                     ? ExplainText::tr("The change is within normal variation: with this many people or "
                                       "events, chance alone could well explain it (two-proportion test, %1; "
                                       "the rate's 95 % interval is %2).")
                           .arg(pValueText(t->pValue), interval)
                     : ExplainText::tr("The change is beyond normal variation: with this many people or "
                                       "events, chance alone would seldom explain it (two-proportion test, "
                                       "%1; the rate's 95 % interval is %2).")
                           .arg(pValueText(t->pValue), interval);
    return v;
}

Verdict verdictFor(KpiId kpi, const Spec &spec, const Figures &f0, const Figures &f1)
{
    if (spec.family == Family::Rate) {
        return proportionVerdict(double(at(f0.total, spec.numerator)), double(at(f0.total, spec.denominator)),
                                 double(at(f1.total, spec.numerator)),
                                 double(at(f1.total, spec.denominator)));
    }
    if (spec.daily == DailyTest::Values)
        return welchVerdict(dailyValues(spec, f0), dailyValues(spec, f1));
    if (kpi == KpiId::RetentionRate)
        return untested(
            ExplainText::tr("The retention formula also counts reactivated customers and can "
                            "exceed 100 %, so it is not a share of people to test; kept customers "
                            "carries the test."));
    return untested(ExplainText::tr("%1 counts distinct customers, which do not add up day by day, so there "
                                    "is no test of normal variation.")
                        .arg(kpiLabel(kpi)));
}

QString relativeText(const Explanation &e)
{
    if (!e.hasRelativeChange)
        return ExplainText::tr("from zero");
    return withSign(
        ExplainText::tr("%1 %").arg(QLocale().toString(std::fabs(e.relativeChange) * 100, 'f', 1)),
        e.relativeChange);
}

// The member the sentence names: the largest store's part, else (one store) the largest part of the first
// dimension that splits the figure at all. A dimension of one member "contributes" the whole change, which
// says nothing (trial 14: "Main store contributed +7,162.16", the only store, while the web shop and the
// counter were two channels).
const Contribution *largestMember(const Explanation &e)
{
    const auto splits = [](const DimensionContributions &d) { return d.members.size() >= 2; };
    for (const DimensionContributions &d : e.contributions) {
        if (d.dimension == Dimension::Store && splits(d))
            return &d.members.front();
    }
    for (const DimensionContributions &d : e.contributions) {
        if (splits(d))
            return &d.members.front();
    }
    return nullptr;
}

// The member as the sentence names it: a default store, channel or source name and a country in the user's
// language ("Main store" read in a German sentence beside "Hauptfiliale" in the table; "DE" as
// "Deutschland").
QString shownMember(const Explanation &e, const Contribution &member)
{
    for (const DimensionContributions &d : e.contributions) {
        if (d.members.empty() || &d.members.front() != &member)
            continue;
        if (d.dimension == Dimension::Store || d.dimension == Dimension::Channel)
            return storeChannelDisplayName(member.member);
        if (d.dimension == Dimension::Country)
            return countryDisplayName(member.member);
        if (d.dimension == Dimension::Source)
            return sourceDisplayName(member.member);
    }
    return member.member;
}

// The bridge parts the sentence names, largest first: at least the two largest, and the next ones while the
// parts left out would add up to more than kSentenceRestShare of the change, so the named parts add up to the
// change up to that (trial 10: "+9,183.89 from orders and +7,407.45 from average unit retail" for a change of
// 12,347.06 left out −4,244.28 from returns).
constexpr double kSentenceRestShare = 0.05;

std::vector<const BridgeEffect *> namedParts(const Explanation &e)
{
    std::vector<const BridgeEffect *> parts;
    for (const BridgeEffect &b : e.bridge)
        parts.push_back(&b);
    std::stable_sort(parts.begin(), parts.end(), [](const BridgeEffect *a, const BridgeEffect *b) {
        return std::fabs(a->effect) > std::fabs(b->effect);
    });
    double named = 0;
    size_t count = 0;
    while (count < parts.size() &&
           (count < 2 || std::fabs(e.change - named) > kSentenceRestShare * std::fabs(e.change)))
        named += parts[count++]->effect;
    parts.resize(count);
    return parts;
}

// "+9,183.89 from orders, +7,407.45 from average unit retail and −4,244.28 from returns".
QString partsText(const Explanation &e, const std::vector<const BridgeEffect *> &parts)
{
    QStringList items;
    for (const BridgeEffect *b : parts)
        items.append(ExplainText::tr("%1 from %2").arg(partText(e, b->effect), b->label));
    QString text = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i) {
        text = i + 1 < items.size() ? ExplainText::tr("%1, %2").arg(text, items[i])
                                    : ExplainText::tr("%1 and %2").arg(text, items[i]);
    }
    return text;
}

QString summarySentence(const Explanation &e)
{
    const QString label = kpiLabel(e.kpi);
    if (e.change == 0)
        return ExplainText::tr("%1 did not change (%2 in both periods).").arg(label, valueText(e, e.value1));
    const bool rose = e.change > 0;
    const QString amount = amountText(e, std::fabs(e.change));
    const Contribution *member = largestMember(e);
    const std::vector<const BridgeEffect *> parts = namedParts(e);
    if (parts.size() >= 2 && member) {
        const QString text = rose ? ExplainText::tr("%1 rose by %2 (%3): %4; %5 contributed %6 of it.")
                                  : ExplainText::tr("%1 fell by %2 (%3): %4; %5 contributed %6 of it.");
        return text.arg(label, amount, relativeText(e), partsText(e, parts), shownMember(e, *member),
                        partText(e, member->change));
    }
    if (member) {
        const QString text = rose
                                 ? ExplainText::tr("%1 rose by %2 (%3); the largest part, %4, came from %5.")
                                 : ExplainText::tr("%1 fell by %2 (%3); the largest part, %4, came from %5.");
        return text.arg(label, amount, relativeText(e), partText(e, member->change), shownMember(e, *member));
    }
    if (parts.size() >= 2) {
        const QString text =
            rose ? ExplainText::tr("%1 rose by %2 (%3): %4.") : ExplainText::tr("%1 fell by %2 (%3): %4.");
        return text.arg(label, amount, relativeText(e), partsText(e, parts));
    }
    const QString text =
        rose ? ExplainText::tr("%1 rose by %2 (%3).") : ExplainText::tr("%1 fell by %2 (%3).");
    return text.arg(label, amount, relativeText(e));
}

// The note on large orders after the sentence (issue 18), empty without them: what the orders make up of
// the change and what the change is without them, so a change that is one catering order says so.
QString largeOrdersNote(const Explanation &e)
{
    if (e.largeOrders.empty())
        return {};
    const auto orderText = [&e](const LargeOrder &o) {
        // "order", as the sentence around it says, for a till's receipt and a web shop's order alike (trial
        // 23us: "receipt AB-5248, Online shop").
        QStringList detail{ExplainText::tr("order %1").arg(o.orderId)};
        if (!o.store.isEmpty())
            detail << storeChannelDisplayName(o.store);
        if (!o.category.isEmpty())
            detail << o.category;
        const QString text = o.inComparisonPeriod ? ExplainText::tr("%1 on %2 in the comparison period (%3)")
                                                  : ExplainText::tr("%1 on %2 (%3)");
        return text.arg(amountText(e, o.net), dateText(o.date), detail.join(QStringLiteral(", ")));
    };
    const QString effect = partText(e, e.largeOrdersEffect);
    const QString without = partText(e, e.change - e.largeOrdersEffect);
    if (e.largeOrders.size() == 1)
        return ExplainText::tr("One order of %1 makes up %2 of it; without it the change would be %3.")
            .arg(orderText(e.largeOrders.front()), effect, without);
    QStringList orders;
    for (const LargeOrder &o : e.largeOrders)
        orders << orderText(o);
    return ExplainText::tr("%n large orders make up %1 of it, and without them the change would be %2: %3.",
                           "", int(e.largeOrders.size()))
        .arg(effect, without, orders.join(QStringLiteral("; ")));
}

// The note before the sentence on sources whose data end early (trial 12), empty without them: each
// source's last day and its part of the change, so a fall that is a till's missing export says so first.
QString sourceEndsNote(const Explanation &e)
{
    QStringList notes;
    for (const SourceGap &gap : e.sourceEnds)
        notes << ExplainText::tr("\"%1\" has no data after %2: %3 of this change comes from that source and "
                                 "its missing days.")
                     .arg(sourceDisplayName(gap.source), dateText(gap.lastDay), partText(e, gap.effect));
    return notes.join(QLatin1Char(' '));
}

// True when the ratio's denominator does not split by the dimension: a member with a numerator but no
// denominator in a period (orders by channel have no visitors of their own).
bool needsShareSplit(const Spec &spec, const std::vector<Tally> &m0, const std::vector<Tally> &m1)
{
    for (const std::vector<Tally> *m : {&m0, &m1}) {
        for (const Tally &t : *m) {
            if (at(t, spec.denominator) == 0 && at(t, spec.numerator) != 0)
                return true;
        }
    }
    return false;
}

DimensionContributions contributionsOf(const Spec &spec, const SegmentSlots &segments, const Snapshot &s,
                                       Dimension d, const Figures &f0, const Figures &f1)
{
    DimensionContributions dc;
    dc.dimension = d;
    const std::vector<Tally> &m0 = f0.members[size_t(d)];
    const std::vector<Tally> &m1 = f1.members[size_t(d)];
    const bool isSum = spec.denominator == kNoField;
    const bool share = !isSum && needsShareSplit(spec, m0, m1);
    dc.split = isSum ? QStringLiteral("sum") : share ? QStringLiteral("share") : QStringLiteral("mix_rate");
    const double den0 = isSum ? 0.0 : double(at(f0.total, spec.denominator));
    const double den1 = isSum ? 0.0 : double(at(f1.total, spec.denominator));
    for (size_t k = 0; k < m0.size(); ++k) {
        const Tally &a = m0[k];
        const Tally &b = m1[k];
        const auto active = [&](const Tally &t) {
            return at(t, spec.numerator) != 0 || (!isSum && at(t, spec.denominator) != 0);
        };
        if (!active(a) && !active(b))
            continue;
        Contribution c;
        c.member = memberName(s, d, int32_t(k), segments);
        if (isSum) {
            c.value0 = valueOf(spec, a);
            c.value1 = valueOf(spec, b);
            c.change = double(at(b, spec.numerator) - at(a, spec.numerator)) / spec.divisor;
        } else if (share) {
            c.value0 = double(at(a, spec.numerator)) / den0 / spec.divisor;
            c.value1 = double(at(b, spec.numerator)) / den1 / spec.divisor;
            c.change = c.value1 - c.value0;
        } else {
            RatioMember r;
            r.weight0 = double(at(a, spec.denominator)) / den0;
            r.weight1 = double(at(b, spec.denominator)) / den1;
            r.rate0 = valueOf(spec, a);
            r.rate1 = valueOf(spec, b);
            const MixRate split = mixRate(r);
            c.value0 = r.rate0;
            c.value1 = r.rate1;
            c.weight0 = r.weight0;
            c.weight1 = r.weight1;
            c.mix = split.mix;
            c.rate = split.rate;
            c.change = split.mix + split.rate;
        }
        dc.members.push_back(c);
    }
    std::stable_sort(dc.members.begin(), dc.members.end(), [](const Contribution &x, const Contribution &y) {
        return std::fabs(x.change) > std::fabs(y.change);
    });
    return dc;
}

// Why the explanation stops before any part: the coverage rule, or a period where the KPI has no value.
std::optional<QString> notComparable(const KpiReport &report, KpiId kpi)
{
    if (!report.comparisonPeriod.isValid())
        return ExplainText::tr("No comparison period was asked for.");
    const KpiComparison &k = report.kpi(kpi);
    if (!report.comparable || !k.comparable) {
        if (!k.warning.isEmpty())
            return k.warning;
        if (!report.notComparableReason.isEmpty())
            return report.notComparableReason;
        return ExplainText::tr("The two periods cannot be compared.");
    }
    if (!k.current.hasData)
        return ExplainText::tr("%1 has no value in the period: %2")
            .arg(kpiLabel(kpi), k.current.noDataReason);
    if (!k.comparison.hasData)
        return ExplainText::tr("%1 has no value in the comparison period: %2")
            .arg(kpiLabel(kpi), k.comparison.noDataReason);
    return std::nullopt;
}

} // namespace

QString dimensionKey(Dimension dimension)
{
    return enumKey(kDimensionKeys, dimension);
}

bool dimensionFromKey(const QString &key, Dimension *dimension)
{
    for (int i = 0; i < kDimensionCount; ++i) {
        if (dimensionKey(Dimension(i)) == key) {
            *dimension = Dimension(i);
            return true;
        }
    }
    return false;
}

bool canExplain(KpiId kpi)
{
    return specOf(kpi).family != Family::None;
}

QString pValueText(double p)
{
    if (p < 0.001)
        return ExplainText::tr("p < %1").arg(QLocale().toString(0.001, 'f', 3));
    return ExplainText::tr("p = %1").arg(QLocale().toString(p, 'f', 3));
}

QString notExplainedReason(KpiId kpi)
{
    const char *reason = nullptr;
    switch (kpi) {
    case KpiId::YoyGrowth:
    case KpiId::YoyGrowthRate:
        reason = QT_TRANSLATE_NOOP("storelens::core::analytics::explain",
                                   "%1 is itself a change; explain net sales compared with the year before "
                                   "instead.");
        break;
    case KpiId::SalesPerEmployee:
        reason = QT_TRANSLATE_NOOP("storelens::core::analytics::explain",
                                   "%1 divides by the staffing headcount, which has no split by channel, "
                                   "category or customer; explain net sales instead.");
        break;
    case KpiId::InventoryTurnover:
    case KpiId::Gmroi:
        reason = QT_TRANSLATE_NOOP("storelens::core::analytics::explain",
                                   "%1 divides by inventory snapshots, which have no split by channel or "
                                   "customer; explain the cost of goods sold or the gross margin instead.");
        break;
    case KpiId::Cac:
    case KpiId::ClvToCac:
        reason = QT_TRANSLATE_NOOP("storelens::core::analytics::explain",
                                   "%1 rests on marketing spend, which splits only by channel; explain new "
                                   "customers instead.");
        break;
    case KpiId::HistoricalClv:
    case KpiId::PredictiveClv:
        reason =
            QT_TRANSLATE_NOOP("storelens::core::analytics::explain",
                              "%1 rests on whole customer histories and a model of lifespan, not on the "
                              "period's sales alone, so its change has no parts that add up; explain net "
                              "sales or kept customers instead.");
        break;
    default:
        return {};
    }
    return ExplainText::tr(reason).arg(kpiLabel(kpi));
}

Result<Explanation> explainKpi(const Snapshot &snapshot, const ResolvedFilter &filter,
                               const KpiCustomerFacts &facts, const KpiReport &report, KpiId kpi,
                               const std::vector<Dimension> &dimensions, const CancelCheck &cancelled,
                               const SegmentMembers *segments, const QString &currency, Depth depth)
{
    Explanation e;
    e.kpi = kpi;
    e.currency = currency;
    e.period = report.period;
    e.comparisonPeriod = report.comparisonPeriod;
    const Spec spec = specOf(kpi);
    if (spec.family == Family::None) {
        e.explained = false;
        e.notComparableReason = notExplainedReason(kpi);
        return e;
    }
    if (const std::optional<QString> reason = notComparable(report, kpi)) {
        e.notComparableReason = *reason;
        return e;
    }
    e.comparable = true;
    const SegmentSlots slots =
        std::find(dimensions.begin(), dimensions.end(), Dimension::Segment) != dimensions.end()
            ? segmentSlots(segments, snapshot.customers.size())
            : SegmentSlots{};
    Needs needs = spec.needs;
    needs.traffic = needs.traffic || kpi == KpiId::NetSales;
    needs.tracked = 1u << unsigned(spec.numerator);
    if (spec.denominator != kNoField)
        needs.tracked |= 1u << unsigned(spec.denominator);
    // A source ending early is scanned by source whatever was asked: the sentence names its part.
    const std::vector<SourceEnd> ends = sourcesEndingEarly(snapshot, report);
    const std::vector<Dimension> scanned = withSourceDimension(dimensions, ends);
    const ScanInput in{snapshot, filter, facts, slots, scanned, report.activityWindowDays, needs};
    Figures f0;
    Figures f1;
    if (!scanFigures(in, report.comparisonPeriod, cancelled, &f0) ||
        !scanFigures(in, report.period, cancelled, &f1))
        return Error(ErrorCode::Cancelled, ExplainText::tr("The computation was cancelled."));

    e.value0 = valueOf(spec, f0.total);
    e.value1 = valueOf(spec, f1.total);
    e.change = spec.denominator == kNoField
                   ? double(at(f1.total, spec.numerator) - at(f0.total, spec.numerator)) / spec.divisor
                   : e.value1 - e.value0;
    if (spec.family == Family::NetSales) {
        netSalesBridge(f0, f1, e);
        if (depth == Depth::Full && !findLargeOrders(snapshot, filter, report.comparisonPeriod, report.period,
                                                     e.change, cancelled, &e.largeOrders))
            return Error(ErrorCode::Cancelled, ExplainText::tr("The computation was cancelled."));
        for (const LargeOrder &o : e.largeOrders)
            e.largeOrdersEffect += o.effect;
    }
    for (Dimension d : scanned)
        e.contributions.push_back(contributionsOf(spec, slots, snapshot, d, f0, f1));
    if (!ends.empty()) {
        const auto bySource =
            std::find_if(e.contributions.begin(), e.contributions.end(),
                         [](const DimensionContributions &d) { return d.dimension == Dimension::Source; });
        e.sourceEnds = sourceGaps(ends, *bySource);
        if (scanned.size() > dimensions.size())
            e.contributions.pop_back(); // Source, added to scanned last, was not asked for
    }
    e.verdict = e.sourceEnds.empty() ? verdictFor(kpi, spec, f0, f1) : sourceGapVerdict();
    e.hasRelativeChange = e.value0 != 0;
    e.relativeChange = e.hasRelativeChange ? e.change / std::fabs(e.value0) : 0.0;
    e.sourceEndsNote = sourceEndsNote(e);
    e.sentence = joinNotes(e.sourceEndsNote, summarySentence(e));
    e.largeOrdersNote = largeOrdersNote(e);
    if (!e.largeOrdersNote.isEmpty())
        e.sentence += QLatin1Char(' ') + e.largeOrdersNote;
    return e;
}

} // namespace storelens::core::analytics::explain
