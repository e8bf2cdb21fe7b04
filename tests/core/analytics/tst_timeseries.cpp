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
    void edgeShopByMonth_data();
    void edgeShopByMonth();
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

namespace {

// Each bucket's value is the tile's value for the bucket's days: computeKpis() over every bucket as a period
// (its own passes, nothing shared between buckets) must give the same numbers and the same "no data".
// Returns how many bucket values have data per bucket (rounded down), -1 (with a warning naming the KPI and
// bucket) on a difference.
int compareWithTiles(const Snapshot &s, const ResolvedFilter &resolved, const Period &period, Grain grain,
                     int window)
{
    const KpiCustomerFacts facts = buildKpiCustomerFacts(s, resolved);
    const TimeSeries ts = computeTimeSeries(s, resolved, facts, period, grain, {}, window);
    if (ts.buckets.empty() || ts.buckets.front().from != period.from || ts.buckets.back().to != period.to) {
        qWarning("the buckets do not cover the period");
        return -1;
    }
    int withData = 0;
    for (size_t b = 0; b < ts.buckets.size(); ++b) {
        const Period p{ts.buckets[b].from, ts.buckets[b].to};
        const std::vector<KpiValue> tiles = computeKpis(s, resolved, facts, p, window);
        if (tiles.size() != size_t(kKpiCount))
            return -1;
        for (const KpiDefinition &d : kKpiCatalog) {
            if (!kpiHasSeries(d.id))
                continue;
            const auto i = size_t(d.id);
            const KpiValue &tile = tiles[i];
            const QString where = QStringLiteral("%1 %2").arg(kpiKey(d.id), p.from.toString(Qt::ISODate));
            if (bool(ts.hasValue[i][b]) != tile.hasData) {
                qWarning("%s: series has data %d, tile %d", qPrintable(where), int(ts.hasValue[i][b]),
                         int(tile.hasData));
                return -1;
            }
            if (!tile.hasData)
                continue;
            ++withData;
            if (ts.values[i][b] != tile.value) {
                qWarning("%s: series %.12g, tile %.12g", qPrintable(where), ts.values[i][b], tile.value);
                return -1;
            }
        }
    }
    return withData / int(ts.buckets.size());
}

// A shop with what a single pass over a series' lines must get right: a gap of months without lines, a
// return before the customer's first sale, a guest line opening an identified customer's order, an order
// whose lines fall on two days in two buckets, a customer who lapses and comes back, traffic and spend
// straddling bucket ends. Stores North(0), South(1); channels In store(0), Web(1); customers c0..c3.
//   2024-01-03 o0 c0     1 × 10.00          North In store
//   2024-01-03 o1 guest  1 ×  5.00          North In store   (o1's first sale line has no customer id)
//   2024-01-03 o1 c1     1 ×  7.00          North In store
//   2024-01-31 o2 c2     1 ×  8.00          South Web
//   2024-02-01 o2 c2     2 ×  8.00 disc 1   South Web        (o2 spans January and February)
//   2024-02-05 o3 c0    -1 × 10.00          North In store   (return)
//   (no lines from 2024-02-06 to 2024-05-05)
//   2024-05-06 o4 c3    -1 ×  3.00          South Web        (return before c3's first sale)
//   2024-05-20 o5 c3     2 ×  3.00          North In store
//   2024-05-20 o6 guest  1 ×  4.00          North In store
//   2024-06-02 o7 c1     1 ×  9.00          South Web        (c1 back after 151 days)
//   2024-06-02 o8 c1     1 ×  2.00          South Web        (c1's second order: a repeat customer)
// Traffic North 2024-01-03 20, 2024-05-20 10; spend Web 2024-01-15..2024-05-31 300.00.
Snapshot edgeShop()
{
    using namespace kpifixture;
    Snapshot s;
    s.revision = 1;
    s.stores = {QStringLiteral("North"), QStringLiteral("South")};
    s.channels = {QStringLiteral("In store"), QStringLiteral("Web")};
    s.categories = {QStringLiteral("Food")};
    s.countries = {QStringLiteral("DE")};
    s.skus = {QStringLiteral("P0")};
    s.productNames = {QStringLiteral("Bread")};
    s.productCategory = {0};
    s.customers = {customer("c0", 0), customer("c1", 0), customer("c2", 0), customer("c3", 0)};
    for (int i = 0; i < 9; ++i)
        s.orderIds.append(QStringLiteral("o%1").arg(i));
    addLines(s, {
                    {QDate(2024, 1, 3), 0, 0, kOne, 10 * kUnit, 0, 6 * kUnit, 0, 0, 0},
                    {QDate(2024, 1, 3), 1, -1, kOne, 5 * kUnit, 0, 3 * kUnit, 0, 0, 0},
                    {QDate(2024, 1, 3), 1, 1, kOne, 7 * kUnit, 0, 4 * kUnit, 0, 0, 0},
                    {QDate(2024, 1, 31), 2, 2, kOne, 8 * kUnit, 0, kUnknownCost, 1, 1, 0},
                    {QDate(2024, 2, 1), 2, 2, 2 * kOne, 8 * kUnit, kUnit, kUnknownCost, 1, 1, 0},
                    {QDate(2024, 2, 5), 3, 0, -kOne, 10 * kUnit, 0, 6 * kUnit, 0, 0, 0},
                    {QDate(2024, 5, 6), 4, 3, -kOne, 3 * kUnit, 0, 2 * kUnit, 1, 1, 0},
                    {QDate(2024, 5, 20), 5, 3, 2 * kOne, 3 * kUnit, 0, 2 * kUnit, 0, 0, 0},
                    {QDate(2024, 5, 20), 6, -1, kOne, 4 * kUnit, 0, 2 * kUnit, 0, 0, 0},
                    {QDate(2024, 6, 2), 7, 1, kOne, 9 * kUnit, 0, 5 * kUnit, 1, 1, 0},
                    {QDate(2024, 6, 2), 8, 1, kOne, 2 * kUnit, 0, kUnit, 1, 1, 0},
                });
    s.traffic = {{0, jd(2024, 1, 3), 20}, {0, jd(2024, 5, 20), 10}};
    s.marketing = {{1, jd(2024, 1, 15), jd(2024, 5, 31), 300 * kUnit}};
    return s;
}

} // namespace

void TestTimeSeries::agreesWithTheTiles_data()
{
    QTest::addColumn<bool>("edges"); // edgeShop(), else the generated sample
    QTest::addColumn<Grain>("grain");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("store"); // "first": the sample's first store
    // The least values with data per bucket, so that agreeing on "no data" everywhere does not pass: the
    // sample has every side table (16 of the series' KPIs at least); in edgeShop() net sales, orders, buying,
    // new and returning customers have a value in every bucket.
    QTest::addColumn<int>("perBucket");
    QTest::newRow("months of the last year")
        << false << Grain::Month << QDate(2025, 10, 1) << QDate(2026, 9, 30) << 365 << QString() << 16;
    QTest::newRow("weeks, clipped ends, W 90")
        << false << Grain::Week << QDate(2026, 3, 4) << QDate(2026, 6, 17) << 90 << QString() << 16;
    QTest::newRow("days, W 30") << false << Grain::Day << QDate(2026, 7, 1) << QDate(2026, 8, 15) << 30
                                << QString() << 16;
    QTest::newRow("quarters longer than W 30")
        << false << Grain::Quarter << QDate(2025, 1, 1) << QDate(2026, 9, 30) << 30 << QString() << 16;
    QTest::newRow("months, one store") << false << Grain::Month << QDate(2025, 10, 1) << QDate(2026, 9, 30)
                                       << 365 << QStringLiteral("first") << 16;
    QTest::newRow("edges: months clipped at both ends across the gap, W 30")
        << true << Grain::Month << QDate(2024, 1, 2) << QDate(2024, 6, 10) << 30 << QString() << 5;
    QTest::newRow("edges: Monday weeks clipped at both ends, W 30")
        << true << Grain::Week << QDate(2024, 1, 3) << QDate(2024, 6, 5) << 30 << QString() << 5;
    QTest::newRow("edges: days around the order spanning two months, W 7")
        << true << Grain::Day << QDate(2024, 1, 29) << QDate(2024, 2, 6) << 7 << QString() << 5;
    QTest::newRow("edges: quarters from before the first line, W 365")
        << true << Grain::Quarter << QDate(2023, 11, 15) << QDate(2024, 6, 30) << 365 << QString() << 5;
    QTest::newRow("edges: months, South only, W 60")
        << true << Grain::Month << QDate(2024, 1, 1) << QDate(2024, 6, 30) << 60 << QStringLiteral("South")
        << 5;
}

void TestTimeSeries::agreesWithTheTiles()
{
    QFETCH(bool, edges);
    QFETCH(Grain, grain);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, window);
    QFETCH(QString, store);
    QFETCH(int, perBucket);
    const Snapshot edgeSnapshot = edges ? edgeShop() : Snapshot();
    const Snapshot &s = edges ? edgeSnapshot : *m_sample;
    Filter filter;
    if (!store.isEmpty())
        filter.stores = {store == QLatin1String("first") ? s.stores.first() : store};
    const int withData = compareWithTiles(s, resolveFilter(s, filter), Period{from, to}, grain, window);
    QVERIFY2(withData >= perBucket, qPrintable(QString::number(withData)));
}

void TestTimeSeries::edgeShopByMonth_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QList<double>>("values"); // January .. June; NaN: no data
    const double none = std::nan("");
    const auto row = [](const char *name, const char *key, QList<double> values) {
        QTest::newRow(name) << QString::fromLatin1(key) << values;
    };
    // edgeShop by month over 2024-01-02 .. 2024-06-10, W 30.
    row("orders: o0 o1 o2 | o2 again | - | - | o5 o6 (o4 a return) | o7 o8", "orders", {3, 1, 0, 0, 2, 2});
    row("buying: c0, c1 behind the guest line, c2 | c2 | - | - | c3 | c1", "buying_customers",
        {3, 1, 0, 0, 1, 1});
    row("new: c0 c1 c2 | - | - | - | c3 (its return does not count) | -", "new_customers",
        {3, 0, 0, 0, 1, 0});
    row("repeat: c1's o1 is not its own order | - | - | - | - | c1 o7 o8", "repeat_purchase_rate",
        {0, 0, none, none, 0, 1});
    row("net: 10 + 5 + 7 + 8 | 16 - 1 - 10 | 0 | 0 | -3 + 6 + 4 | 9 + 2", "net_sales", {30, 5, 0, 0, 7, 11});
    // S at the bucket's first day: a sale in the 30 days before. Jan 2: none. Feb 1: Jan 2 .. 31: c0 c1 c2.
    // Mar 1: Jan 31 .. Feb 29: c2. Apr 1, May 1: none. Jun 1: May 2 .. 31: c3 (May 20).
    row("S: - | c0 c1 c2 | c2 | - | - | c3", "customers_at_start", {0, 3, 1, 0, 0, 1});
    // E: a sale in the 30 days to the bucket's last day. Jan 31: c0 c1 c2. Feb 29: c2. Mar 31, Apr 30: none.
    // May 31: c3. Jun 10 (clipped): c3 (May 20) and c1 (Jun 2).
    row("E: c0 c1 c2 | c2 | - | - | c3 | c3 c1", "customers_at_end", {3, 1, 0, 0, 1, 2});
    // (E − N) ÷ S: Feb (1 − 0) ÷ 3; Mar (0 − 0) ÷ 1; Jun (2 − 0) ÷ 1 (c1 came back).
    row("retention: no S | 1/3 | 0/1 | no S | no S | 2/1", "retention_rate",
        {none, 1.0 / 3.0, 0, none, none, 2});
    row("churn: no S | c0 c1 left | c2 left | no S | no S | nobody", "churn_rate",
        {none, 2.0 / 3.0, 1, none, none, 0});
}

void TestTimeSeries::edgeShopByMonth()
{
    QFETCH(QString, kpi);
    QFETCH(QList<double>, values);
    const Snapshot s = edgeShop();
    const ResolvedFilter all;
    const TimeSeries ts =
        computeTimeSeries(s, all, buildKpiCustomerFacts(s, all),
                          Period{QDate(2024, 1, 2), QDate(2024, 6, 10)}, Grain::Month, {}, 30);
    KpiId id;
    QVERIFY(kpiFromKey(kpi, &id));
    QCOMPARE(ts.buckets.size(), size_t(values.size()));
    for (size_t b = 0; b < ts.buckets.size(); ++b) {
        const double expected = values.at(qsizetype(b));
        QCOMPARE(bool(ts.has(id)[b]), !std::isnan(expected));
        if (!std::isnan(expected))
            QVERIFY2(std::fabs(ts.series(id)[b] - expected) < 1e-9,
                     qPrintable(QStringLiteral("bucket %1: %2").arg(b).arg(ts.series(id)[b], 0, 'g', 12)));
    }
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
