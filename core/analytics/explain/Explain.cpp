#include "core/analytics/explain/Explain.h"

#include "core/analytics/kpi/KpiEngineInternal.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace storelens::core::analytics::explain {

namespace {

class ExplainText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::explain)
};

constexpr double kUnitsPerCurrency = 10000.0;
constexpr int32_t kNoOrderMember = -1;

// One period's figures: totals, daily values and, per dimension, per member (index + 1; slot 0 = unknown).
struct PeriodFigures
{
    int64_t sales = 0; // G − D
    int64_t returns = 0;
    int64_t net = 0;
    int64_t unitsMilli = 0;
    int64_t orders = 0;
    int64_t visitors = 0;
    bool traffic = false;
    std::vector<int64_t> dailyNet;
    std::vector<int64_t> dailySales;
    std::vector<int64_t> dailyOrders;
    struct Members
    {
        std::vector<int64_t> net;
        std::vector<int64_t> orders; // orders by the member of their first sale line in the period
        std::vector<int64_t> sales;  // G − D of those orders (every sale line of the order)
    };
    std::vector<Members> members; // by Dimension
};

int32_t memberCount(const Snapshot &s, Dimension d)
{
    switch (d) {
    case Dimension::Store:
        return int32_t(s.stores.size()) + 1;
    case Dimension::Channel:
        return int32_t(s.channels.size()) + 1;
    case Dimension::Country:
        return int32_t(s.countries.size()) + 1;
    case Dimension::Category:
        return int32_t(s.categories.size()) + 1;
    case Dimension::CustomerType:
        return 3;
    }
    return 1;
}

// The member slot of line i: the dictionary index + 1, 0 for none; customer type 0 guest, 1 new, 2 returning.
int32_t memberOf(const Snapshot &s, const KpiCustomerFacts &facts, Dimension d, size_t i, int32_t fromDay)
{
    switch (d) {
    case Dimension::Store:
        return s.store[i] + 1;
    case Dimension::Channel:
        return s.channel[i] + 1;
    case Dimension::Country:
        return s.country[i] + 1;
    case Dimension::Category: {
        const int32_t p = s.product[i];
        return p >= 0 && size_t(p) < s.productCategory.size() ? s.productCategory[size_t(p)] + 1 : 0;
    }
    case Dimension::CustomerType: {
        const int32_t c = s.customer[i];
        if (c < 0)
            return 0;
        return facts.firstSaleDay[size_t(c)] >= fromDay ? 1 : 2;
    }
    }
    return 0;
}

QString memberName(const Snapshot &s, Dimension d, int32_t slot)
{
    const auto named = [slot](const QStringList &names, const QString &none) {
        return slot > 0 && slot - 1 < names.size() ? names.at(slot - 1) : none;
    };
    switch (d) {
    case Dimension::Store:
        return named(s.stores, ExplainText::tr("No store"));
    case Dimension::Channel:
        return named(s.channels, ExplainText::tr("No channel"));
    case Dimension::Country:
        return named(s.countries, ExplainText::tr("Unknown country"));
    case Dimension::Category:
        return named(s.categories, ExplainText::tr("No category"));
    case Dimension::CustomerType:
        return slot == 0   ? ExplainText::tr("Guests")
               : slot == 1 ? ExplainText::tr("New customers")
                           : ExplainText::tr("Returning customers");
    }
    return {};
}

bool scanFigures(const Snapshot &s, const ResolvedFilter &filter, const KpiCustomerFacts &facts,
                 const Period &period, const std::vector<Dimension> &dims, const CancelCheck &cancelled,
                 PeriodFigures *out)
{
    PeriodFigures f;
    const auto fromDay = int32_t(period.from.toJulianDay());
    const auto toDay = int32_t(period.to.toJulianDay());
    const auto days = size_t(period.days());
    f.dailyNet.assign(days, 0);
    f.dailySales.assign(days, 0);
    f.dailyOrders.assign(days, 0);
    f.members.resize(size_t(kDimensionCount));
    std::vector<std::vector<int32_t>> orderMember(dims.size());
    for (size_t k = 0; k < dims.size(); ++k) {
        const auto n = size_t(memberCount(s, dims[k]));
        PeriodFigures::Members &m = f.members[size_t(dims[k])];
        m.net.assign(n, 0);
        m.orders.assign(n, 0);
        m.sales.assign(n, 0);
        orderMember[k].assign(size_t(s.orderIds.size()), kNoOrderMember);
    }
    std::vector<uint8_t> orderSeen(size_t(s.orderIds.size()), 0);
    const size_t lo = firstLineOnOrAfter(s, fromDay);
    const size_t hi = firstLineOnOrAfter(s, int64_t(toDay) + 1);
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & 0xFFFF) == 0xFFFF && cancelled && cancelled())
            return false;
        if (!filter.includesLine(i))
            continue;
        const int64_t amount = s.gross[i] - s.discount[i];
        const auto day = size_t(s.day[i] - fromDay);
        f.net += amount;
        f.dailyNet[day] += amount;
        const bool sale = s.quantity[i] >= 0;
        const auto o = size_t(s.order[i]);
        const bool firstSaleLine = sale && orderSeen[o] == 0;
        if (sale) {
            f.sales += amount;
            f.unitsMilli += s.quantity[i];
            f.dailySales[day] += amount;
            if (firstSaleLine) {
                orderSeen[o] = 1;
                ++f.orders;
                ++f.dailyOrders[day];
            }
        } else {
            f.returns -= amount;
        }
        for (size_t k = 0; k < dims.size(); ++k) {
            PeriodFigures::Members &m = f.members[size_t(dims[k])];
            const int32_t slot = memberOf(s, facts, dims[k], i, fromDay);
            m.net[size_t(slot)] += amount;
            if (!sale)
                continue;
            int32_t &owner = orderMember[k][o];
            if (firstSaleLine) {
                owner = slot;
                ++m.orders[size_t(slot)];
            }
            m.sales[size_t(owner)] += amount;
        }
    }
    const detail::TrafficMask traffic = detail::trafficMask(s, filter, fromDay, toDay);
    f.traffic = traffic.any && traffic.visitors > 0;
    f.visitors = traffic.visitors;
    *out = std::move(f);
    return true;
}

double currency(int64_t units)
{
    return double(units) / kUnitsPerCurrency;
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// The bridge of net sales (METRICS.md section 9); effects in ten-thousandths, exact integers.
void netSalesBridge(const PeriodFigures &p0, const PeriodFigures &p1, Explanation &e)
{
    const auto effect = [&e](const QString &key, const QString &label, double v0, double v1) {
        e.bridge.push_back({key, label, v0, v1, 0});
    };
    const bool multiplicative = p0.orders > 0 && p1.orders > 0 && p0.sales > 0 && p1.sales > 0;
    if (multiplicative) {
        const bool traffic = p0.traffic && p1.traffic;
        if (p0.traffic != p1.traffic)
            e.bridgeNote = ExplainText::tr("Traffic covers only one of the two periods, so the bridge starts "
                                           "from orders instead of visitors and conversion.");
        std::vector<double> x0;
        std::vector<double> x1;
        const auto factor = [&](const QString &key, const QString &label, double v0, double v1) {
            effect(key, label, v0, v1);
            x0.push_back(v0);
            x1.push_back(v1);
        };
        const double o0 = double(p0.orders);
        const double o1 = double(p1.orders);
        if (traffic) {
            e.bridgeKind = QStringLiteral("traffic");
            factor(QStringLiteral("visitors"), ExplainText::tr("visitors"), double(p0.visitors),
                   double(p1.visitors));
            factor(QStringLiteral("conversion"), ExplainText::tr("conversion"), o0 / double(p0.visitors),
                   o1 / double(p1.visitors));
        } else {
            e.bridgeKind = QStringLiteral("units");
            factor(QStringLiteral("orders"), ExplainText::tr("orders"), o0, o1);
        }
        const double u0 = double(p0.unitsMilli) / 1000.0;
        const double u1 = double(p1.unitsMilli) / 1000.0;
        factor(QStringLiteral("units_per_transaction"), ExplainText::tr("units per transaction"), u0 / o0,
               u1 / o1);
        factor(QStringLiteral("average_unit_retail"), ExplainText::tr("average unit retail"),
               currency(p0.sales) / u0, currency(p1.sales) / u1);
        const std::vector<double> effects = lmdiEffects(x0, x1); // in currency units
        // Each effect rounded to 4 places; the last absorbs the rounding so they sum to Δ(G − D) exactly.
        int64_t assigned = 0;
        for (size_t i = 0; i < effects.size(); ++i) {
            const int64_t units = i + 1 < effects.size() ? std::llround(effects[i] * kUnitsPerCurrency)
                                                         : (p1.sales - p0.sales) - assigned;
            assigned += units;
            e.bridge[i].effect = currency(units);
        }
    } else {
        e.bridgeKind = QStringLiteral("sales");
        e.bridgeNote = ExplainText::tr("One of the periods has no sales, so the change cannot be split into "
                                       "orders, units per transaction and average unit retail.");
        effect(QStringLiteral("sales_after_discounts"), ExplainText::tr("sales after discounts"),
               currency(p0.sales), currency(p1.sales));
        e.bridge.back().effect = currency(p1.sales - p0.sales);
    }
    effect(QStringLiteral("returns"), ExplainText::tr("returns"), currency(p0.returns), currency(p1.returns));
    e.bridge.back().effect = currency(p0.returns - p1.returns);
}

std::vector<double> toCurrency(const std::vector<int64_t> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (int64_t v : values)
        out.push_back(currency(v));
    return out;
}

// Daily average order value over the days with orders.
std::vector<double> dailyAov(const PeriodFigures &p)
{
    std::vector<double> out;
    for (size_t d = 0; d < p.dailyOrders.size(); ++d) {
        if (p.dailyOrders[d] > 0)
            out.push_back(currency(p.dailySales[d]) / double(p.dailyOrders[d]));
    }
    return out;
}

Verdict verdictFor(const std::vector<double> &daily0, const std::vector<double> &daily1)
{
    Verdict v;
    v.test = QStringLiteral("welch");
    const std::optional<WelchTest> t = welchTest(daily0, daily1);
    if (!t) {
        v.sentence = ExplainText::tr("There are too few days with data to tell this change from normal "
                                     "variation.");
        return v;
    }
    v.tested = true;
    v.statistic = t->t;
    v.degreesOfFreedom = t->degreesOfFreedom;
    v.pValue = t->pValue;
    v.interval = t->difference;
    v.withinNormalVariation = t->pValue >= 0.05;
    const QString p = QLocale().toString(t->pValue, 'f', 3);
    v.sentence = v.withinNormalVariation
                     ? ExplainText::tr("The change is within normal variation (Welch's t-test on the daily "
                                       "values, p = %1).")
                           .arg(p)
                     : ExplainText::tr("The change is beyond normal variation (Welch's t-test on the daily "
                                       "values, p = %1).")
                           .arg(p);
    return v;
}

QString relativeText(const Explanation &e)
{
    if (!e.hasRelativeChange)
        return ExplainText::tr("from zero");
    return ExplainText::tr("%1 %").arg(QLocale().toString(e.relativeChange * 100, 'f', 1));
}

const Contribution *largestMember(const Explanation &e)
{
    for (const DimensionContributions &d : e.contributions) {
        if (d.dimension == Dimension::Store || e.contributions.size() == 1)
            return d.members.empty() ? nullptr : &d.members.front();
    }
    return e.contributions.empty() || e.contributions.front().members.empty()
               ? nullptr
               : &e.contributions.front().members.front();
}

QString summarySentence(const Explanation &e)
{
    const QString label = kpiLabel(e.kpi);
    if (e.change == 0)
        return ExplainText::tr("%1 did not change (%2 in both periods).").arg(label, money(e.value1));
    const bool rose = e.change > 0;
    const QString amount = money(std::fabs(e.change));
    const Contribution *member = largestMember(e);
    std::vector<const BridgeEffect *> parts;
    for (const BridgeEffect &b : e.bridge)
        parts.push_back(&b);
    std::sort(parts.begin(), parts.end(), [](const BridgeEffect *a, const BridgeEffect *b) {
        return std::fabs(a->effect) > std::fabs(b->effect);
    });
    if (parts.size() >= 2 && member) {
        const QString text = rose ? ExplainText::tr("%1 rose by %2 (%3): %4 from %5 and %6 from %7; %8 "
                                                    "contributed %9 of it.")
                                  : ExplainText::tr("%1 fell by %2 (%3): %4 from %5 and %6 from %7; %8 "
                                                    "contributed %9 of it.");
        return text.arg(label, amount, relativeText(e), money(parts[0]->effect), parts[0]->label,
                        money(parts[1]->effect), parts[1]->label, member->member, money(member->change));
    }
    if (member) {
        const QString text = rose
                                 ? ExplainText::tr("%1 rose by %2 (%3); the largest part, %4, came from %5.")
                                 : ExplainText::tr("%1 fell by %2 (%3); the largest part, %4, came from %5.");
        return text.arg(label, amount, relativeText(e), money(member->change), member->member);
    }
    const QString text =
        rose ? ExplainText::tr("%1 rose by %2 (%3).") : ExplainText::tr("%1 fell by %2 (%3).");
    return text.arg(label, amount, relativeText(e));
}

void sortMembers(DimensionContributions &d)
{
    std::stable_sort(d.members.begin(), d.members.end(), [](const Contribution &a, const Contribution &b) {
        return std::fabs(a.change) > std::fabs(b.change);
    });
}

using Members = PeriodFigures::Members;

// One DimensionContributions per dimension; `fill` sets a member's figures, false to leave it out.
template<typename Fill>
void addContributions(const Snapshot &s, const std::vector<Dimension> &dimensions, const PeriodFigures &p0,
                      const PeriodFigures &p1, Explanation &e, Fill fill)
{
    for (Dimension d : dimensions) {
        DimensionContributions dc;
        dc.dimension = d;
        const Members &m0 = p0.members[size_t(d)];
        const Members &m1 = p1.members[size_t(d)];
        for (size_t k = 0; k < m0.net.size(); ++k) {
            Contribution c;
            if (!fill(m0, m1, k, &c))
                continue;
            c.member = memberName(s, d, int32_t(k));
            dc.members.push_back(c);
        }
        sortMembers(dc);
        e.contributions.push_back(std::move(dc));
    }
}

} // namespace

QString dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Store:
        return QStringLiteral("store");
    case Dimension::Channel:
        return QStringLiteral("channel");
    case Dimension::Country:
        return QStringLiteral("country");
    case Dimension::Category:
        return QStringLiteral("category");
    case Dimension::CustomerType:
        return QStringLiteral("customer_type");
    }
    return {};
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
    return kpi == KpiId::NetSales || kpi == KpiId::AverageOrderValue;
}

Result<Explanation> explainKpi(const Snapshot &snapshot, const ResolvedFilter &filter,
                               const KpiCustomerFacts &facts, const KpiReport &report, KpiId kpi,
                               const std::vector<Dimension> &dimensions, const CancelCheck &cancelled)
{
    if (!canExplain(kpi))
        return Error(ErrorCode::InvalidValue,
                     ExplainText::tr("%1 cannot be explained yet; net_sales and aov can.").arg(kpiKey(kpi)));
    Explanation e;
    e.kpi = kpi;
    e.period = report.period;
    e.comparisonPeriod = report.comparisonPeriod;
    e.comparable = report.comparable && report.comparisonPeriod.isValid();
    if (!e.comparable) {
        e.notComparableReason = !report.notComparableReason.isEmpty()
                                    ? report.notComparableReason
                                    : ExplainText::tr("No comparison period was asked for, so there is no "
                                                      "change to explain.");
        return e;
    }
    PeriodFigures p0;
    PeriodFigures p1;
    if (!scanFigures(snapshot, filter, facts, report.comparisonPeriod, dimensions, cancelled, &p0) ||
        !scanFigures(snapshot, filter, facts, report.period, dimensions, cancelled, &p1))
        return Error(ErrorCode::Cancelled, ExplainText::tr("The computation was cancelled."));

    if (kpi == KpiId::NetSales) {
        e.value0 = currency(p0.net);
        e.value1 = currency(p1.net);
        e.change = currency(p1.net - p0.net);
        netSalesBridge(p0, p1, e);
        addContributions(snapshot, dimensions, p0, p1, e,
                         [](const Members &m0, const Members &m1, size_t k, Contribution *c) {
                             if (m0.net[k] == 0 && m1.net[k] == 0 && m0.orders[k] == 0 && m1.orders[k] == 0)
                                 return false;
                             c->value0 = currency(m0.net[k]);
                             c->value1 = currency(m1.net[k]);
                             c->change = currency(m1.net[k] - m0.net[k]);
                             return true;
                         });
        e.verdict = verdictFor(toCurrency(p0.dailyNet), toCurrency(p1.dailyNet));
    } else {
        if (p0.orders == 0 || p1.orders == 0) {
            e.comparable = false;
            e.notComparableReason = ExplainText::tr("One of the periods has no orders, so average order "
                                                    "value has no change to explain.");
            return e;
        }
        e.value0 = currency(p0.sales) / double(p0.orders);
        e.value1 = currency(p1.sales) / double(p1.orders);
        e.change = e.value1 - e.value0;
        addContributions(snapshot, dimensions, p0, p1, e,
                         [&](const Members &m0, const Members &m1, size_t k, Contribution *c) {
                             if (m0.orders[k] == 0 && m1.orders[k] == 0)
                                 return false;
                             RatioMember r;
                             r.weight0 = double(m0.orders[k]) / double(p0.orders);
                             r.weight1 = double(m1.orders[k]) / double(p1.orders);
                             r.rate0 = m0.orders[k] > 0 ? currency(m0.sales[k]) / double(m0.orders[k]) : 0.0;
                             r.rate1 = m1.orders[k] > 0 ? currency(m1.sales[k]) / double(m1.orders[k]) : 0.0;
                             const MixRate split = mixRate(r);
                             c->value0 = r.rate0;
                             c->value1 = r.rate1;
                             c->weight0 = r.weight0;
                             c->weight1 = r.weight1;
                             c->mix = split.mix;
                             c->rate = split.rate;
                             c->change = split.mix + split.rate;
                             return true;
                         });
        e.verdict = verdictFor(dailyAov(p0), dailyAov(p1));
    }
    e.hasRelativeChange = e.value0 != 0;
    e.relativeChange = e.hasRelativeChange ? e.change / std::fabs(e.value0) : 0.0;
    e.sentence = summarySentence(e);
    return e;
}

} // namespace storelens::core::analytics::explain
