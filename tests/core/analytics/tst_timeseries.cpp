#include "common/SampleFixture.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/snapshot/SnapshotLoader.h"

#include "KpiFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace storelens::core::analytics;

Q_DECLARE_METATYPE(storelens::core::analytics::Grain)

class TestTimeSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysAndKpis();
    void shopByMonth_data();
    void shopByMonth();
    void agreesWithTheTiles_data();
    void agreesWithTheTiles();
    void cancelled();

private:
    QTemporaryDir m_dir;
    SnapshotPtr m_sample;
};

void TestTimeSeries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sample.storelens"));
    // Small, but with every side table (traffic, staffing, inventory, spend).
    QVERIFY(storelens::test::writeSample(path, 600, 2).ok());
    auto snapshot = loadSnapshot(path);
    QVERIFY(snapshot.ok());
    m_sample = snapshot.value();
}

// Every KPI but the simple predictive CLV and the kept and reactivated customers (which explain the retention
// tile) has a series (the catalogue says so), indexed by its KpiId; the units sold have one besides. The
// predictive CLV's row says "no data" in every bucket.
void TestTimeSeries::keysAndKpis()
{
    int withSeries = 0;
    for (const KpiDefinition &d : kKpiCatalog) {
        const bool none = d.id == KpiId::PredictiveClv || d.id == KpiId::KeptCustomers ||
                          d.id == KpiId::ReactivatedCustomers;
        QCOMPARE(kpiHasSeries(d.id), !none);
        withSeries += kpiHasSeries(d.id) ? 1 : 0;
    }
    QCOMPARE(withSeries, kKpiCount - 3);
    const Snapshot s = kpifixture::shop();
    const ResolvedFilter all;
    const TimeSeries ts = computeTimeSeries(s, all, buildKpiCustomerFacts(s, all),
                                            Period{QDate(2024, 1, 1), QDate(2024, 2, 29)}, Grain::Month);
    QCOMPARE(ts.values.size(), size_t(kKpiCount));
    QCOMPARE(ts.hasValue.size(), size_t(kKpiCount));
    QCOMPARE(ts.units.size(), size_t(2));
    QCOMPARE(ts.has(KpiId::PredictiveClv), std::vector<uint8_t>({0, 0}));
}

void TestTimeSeries::shopByMonth_data()
{
    QTest::addColumn<QString>("series"); // a KPI key, or "units"
    QTest::addColumn<bool>("janHas");
    QTest::addColumn<double>("jan");
    QTest::addColumn<bool>("febHas");
    QTest::addColumn<double>("feb");
    const auto row = [](const char *name, const char *key, bool janHas, double jan, bool febHas, double feb) {
        QTest::newRow(name) << QString::fromLatin1(key) << janHas << jan << febHas << feb;
    };
    // The shop of KpiFixture.h, period 2024-01-01 .. 2024-02-29 by month. January holds only o2 (c0, 1 x 10,
    // cost 6, North, in store); February is tst_kpis' period P.
    row("net sales: 10 | 49 - 1.5 - 10", "net_sales", true, 10, true, 37.5);
    row("units: 1 | 2 + 1 + 3 + 1 + 1", "units", true, 1, true, 8);
    row("upt: 1 / 1 | 8 / 4", "upt", true, 1, true, 2);
    row("cogs: 6 | 12 + 7.5 + 5 + 2.5 - 6", "cogs", true, 6, true, 21);
    row("gross margin: 10 - 6 | 37.5 - 21", "gross_margin", true, 4, true, 16.5);
    row("cost coverage: 10 / 10 | 44 / 49", "cost_coverage", true, 1, true, 44.0 / 49.0);
    row("gross margin %: 4 / 10 | 16.5 / 37.5", "gross_margin_rate", true, 0.4, true, 0.44);
    // Jan 2023 holds o0 (20), Feb 2023 o1 (25).
    row("yoy growth: 10 - 20 | 37.5 - 25", "yoy_growth", true, -10, true, 12.5);
    row("yoy growth rate: -10 / 20 | 12.5 / 25", "yoy_growth_rate", true, -0.5, true, 0.5);
    // Traffic only in February at North: o3 (Feb 1) and o5 (Feb 15) on days with traffic, 40 visitors.
    row("conversion: no traffic | 2 / 40", "conversion_rate", false, 0, true, 2.0 / 40.0);
    // Inventory snapshots only in February: (10 x 6 + 4 x 2.5) = 70 on Feb 1, 5 x 6 = 30 on Feb 29: mean 50.
    row("inventory turnover: none | 21 / 50", "inventory_turnover", false, 0, true, 21.0 / 50.0);
    row("gmroi: none | 16.5 / 50", "gmroi", false, 0, true, 16.5 / 50.0);
    // Spend: in store 600 over Jan 1 .. Feb 29 (60 days): 310 in January, 290 in February; web 100 in
    // February. New customers: c0 in January (first sale Jan 10), c1 in February (Feb 10).
    row("cac: 310 / 1 | (290 + 100) / 1", "cac", true, 310, true, 390);
    // c0's net sales, all time: 10 + 19 + 5 - 10 = 24; c1's: 12 + 4 = 16.
    row("clv:cac: 24 / 310 | 16 / 390", "clv_to_cac", true, 24.0 / 310.0, true, 16.0 / 390.0);
    row("buying: c0 | c0 c1", "buying_customers", true, 1, true, 2);
    row("new: c0 | c1", "new_customers", true, 1, true, 1);
    row("returning: 1 - 1 | 2 - 1", "returning_customers", true, 0, true, 1);
    row("frequency: 1 / 1 | (o3 + o4 + o6) / 2", "purchase_frequency", true, 1, true, 1.5);
    row("repeat rate: 0 / 1 | c1 has o4 and o6: 1 / 2", "repeat_purchase_rate", true, 0, true, 0.5);
    // W = 365. S(Jan) = a sale in 2023-01-01 .. 2023-12-31: c2 (2023-01-15). E(Jan) = a sale in
    // 2023-02-01 .. 2024-01-31: c0. S(Feb) = c0. E(Feb) = a sale in 2023-03-02 .. 2024-02-29: c0, c1.
    row("S: c2 | c0", "customers_at_start", true, 1, true, 1);
    row("E: c0 | c0 c1", "customers_at_end", true, 1, true, 2);
    row("retention: (1 - 1) / 1 | (2 - 1) / 1", "retention_rate", true, 0, true, 1);
    row("churn: c2 left | nobody left", "churn_rate", true, 1, true, 0);
    row("historical clv: 24 / 1 | 16 / 1", "historical_clv", true, 24, true, 16);
}

void TestTimeSeries::shopByMonth()
{
    QFETCH(QString, series);
    QFETCH(bool, janHas);
    QFETCH(double, jan);
    QFETCH(bool, febHas);
    QFETCH(double, feb);
    const Snapshot s = kpifixture::shop();
    const ResolvedFilter all;
    const KpiCustomerFacts facts = buildKpiCustomerFacts(s, all);
    const TimeSeries ts =
        computeTimeSeries(s, all, facts, Period{QDate(2024, 1, 1), QDate(2024, 2, 29)}, Grain::Month);
    QCOMPARE(ts.buckets.size(), size_t(2));
    std::vector<double> values = ts.units;
    std::vector<uint8_t> has(2, 1);
    KpiId id;
    if (kpiFromKey(series, &id)) {
        values = ts.series(id);
        has = ts.has(id);
    } else {
        QCOMPARE(series, QStringLiteral("units"));
    }
    QCOMPARE(bool(has[0]), janHas);
    QCOMPARE(bool(has[1]), febHas);
    if (janHas)
        QVERIFY2(std::fabs(values[0] - jan) < 1e-9, qPrintable(QString::number(values[0], 'g', 12)));
    if (febHas)
        QVERIFY2(std::fabs(values[1] - feb) < 1e-9, qPrintable(QString::number(values[1], 'g', 12)));
}

void TestTimeSeries::agreesWithTheTiles_data()
{
    QTest::addColumn<Grain>("grain");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("store");
    QTest::newRow("months of the last year")
        << Grain::Month << QDate(2025, 10, 1) << QDate(2026, 9, 30) << 365 << QString();
    QTest::newRow("weeks, clipped ends, W 90")
        << Grain::Week << QDate(2026, 3, 4) << QDate(2026, 6, 17) << 90 << QString();
    QTest::newRow("days, W 30") << Grain::Day << QDate(2026, 7, 1) << QDate(2026, 8, 15) << 30 << QString();
    QTest::newRow("quarters longer than W 30")
        << Grain::Quarter << QDate(2025, 1, 1) << QDate(2026, 9, 30) << 30 << QString();
    QTest::newRow("months, one store")
        << Grain::Month << QDate(2025, 10, 1) << QDate(2026, 9, 30) << 365 << QStringLiteral("first");
}

// Each bucket's value is the tile's value for the bucket's days: computeKpis() over every bucket as a
// period must give the same numbers and the same "no data".
void TestTimeSeries::agreesWithTheTiles()
{
    QFETCH(Grain, grain);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, window);
    QFETCH(QString, store);
    const Snapshot &s = *m_sample;
    Filter filter;
    if (!store.isEmpty())
        filter.stores = {s.stores.first()};
    const ResolvedFilter resolved = resolveFilter(s, filter);
    const KpiCustomerFacts facts = buildKpiCustomerFacts(s, resolved);
    const TimeSeries ts = computeTimeSeries(s, resolved, facts, Period{from, to}, grain, {}, window);
    QVERIFY(!ts.buckets.empty());
    QCOMPARE(ts.buckets.front().from, from);
    QCOMPARE(ts.buckets.back().to, to);
    int withData = 0;
    for (size_t b = 0; b < ts.buckets.size(); ++b) {
        const Period p{ts.buckets[b].from, ts.buckets[b].to};
        const std::vector<KpiValue> tiles = computeKpis(s, resolved, facts, p, window);
        QCOMPARE(tiles.size(), size_t(kKpiCount));
        for (const KpiDefinition &d : kKpiCatalog) {
            if (!kpiHasSeries(d.id))
                continue;
            const auto i = int(d.id);
            const KpiValue &tile = tiles[size_t(i)];
            const QString where = QStringLiteral("%1 %2").arg(kpiKey(d.id), p.from.toString(Qt::ISODate));
            QVERIFY2(bool(ts.hasValue[size_t(i)][b]) == tile.hasData, qPrintable(where));
            if (tile.hasData) {
                ++withData;
                QVERIFY2(ts.values[size_t(i)][b] == tile.value,
                         qPrintable(where + QStringLiteral(": %1 vs %2")
                                                .arg(ts.values[size_t(i)][b], 0, 'g', 12)
                                                .arg(tile.value, 0, 'g', 12)));
            }
        }
    }
    QVERIFY(withData > int(ts.buckets.size()) * 15);
}

void TestTimeSeries::cancelled()
{
    const ResolvedFilter all;
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*m_sample, all);
    const TimeSeries ts =
        computeTimeSeries(*m_sample, all, facts, Period{QDate(2025, 1, 1), QDate(2026, 9, 30)}, Grain::Day,
                          [] { return true; });
    QVERIFY(ts.buckets.empty());
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
