#include "KpiFixture.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiJson.h"

#include <QJsonArray>
#include <QTest>

using namespace storelens::core::analytics;
using namespace kpifixture;

namespace {

// Ratios are compared with a tolerance: they are doubles by definition.
bool fuzzyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

const Period kFeb2024{QDate(2024, 2, 1), QDate(2024, 2, 29)};

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shopKpis_data();
    void shopKpis();
    void filteredKpis_data();
    void filteredKpis();
    void conversionFollowsTheSellingStores();
    void inputs();
    void thinPredictiveClvSaysSo();
    void costCoverageWarning();
    void returningCustomersZeroSaysWhy();
    void comparisonPrevious();
    void comparisonYearEarlierFromLeapDay();
    void noDataReasons();
    void predictiveClvWithoutCustomersAtTheStart();
    void channelCac();
    void defaultPeriodAndWarnings();
    void jsonFields();
    void averageRoundsOnceForTheScreen();
};

void TestKpis::shopKpis_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hasData");
    QTest::addColumn<double>("expected");

    // Sale lines of P (February 2024, 29 days): o3 2 × 10 − 1 and 1 × 5, o4 3 × 4, o5 8 − 0.50, o6 4.
    QTest::newRow("gross sales: 20 + 5 + 12 + 8 + 4") << QStringLiteral("gross_sales") << true << 49.0;
    QTest::newRow("discounts: 1 + 0.50") << QStringLiteral("discounts") << true << 1.5;
    QTest::newRow("returns: the leap-day return of 10") << QStringLiteral("returns") << true << 10.0;
    QTest::newRow("net sales: 49 - 1.5 - 10") << QStringLiteral("net_sales") << true << 37.5;
    QTest::newRow("orders: o3 o4 o5 o6, not the return-only o7") << QStringLiteral("orders") << true << 4.0;
    QTest::newRow("aov: 47.5 / 4") << QStringLiteral("aov") << true << 11.875;
    QTest::newRow("upt: 8 units / 4 orders") << QStringLiteral("upt") << true << 2.0;
    // units: o3 2 + 1, o4 3, o5 1, o6 1 = 8; (G − D) = 49 − 1.5 = 47.5
    QTest::newRow("aur: 47.5 / 8 units") << QStringLiteral("aur") << true << 5.9375;
    QTest::newRow("return rate: 10 / 49") << QStringLiteral("return_rate") << true << 10.0 / 49.0;
    QTest::newRow("guest share: 7.5 / 47.5") << QStringLiteral("guest_share") << true << 7.5 / 47.5;
    // 2 × 6 + 3 × 2.5 + 5 + 2.5 − 6 (the return brings its cost back)
    QTest::newRow("cogs: 12 + 7.5 + 5 + 2.5 - 6") << QStringLiteral("cogs") << true << 21.0;
    QTest::newRow("gross margin: 37.5 - 21") << QStringLiteral("gross_margin") << true << 16.5;
    QTest::newRow("cost coverage: (20 + 12 + 8 + 4) / 49")
        << QStringLiteral("cost_coverage") << true << 44.0 / 49.0;
    QTest::newRow("gross margin %: 16.5 / 37.5") << QStringLiteral("gross_margin_rate") << true << 0.44;
    // Feb 2023 holds o1, 25.00
    QTest::newRow("yoy growth: 37.5 - 25") << QStringLiteral("yoy_growth") << true << 12.5;
    QTest::newRow("yoy growth rate: 12.5 / 25") << QStringLiteral("yoy_growth_rate") << true << 0.5;
    QTest::newRow("sales per employee: 37.5 / (2 + 3)")
        << QStringLiteral("sales_per_employee") << true << 7.5;
    QTest::newRow("conversion: o3 and o5 on traffic days / 40")
        << QStringLiteral("conversion_rate") << true << 0.05;
    // inventory at cost: 2024-02-01 10 × 6 + 4 × 2.5 = 70, 2024-02-29 5 × 6 = 30; average 50
    QTest::newRow("inventory turnover: 21 / 50") << QStringLiteral("inventory_turnover") << true << 0.42;
    QTest::newRow("gmroi: 16.5 / 50") << QStringLiteral("gmroi") << true << 0.33;
    // spend: Web 100 + In store 600 × 29 / 60 days = 390; one new customer (c1)
    QTest::newRow("cac: 390 / 1") << QStringLiteral("cac") << true << 390.0;
    QTest::newRow("clv to cac: 16 / 390") << QStringLiteral("clv_to_cac") << true << 16.0 / 390.0;
    QTest::newRow("buying customers: c0 and c1") << QStringLiteral("buying_customers") << true << 2.0;
    QTest::newRow("new customers: c1 (c0 first bought in January)")
        << QStringLiteral("new_customers") << true << 1.0;
    QTest::newRow("returning customers: 2 - 1") << QStringLiteral("returning_customers") << true << 1.0;
    QTest::newRow("purchase frequency: o3 o4 o6 / 2") << QStringLiteral("purchase_frequency") << true << 1.5;
    QTest::newRow("repeat purchase rate: c1 / 2") << QStringLiteral("repeat_purchase_rate") << true << 0.5;
    // W = 365: S = sale in [2023-02-01, 2024-01-31] = {c0}; E = sale in [2023-03-02, 2024-02-29] = {c0, c1}
    QTest::newRow("S: c0") << QStringLiteral("customers_at_start") << true << 1.0;
    QTest::newRow("E: c0 c1") << QStringLiteral("customers_at_end") << true << 2.0;
    QTest::newRow("retention: (2 - 1) / 1") << QStringLiteral("retention_rate") << true << 1.0;
    QTest::newRow("churn: none of S lost") << QStringLiteral("churn_rate") << true << 0.0;
    QTest::newRow("historical clv: c1's 12 + 4") << QStringLiteral("historical_clv") << true << 16.0;
    // APV = 40 / 3, F = 1.5 × 365 / 29, L = 1 / churn of [2023-03-01, 2024-02-29] where S' = {c2}, lost = 1
    // → 40 / 3 × 1.5 × 365 / 29 = 7300 / 29 = 251.72413… rounded to four places 251.7241
    QTest::newRow("predictive clv: 7300 / 29") << QStringLiteral("predictive_clv") << true << 251.7241;
}

void TestKpis::shopKpis()
{
    QFETCH(QString, key);
    QFETCH(bool, hasData);
    QFETCH(double, expected);
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const KpiCustomerFacts facts = buildKpiCustomerFacts(s, filter);
    const std::vector<KpiValue> values = computeKpis(s, filter, facts, kFeb2024, 365);
    KpiId id;
    QVERIFY(kpiFromKey(key, &id));
    const KpiValue &v = values[size_t(id)];
    QCOMPARE(v.id, id);
    QCOMPARE(v.hasData, hasData);
    if (!fuzzyEqual(v.value, expected))
        QFAIL(qPrintable(
            QStringLiteral("%1: got %2, expected %3").arg(key).arg(v.value, 0, 'g', 12).arg(expected)));
    if (kpiUnit(id) == KpiUnit::Money)
        QCOMPARE(v.money.units(), qint64(std::llround(expected * 10000)));
}

void TestKpis::filteredKpis_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");

    // category Toys keeps o3's ball (c0, 5.00), o4 (c1, 12.00), o6 (c1, 4.00)
    QTest::newRow("toys: net 5 + 12 + 4") << "category"
                                          << "Toys"
                                          << "net_sales" << 21.0;
    QTest::newRow("toys: orders o3 o4 o6") << "category"
                                           << "Toys"
                                           << "orders" << 3.0;
    // c0's first Toys line is 2024-02-01: within the filter c0 is new in February
    QTest::newRow("toys: new c0 and c1") << "category"
                                         << "Toys"
                                         << "new_customers" << 2.0;
    QTest::newRow("toys: returning none") << "category"
                                          << "Toys"
                                          << "returning_customers" << 0.0;
    // only the Toys inventory row counts: 4 × 2.5 = 10 on one date; COGS 7.5 + 2.5
    QTest::newRow("toys: inventory turnover 10 / 10") << "category"
                                                      << "Toys"
                                                      << "inventory_turnover" << 1.0;
    QTest::newRow("store south: net 12 + 4") << "store"
                                             << "South"
                                             << "net_sales" << 16.0;
    // South has no traffic rows and a headcount of 3
    QTest::newRow("store south: sales per employee 16 / 3")
        << "store"
        << "South"
        << "sales_per_employee" << 5.3333; // money, 16 / 3 rounded to four places
    // channel Web: spend 100, c1 new
    QTest::newRow("channel web: cac 100") << "channel"
                                          << "Web"
                                          << "cac" << 100.0;
    QTest::newRow("country DE: guests drop out, guest share 0") << "country"
                                                                << "DE"
                                                                << "guest_share" << 0.0;
}

void TestKpis::filteredKpis()
{
    QFETCH(QString, dimension);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(double, expected);
    const Snapshot s = shop();
    Filter f;
    if (dimension == QLatin1String("category"))
        f.categories = {value};
    else if (dimension == QLatin1String("store"))
        f.stores = {value};
    else if (dimension == QLatin1String("channel"))
        f.channels = {value};
    else
        f.countries = {value};
    const ResolvedFilter filter = resolveFilter(s, f);
    const std::vector<KpiValue> values =
        computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    KpiId id;
    QVERIFY(kpiFromKey(key, &id));
    QVERIFY(values[size_t(id)].hasData);
    if (!fuzzyEqual(values[size_t(id)].value, expected))
        QFAIL(qPrintable(QStringLiteral("got %1, expected %2").arg(values[size_t(id)].value).arg(expected)));
}

void TestKpis::conversionFollowsTheSellingStores()
{
    const Snapshot s = shop();
    Filter web;
    web.channels = {QStringLiteral("Web")};
    // Web sells only at South (o4, o6), which has no traffic rows: no conversion rate, rather than 0 orders
    // out of North's 40 visitors.
    ResolvedFilter filter = resolveFilter(s, web);
    std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    QVERIFY(!v[size_t(KpiId::ConversionRate)].hasData);
    QVERIFY(v[size_t(KpiId::ConversionRate)].noDataReason.contains(QLatin1String("visitor counts")));

    // Toys sells at North too (o3's ball on 2024-02-01, a traffic day): 1 order ÷ North's 10 + 30 visitors.
    Filter toys;
    toys.categories = {QStringLiteral("Toys")};
    filter = resolveFilter(s, toys);
    v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    QVERIFY(v[size_t(KpiId::ConversionRate)].hasData);
    QVERIFY(fuzzyEqual(v[size_t(KpiId::ConversionRate)].value, 1.0 / 40.0));
}

void TestKpis::inputs()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    const KpiValue &retention = v[size_t(KpiId::RetentionRate)];
    QCOMPARE(retention.input(QStringLiteral("S")), 1.0);
    QCOMPARE(retention.input(QStringLiteral("E")), 2.0);
    QCOMPARE(retention.input(QStringLiteral("N")), 1.0);
    QCOMPARE(retention.input(QStringLiteral("window_days")), 365.0);
    const KpiValue &clv = v[size_t(KpiId::PredictiveClv)];
    QCOMPARE(clv.input(QStringLiteral("L")), 1.0);
    QVERIFY(fuzzyEqual(clv.input(QStringLiteral("F")), 1.5 * 365.0 / 29.0));
    // APV = 40 / 3 = 13.3333 (rounded to four places)
    QCOMPARE(clv.input(QStringLiteral("APV")), 13.3333);
}

// Trial 9: a month's purchase frequency scaled to a year, with a lifespan from the churn of a few customers,
// gave a CLV of €4,299 with nothing saying how little it rests on. The value stays METRICS.md's; a warning
// says.
void TestKpis::thinPredictiveClvSaysSo()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const auto facts = buildKpiCustomerFacts(s, filter);
    const KpiValue feb = computeKpis(s, filter, facts, kFeb2024, 365)[size_t(KpiId::PredictiveClv)];
    QVERIFY(feb.hasData);
    // February 2024: 29 days, and one customer at the start of the year ending with it (L = 1 ÷ 1).
    QVERIFY2(feb.warning.contains(QLatin1String("scales 29 day")), qPrintable(feb.warning));
    QVERIFY2(feb.warning.contains(QLatin1String("churn of only 1 customer")), qPrintable(feb.warning));
    // Ninety days or more: no word about scaling, still the few customers.
    const KpiValue quarter = computeKpis(s, filter, facts, Period{QDate(2023, 12, 1), QDate(2024, 2, 29)},
                                         365)[size_t(KpiId::PredictiveClv)];
    QVERIFY2(quarter.hasData, qPrintable(quarter.noDataReason));
    QVERIFY2(!quarter.warning.contains(QLatin1String("scales")), qPrintable(quarter.warning));
    QVERIFY2(quarter.warning.contains(QLatin1String("churn of only")), qPrintable(quarter.warning));
}

void TestKpis::costCoverageWarning()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    // 44 / 49 = 89.8 % < 95 %
    QVERIFY(!v[size_t(KpiId::GrossMargin)].warning.isEmpty());
    // January 2024: o2 has a cost, coverage 100 %
    const std::vector<KpiValue> jan = computeKpis(s, filter, buildKpiCustomerFacts(s, filter),
                                                  Period{QDate(2024, 1, 1), QDate(2024, 1, 31)}, 365);
    QVERIFY(jan[size_t(KpiId::GrossMargin)].warning.isEmpty());
    QCOMPARE(jan[size_t(KpiId::CostCoverage)].value, 1.0);
}

void TestKpis::returningCustomersZeroSaysWhy()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const KpiCustomerFacts facts = buildKpiCustomerFacts(s, filter);
    // February 2024: c0 bought in January, so one customer returns and the 1 needs no reason.
    const std::vector<KpiValue> feb = computeKpis(s, filter, facts, kFeb2024, 365);
    QCOMPARE(feb[size_t(KpiId::ReturningCustomers)].value, 1.0);
    QVERIFY(feb[size_t(KpiId::ReturningCustomers)].warning.isEmpty());
    // All of the data: every buyer's first purchase is in the period, so 0 returning, and the tile says why.
    const std::vector<KpiValue> all =
        computeKpis(s, filter, facts, Period{QDate(2000, 1, 1), QDate(2030, 12, 31)}, 365);
    const KpiValue &returning = all[size_t(KpiId::ReturningCustomers)];
    const double buying = all[size_t(KpiId::BuyingCustomers)].value;
    QVERIFY(buying > 0);
    QCOMPARE(returning.value, 0.0);
    QVERIFY2(returning.warning.contains(QString::number(qint64(buying))), qPrintable(returning.warning));
}

void TestKpis::comparisonPrevious()
{
    auto s = std::make_shared<const Snapshot>(shop());
    Query q;
    q.period = kFeb2024;
    q.comparison = Comparison::PreviousPeriod;
    auto report = computeKpiReport(s, q, resolveFilter(*s, Filter()));
    QVERIFY(report.ok());
    // 29 days ending 2024-01-31
    QCOMPARE(report->comparisonPeriod.from, QDate(2024, 1, 3));
    QCOMPARE(report->comparisonPeriod.to, QDate(2024, 1, 31));
    const KpiComparison &net = report->kpi(KpiId::NetSales);
    // previous: o2 alone, 10.00
    QCOMPARE(net.comparison.money.units(), 10 * kUnit);
    QCOMPARE(net.absoluteMoneyChange.units(), qint64(275000));
    QVERIFY(net.hasRelativeChange);
    QCOMPARE(net.relativeChange, 2.75);
    QCOMPARE(net.assessment, ChangeAssessment::Good);
    // returns 0 → 10: relative change has no data; up is bad for returns
    const KpiComparison &returns = report->kpi(KpiId::Returns);
    QVERIFY(returns.hasChange);
    QVERIFY(!returns.hasRelativeChange);
    QCOMPARE(returns.good, GoodDirection::Down);
    QCOMPARE(returns.assessment, ChangeAssessment::Bad);
    // discounts 0 → 1.5: neutral
    QCOMPARE(report->kpi(KpiId::Discounts).assessment, ChangeAssessment::Neutral);
    // previous period: c0's first purchase 2024-01-10 makes c0 new there
    QCOMPARE(report->kpi(KpiId::NewCustomers).comparison.value, 1.0);
}

void TestKpis::comparisonYearEarlierFromLeapDay()
{
    auto s = std::make_shared<const Snapshot>(shop());
    Query q;
    q.period = Period{QDate(2024, 2, 15), QDate(2024, 2, 29)};
    q.comparison = Comparison::SamePeriodLastYear;
    auto report = computeKpiReport(s, q, resolveFilter(*s, Filter()));
    QVERIFY(report.ok());
    // 2024-02-29 shifted back one year is 2023-02-28
    QCOMPARE(report->comparisonPeriod.from, QDate(2023, 2, 15));
    QCOMPARE(report->comparisonPeriod.to, QDate(2023, 2, 28));
    // current: o5 7.5 + o6 4 − return 10 = 1.5; last year: nothing between 15 and 28 February 2023
    QCOMPARE(report->kpi(KpiId::NetSales).current.money.units(), qint64(15000));
    QCOMPARE(report->kpi(KpiId::NetSales).comparison.money.units(), qint64(0));
    QVERIFY(!report->kpi(KpiId::NetSales).hasRelativeChange);
    QVERIFY(!report->kpi(KpiId::YoyGrowth).current.hasData);
}

void TestKpis::noDataReasons()
{
    Snapshot s = shop();
    s.traffic.clear();
    s.staffing.clear();
    s.inventory.clear();
    s.marketing.clear();
    std::fill(s.lineCost.begin(), s.lineCost.end(), kUnknownCost);
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365);
    for (KpiId id :
         {KpiId::Cogs, KpiId::GrossMargin, KpiId::GrossMarginPercent, KpiId::SalesPerEmployee,
          KpiId::ConversionRate, KpiId::InventoryTurnover, KpiId::Gmroi, KpiId::Cac, KpiId::ClvToCac}) {
        QVERIFY2(!v[size_t(id)].hasData, qPrintable(kpiKey(id)));
        QVERIFY2(!v[size_t(id)].noDataReason.isEmpty(), qPrintable(kpiKey(id)));
        QCOMPARE(v[size_t(id)].value, 0.0);
    }
    QVERIFY(v[size_t(KpiId::ConversionRate)].noDataReason.contains(QLatin1String("traffic")));
    QVERIFY(v[size_t(KpiId::Cac)].noDataReason.contains(QLatin1String("marketing")));
}

// January 2023: c2 buys on the 15th, but the year ending with the period (2022-02-01 .. 2023-01-31) starts
// with no customer (nobody bought in the 365 days before it): S = 0, so there is no churn rate at all, which
// is not a churn rate of 0.
void TestKpis::predictiveClvWithoutCustomersAtTheStart()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter),
                                                Period{QDate(2023, 1, 1), QDate(2023, 1, 31)}, 365);
    const KpiValue &clv = v[size_t(KpiId::PredictiveClv)];
    QVERIFY(!clv.hasData);
    QVERIFY2(clv.noDataReason.contains(QLatin1String("No one was a customer at the start")),
             qPrintable(clv.noDataReason));
    QVERIFY(!clv.noDataReason.contains(QLatin1String("is 0")));
}

void TestKpis::channelCac()
{
    const Snapshot s = shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    std::vector<KpiReport::ChannelCac> cac;
    computeKpis(s, filter, buildKpiCustomerFacts(s, filter), kFeb2024, 365, &cac);
    QCOMPARE(cac.size(), size_t(2));
    // In store: 290 of spend, no new customer whose first order was in store
    QCOMPARE(cac[0].channel, QStringLiteral("In store"));
    QCOMPARE(cac[0].spend.units(), 290 * kUnit);
    QVERIFY(!cac[0].hasData);
    // Web: 100 for c1
    QCOMPARE(cac[1].channel, QStringLiteral("Web"));
    QCOMPARE(cac[1].newCustomers, qint64(1));
    QCOMPARE(cac[1].cac.units(), 100 * kUnit);
}

void TestKpis::defaultPeriodAndWarnings()
{
    auto s = std::make_shared<const Snapshot>(shop());
    Query q; // default period: as-of 2024-02-29 → [2023-03-01, 2024-02-29]
    auto report = computeKpiReport(s, q, resolveFilter(*s, Filter()));
    QVERIFY(report.ok());
    QCOMPARE(report->asOf, QDate(2024, 2, 29));
    QCOMPARE(report->period.from, QDate(2023, 3, 1));
    // previous: the 366 days ending 2023-02-28 start 2022-02-28; data from 2023-01-15: 17 + 28 = 45 days
    QCOMPARE(report->comparisonPeriod.from, QDate(2022, 2, 28));
    bool sawComparison = false;
    for (const DataCoverageWarning &w : report->warnings) {
        if (w.kind == DataCoverageWarning::Kind::ComparisonPeriod) {
            sawComparison = true;
            QCOMPARE(w.daysWithData, qint64(45));
        }
    }
    QVERIFY(sawComparison);
}

void TestKpis::jsonFields()
{
    auto s = std::make_shared<const Snapshot>(shop());
    Query q;
    q.period = kFeb2024;
    auto report = computeKpiReport(s, q, resolveFilter(*s, Filter()));
    QVERIFY(report.ok());
    const QJsonObject json = kpiReportToJson(report.value());
    QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2024-02-01"));
    const QJsonArray kpis = json.value(QStringLiteral("kpis")).toArray();
    QCOMPARE(kpis.size(), qsizetype(kKpiCount));
    const QJsonObject aov = kpis.at(int(KpiId::AverageOrderValue)).toObject();
    QCOMPARE(aov.value(QStringLiteral("key")).toString(), QStringLiteral("aov"));
    QCOMPARE(aov.value(QStringLiteral("value")).toDouble(), 11.875);
    // previous AOV 10 → change 1.875, relative 0.1875
    QCOMPARE(aov.value(QStringLiteral("change")).toDouble(), 1.875);
    QCOMPARE(aov.value(QStringLiteral("relative_change")).toDouble(), 0.1875);
    QCOMPARE(aov.value(QStringLiteral("good")).toString(), QStringLiteral("up"));
    const QJsonObject churn = kpis.at(int(KpiId::ChurnRate)).toObject();
    QCOMPARE(churn.value(QStringLiteral("good")).toString(), QStringLiteral("down"));
    QCOMPARE(churn.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("S")).toDouble(), 1.0);
    const QJsonObject yoyPrev = kpis.at(int(KpiId::YoyGrowth)).toObject();
    // the previous period's year-earlier range [2023-01-03, 2023-01-31] has data on 17 of its 29 days (from
    // 2023-01-15), under 90 %: no growth is shown for it (coverage rule), only the reason
    QVERIFY(yoyPrev.value(QStringLiteral("comparison")).isNull());
}

// Trial 21b: October's average order value was 9,980.05 ÷ 227 = 43.964978, kept as 43.9650 and shown
// as 43.97. 226 orders of 43.96 and one of 45.09 make the same: the value is 43.9649, 43.96 on the screen.
void TestKpis::averageRoundsOnceForTheScreen()
{
    Snapshot s;
    s.revision = 1;
    s.stores = {QStringLiteral("Shop")};
    s.channels = {QStringLiteral("In store")};
    s.categories = {QStringLiteral("Goods")};
    s.skus = {QStringLiteral("P0")};
    s.productNames = {QStringLiteral("Plate")};
    s.productCategory = {0};
    std::vector<Line> lines;
    for (int o = 0; o < 227; ++o) {
        s.orderIds.append(QStringLiteral("r%1").arg(o));
        lines.push_back(
            {QDate(2026, 10, 1 + o % 31), o, -1, kOne, o == 0 ? 450900 : 439600, 0, kUnknownCost, 0, 0, 0});
    }
    addLines(s, lines);
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> v = computeKpis(s, filter, buildKpiCustomerFacts(s, filter),
                                                Period{QDate(2026, 10, 1), QDate(2026, 10, 31)}, 365);
    QCOMPARE(v[size_t(KpiId::Orders)].value, 227.0);
    QCOMPARE(qRound64(v[size_t(KpiId::AverageOrderValue)].value * 10000), qint64(439649));
    // An average exactly on a half cent stays there: 2 orders of 0.125 in all.
    QCOMPARE(storelens::core::divideToMoneyUnits(2500, 2), qint64(1250));
    QCOMPARE(storelens::core::divideToMoneyUnits(-99800500, 227), qint64(-439649));
}

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
