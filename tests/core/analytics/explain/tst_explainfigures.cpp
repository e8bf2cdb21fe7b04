#include "../KpiFixture.h"
#include "ExplainFixture.h"

#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace kpifixture;
using namespace explainfixture; // also analytics and analytics::explain

// The figures behind the explanations of customer rates, conversion and saved segments (ExplainFigures.cpp):
// who counts under which member, on a club of nine customers with a 31-day activity window.
//
// Period P1 = 2024-03-01..31, comparison P0 = 2024-01-30..02-29 (31 days each); W = 31, so E of P0 is the
// activity in P0 and S of P1 is that same activity. Every purchase is one order of 1 × 10.00, In store.
//   North: c0 2023-12-30, c1 01-05, c2 01-05 | c0 02-02, c1 02-03, c7 02-06 (new) | c0 03-02, c1 03-03,
//          c2 03-06 (reactivated), c8 03-07 (new)
//   South: c3 01-05, c4 01-05, c5 01-05 | c3 02-04, c6 02-05 (new) | c3 03-04, c6 03-05, guest 03-31
// P0: S = {c0..c5} = 6, E = {c0, c1, c3, c6, c7} = 5, kept {c0, c1, c3} = 3, churned 3, N = {c6, c7} = 2,
//     kept customers 3/6 = 0.5, churn 0.5, retention (5 − 2)/6 = 0.5.
// P1: S = 5, E = {c0, c1, c3, c6, c2, c8} = 6, kept {c0, c1, c3, c6} = 4, churned {c7} = 1, N = {c8},
//     reactivated {c2}: kept customers 4/5 = 0.8, churn 0.2, retention (6 − 1)/5 = 1.0.
// A customer counts under the store of their last sale line up to the period's end:
//   P0 North S {c0, c1, c2} kept 2, South S {c3, c4, c5} kept 1; P1 North S {c0, c1, c7} kept 2, South S
//   {c3, c6} kept 2.
// Traffic: North 02-02 40 and 03-02 30 visitors, South 02-04 20 and 03-04 20: orders on those store-days
// P0 2 of 60, P1 2 of 50 (conversion 1/30 -> 1/25).
namespace {

SnapshotPtr club()
{
    auto s = std::make_shared<Snapshot>();
    s->revision = 1;
    s->stores = {QStringLiteral("North"), QStringLiteral("South")};
    s->channels = {QStringLiteral("In store")};
    s->countries = {QStringLiteral("DE")};
    s->categories = {QStringLiteral("Food")};
    s->skus = {QStringLiteral("p0")};
    s->productNames = s->skus;
    s->productCategory = {0};
    for (int c = 0; c < 9; ++c)
        s->customers.append(customer(qPrintable(QStringLiteral("c%1").arg(c)), 0));
    struct Buy
    {
        QDate day;
        int customer;
        int store;
    };
    const std::vector<Buy> buys = {
        {QDate(2023, 12, 30), 0, 0}, {QDate(2024, 1, 5), 1, 0}, {QDate(2024, 1, 5), 2, 0},
        {QDate(2024, 1, 5), 3, 1},   {QDate(2024, 1, 5), 4, 1}, {QDate(2024, 1, 5), 5, 1},
        {QDate(2024, 2, 2), 0, 0},   {QDate(2024, 2, 3), 1, 0}, {QDate(2024, 2, 4), 3, 1},
        {QDate(2024, 2, 5), 6, 1},   {QDate(2024, 2, 6), 7, 0}, {QDate(2024, 3, 2), 0, 0},
        {QDate(2024, 3, 3), 1, 0},   {QDate(2024, 3, 4), 3, 1}, {QDate(2024, 3, 5), 6, 1},
        {QDate(2024, 3, 6), 2, 0},   {QDate(2024, 3, 7), 8, 0}, {QDate(2024, 3, 31), -1, 1},
    };
    std::vector<Line> lines;
    for (size_t o = 0; o < buys.size(); ++o) {
        s->orderIds.append(QStringLiteral("o%1").arg(o));
        lines.push_back(
            {buys[o].day, int(o), buys[o].customer, kOne, 10 * kUnit, 0, kUnknownCost, buys[o].store, 0, 0});
    }
    addLines(*s, lines);
    s->traffic = {
        {0, jd(2024, 2, 2), 40}, {0, jd(2024, 3, 2), 30}, {1, jd(2024, 2, 4), 20}, {1, jd(2024, 3, 4), 20}};
    return s;
}

Run explainClub(KpiId kpi, const std::vector<Dimension> &dimensions, const Filter &filter = {},
                const SegmentMembers *segments = nullptr)
{
    Query query;
    query.period = {QDate(2024, 3, 1), QDate(2024, 3, 31)};
    query.activityWindowDays = 31;
    query.filter = filter;
    return explainOn(club(), query, kpi, dimensions, segments);
}

double sumOf(const DimensionContributions &d)
{
    double sum = 0;
    for (const Contribution &c : d.members)
        sum += c.change;
    return sum;
}

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9;
}

} // namespace

class TestExplainFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesByStore_data();
    void ratesByStore();
    void keptCustomersVerdict();
    void conversionByChannelIsAShare();
    void segmentsAddUp();
    void filterWithNoChange();
};

void TestExplainFigures::ratesByStore_data()
{
    QTest::addColumn<int>("kpi");
    QTest::addColumn<double>("value0");
    QTest::addColumn<double>("value1");
    // North: mix, rate; South: mix, rate.
    QTest::addColumn<QList<double>>("parts");
    // Kept: North w 3/6 -> 3/5, r 2/3 -> 2/3: mix 0.1 × 2/3, rate 0; South w 3/6 -> 2/5, r 1/3 -> 1: mix
    // −0.1 × 1/3, rate 0.4 × 2/3. Σ = 0.0667 − 0.0333 + 0.2667 = 0.3.
    QTest::newRow("kept customers") << int(KpiId::KeptCustomers) << 0.5 << 0.8
                                    << QList<double>{0.1 * 2 / 3, 0, -0.1 / 3, 0.4 * 2 / 3};
    // Churn: North r 1/3 -> 1/3, South 2/3 -> 0: North mix 0.1/3, South mix −0.1 × 2/3, rate 0.4 × −2/3.
    QTest::newRow("churn rate") << int(KpiId::ChurnRate) << 0.5 << 0.2
                                << QList<double>{0.1 / 3, 0, -0.2 / 3, -0.8 / 3};
    // Retention: E − N per customer (in E +1, new −1): P0 North c0, c1 = 2 of S 3, South c3 = 1 of 3;
    // P1 North c0, c1, c2 (reactivated, last bought at North) = 3 of 3, South c3, c6 = 2 of 2.
    // North mix 0.1 × 2/3, rate 0.6 × 1/3; South mix −0.1 × 1/3, rate 0.4 × 2/3; Σ = 0.5.
    QTest::newRow("retention rate") << int(KpiId::RetentionRate) << 0.5 << 1.0
                                    << QList<double>{0.1 * 2 / 3, 0.2, -0.1 / 3, 0.4 * 2 / 3};
    // Conversion: North 1/40 (w 40/60) -> 1/30 (w 30/50), South 1/20 (w 20/60) -> 1/20 (w 20/50).
    // North mix (0.6 − 2/3)/40, rate 0.6 × (1/30 − 1/40); South mix (0.4 − 1/3)/20, rate 0; Σ = 1/150.
    QTest::newRow("conversion rate") << int(KpiId::ConversionRate) << 2.0 / 60 << 2.0 / 50
                                     << QList<double>{(0.6 - 2.0 / 3) / 40, 0.6 / 120, (0.4 - 1.0 / 3) / 20,
                                                      0};
}

void TestExplainFigures::ratesByStore()
{
    QFETCH(int, kpi);
    QFETCH(double, value0);
    QFETCH(double, value1);
    QFETCH(QList<double>, parts);
    const Run run = explainClub(KpiId(kpi), {Dimension::Store});
    const Explanation &e = run.explanation;
    QVERIFY2(e.comparable, qPrintable(e.notComparableReason));
    QVERIFY(near(e.value0, value0));
    QVERIFY(near(e.value1, value1));
    // The values are the tile's.
    QCOMPARE(e.value1, run.report.kpi(KpiId(kpi)).current.value);
    QCOMPARE(e.value0, run.report.kpi(KpiId(kpi)).comparison.value);
    QCOMPARE(e.contributions.size(), size_t(1));
    QCOMPARE(e.contributions[0].split, QStringLiteral("mix_rate"));
    const Contribution *north = member(e, Dimension::Store, QStringLiteral("North"));
    const Contribution *south = member(e, Dimension::Store, QStringLiteral("South"));
    QVERIFY(north && south);
    QVERIFY2(near(north->mix, parts[0]) && near(north->rate, parts[1]),
             qPrintable(QStringLiteral("North %1 %2").arg(north->mix).arg(north->rate)));
    QVERIFY2(near(south->mix, parts[2]) && near(south->rate, parts[3]),
             qPrintable(QStringLiteral("South %1 %2").arg(south->mix).arg(south->rate)));
    QVERIFY(near(sumOf(e.contributions[0]), e.change));
    QVERIFY(near(e.change, value1 - value0));
}

void TestExplainFigures::keptCustomersVerdict()
{
    // Python 3 (math only; z = 1.959963984540054):
    //   wilson(s, n): p = s/n; d = 1 + z²/n; c = (p + z²/(2n))/d; h = z/d·√(p(1−p)/n + z²/(4n²))
    //   wilson(4, 5) -> (0.3755346297625253, 0.9637758913675698)
    //   wilson(3, 6) -> (0.18761630648265054, 0.8123836935173494)
    //   p = 7/11; z = (4/5 − 3/6)/√(p(1−p)(1/6 + 1/5)) = 1.0299098434883929,
    //   math.erfc(abs(z)/math.sqrt(2)) = 0.30305232949008276 ≥ 0.05: within normal variation.
    const Explanation e = explainClub(KpiId::KeptCustomers, {Dimension::Store}).explanation;
    const Verdict &v = e.verdict;
    QCOMPARE(v.test, QStringLiteral("two_proportion"));
    QCOMPARE(v.intervalKind, QStringLiteral("wilson"));
    QVERIFY(v.tested);
    QVERIFY(std::fabs(v.statistic - 1.0299098434883929) <= 1e-12);
    QVERIFY(std::fabs(v.pValue - 0.30305232949008276) <= 1e-12);
    QVERIFY(std::fabs(v.interval.low - 0.3755346297625253) <= 1e-12);
    QVERIFY(std::fabs(v.interval.high - 0.9637758913675698) <= 1e-12);
    QVERIFY(std::fabs(v.comparisonInterval.low - 0.18761630648265054) <= 1e-12);
    QVERIFY(std::fabs(v.comparisonInterval.high - 0.8123836935173494) <= 1e-12);
    QVERIFY(v.withinNormalVariation);
    // In words first, the test's name and figures after (trial 14: "Welch t-test, p = 0.000" said nothing).
    QCOMPARE(v.sentence,
             QStringLiteral("The change is within normal variation: with this many people or events, "
                            "chance alone could well explain it (two-proportion test, p = 0.303; "
                            "the rate's 95 % interval is 37.6 to 96.4 %)."));
    QCOMPARE(pValueText(0.0004), QStringLiteral("p < 0.001"));
    QCOMPARE(pValueText(0.001), QStringLiteral("p = 0.001"));
}

void TestExplainFigures::conversionByChannelIsAShare()
{
    // Visitors do not split by channel: In store's part is its orders over all visitors, 2/50 − 2/60.
    // Python: z = 0.18598708280026727, p = 0.8524548910273474 (as in keptCustomersVerdict).
    const Explanation e = explainClub(KpiId::ConversionRate, {Dimension::Channel}).explanation;
    QCOMPARE(e.contributions[0].split, QStringLiteral("share"));
    const Contribution *inStore = member(e, Dimension::Channel, QStringLiteral("In store"));
    QVERIFY(inStore);
    QVERIFY(near(inStore->change, 1.0 / 150));
    QCOMPARE(inStore->mix, 0.0);
    QVERIFY(near(sumOf(e.contributions[0]), e.change));
    QVERIFY(std::fabs(e.verdict.statistic - 0.18598708280026727) <= 1e-12);
    QVERIFY(std::fabs(e.verdict.pValue - 0.8524548910273474) <= 1e-12);
    QVERIFY(e.verdict.withinNormalVariation);
}

void TestExplainFigures::segmentsAddUp()
{
    // VIP = {c0, c1, c3}, Newsletter = {c1, c6, c8}: c1 counts once, under "VIP & Newsletter".
    // Net sales P0 50.00: VIP c0 + c3 20, VIP & Newsletter c1 10, Newsletter c6 10, none c7 10, guests 0.
    // P1 70.00: VIP 20, VIP & Newsletter 10, Newsletter c6 + c8 20, none c2 10, guests 10.
    // Changes 0, 0, +10, 0, +10: Σ 20 = 70 − 50.
    SegmentMembers segments;
    segments.names = {QStringLiteral("VIP"), QStringLiteral("Newsletter")};
    std::vector<uint8_t> vip(9, 0);
    std::vector<uint8_t> newsletter(9, 0);
    vip[0] = vip[1] = vip[3] = 1;
    newsletter[1] = newsletter[6] = newsletter[8] = 1;
    segments.members = {vip, newsletter};
    const Explanation e = explainClub(KpiId::NetSales, {Dimension::Segment}, {}, &segments).explanation;
    QCOMPARE(e.change, 20.0);
    QCOMPARE(e.contributions[0].split, QStringLiteral("sum"));
    const auto change = [&e](const char *name) {
        const Contribution *c = member(e, Dimension::Segment, QString::fromUtf8(name));
        return c ? c->change : -1.0;
    };
    QCOMPARE(change("VIP"), 0.0);
    QCOMPARE(change("VIP & Newsletter"), 0.0);
    QCOMPARE(change("Newsletter"), 10.0);
    QCOMPARE(change("In no saved segment"), 0.0);
    QCOMPARE(change("Guests"), 10.0);
    QCOMPARE(member(e, Dimension::Segment, QStringLiteral("Guests"))->value0, 0.0);
    QCOMPARE(sumOf(e.contributions[0]), 20.0);
    // Without memberships every identified customer is in no saved segment: 50 -> 60.
    const Explanation none = explainClub(KpiId::NetSales, {Dimension::Segment}).explanation;
    QCOMPARE(member(none, Dimension::Segment, QStringLiteral("In no saved segment"))->change, 10.0);
}

void TestExplainFigures::filterWithNoChange()
{
    // North only: P0 S {c0, c1, c2}, kept {c0, c1}; P1 S {c0, c1, c7}, kept {c0, c1}: 2/3 -> 2/3.
    Filter north;
    north.stores = {QStringLiteral("North")};
    const Explanation e = explainClub(KpiId::KeptCustomers, {Dimension::Store}, north).explanation;
    QVERIFY(e.comparable);
    QCOMPARE(e.change, 0.0);
    QCOMPARE(e.sentence, QStringLiteral("Kept customers did not change (66.7 % in both periods)."));
    QCOMPARE(e.contributions[0].members.size(), size_t(1));
    QCOMPARE(e.contributions[0].members[0].change, 0.0);
    // Net sales at North: 30.00 (c0, c1, c7) -> 40.00 (c0, c1, c2, c8).
    const Explanation sales = explainClub(KpiId::NetSales, {Dimension::Store}, north).explanation;
    QCOMPARE(sales.change, 10.0);
    QCOMPARE(sumOf(sales.contributions[0]), 10.0);
}

QTEST_GUILESS_MAIN(TestExplainFigures)
#include "tst_explainfigures.moc"
