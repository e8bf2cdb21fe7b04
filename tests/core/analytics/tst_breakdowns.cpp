// The store, channel, category and product tables (computeBreakdown) count orders as METRICS.md section 2
// does: distinct order ids with a sale line in the period. Trial 12's report said 3,498 orders in its key
// figures and 3,505 in the store, channel and category tables: seven till refunds, imported as sales of a
// negative amount days after their sale, made their orders count twice in the tables.
#include "core/analytics/kpi/Breakdowns.h"
#include "core/analytics/query/LineFilter.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTest>

using namespace storelens::core;
using namespace storelens::core::analytics;
using storelens::test::d;
using storelens::test::SnapshotFixture;

namespace {

// The orders of each row of a breakdown, "label=orders" in the breakdown's order (net sales, largest first).
QString ordersByRow(const Breakdown &b)
{
    QStringList rows;
    for (const BreakdownRow &row : b.rows)
        rows << QStringLiteral("%1=%2")
                    .arg(row.index < 0 ? QStringLiteral("none") : row.label)
                    .arg(row.orders);
    return rows.join(QLatin1Char(' '));
}

} // namespace

class TestBreakdowns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refundOnALaterDayIsNoSecondOrder_data();
    void refundOnALaterDayIsNoSecondOrder();
};

void TestBreakdowns::refundOnALaterDayIsNoSecondOrder_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QString>("expected");
    // T1 sells mustard and oil on 13 October, T2 mustard on 13 October, T3 oil on 14 October. On 15 October
    // the till refunds one mustard of T1 as a row of its own: quantity 1 at −3.78, a sale line of a negative
    // amount (METRICS.md section 1), in order T1. T3's oil comes back on 16 October as a return line.
    // Orders with a sale line: T1, T2, T3 = 3 in the store and the channel; mustard (Épicerie) T1, T2 = 2;
    // oil (Huiles) T1, T3 = 2. Net: mustard 7.56 + 7.56 − 3.78 = 11.34, oil 16.50 + 16.50 − 16.50 = 16.50.
    QTest::newRow("store") << int(BreakdownDimension::Store) << "Main store=3";
    QTest::newRow("channel") << int(BreakdownDimension::Channel) << "In store=3";
    QTest::newRow("category") << int(BreakdownDimension::Category) << "Huiles=2 Épicerie=2";
    QTest::newRow("product") << int(BreakdownDimension::Product) << "OIL=2 MUSTARD=2";
}

void TestBreakdowns::refundOnALaterDayIsNoSecondOrder()
{
    QFETCH(int, dimension);
    QFETCH(QString, expected);
    SnapshotFixture f;
    f.product(QStringLiteral("MUSTARD"), QStringLiteral("Épicerie"));
    f.product(QStringLiteral("OIL"), QStringLiteral("Huiles"));
    const QString mustard = QStringLiteral("MUSTARD");
    const QString oil = QStringLiteral("OIL");
    f.add(SnapshotFixture::line(d(2026, 10, 13), QStringLiteral("T1"), {}, 756, mustard));
    f.add(SnapshotFixture::line(d(2026, 10, 13), QStringLiteral("T1"), {}, 1650, oil));
    f.add(SnapshotFixture::line(d(2026, 10, 13), QStringLiteral("T2"), {}, 756, mustard));
    f.add(SnapshotFixture::line(d(2026, 10, 14), QStringLiteral("T3"), {}, 1650, oil));
    f.add(SnapshotFixture::line(d(2026, 10, 15), QStringLiteral("T1"), {}, -378, mustard));
    f.add(SnapshotFixture::line(d(2026, 10, 16), QStringLiteral("T3"), {}, 1650, oil, -1));
    const auto snapshot = f.build();
    const Period october{d(2026, 10, 1), d(2026, 10, 31)};
    const Breakdown b = computeBreakdown(*snapshot, ResolvedFilter(), october, BreakdownDimension(dimension));
    QCOMPARE(ordersByRow(b), expected);
    QCOMPARE(b.totalNetSales, Money::fromUnits(278400)); // 11.34 + 16.50
}

QTEST_GUILESS_MAIN(TestBreakdowns)
#include "tst_breakdowns.moc"
