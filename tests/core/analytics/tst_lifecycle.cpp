#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/Lifecycle.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTest>

using namespace storelens::core::analytics;
using storelens::test::SnapshotFixture;

namespace {

const int32_t kAsOf = int32_t(QDate(2024, 6, 30).toJulianDay());

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stageAtThresholds_data();
    void stageAtThresholds();
    void customSettings();
    void settingsJson();
    void tiersAtThresholds();
    void tierFormula_data();
    void tierFormula();
};

void TestLifecycle::stageAtThresholds_data()
{
    QTest::addColumn<int>("firstOffset"); // days before the as-of date
    QTest::addColumn<int>("lastOffset");
    QTest::addColumn<int>("expected");

    // "The last 30 days" are the as-of date and the 29 days before it.
    QTest::newRow("first purchase as-of - 29: new") << 29 << 29 << int(LifecycleStage::New);
    QTest::newRow("first purchase as-of - 30: not new") << 30 << 30 << int(LifecycleStage::Active);
    QTest::newRow("first purchase on as-of: new") << 0 << 0 << int(LifecycleStage::New);
    // At risk: last purchase day ≤ as-of − 90
    QTest::newRow("last as-of - 89: active") << 400 << 89 << int(LifecycleStage::Active);
    QTest::newRow("last as-of - 90: at risk") << 400 << 90 << int(LifecycleStage::AtRisk);
    // Lapsed: last purchase day ≤ as-of − 180, checked before At risk
    QTest::newRow("last as-of - 179: at risk") << 400 << 179 << int(LifecycleStage::AtRisk);
    QTest::newRow("last as-of - 180: lapsed") << 400 << 180 << int(LifecycleStage::Lapsed);
    QTest::newRow("new beats recent repeat") << 10 << 0 << int(LifecycleStage::New);
}

void TestLifecycle::stageAtThresholds()
{
    QFETCH(int, firstOffset);
    QFETCH(int, lastOffset);
    QFETCH(int, expected);
    QCOMPARE(int(lifecycleStage(kAsOf - firstOffset, kAsOf - lastOffset, kAsOf, LifecycleSettings())),
             expected);

    // The same through the engine: one customer whose first and last sales sit at those days.
    SnapshotFixture fx;
    const QDate asOf = QDate::fromJulianDay(kAsOf);
    fx.sale(asOf.addDays(-firstOffset), QStringLiteral("O1"), QStringLiteral("X"), 1000);
    fx.sale(asOf.addDays(-lastOffset), QStringLiteral("O2"), QStringLiteral("X"), 1000);
    fx.sale(asOf, QStringLiteral("G"), QString(), 1000); // a guest sale fixes the as-of date
    const auto s = fx.build();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    QCOMPARE(int(base.lifecycle.stage.at(0)), expected);
}

void TestLifecycle::customSettings()
{
    LifecycleSettings s;
    s.newDays = 200;
    // First purchase 190 days ago with new = 200 days: New is evaluated before Lapsed (180).
    QCOMPARE(lifecycleStage(kAsOf - 190, kAsOf - 190, kAsOf, s), LifecycleStage::New);
    s.newDays = 7;
    s.atRiskDays = 30;
    QCOMPARE(lifecycleStage(kAsOf - 100, kAsOf - 30, kAsOf, s), LifecycleStage::AtRisk);
    QCOMPARE(lifecycleStage(kAsOf - 100, kAsOf - 29, kAsOf, s), LifecycleStage::Active);
}

void TestLifecycle::settingsJson()
{
    LifecycleSettings s;
    s.newDays = 14;
    s.lapsedDays = 365;
    s.highPercent = 90;
    const auto back = LifecycleSettings::fromJson(s.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value() == s, true);
    QCOMPARE(LifecycleSettings::fromJson(QStringLiteral("{\"newDays\":0}")).ok(), false);
}

void TestLifecycle::tiersAtThresholds()
{
    // Five customers with historical CLV 10, 20, 30, 40, 40 (one order each).
    //   40: less 3, equal 2 → pr = (3 + 1) / 5 = 0.8 exactly → High
    //   30: less 2, equal 1 → pr = 2.5 / 5 = 0.5 exactly → Medium
    //   20: pr = 1.5 / 5 = 0.3 → Low; 10: pr = 0.1 → Low
    SnapshotFixture fx;
    const QDate day(2024, 6, 30);
    const qint64 cents[] = {1000, 2000, 3000, 4000, 4000};
    for (int i = 0; i < 5; ++i)
        fx.sale(day, QStringLiteral("O%1").arg(i), QStringLiteral("C%1").arg(i), cents[i]);
    const auto s = fx.build();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    const std::vector<ValueTier> expected{ValueTier::Low, ValueTier::Low, ValueTier::Medium, ValueTier::High,
                                          ValueTier::High};
    QCOMPARE(base.lifecycle.tier, expected);
}

void TestLifecycle::tierFormula_data()
{
    QTest::addColumn<qint64>("twiceRank");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("expected");
    // pr = twiceRank / (2n)
    QTest::newRow("0.8 of 0.8") << qint64(8) << qint64(5) << 80 << true;
    QTest::newRow("0.7 of 0.8") << qint64(7) << qint64(5) << 80 << false;
    QTest::newRow("0.5 of 0.5") << qint64(5) << qint64(5) << 50 << true;
    // 49.5 %: 99 / 200
    QTest::newRow("0.495 of 0.5") << qint64(99) << qint64(100) << 50 << false;
}

void TestLifecycle::tierFormula()
{
    QFETCH(qint64, twiceRank);
    QFETCH(qint64, n);
    QFETCH(int, percent);
    QFETCH(bool, expected);
    QCOMPARE(percentile::atLeast(twiceRank, n, percent), expected);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
