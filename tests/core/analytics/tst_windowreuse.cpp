// windowCounts (METRICS.md section 3, S and E): a period's E window kept for the next period, whose S window
// it is when the periods meet, gives the same counts as reading the lines again.
#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/analytics/query/LineFilter.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTest>

using namespace storelens::core::analytics;
using storelens::test::d;
using storelens::test::SnapshotFixture;

class TestWindowReuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consecutivePeriods();
};

void TestWindowReuse::consecutivePeriods()
{
    // Day n is 2024-01-01 + n; window W = 10 days. Period 0 is days 10-19 (S0 = 0-9, E0 = 10-19), period 1
    // is days 20-29 (S1 = 10-19 = E0, E1 = 20-29).
    const auto day = [](int n) { return d(2024, 1, 1).addDays(n); };
    SnapshotFixture fx;
    fx.customers({"A", "B", "C", "D", "F"});
    fx.sale(day(5), QStringLiteral("A1"), QStringLiteral("A"), 1000);
    fx.sale(day(15), QStringLiteral("A2"), QStringLiteral("A"), 1000);
    fx.sale(day(25), QStringLiteral("A3"), QStringLiteral("A"), 1000);
    fx.sale(day(15), QStringLiteral("B1"), QStringLiteral("B"), 1000);
    fx.sale(day(25), QStringLiteral("C1"), QStringLiteral("C"), 1000);
    fx.sale(day(15), QStringLiteral("D1R"), QStringLiteral("D"), 1000, -1); // a return: in no window
    fx.sale(day(3), QStringLiteral("F1"), QStringLiteral("F"), 1000);
    fx.sale(day(27), QStringLiteral("F2"), QStringLiteral("F"), 1000);
    fx.sale(day(15), QStringLiteral("G1"), QString(), 1000); // a guest
    const auto s = fx.build();
    const ResolvedFilter all = resolveFilter(*s, Filter());
    // First sale days by customer index (A, B, C, D, F): D has none.
    const std::vector<int32_t> first{int32_t(day(5).toJulianDay()), int32_t(day(15).toJulianDay()),
                                     int32_t(day(25).toJulianDay()), INT32_MAX,
                                     int32_t(day(3).toJulianDay())};
    const auto jd = [&](int n) { return int32_t(day(n).toJulianDay()); };

    detail::WindowReuse reuse;
    detail::WindowCounts p0;
    QVERIFY(detail::windowCounts(*s, all, jd(10), jd(19), 10, {}, &p0, &first, &reuse));
    // S0 = {A (day 5), F (day 3)}, E0 = {A, B}; churned {F}.
    QCOMPARE(p0.start, 2);
    QCOMPARE(p0.end, 2);
    QCOMPARE(p0.churned, 1);
    QCOMPARE(p0.reactivated, 0);

    detail::WindowReuse kept = reuse;
    detail::WindowCounts p1;
    QVERIFY(detail::windowCounts(*s, all, jd(20), jd(29), 10, {}, &p1, &first, &reuse));
    // S1 = {A, B}, E1 = {A, C, F}; churned {B}; F is back (first sale on day 3), C is new (day 25).
    QCOMPARE(p1.start, 2);
    QCOMPARE(p1.end, 3);
    QCOMPARE(p1.churned, 1);
    QCOMPARE(p1.reactivated, 1);

    // The same without the kept window, reading the lines again.
    detail::WindowCounts fresh;
    QVERIFY(detail::windowCounts(*s, all, jd(20), jd(29), 10, {}, &fresh, &first));
    QCOMPARE(fresh.start, 2);
    QCOMPARE(fresh.end, 3);
    QCOMPARE(fresh.churned, 1);
    QCOMPARE(fresh.reactivated, 1);

    // Period 1's S is the kept E window, not the lines again: with no one kept, S1 is empty.
    std::fill(kept.flags.begin(), kept.flags.end(), 0);
    detail::WindowCounts fromKept;
    QVERIFY(detail::windowCounts(*s, all, jd(20), jd(29), 10, {}, &fromKept, &first, &kept));
    QCOMPARE(fromKept.start, 0);
    QCOMPARE(fromKept.end, 3);
    // A kept window of other days is not used: days 11-20 are not S1.
    detail::WindowReuse other = reuse; // now E1 = days 20-29
    detail::WindowCounts p2;
    QVERIFY(detail::windowCounts(*s, all, jd(21), jd(30), 10, {}, &p2, &first, &other));
    // S = days 11-20 {A, B}, E = days 21-30 {A, C, F}.
    QCOMPARE(p2.start, 2);
    QCOMPARE(p2.end, 3);
}

QTEST_GUILESS_MAIN(TestWindowReuse)
#include "tst_windowreuse.moc"
