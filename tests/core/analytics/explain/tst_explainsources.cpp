#include "../KpiFixture.h"
#include "ExplainFixture.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/snapshot/SourceSpans.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace kpifixture;
using namespace explainfixture; // also analytics and analytics::explain

// "Why?" by source, and a change that is really a source's missing days (trial 12: a PrestaShop web shop
// with orders to 2 December, a SumUp till exported to 31 October, November read "−84 %").
//
// The shop: store Boutique(0); channels In store(0), Web(1); product p0; guests only. Sources PrestaShop(0),
// SumUp(1). November 2026 compared with October 2026 (the first day with data is 1 October: full coverage).
//   PrestaShop (Web):                         SumUp (In store):
//   2026-10-01 o0 2 × 50.00 = 100.00          2026-10-05 o2 3 × 10.00 = 30.00
//   2026-10-15 o1 1 × 80.00 =  80.00          2026-10-31 o3 1 × 40.00 = 40.00
//   2026-11-10 o4 1 × 150.00 = 150.00         2026-11-28 o6 2 × 25.00 = 50.00 (only while the till runs on)
//   2026-11-20 o5 2 × 30.00 =  60.00
//   2026-12-02 o7 1 × 20.00 =  20.00 (the as-of date, in neither period)
// October: PrestaShop 180.00 in 2 orders (3 units), SumUp 70.00 in 2 orders (4 units): 250.00, 4 orders.
// November, the till running on: PrestaShop 210.00 in 2 orders (3 units), SumUp 50.00 in 1 order: 260.00.
// November, the till's export ending on 31 October (o6 missing): 210.00 in 2 orders (3 units).
namespace {

const QString PrestaShop = QStringLiteral("PrestaShop");
const QString SumUp = QStringLiteral("SumUp");

SnapshotPtr twoSources(bool tillRunsOn)
{
    auto s = std::make_shared<Snapshot>();
    s->revision = 1;
    s->stores = {QStringLiteral("Boutique")};
    s->channels = {QStringLiteral("In store"), QStringLiteral("Web")};
    s->categories = {QStringLiteral("Goods")};
    s->skus = {QStringLiteral("p0")};
    s->productNames = s->skus;
    s->productCategory = {0};
    s->sources = {PrestaShop, SumUp};
    for (int o = 0; o < 8; ++o)
        s->orderIds.append(QStringLiteral("o%1").arg(o));
    s->orderSource = {0, 0, 1, 1, 0, 0, 1, 0};
    const qint64 u = kUnknownCost;
    std::vector<Line> lines{
        {QDate(2026, 10, 1), 0, -1, 2 * kOne, 50 * kUnit, 0, u, 0, 1, 0},
        {QDate(2026, 10, 15), 1, -1, 1 * kOne, 80 * kUnit, 0, u, 0, 1, 0},
        {QDate(2026, 10, 5), 2, -1, 3 * kOne, 10 * kUnit, 0, u, 0, 0, 0},
        {QDate(2026, 10, 31), 3, -1, 1 * kOne, 40 * kUnit, 0, u, 0, 0, 0},
        {QDate(2026, 11, 10), 4, -1, 1 * kOne, 150 * kUnit, 0, u, 0, 1, 0},
        {QDate(2026, 11, 20), 5, -1, 2 * kOne, 30 * kUnit, 0, u, 0, 1, 0},
        {QDate(2026, 12, 2), 7, -1, 1 * kOne, 20 * kUnit, 0, u, 0, 1, 0},
    };
    if (tillRunsOn)
        lines.push_back({QDate(2026, 11, 28), 6, -1, 2 * kOne, 25 * kUnit, 0, u, 0, 0, 0});
    addLines(*s, std::move(lines));
    return s;
}

Query november(const Filter &filter = {})
{
    Query query;
    query.period = Period{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    query.comparisonPeriod = Period{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    query.filter = filter;
    return query;
}

Explanation explainNovember(const SnapshotPtr &s, KpiId kpi, const std::vector<Dimension> &dimensions,
                            const Filter &filter = {})
{
    return explainOn(s, november(filter), kpi, dimensions).explanation;
}

double sumOf(const Explanation &e, Dimension d)
{
    double sum = 0;
    for (const DimensionContributions &dc : e.contributions) {
        for (const Contribution &c : dc.members)
            sum += dc.dimension == d ? c.change : 0.0;
    }
    return sum;
}

} // namespace

class TestExplainSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyAndOrder();
    void sumBySource();
    void ratioBySource();
    void oneSourceIsOneMember_data();
    void oneSourceIsOneMember();
    void spansAreKeptWithTheSnapshot();
    void sourceEndingEarlyIsNamedFirst();
    void sourceEndingEarlyInARatio();
    void sourceEndingEarlyWithoutDimensions();
    void sourceFilteredOutIsNoGap();
};

void TestExplainSources::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExplainSources::keyAndOrder()
{
    QCOMPARE(dimensionKey(Dimension::Source), QStringLiteral("source"));
    Dimension d = Dimension::Store;
    QVERIFY(dimensionFromKey(QStringLiteral("source"), &d));
    QCOMPARE(d, Dimension::Source);
    QCOMPARE(allDimensions().back(), Dimension::Source); // offered after the others
}

// Net sales 250.00 -> 260.00 (+10.00): PrestaShop 180.00 -> 210.00 (+30.00), SumUp 70.00 -> 50.00 (−20.00);
// orders 4 -> 3 (−1): PrestaShop 2 -> 2 (0), SumUp 2 -> 1 (−1). Each source's own change, summing to the
// total.
void TestExplainSources::sumBySource()
{
    const SnapshotPtr s = twoSources(true);
    const Explanation e = explainNovember(s, KpiId::NetSales, {Dimension::Source});
    QVERIFY(e.comparable);
    QCOMPARE(e.change, 10.0);
    QVERIFY(e.sourceEnds.empty()); // the till runs to 28 November, within a week of the as-of date
    QVERIFY(!e.verdict.sourceEndsEarly);
    QCOMPARE(e.contributions.size(), size_t(1));
    QCOMPARE(e.contributions.front().split, QStringLiteral("sum"));
    const Contribution *web = member(e, Dimension::Source, PrestaShop);
    const Contribution *till = member(e, Dimension::Source, SumUp);
    QVERIFY(web && till);
    QCOMPARE(web->value0, 180.0);
    QCOMPARE(web->value1, 210.0);
    QCOMPARE(web->change, 30.0);
    QCOMPARE(till->value0, 70.0);
    QCOMPARE(till->value1, 50.0);
    QCOMPARE(till->change, -20.0);
    QCOMPARE(e.contributions.front().members.front().member, PrestaShop); // largest |change| first
    QCOMPARE(sumOf(e, Dimension::Source), e.change);

    const Explanation orders = explainNovember(s, KpiId::Orders, {Dimension::Source});
    QCOMPARE(orders.change, -1.0);
    QCOMPARE(member(orders, Dimension::Source, PrestaShop)->change, 0.0);
    QCOMPARE(member(orders, Dimension::Source, SumUp)->change, -1.0);
}

// AOV 250/4 = 62.50 -> 260/3 = 86.666…, change 145/6 = 24.1666…. Weights (orders): PrestaShop 2/4 -> 2/3,
// SumUp 2/4 -> 1/3; rates PrestaShop 90 -> 105, SumUp 35 -> 50.
//   PrestaShop: mix (2/3 − 1/2) × 90 = 15, rate 2/3 × 15 = 10, change 25.
//   SumUp:      mix (1/3 − 1/2) × 35 = −35/6, rate 1/3 × 15 = 5, change −5/6.
//   25 − 5/6 = 145/6.
void TestExplainSources::ratioBySource()
{
    const Explanation e = explainNovember(twoSources(true), KpiId::AverageOrderValue, {Dimension::Source});
    QVERIFY(e.comparable);
    QCOMPARE(e.contributions.front().split, QStringLiteral("mix_rate"));
    QVERIFY(std::fabs(e.change - 145.0 / 6) < 1e-12);
    const Contribution *web = member(e, Dimension::Source, PrestaShop);
    const Contribution *till = member(e, Dimension::Source, SumUp);
    QVERIFY(web && till);
    QVERIFY(std::fabs(web->weight0 - 0.5) < 1e-12 && std::fabs(web->weight1 - 2.0 / 3) < 1e-12);
    QVERIFY(std::fabs(web->mix - 15) < 1e-9);
    QVERIFY(std::fabs(web->rate - 10) < 1e-9);
    QVERIFY(std::fabs(web->change - 25) < 1e-9);
    QVERIFY(std::fabs(till->mix + 35.0 / 6) < 1e-9);
    QVERIFY(std::fabs(till->rate - 5) < 1e-9);
    QVERIFY(std::fabs(till->change + 5.0 / 6) < 1e-9);
    QVERIFY(std::fabs(sumOf(e, Dimension::Source) - e.change) < 1e-9);
}

void TestExplainSources::oneSourceIsOneMember_data()
{
    QTest::addColumn<int>("kpi");
    QTest::newRow("net sales") << int(KpiId::NetSales);
    QTest::newRow("aov") << int(KpiId::AverageOrderValue);
    QTest::newRow("units per transaction") << int(KpiId::UnitsPerTransaction);
}

// One source (a workspace's only import, without Snapshot::orderSource): one member holding the whole change,
// as the shop's one store does.
void TestExplainSources::oneSourceIsOneMember()
{
    QFETCH(int, kpi);
    auto s = std::make_shared<Snapshot>(*twoSources(true));
    s->sources = {QStringLiteral("Till")};
    s->orderSource.clear();
    const Explanation e = explainNovember(s, KpiId(kpi), {Dimension::Store, Dimension::Source});
    QVERIFY(e.sourceEnds.empty());
    const DimensionContributions &store = e.contributions.at(0);
    const DimensionContributions &source = e.contributions.at(1);
    QCOMPARE(source.dimension, Dimension::Source);
    QCOMPARE(source.members.size(), size_t(1));
    QCOMPARE(source.members.front().member, QStringLiteral("Till"));
    QCOMPARE(source.split, store.split);
    const Contribution &a = store.members.front();
    const Contribution &b = source.members.front();
    QCOMPARE(b.value0, a.value0);
    QCOMPARE(b.value1, a.value1);
    QCOMPARE(b.weight0, a.weight0);
    QCOMPARE(b.weight1, a.weight1);
    QCOMPARE(b.mix, a.mix);
    QCOMPARE(b.rate, a.rate);
    QCOMPARE(b.change, a.change);
    QVERIFY(std::fabs(b.change - e.change) < 1e-9);
}

// Each source's orders and last day, in one walk kept with the snapshot.
void TestExplainSources::spansAreKeptWithTheSnapshot()
{
    const SnapshotPtr s = twoSources(false);
    const SourceSpansPtr spans = sourceSpans(*s);
    QCOMPARE(spans->holdsOrders, (std::vector<uint8_t>{1, 1}));
    QCOMPARE(spans->lastDay, (std::vector<int32_t>{jd(2026, 12, 2), jd(2026, 10, 31)}));
    QCOMPARE(spans->holding(), 2);
    QCOMPARE(sourceSpans(*s).get(), spans.get()); // not walked again
    s->derived.clear();
    QVERIFY(sourceSpans(*s).get() != spans.get());
    QCOMPARE(sourceSpans(*s)->lastDay, spans->lastDay);
    // A third source without orders holds none and has no last day.
    Snapshot third = *s;
    third.sources.append(QStringLiteral("ERP"));
    const SourceSpansPtr three = sourceSpans(third);
    QCOMPARE(three->holdsOrders, (std::vector<uint8_t>{1, 1, 0}));
    QCOMPARE(three->lastDay.back(), SourceSpans::kNoDay);
    QCOMPARE(three->holding(), 2);
}

// The till's export ends on 31 October (as of 2 December: 32 days; November runs 30 days past it).
// Net sales 250.00 -> 210.00, change −40.00 (−16.0 %): PrestaShop +30.00, SumUp 70.00 -> 0, −70.00.
// The bridge: orders 4 -> 2, units per transaction 7/4 -> 3/2, average unit retail 250/7 -> 70;
// L(210, 250) = −40 / ln 0.84 = 229.419116…; orders L × ln 0.5 = −159.021213…, units per transaction
// L × ln(6/7) = −35.365112…, average unit retail L × ln 1.96 = 154.386326…; rounded −159.0212 and −35.3651,
// the last absorbs the rounding: −40 + 159.0212 + 35.3651 = 154.3863; returns 0. The sentence names orders
// and average unit retail (the two largest, −4.63 together), then units per transaction (the rest, −35.37,
// is more than 5 % of 40).
void TestExplainSources::sourceEndingEarlyIsNamedFirst()
{
    const Explanation e = explainNovember(twoSources(false), KpiId::NetSales, {Dimension::Source});
    QVERIFY(e.comparable);
    QCOMPARE(e.change, -40.0);
    QCOMPARE(e.sourceEnds.size(), size_t(1));
    QCOMPARE(e.sourceEnds.front().source, SumUp);
    QCOMPARE(e.sourceEnds.front().lastDay, QDate(2026, 10, 31));
    QCOMPARE(e.sourceEnds.front().effect, -70.0);
    QCOMPARE(member(e, Dimension::Source, PrestaShop)->change, 30.0);
    QCOMPARE(member(e, Dimension::Source, SumUp)->change, -70.0);
    QCOMPARE(sumOf(e, Dimension::Source), e.change); // still exact
    const QString note = QStringLiteral("\"SumUp\" has no data after %1: −70.00 of this change comes from "
                                        "that source and its missing days.")
                             .arg(dateText(QDate(2026, 10, 31)));
    QCOMPARE(e.sourceEndsNote, note);
    QCOMPARE(e.sentence, note + QStringLiteral(" Net sales fell by 40.00 (−16.0 %): −159.02 from orders, "
                                               "+154.39 from average item price and −35.37 from items per "
                                               "order; SumUp contributed −70.00 of it."));
    // Not judged: no test, no colour, and it says why.
    QVERIFY(e.verdict.sourceEndsEarly);
    QVERIFY(!e.verdict.tested);
    QVERIFY(e.verdict.withinNormalVariation);
    QVERIFY(e.verdict.test.isEmpty());
    QCOMPARE(e.verdict.sentence,
             QStringLiteral("Not comparable: a source's data ends early, so the change is "
                            "not judged against normal variation."));
    // With the till running on, the same shop is judged as usual.
    const Explanation running = explainNovember(twoSources(true), KpiId::NetSales, {Dimension::Source});
    QVERIFY(!running.verdict.sourceEndsEarly);
    QCOMPARE(running.verdict.test, QStringLiteral("welch"));
    QVERIFY(running.sentence.startsWith(QStringLiteral("Net sales rose by 10.00")));
}

// AOV 62.50 -> 105.00 (+42.50): SumUp weight 1/2 -> 0 at 35: mix −17.50, rate 0; PrestaShop weight 1/2 -> 1:
// mix 45, rate 1 × (105 − 90) = 15, change 60. 60 − 17.50 = 42.50.
void TestExplainSources::sourceEndingEarlyInARatio()
{
    const Explanation e = explainNovember(twoSources(false), KpiId::AverageOrderValue, allDimensions());
    QCOMPARE(e.change, 42.5);
    QCOMPARE(e.sourceEnds.size(), size_t(1));
    QVERIFY(std::fabs(e.sourceEnds.front().effect + 17.5) < 1e-9);
    QVERIFY(std::fabs(member(e, Dimension::Source, PrestaShop)->change - 60) < 1e-9);
    QVERIFY(std::fabs(sumOf(e, Dimension::Source) - e.change) < 1e-9);
    const QString start =
        QStringLiteral("\"SumUp\" has no data after %1: −17.50 of this change comes from that "
                       "source and its missing days. Average order value rose by 42.50")
            .arg(dateText(QDate(2026, 10, 31)));
    QVERIFY2(e.sentence.startsWith(start), qPrintable(e.sentence));
    QVERIFY(e.verdict.sourceEndsEarly);
    QCOMPARE(e.contributions.size(), size_t(kDimensionCount)); // Source once, as asked
}

// The tiles' verdicts ask for no dimension and no large orders: the source is still found (scanned by source
// for its part), and no dimension is added to the explanation.
void TestExplainSources::sourceEndingEarlyWithoutDimensions()
{
    const SnapshotPtr s = twoSources(false);
    const ResolvedFilter resolved = resolveFilter(*s, Filter{});
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*s, resolved);
    const KpiReport report = computeKpiReport(s, november(), resolved, {}, &facts).value();
    const Explanation e =
        explainKpi(*s, resolved, facts, report, KpiId::NetSales, {}, {}, nullptr, {}, Depth::Verdict).value();
    QVERIFY(e.contributions.empty());
    QCOMPARE(e.sourceEnds.size(), size_t(1));
    QCOMPARE(e.sourceEnds.front().effect, -70.0);
    QVERIFY(e.verdict.sourceEndsEarly);
    QVERIFY(e.verdict.withinNormalVariation);
}

// Filtered to the web channel, no line of the till counts: the change is PrestaShop's own (180.00 -> 210.00)
// and judged as usual.
void TestExplainSources::sourceFilteredOutIsNoGap()
{
    Filter web;
    web.channels = {QStringLiteral("Web")};
    const Explanation e = explainNovember(twoSources(false), KpiId::NetSales, {Dimension::Source}, web);
    QCOMPARE(e.change, 30.0);
    QVERIFY(e.sourceEnds.empty());
    QVERIFY(e.sourceEndsNote.isEmpty());
    QVERIFY(!e.verdict.sourceEndsEarly);
    QCOMPARE(e.verdict.test, QStringLiteral("welch"));
    QVERIFY2(e.sentence.startsWith(QStringLiteral("Net sales rose by 30.00")), qPrintable(e.sentence));
}

QTEST_GUILESS_MAIN(TestExplainSources)
#include "tst_explainsources.moc"
