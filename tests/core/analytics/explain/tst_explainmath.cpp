#include "core/analytics/explain/ExplainMath.h"

#include <QTest>

#include <cmath>

using namespace storelens::core::analytics::explain;

// Reference values computed independently in Python 3 (scipy is not installed, so by the textbook formulas;
// the t tail by Simpson's rule over the t density with math.gamma, 200,000 steps):
//   wilson(s, n): p = s/n; d = 1 + z²/n; c = (p + z²/(2n))/d; h = z/d·√(p(1−p)/n + z²/(4n²))
//     wilson(30, 200) -> (0.10713593562241994, 0.2060557928416666)
//     wilson(0, 10)   -> (0.0, 0.2775327998628892)
//   a = [12, 15, 9, 14, 10]; b = [18, 21, 17, 25, 16, 19]  (statistics.mean / statistics.variance)
//     welch: mean(b) − mean(a) = 7.333333333333332, t = 4.180062701410785, df = 8.982293892124439,
//            two-sided p = 0.0023861567944089977
//   two proportions 80/1000 vs 120/1200: z = 1.6248076809271923, p = erfc(|z|/√2) = 0.10420354391604232
//   LMDI of (10, 2, 5) -> (12, 2.5, 5): L(150, 100) = 50/ln 1.5; effects 22.483014339339572,
//     27.516985660660428, 0 (sum 50 = 150 − 100)
class TestExplainMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lmdi_data();
    void lmdi();
    void lmdiRejectsZero();
    void mixRateSumsToChange();
    void wilson_data();
    void wilson();
    void welch();
    void welchNeedsTwoValues();
    void twoProportions();
};

void TestExplainMath::lmdi_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<QList<double>>("after");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("three factors, one unchanged") << QList<double>{10, 2, 5} << QList<double>{12, 2.5, 5}
                                                  << QList<double>{22.483014339339572, 27.516985660660428, 0};
    // L(V, V) = V: no change, no effects.
    QTest::newRow("no change") << QList<double>{4, 3} << QList<double>{4, 3} << QList<double>{0, 0};
    // Orders 2 -> 3, UPT 1.5 -> 7/3, AUR 50/3 -> 90/7 (the fixture of tst_explain): 50 -> 90.
    QTest::newRow("fixture bridge") << QList<double>{2, 1.5, 50.0 / 3} << QList<double>{3, 7.0 / 3, 90.0 / 7}
                                    << QList<double>{27.592671444881063, 30.067558769991166,
                                                     -17.66023021487224};
}

void TestExplainMath::lmdi()
{
    QFETCH(QList<double>, before);
    QFETCH(QList<double>, after);
    QFETCH(QList<double>, expected);
    const std::vector<double> effects = lmdiEffects(std::vector<double>(before.begin(), before.end()),
                                                    std::vector<double>(after.begin(), after.end()));
    QCOMPARE(effects.size(), size_t(expected.size()));
    double v0 = 1;
    double v1 = 1;
    double sum = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(std::fabs(effects[size_t(i)] - expected[i]) <= 1e-9,
                 qPrintable(QString::number(effects[size_t(i)], 'g', 17)));
        v0 *= before[i];
        v1 *= after[i];
        sum += effects[size_t(i)];
    }
    // The parts add up to the change: |Σ − ΔV| ≤ 1e-9 relative.
    QVERIFY(std::fabs(sum - (v1 - v0)) <= 1e-9 * std::max(1.0, std::fabs(v1 - v0)));
}

void TestExplainMath::lmdiRejectsZero()
{
    QVERIFY(lmdiEffects({0, 2}, {1, 2}).empty());
    QVERIFY(lmdiEffects({1, 2}, {1, -2}).empty());
}

void TestExplainMath::mixRateSumsToChange()
{
    // AOV by store (tst_explain fixture): P0 North w ½ r 20, South w ½ r 30 (AOV 25); P1 North, South, East
    // each w ⅓ r 30 (AOV 30). North mix (⅓ − ½)·20 = −3.3333, rate ⅓·10 = 3.3333; South mix −5, rate 0; East
    // (absent before, r₀ := r₁) mix ⅓·30 = 10, rate 0. Σ = 5 = 30 − 25.
    const MixRate north = mixRate({0.5, 20, 1.0 / 3, 30});
    const MixRate south = mixRate({0.5, 30, 1.0 / 3, 30});
    const MixRate east = mixRate({0, 0, 1.0 / 3, 30});
    QCOMPARE(north.mix, (1.0 / 3 - 0.5) * 20);
    QCOMPARE(north.rate, 10.0 / 3);
    QCOMPARE(south.mix, -5.0);
    QCOMPARE(east.mix, 10.0);
    QCOMPARE(east.rate, 0.0);
    const double sum = north.mix + north.rate + south.mix + south.rate + east.mix + east.rate;
    QVERIFY(std::fabs(sum - 5.0) <= 1e-12);
    // Absent in the period: only mix, −w₀ r₀.
    const MixRate gone = mixRate({0.25, 40, 0, 0});
    QCOMPARE(gone.mix, -10.0);
    QCOMPARE(gone.rate, 0.0);
}

void TestExplainMath::wilson_data()
{
    QTest::addColumn<double>("successes");
    QTest::addColumn<double>("trials");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("30 of 200") << 30.0 << 200.0 << 0.10713593562241994 << 0.2060557928416666;
    QTest::newRow("none of 10") << 0.0 << 10.0 << 0.0 << 0.2775327998628892;
    QTest::newRow("no trials") << 0.0 << 0.0 << 0.0 << 0.0;
}

void TestExplainMath::wilson()
{
    QFETCH(double, successes);
    QFETCH(double, trials);
    QFETCH(double, low);
    QFETCH(double, high);
    const Interval i = wilsonInterval(successes, trials);
    QVERIFY(std::fabs(i.low - low) <= 1e-12);
    QVERIFY(std::fabs(i.high - high) <= 1e-12);
}

void TestExplainMath::welch()
{
    const std::optional<WelchTest> t = welchTest({12, 15, 9, 14, 10}, {18, 21, 17, 25, 16, 19});
    QVERIFY(t.has_value());
    QVERIFY(std::fabs(t->meanDifference - 7.333333333333332) <= 1e-12);
    QVERIFY(std::fabs(t->t - 4.180062701410785) <= 1e-12);
    QVERIFY(std::fabs(t->degreesOfFreedom - 8.982293892124439) <= 1e-12);
    QVERIFY2(std::fabs(t->pValue - 0.0023861567944089977) <= 1e-9,
             qPrintable(QString::number(t->pValue, 'g', 17)));
    QVERIFY(t->difference.low < t->meanDifference && t->meanDifference < t->difference.high);
    QVERIFY(t->difference.low > 0); // p < 0.05: the interval excludes 0
}

void TestExplainMath::welchNeedsTwoValues()
{
    QVERIFY(!welchTest({1}, {2, 3}).has_value());
    QVERIFY(!welchTest({2, 2}, {3, 3}).has_value()); // no spread at all
}

void TestExplainMath::twoProportions()
{
    const std::optional<ProportionTest> t = twoProportionTest(80, 1000, 120, 1200);
    QVERIFY(t.has_value());
    QVERIFY(std::fabs(t->z - 1.6248076809271923) <= 1e-12);
    QVERIFY(std::fabs(t->pValue - 0.10420354391604232) <= 1e-12);
}

QTEST_GUILESS_MAIN(TestExplainMath)
#include "tst_explainmath.moc"
