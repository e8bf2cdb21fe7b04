#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/Rfm.h"
#include "core/analytics/segments/SegmentGrid.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTest>

#include <limits>

using namespace storelens::core::analytics;
using storelens::core::ErrorCode;
using storelens::core::Result;
using storelens::test::d;
using storelens::test::SnapshotFixture;

namespace {

// As-of 2024-06-30 (a guest line sets it), reference day 2024-07-01.
//   P: one order on 06-30, 10.00                      recency 1,   F 1, M 10.00
//   Q: three orders on 06-01 (3 × 10.00), a 5.00 return  recency 30,  F 3, M 25.00
//   R: one order on 06-01, 100.00                     recency 30,  F 1, M 100.00
//   S: orders on 2024-01-01 and 2024-01-01, 10.00 each recency 182 (Jan 31 + Feb 29 + Mar 31 + Apr 30 + May
//   31
//      + Jun 30), F 2, M 20.00
//   T: only a return line (not in the population)
std::shared_ptr<Snapshot> fixture()
{
    SnapshotFixture fx;
    fx.customers({"P", "Q", "R", "S", "T"});
    fx.sale(d(2024, 6, 30), QStringLiteral("P1"), QStringLiteral("P"), 1000);
    fx.sale(d(2024, 6, 1), QStringLiteral("Q1"), QStringLiteral("Q"), 1000);
    fx.sale(d(2024, 6, 1), QStringLiteral("Q2"), QStringLiteral("Q"), 1000);
    fx.sale(d(2024, 6, 1), QStringLiteral("Q3"), QStringLiteral("Q"), 1000);
    fx.sale(d(2024, 6, 5), QStringLiteral("Q3R"), QStringLiteral("Q"), 500, -1);
    fx.sale(d(2024, 6, 1), QStringLiteral("R1"), QStringLiteral("R"), 10000);
    fx.sale(d(2024, 1, 1), QStringLiteral("S1"), QStringLiteral("S"), 1000);
    fx.sale(d(2024, 1, 1), QStringLiteral("S2"), QStringLiteral("S"), 1000);
    fx.sale(d(2024, 3, 1), QStringLiteral("T1R"), QStringLiteral("T"), 1000, -1);
    fx.sale(d(2024, 6, 30), QStringLiteral("G1"), QString(), 500);
    return fx.build();
}

} // namespace

class TestRfm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoreFormula_data();
    void scoreFormula();
    void tiedValues_data();
    void tiedValues();
    void twiceRanks_data();
    void twiceRanks();
    void fmRounding_data();
    void fmRounding();
    void customerScores_data();
    void customerScores();
    void populationExcludesReturnsOnlyAndFilteredOut();
    void unpricedCustomersHaveNoMonetaryScore_data();
    void unpricedCustomersHaveNoMonetaryScore();
    void defaultGrid_data();
    void defaultGrid();
    void gridJsonRoundTrip();
    void gridRejectsBadJson();
};

void TestRfm::scoreFormula_data()
{
    QTest::addColumn<qint64>("twiceRank");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("expected");

    // score = min(5, floor(5 × (2·less + equal) / (2n)) + 1)
    // n = 10, pr = 0.2 exactly: floor(5 × 4 / 20) = 1 → 2 (the boundary belongs to the upper score)
    QTest::newRow("pr 0.2 exactly") << qint64(4) << qint64(10) << 2;
    // pr = 0.15: floor(0.75) = 0 → 1
    QTest::newRow("just below 0.2") << qint64(3) << qint64(10) << 1;
    // pr = 0.6 exactly: floor(3) = 3 → 4 (0.6 × 5 is not exactly 3 in binary floating point)
    QTest::newRow("pr 0.6 exactly") << qint64(12) << qint64(10) << 4;
    // pr = 0.55: floor(2.75) = 2 → 3
    QTest::newRow("just below 0.6") << qint64(11) << qint64(10) << 3;
    // pr = 0.8: floor(4) = 4 → 5
    QTest::newRow("pr 0.8 exactly") << qint64(16) << qint64(10) << 5;
    // pr = 1 cannot happen with ties (equal counts half), but the cap keeps 5
    QTest::newRow("cap at 5") << qint64(20) << qint64(10) << 5;
    // n = 3, the lowest of three distinct values: pr = 1/6, floor(5/6) = 0 → 1
    QTest::newRow("thirds") << qint64(1) << qint64(3) << 1;
    // a single customer: pr = 0.5 → floor(2.5) = 2 → 3
    QTest::newRow("single customer") << qint64(1) << qint64(1) << 3;
}

void TestRfm::scoreFormula()
{
    QFETCH(qint64, twiceRank);
    QFETCH(qint64, n);
    QFETCH(int, expected);
    QCOMPARE(percentile::score(twiceRank, n), expected);
}

void TestRfm::tiedValues_data()
{
    QTest::addColumn<std::vector<int64_t>>("values");
    QTest::addColumn<std::vector<uint8_t>>("expected");

    // 1: less 0, equal 4 → 5 × 4 / 20 = 1 → 2; 2: less 4, equal 2 → 50/20 = 2.5 → 3; 3: 5 × 13 / 20 = 3.25 →
    // 4; 4: 75/20 = 3.75 → 4; 5: 85/20 = 4.25 → 5; 6: 95/20 = 4.75 → 5
    QTest::newRow("ties in a list of ten") << std::vector<int64_t>{1, 1, 1, 1, 2, 2, 3, 4, 5, 6}
                                           << std::vector<uint8_t>{2, 2, 2, 2, 3, 3, 4, 4, 5, 5};
    // all equal: pr = 0.5 → 3 for everybody
    QTest::newRow("all equal") << std::vector<int64_t>{7, 7, 7} << std::vector<uint8_t>{3, 3, 3};
    // five distinct values, input unsorted: pr = 0.1, 0.3, 0.5, 0.7, 0.9 → 1, 2, 3, 4, 5
    QTest::newRow("five distinct unsorted")
        << std::vector<int64_t>{50, 10, 40, 20, 30} << std::vector<uint8_t>{5, 1, 4, 2, 3};
    QTest::newRow("empty") << std::vector<int64_t>() << std::vector<uint8_t>();
    // A wide span puts near values in one range of the histogram the scores are cut from. Sorted: 1 2 2 3
    // 10^12; 1: 1 → 5/10 → 1; 2: 2 + 2 = 4 → 20/10 → 3; 3: 6 + 1 = 7 → 35/10 → 4; 10^12: 8 + 1 = 9 → 45/10
    // → 5.
    QTest::newRow("wide span, near values and ties in one range")
        << std::vector<int64_t>{1000000000000, 2, 1, 3, 2} << std::vector<uint8_t>{5, 3, 1, 4, 3};
    // 1: 0 + 3 = 3 → 15/8 → 2; 10^12: 6 + 1 = 7 → 35/8 → 5: the cut of score 3 (5t ≥ 16) is past the range
    // of the 1s, whose highest possible twice rank (5) would meet it.
    QTest::newRow("wide span, a cut past a range of ties")
        << std::vector<int64_t>{1, 1000000000000, 1, 1} << std::vector<uint8_t>{2, 5, 2, 2};
}

void TestRfm::tiedValues()
{
    QFETCH(std::vector<int64_t>, values);
    QFETCH(std::vector<uint8_t>, expected);
    QCOMPARE(percentile::scores(values), expected);
}

void TestRfm::twiceRanks_data()
{
    QTest::addColumn<std::vector<int64_t>>("values");
    QTest::addColumn<std::vector<int64_t>>("expected"); // 2 × #less + #equal

    // Values within a small span are counted, not sorted. Sorted: -3 -3 0 5; -3: 0 + 2 = 2, 0: 4 + 1 = 5,
    // 5: 6 + 1 = 7.
    QTest::newRow("small span with negatives")
        << std::vector<int64_t>{-3, 5, -3, 0} << std::vector<int64_t>{2, 7, 2, 5};
    // A span wider than the values count is sorted by bytes. Sorted: min, -250000, 7, 10^12, 10^12, max;
    // min: 1, -250000: 2 + 1 = 3, 7: 4 + 1 = 5, 10^12: 6 + 2 = 8, max: 10 + 1 = 11.
    QTest::newRow("money far apart, both signs, the int64 ends")
        << std::vector<int64_t>{1000000000000,
                                -250000,
                                1000000000000,
                                7,
                                std::numeric_limits<int64_t>::min(),
                                std::numeric_limits<int64_t>::max()}
        << std::vector<int64_t>{8, 3, 8, 5, 1, 11};
    // Values that differ only in the lowest byte stay apart, equal ones together. Sorted: 256 256 257 2^40;
    // 256: 0 + 2 = 2, 257: 4 + 1 = 5, 2^40: 6 + 1 = 7.
    QTest::newRow("ties and a lowest-byte difference in a wide span")
        << std::vector<int64_t>{256, 257, 256, int64_t(1) << 40} << std::vector<int64_t>{2, 5, 2, 7};
    QTest::newRow("one value") << std::vector<int64_t>{-42} << std::vector<int64_t>{1};
}

void TestRfm::twiceRanks()
{
    QFETCH(std::vector<int64_t>, values);
    QFETCH(std::vector<int64_t>, expected);
    QCOMPARE(percentile::twiceRanks(values), expected);
}

void TestRfm::fmRounding_data()
{
    QTest::addColumn<int>("f");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("expected");
    QTest::newRow("1 and 1") << 1 << 1 << 1;
    QTest::newRow("1.5 rounds up") << 1 << 2 << 2;
    QTest::newRow("2.5 rounds up") << 3 << 2 << 3;
    QTest::newRow("3.5 rounds up") << 2 << 5 << 4;
    QTest::newRow("4.5 rounds up") << 5 << 4 << 5;
    QTest::newRow("5 and 5") << 5 << 5 << 5;
}

void TestRfm::fmRounding()
{
    QFETCH(int, f);
    QFETCH(int, m);
    QFETCH(int, expected);
    QCOMPARE(fmScore(f, m), expected);
}

void TestRfm::customerScores_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("recency");
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("f");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("fm");
    QTest::addColumn<QString>("segment");

    // n = 4. Recency scored on −days: −182 (less 0) → 5×1/8 → 1; −30 twice (less 1, equal 2) → 5×4/8 = 2.5 →
    // 3; −1 (less 3) → 5×7/8 → 5. Frequency 1, 3, 1, 2: 1 (equal 2) → 5×2/8 → 2; 2 (less 2) → 5×5/8 → 4; 3
    // (less 3) → 5. Monetary 10, 25, 100, 20: 10 → 1; 20 → 5×3/8 → 2; 25 → 5×5/8 → 4; 100 → 5. FM: P (2+1)/2
    // = 1.5 → 2; Q (5+4)/2 = 4.5 → 5; R (2+5)/2 = 3.5 → 4; S (4+2)/2 = 3.
    QTest::newRow("P") << 0 << 1 << 5 << 2 << 1 << 2 << QStringLiteral("Potential loyalists");
    QTest::newRow("Q") << 1 << 30 << 3 << 5 << 4 << 5 << QStringLiteral("Loyal customers");
    QTest::newRow("R") << 2 << 30 << 3 << 2 << 5 << 4 << QStringLiteral("Loyal customers");
    QTest::newRow("S") << 3 << 182 << 1 << 4 << 2 << 3 << QStringLiteral("At risk");
}

void TestRfm::customerScores()
{
    QFETCH(int, row);
    QFETCH(int, recency);
    QFETCH(int, r);
    QFETCH(int, f);
    QFETCH(int, m);
    QFETCH(int, fm);
    QFETCH(QString, segment);
    const auto s = fixture();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    QCOMPARE(base.size(), size_t(4));
    QCOMPARE(base.metrics.population[size_t(row)], row); // P, Q, R, S are customers 0 … 3
    QCOMPARE(base.rfm.recencyDays[size_t(row)], recency);
    QCOMPARE(int(base.rfm.r[size_t(row)]), r);
    QCOMPARE(int(base.rfm.f[size_t(row)]), f);
    QCOMPARE(int(base.rfm.m[size_t(row)]), m);
    QCOMPARE(int(base.rfm.fm[size_t(row)]), fm);
    QCOMPARE(base.grid.segmentNames().at(base.rfm.segment[size_t(row)]), segment);
}

void TestRfm::populationExcludesReturnsOnlyAndFilteredOut()
{
    const auto s = fixture();
    // T has only a return line: not in the population, but its row lookup says so.
    CustomerMetrics all = CustomerMetrics::compute(*s, nullptr);
    QCOMPARE(all.rowOfCustomer[4], -1);
    QCOMPARE(all.netSales[1], qint64(250000)); // Q: 3 × 10.00 − 5.00
    QCOMPARE(all.orders[1], 3);
    // Filtering out P's line drops P; the as-of date stays 2024-06-30 (it is taken before filters), so R and
    // Q keep recency 30.
    std::vector<uint8_t> mask(s->lineCount(), 1);
    for (size_t i = 0; i < s->lineCount(); ++i) {
        if (s->customer[i] == 0)
            mask[i] = 0;
    }
    const CustomerBase base = CustomerBase::build(*s, &mask);
    QCOMPARE(base.size(), size_t(3));
    QCOMPARE(base.metrics.asOfDay, int32_t(d(2024, 6, 30).toJulianDay()));
    QCOMPARE(base.rfm.recencyDays[0], 30);
}

void TestRfm::unpricedCustomersHaveNoMonetaryScore_data()
{
    QTest::addColumn<bool>("cUnpriced"); // C's lines were imported without prices
    QTest::addColumn<QList<int>>("m");   // A, B, C
    QTest::addColumn<QList<int>>("fm");

    // A: one order of 100.00, B: one of 50.00, C: three orders. Frequency 1, 1, 3: 1 (equal 2) → 5×2/6 → 2;
    // 3 (less 2) → 5×5/6 → 5.
    // C without prices has no monetary value (METRICS.md section 1: RFM recency and frequency use such lines,
    // money does not): M is ranked over A and B alone, 50 → 5×1/4 → 2, 100 → 5×3/4 → 4; C has no M (0) and
    // FM = F = 5. A: (2 + 4) / 2 = 3; B: (2 + 2) / 2 = 2.
    QTest::newRow("C without prices: no monetary score")
        << true << QList<int>{4, 2, 0} << QList<int>{3, 2, 5};
    // With a real price of 0.00, C's monetary value is 0 and ranks lowest: 0 → 5×1/6 → 1, 50 → 5×3/6 → 3,
    // 100 → 5×5/6 → 5. FM: A (2 + 5) / 2 = 3.5 → 4; B (2 + 3) / 2 = 2.5 → 3; C (5 + 1) / 2 = 3.
    QTest::newRow("C priced at 0.00: the lowest monetary score")
        << false << QList<int>{5, 3, 1} << QList<int>{4, 3, 3};
}

void TestRfm::unpricedCustomersHaveNoMonetaryScore()
{
    QFETCH(bool, cUnpriced);
    QFETCH(QList<int>, m);
    QFETCH(QList<int>, fm);
    SnapshotFixture f;
    f.sale(d(2024, 6, 1), QStringLiteral("A1"), QStringLiteral("A"), 10000);
    f.sale(d(2024, 6, 2), QStringLiteral("B1"), QStringLiteral("B"), 5000);
    for (int i = 1; i <= 3; ++i)
        f.sale(d(2024, 6, 10 * i), QStringLiteral("C%1").arg(i), QStringLiteral("C"), 0);
    const auto s = f.build();
    if (cUnpriced) {
        // As the loader stores a file imported without prices: amount 0, marked unpriced.
        s->unpriced.assign(s->lineCount(), 0);
        for (size_t i = 0; i < s->lineCount(); ++i)
            s->unpriced[i] = s->customer[i] == 2 ? 1 : 0;
    }
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    QCOMPARE(base.size(), size_t(3));
    QList<int> actualM;
    QList<int> actualFm;
    for (size_t row = 0; row < 3; ++row) {
        actualM << int(base.rfm.m[row]);
        actualFm << int(base.rfm.fm[row]);
    }
    QCOMPARE(actualM, m);
    QCOMPARE(actualFm, fm);
    QCOMPARE(int(base.rfm.f[2]), 5);
}

void TestRfm::defaultGrid_data()
{
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("fm");
    QTest::addColumn<QString>("name");
    // Every row of METRICS.md section 5's table, spot-checked at both ends and the middle.
    QTest::newRow("5,1") << 5 << 1 << QStringLiteral("Recent customers");
    QTest::newRow("5,4") << 5 << 4 << QStringLiteral("Champions");
    QTest::newRow("4,1") << 4 << 1 << QStringLiteral("Promising");
    QTest::newRow("4,5") << 4 << 5 << QStringLiteral("Champions");
    QTest::newRow("3,2") << 3 << 2 << QStringLiteral("Need attention");
    QTest::newRow("3,3") << 3 << 3 << QStringLiteral("Potential loyalists");
    QTest::newRow("2,1") << 2 << 1 << QStringLiteral("About to sleep");
    QTest::newRow("2,4") << 2 << 4 << QStringLiteral("At risk");
    QTest::newRow("1,1") << 1 << 1 << QStringLiteral("Lost");
    QTest::newRow("1,2") << 1 << 2 << QStringLiteral("Hibernating");
    QTest::newRow("1,3") << 1 << 3 << QStringLiteral("At risk");
    QTest::newRow("1,5") << 1 << 5 << QStringLiteral("Can't lose them");
}

void TestRfm::defaultGrid()
{
    QFETCH(int, r);
    QFETCH(int, fm);
    QFETCH(QString, name);
    const SegmentGrid grid;
    QCOMPARE(grid.name(r, fm), name);
    QCOMPARE(grid.segmentNames().at(grid.segmentIndex(r, fm)), name);
    QCOMPARE(grid.segmentNames().size(), 11);
}

void TestRfm::gridJsonRoundTrip()
{
    SegmentGrid grid;
    grid.setName(5, 5, QStringLiteral("Superfans"));
    const Result<SegmentGrid> back = SegmentGrid::fromJson(grid.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->name(5, 5), QStringLiteral("Superfans"));
    QCOMPARE(back->name(5, 4), QStringLiteral("Champions"));
    QCOMPARE(back.value() == grid, true);
    QCOMPARE(back->segmentNames().size(), 12); // the 11 names plus the new one
}

void TestRfm::gridRejectsBadJson()
{
    QCOMPARE(SegmentGrid::fromJson(QStringLiteral("{\"rows\":[[\"a\"]]}")).ok(), false);
    QCOMPARE(SegmentGrid::fromJson(QStringLiteral("not json")).error().code(), ErrorCode::Format);
}

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
