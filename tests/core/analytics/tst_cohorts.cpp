#include "core/analytics/cohorts/Cohorts.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTest>

using namespace storelens::core::analytics;
using storelens::test::d;
using storelens::test::SnapshotFixture;

namespace {

// The shared fixture (amounts in cents), as-of 2024-03-15 (D's sale is the last line):
//   A: order A1 on 2024-01-05 with two lines 60.00 + 40.00; A2 on 02-10 50.00; a return of 20.00 on 02-20;
//      A3 on 03-01 30.00
//   B: B1 on 2024-01-20 40.00, nothing later
//   C: C1 on 2024-02-03 60.00, C2 on 02-04 10.00, C3 on 03-15 5.00
//   D: D1 on 2024-03-10 25.00
//   E: a return of 10.00 on 2024-01-02 (before any sale: it does not make E a January customer),
//      E1 on 02-15 20.00
//   a guest sale on 2024-01-10 (no customer: ignored by cohorts)
// Monthly cohorts: January = {A, B}, February = {C, E}, March = {D}.
std::shared_ptr<Snapshot> fixture()
{
    SnapshotFixture fx;
    fx.customers({"A", "B", "C", "D", "E"});
    fx.sale(d(2024, 1, 5), QStringLiteral("A1"), QStringLiteral("A"), 6000);
    fx.add(SnapshotFixture::line(d(2024, 1, 5), QStringLiteral("A1"), QStringLiteral("A"), 4000,
                                 QStringLiteral("SKU-2")));
    fx.sale(d(2024, 2, 10), QStringLiteral("A2"), QStringLiteral("A"), 5000);
    fx.sale(d(2024, 2, 20), QStringLiteral("A2R"), QStringLiteral("A"), 2000, -1);
    fx.sale(d(2024, 3, 1), QStringLiteral("A3"), QStringLiteral("A"), 3000);
    fx.sale(d(2024, 1, 20), QStringLiteral("B1"), QStringLiteral("B"), 4000);
    fx.sale(d(2024, 2, 3), QStringLiteral("C1"), QStringLiteral("C"), 6000);
    fx.sale(d(2024, 2, 4), QStringLiteral("C2"), QStringLiteral("C"), 1000);
    fx.sale(d(2024, 3, 15), QStringLiteral("C3"), QStringLiteral("C"), 500);
    fx.sale(d(2024, 3, 10), QStringLiteral("D1"), QStringLiteral("D"), 2500);
    fx.sale(d(2024, 1, 2), QStringLiteral("E0R"), QStringLiteral("E"), 1000, -1);
    fx.sale(d(2024, 2, 15), QStringLiteral("E1"), QStringLiteral("E"), 2000);
    fx.sale(d(2024, 1, 10), QStringLiteral("G1"), QString(), 99900);
    return fx.build();
}

constexpr int A = 0, B = 1, C = 2, D = 3, E = 4;

// The fixture with B's, C's and D's lines imported without prices, as the loader stores them: amount 0,
// marked unpriced (METRICS.md section 1).
std::shared_ptr<Snapshot> fixtureWithoutSomePrices()
{
    auto s = fixture();
    s->unpriced.assign(s->lineCount(), 0);
    for (size_t i = 0; i < s->lineCount(); ++i) {
        const int32_t c = s->customer[i];
        if (c == B || c == C || c == D) {
            s->unpriced[i] = 1;
            s->gross[i] = 0;
            s->discount[i] = 0;
        }
    }
    return s;
}

} // namespace

class TestCohorts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyMatrix_data();
    void monthlyMatrix();
    void cellsWithoutPrices_data();
    void cellsWithoutPrices();
    void partialAndEmptyCells();
    void cohortSizes();
    void rangeSelectsWholeCohorts_data();
    void rangeSelectsWholeCohorts();
    void activityAfterRangeCounts();
    void returnBeforeFirstSaleInItsPeriod();
    void rangeLeavesOutEarlierLines();
    void filterMovesFirstPurchase();
    void drillDown();
    void periods_data();
    void periods();
};

void TestCohorts::monthlyMatrix_data()
{
    QTest::addColumn<int>("cohort");
    QTest::addColumn<int>("age");
    QTest::addColumn<double>("retention");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<double>("cumulative");
    QTest::addColumn<double>("orders");

    // January {A, B}: A1 (100.00) + B1 (40.00) = 140.00 / 2; orders A1, B1 = 2 / 2 (A1's two lines count
    // once)
    QTest::newRow("jan age 0") << 0 << 0 << 1.0 << 70.0 << 70.0 << 1.0;
    // February: only A buys (A2 50.00), its return −20.00 counts in revenue: 30.00 / 2 = 15; cumulative 170 /
    // 2
    QTest::newRow("jan age 1 with a return") << 0 << 1 << 0.5 << 15.0 << 85.0 << 0.5;
    // March: A3 30.00 / 2; cumulative 200 / 2
    QTest::newRow("jan age 2") << 0 << 2 << 0.5 << 15.0 << 100.0 << 0.5;
    // February {C, E}: C1 60 + C2 10 + E1 20 = 90.00 / 2; orders C1, C2, E1 = 3 / 2. E's January return is
    // before E's first sale and counts nowhere.
    QTest::newRow("feb age 0") << 1 << 0 << 1.0 << 45.0 << 45.0 << 1.5;
    // March: C3 5.00 / 2 = 2.50; cumulative 95 / 2 = 47.50
    QTest::newRow("feb age 1") << 1 << 1 << 0.5 << 2.5 << 47.5 << 0.5;
    // March {D}: D1 25.00
    QTest::newRow("mar age 0") << 2 << 0 << 1.0 << 25.0 << 25.0 << 1.0;
}

void TestCohorts::monthlyMatrix()
{
    QFETCH(int, cohort);
    QFETCH(int, age);
    QFETCH(double, retention);
    QFETCH(double, revenue);
    QFETCH(double, cumulative);
    QFETCH(double, orders);
    const auto s = fixture();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period());
    QCOMPARE(m.cohorts().size(), size_t(3));
    QCOMPARE(m.value(CohortMetric::Retention, cohort, age).value_or(-1), retention);
    QCOMPARE(m.value(CohortMetric::Revenue, cohort, age).value_or(-1), revenue);
    QCOMPARE(m.value(CohortMetric::CumulativeRevenue, cohort, age).value_or(-1), cumulative);
    QCOMPARE(m.value(CohortMetric::Orders, cohort, age).value_or(-1), orders);
    // The exact form: money per customer in ten-thousandths.
    QCOMPARE(m.revenuePerCustomerUnits(false, cohort, age).value_or(-1), qint64(revenue * 10000));
}

Q_DECLARE_METATYPE(CohortMoney)

void TestCohorts::cellsWithoutPrices_data()
{
    QTest::addColumn<int>("cohort");
    QTest::addColumn<int>("age");
    QTest::addColumn<CohortMoney>("money");
    QTest::addColumn<double>("revenue"); // −1: no value ("no prices imported")
    QTest::addColumn<CohortMoney>("cumulativeMoney");
    QTest::addColumn<double>("cumulative");
    QTest::addColumn<double>("retention"); // lines without prices still count as purchases

    // B, C and D bought without prices. January {A, B}: A1 (100.00) priced, B1 not: the value leaves B1 out,
    // 100.00 / 2 = 50.00.
    QTest::newRow("jan age 0: A priced, B not")
        << 0 << 0 << CohortMoney::PartlyUnknown << 50.0 << CohortMoney::PartlyUnknown << 50.0 << 1.0;
    // February: only A's lines (A2 50.00, return −20.00), all priced: 30.00 / 2; cumulative 130.00 / 2 still
    // rests on B1 without a price.
    QTest::newRow("jan age 1: only priced lines")
        << 0 << 1 << CohortMoney::Known << 15.0 << CohortMoney::PartlyUnknown << 65.0 << 0.5;
    // March: A3 30.00 / 2; cumulative 160.00 / 2.
    QTest::newRow("jan age 2") << 0 << 2 << CohortMoney::Known << 15.0 << CohortMoney::PartlyUnknown << 80.0
                               << 0.5;
    // February {C, E}: C1, C2 without prices, E1 20.00: 20.00 / 2.
    QTest::newRow("feb age 0: C not priced, E priced")
        << 1 << 0 << CohortMoney::PartlyUnknown << 10.0 << CohortMoney::PartlyUnknown << 10.0 << 1.0;
    // March: only C3, without a price: the money is unknown, not 0; C still counts as retained (1 of 2).
    QTest::newRow("feb age 1: only a line without a price")
        << 1 << 1 << CohortMoney::Unknown << -1.0 << CohortMoney::PartlyUnknown << 10.0 << 0.5;
    // March {D}: D1 without a price, cumulative too.
    QTest::newRow("mar age 0: the whole cohort without prices")
        << 2 << 0 << CohortMoney::Unknown << -1.0 << CohortMoney::Unknown << -1.0 << 1.0;
}

void TestCohorts::cellsWithoutPrices()
{
    const CohortMatrix m =
        CohortMatrix::compute(*fixtureWithoutSomePrices(), nullptr, Grain::Month, Period());
    QCOMPARE(m.hasUnpricedLines(), true);
    QFETCH(int, cohort);
    QFETCH(int, age);
    QCOMPARE(m.isEmpty(cohort, age), false);
    QFETCH(CohortMoney, money);
    QCOMPARE(m.moneyState(false, cohort, age), money);
    QFETCH(CohortMoney, cumulativeMoney);
    QCOMPARE(m.moneyState(true, cohort, age), cumulativeMoney);
    QFETCH(double, revenue);
    QCOMPARE(m.value(CohortMetric::Revenue, cohort, age).value_or(-1), revenue);
    QCOMPARE(m.revenuePerCustomerUnits(false, cohort, age).has_value(), revenue >= 0);
    QFETCH(double, cumulative);
    QCOMPARE(m.value(CohortMetric::CumulativeRevenue, cohort, age).value_or(-1), cumulative);
    QFETCH(double, retention);
    QCOMPARE(m.value(CohortMetric::Retention, cohort, age).value_or(-1), retention);
    // Every line priced: no cell says "no prices".
    const CohortMatrix priced = CohortMatrix::compute(*fixture(), nullptr, Grain::Month, Period());
    QCOMPARE(priced.hasUnpricedLines(), false);
    QCOMPARE(priced.moneyState(false, cohort, age), CohortMoney::Known);
}

void TestCohorts::partialAndEmptyCells()
{
    const auto s = fixture();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period());
    QCOMPARE(m.ageCount(), 3); // January to March
    // As-of is 2024-03-15: March cells end after it and are partial; January and February are complete.
    QCOMPARE(m.isPartial(0, 0), false);
    QCOMPARE(m.isPartial(0, 1), false);
    QCOMPARE(m.isPartial(0, 2), true);
    QCOMPARE(m.isPartial(1, 1), true);
    QCOMPARE(m.isPartial(2, 0), true);
    // February at age 2 would be April, past the as-of date: empty, no value (not zero).
    QCOMPARE(m.isEmpty(1, 2), true);
    QCOMPARE(m.value(CohortMetric::Retention, 1, 2).has_value(), false);
    QCOMPARE(m.isEmpty(2, 1), true);
    QCOMPARE(m.isEmpty(2, 0), false);
    QCOMPARE(m.isPartial(1, 2), false); // empty cells are not partial
}

void TestCohorts::cohortSizes()
{
    const auto s = fixture();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period());
    QCOMPARE(m.cohorts()[0].size, 2);
    QCOMPARE(m.cohorts()[1].size, 2);
    QCOMPARE(m.cohorts()[2].size, 1);
    QCOMPARE(m.cohorts()[0].label, QStringLiteral("2024-01"));
    QCOMPARE(m.cohorts()[1].from, d(2024, 2, 1));
    QCOMPARE(m.cohorts()[1].to, d(2024, 2, 29));
}

void TestCohorts::rangeSelectsWholeCohorts_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("firstSize");

    // Starts on 10 February, after C's first sale (3 February): the whole February cohort {C, E} is shown.
    QTest::newRow("starts mid-month")
        << d(2024, 2, 10) << d(2024, 3, 15)
        << QStringList{QStringLiteral("2024-02"), QStringLiteral("2024-03")} << 2;
    QTest::newRow("one day selects its month")
        << d(2024, 1, 31) << d(2024, 1, 31) << QStringList{QStringLiteral("2024-01")} << 2;
    QTest::newRow("before the data") << d(2023, 6, 1) << d(2023, 12, 31) << QStringList() << 0;
}

void TestCohorts::rangeSelectsWholeCohorts()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, labels);
    QFETCH(int, firstSize);
    const auto s = fixture();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period{from, to});
    QStringList got;
    for (const Cohort &c : m.cohorts())
        got.append(c.label);
    QCOMPARE(got, labels);
    if (!labels.isEmpty())
        QCOMPARE(m.cohorts()[0].size, firstSize);
}

void TestCohorts::activityAfterRangeCounts()
{
    // Only January is selected, but A's purchases in February and March still fill its later cells.
    const auto s = fixture();
    const CohortMatrix m =
        CohortMatrix::compute(*s, nullptr, Grain::Month, Period{d(2024, 1, 1), d(2024, 1, 31)});
    QCOMPARE(m.cohorts().size(), size_t(1));
    QCOMPARE(m.value(CohortMetric::Retention, 0, 2).value_or(-1), 0.5);
    QCOMPARE(m.value(CohortMetric::CumulativeRevenue, 0, 2).value_or(-1), 100.0);
}

// A return before the customer's first sale line does not make them a customer, but in the period of that
// sale it is part of the cohort's first cell (as any line of the cohort's customers in the period).
void TestCohorts::returnBeforeFirstSaleInItsPeriod()
{
    SnapshotFixture fx;
    fx.customers({"F", "G"});
    // F: a return of 15.00 on 2024-03-02, then F1 25.00 on 03-12. G: G1 40.00 on 03-05, a return of 5.00 on
    // 04-01 before G's second sale G2 10.00 on 04-20 (an ordinary return of a customer, age 1).
    fx.sale(d(2024, 3, 2), QStringLiteral("F0R"), QStringLiteral("F"), 1500, -1);
    fx.sale(d(2024, 3, 12), QStringLiteral("F1"), QStringLiteral("F"), 2500);
    fx.sale(d(2024, 3, 5), QStringLiteral("G1"), QStringLiteral("G"), 4000);
    fx.sale(d(2024, 4, 1), QStringLiteral("G0R"), QStringLiteral("G"), 500, -1);
    fx.sale(d(2024, 4, 20), QStringLiteral("G2"), QStringLiteral("G"), 1000);
    const auto s = fx.build();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period());
    QCOMPARE(m.cohorts().size(), size_t(1));
    QCOMPARE(m.cohorts()[0].size, 2);
    // March {F, G}: −15 + 25 + 40 = 50.00 over 2 customers; orders F1, G1 (the return is no sale) = 2 / 2.
    QCOMPARE(m.value(CohortMetric::Revenue, 0, 0).value_or(-1), 25.0);
    QCOMPARE(m.value(CohortMetric::Orders, 0, 0).value_or(-1), 1.0);
    QCOMPARE(m.value(CohortMetric::Retention, 0, 0).value_or(-1), 1.0);
    // April: G's return −5 + G2 10 = 5.00 / 2; G active: 1 / 2.
    QCOMPARE(m.value(CohortMetric::Revenue, 0, 1).value_or(-1), 2.5);
    QCOMPARE(m.value(CohortMetric::Retention, 0, 1).value_or(-1), 0.5);
    QCOMPARE(m.customersInCell(*s, nullptr, 0, 0), std::vector<int32_t>({0, 1}));
}

// The range starts after some lines of its customers and after the cohorts of others: a return before the
// first sale in an earlier period stays out, one in the sale's period counts, and a customer of an earlier
// cohort buying in the range is in no cohort.
void TestCohorts::rangeLeavesOutEarlierLines()
{
    SnapshotFixture fx;
    fx.customers({"H", "K"});
    // H: a return of 8.00 on 2024-01-20, a return of 2.00 on 02-03, H1 30.00 on 02-10, H2 12.00 on 03-05.
    // K: K1 20.00 on 01-10 (the January cohort, before the range), K2 50.00 on 02-15.
    fx.sale(d(2024, 1, 20), QStringLiteral("H0R"), QStringLiteral("H"), 800, -1);
    fx.sale(d(2024, 2, 3), QStringLiteral("H1R"), QStringLiteral("H"), 200, -1);
    fx.sale(d(2024, 2, 10), QStringLiteral("H1"), QStringLiteral("H"), 3000);
    fx.sale(d(2024, 3, 5), QStringLiteral("H2"), QStringLiteral("H"), 1200);
    fx.sale(d(2024, 1, 10), QStringLiteral("K1"), QStringLiteral("K"), 2000);
    fx.sale(d(2024, 2, 15), QStringLiteral("K2"), QStringLiteral("K"), 5000);
    const auto s = fx.build();
    const CohortMatrix m =
        CohortMatrix::compute(*s, nullptr, Grain::Month, Period{d(2024, 2, 1), d(2024, 3, 31)});
    QCOMPARE(m.cohorts().size(), size_t(1));
    QCOMPARE(m.cohorts()[0].from, d(2024, 2, 1));
    QCOMPARE(m.cohorts()[0].size, 1);
    // February {H}: −2 + 30 = 28.00 (January's return is before the cohort; K2 is January's cohort's).
    QCOMPARE(m.value(CohortMetric::Revenue, 0, 0).value_or(-1), 28.0);
    QCOMPARE(m.value(CohortMetric::Orders, 0, 0).value_or(-1), 1.0);
    QCOMPARE(m.cohorts()[0].cells[0].pricedLines, 2);
    // March: H2 12.00, H active; cumulative 40.00.
    QCOMPARE(m.value(CohortMetric::Retention, 0, 1).value_or(-1), 1.0);
    QCOMPARE(m.value(CohortMetric::Revenue, 0, 1).value_or(-1), 12.0);
    QCOMPARE(m.value(CohortMetric::CumulativeRevenue, 0, 1).value_or(-1), 40.0);
    QCOMPARE(m.customersInCell(*s, nullptr, 0, 0), std::vector<int32_t>({0}));
}

void TestCohorts::filterMovesFirstPurchase()
{
    // Filtering out A's January order lines makes A2 (10 February) A's first purchase within the filters, so
    // A joins the February cohort: January = {B}, February = {A, C, E}.
    const auto s = fixture();
    std::vector<uint8_t> mask(s->lineCount(), 1);
    for (size_t i = 0; i < s->lineCount(); ++i) {
        if (s->customer[i] == A && s->day[i] == d(2024, 1, 5).toJulianDay())
            mask[i] = 0;
    }
    const CohortMatrix m = CohortMatrix::compute(*s, &mask, Grain::Month, Period());
    QCOMPARE(m.cohorts()[0].size, 1);
    QCOMPARE(m.cohorts()[1].size, 3);
    // February age 0: A2 50 − 20 (return) + C1 60 + C2 10 + E1 20 = 120.00 / 3 = 40.00
    QCOMPARE(m.value(CohortMetric::Revenue, 1, 0).value_or(-1), 40.0);
}

void TestCohorts::drillDown()
{
    const auto s = fixture();
    const CohortMatrix m = CohortMatrix::compute(*s, nullptr, Grain::Month, Period());
    QCOMPARE(m.customersInCell(*s, nullptr, 0, 0), (std::vector<int32_t>{A, B}));
    QCOMPARE(m.customersInCell(*s, nullptr, 0, 1), (std::vector<int32_t>{A}));
    QCOMPARE(m.customersInCell(*s, nullptr, 1, 0), (std::vector<int32_t>{C, E}));
    QCOMPARE(m.customersInCell(*s, nullptr, 1, 1), (std::vector<int32_t>{C}));
    QCOMPARE(m.customersInCell(*s, nullptr, 2, 0), (std::vector<int32_t>{D}));
    QCOMPARE(m.customersInCell(*s, nullptr, 1, 2), std::vector<int32_t>());
}

void TestCohorts::periods_data()
{
    QTest::addColumn<int>("grain");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");

    // 2024-01-01 is a Monday; 2024-01-07 the Sunday of the same week, 2024-01-08 the next Monday.
    QTest::newRow("week: monday") << int(Grain::Week) << d(2024, 1, 1) << d(2024, 1, 1) << d(2024, 1, 7)
                                  << QStringLiteral("2024-W01");
    QTest::newRow("week: sunday") << int(Grain::Week) << d(2024, 1, 7) << d(2024, 1, 1) << d(2024, 1, 7)
                                  << QStringLiteral("2024-W01");
    QTest::newRow("week: next monday")
        << int(Grain::Week) << d(2024, 1, 8) << d(2024, 1, 8) << d(2024, 1, 14) << QStringLiteral("2024-W02");
    // 2021-01-01 is a Friday in ISO week 53 of 2020, which starts on Monday 2020-12-28.
    QTest::newRow("week across years") << int(Grain::Week) << d(2021, 1, 1) << d(2020, 12, 28)
                                       << d(2021, 1, 3) << QStringLiteral("2020-W53");
    QTest::newRow("month: leap february") << int(Grain::Month) << d(2024, 2, 29) << d(2024, 2, 1)
                                          << d(2024, 2, 29) << QStringLiteral("2024-02");
    QTest::newRow("quarter: december") << int(Grain::Quarter) << d(2023, 12, 31) << d(2023, 10, 1)
                                       << d(2023, 12, 31) << QStringLiteral("2023-Q4");
    QTest::newRow("quarter: first day") << int(Grain::Quarter) << d(2024, 4, 1) << d(2024, 4, 1)
                                        << d(2024, 6, 30) << QStringLiteral("2024-Q2");
}

void TestCohorts::periods()
{
    QFETCH(int, grain);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    const auto g = Grain(grain);
    const int32_t index = cohortperiod::indexOfDay(g, int32_t(day.toJulianDay()));
    QCOMPARE(cohortperiod::firstDay(g, index), first);
    QCOMPARE(cohortperiod::lastDay(g, index), last);
    QCOMPARE(cohortperiod::label(g, index), label);
    QCOMPARE(cohortperiod::indexOfDay(g, int32_t(last.toJulianDay())) + 1,
             cohortperiod::indexOfDay(g, int32_t(last.addDays(1).toJulianDay())));
}

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
