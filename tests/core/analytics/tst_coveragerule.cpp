#include "KpiFixture.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiJson.h"
#include "core/analytics/kpi/PeriodSentence.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

// METRICS.md section 1 (coverage rule, partial periods) and section 3 (kept and reactivated customers).
using namespace storelens::core::analytics;
using namespace kpifixture;

namespace {

// One store, one channel, one product; customers c0..c4. `sales` are (day, customer, price in units).
Snapshot store(const std::vector<std::tuple<QDate, int, int>> &sales)
{
    Snapshot s;
    s.revision = 1;
    s.stores = {QStringLiteral("North")};
    s.channels = {QStringLiteral("In store")};
    s.skus = {QStringLiteral("P0")};
    s.productNames = {QStringLiteral("Bread")};
    s.productCategory = {-1};
    s.customers = {customer("c0", -1), customer("c1", -1), customer("c2", -1), customer("c3", -1),
                   customer("c4", -1)};
    std::vector<Line> lines;
    int order = 0;
    for (const auto &[day, who, price] : sales) {
        s.orderIds.append(QStringLiteral("o%1").arg(order));
        lines.push_back({day, order++, who, kOne, price * kUnit, 0, kUnknownCost, 0, 0, 0});
    }
    addLines(s, lines);
    return s;
}

KpiReport report(const Snapshot &snapshot, const Query &query)
{
    auto s = std::make_shared<const Snapshot>(snapshot);
    storelens::core::Result<KpiReport> r = computeKpiReport(s, query, resolveFilter(*s, Filter()));
    if (!r.ok())
        qFatal("computeKpiReport failed: %s", qPrintable(r.error().message()));
    return r.value();
}

// P = 2024-01-01 .. 2024-04-09 (100 days); the previous period is 2023-09-23 .. 2023-12-31 (100 days).
const Period kHundredDays{QDate(2024, 1, 1), QDate(2024, 4, 9)};

} // namespace

class TestCoverageRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void comparisonCoverage_data();
    void comparisonCoverage();
    void yearOverYearNeedsAComparableYear();
    void emptyComparisonSaysNoData();
    void retentionAboveHundredExplainsItself();
    void lookBackBelowNinetyPercent();
    void partialPeriodIsLikeForLike();
    void partialMonthAgainstTheSameDaysOfTheMonthBefore_data();
    void partialMonthAgainstTheSameDaysOfTheMonthBefore();
    void noComparison();
    void jsonFields();
    void periodSentence_data();
    void periodSentence();
    void periodSentenceReadsTheReport();
    void germanPeriodSentence_data();
    void germanPeriodSentence();
};

void TestCoverageRule::comparisonCoverage_data()
{
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<bool>("comparable");
    QTest::addColumn<QString>("warning");

    // The previous period starts 2023-09-23; data from 2023-10-04 leaves 89 of its 100 days.
    QTest::newRow("89 % covered: not comparable")
        << QDate(2023, 10, 4) << false
        << QStringLiteral(
               "The previous period holds only 89 of its 100 days of data, so no change is shown.");
    QTest::newRow("90 % covered: comparable") << QDate(2023, 10, 3) << true << QString();
    QTest::newRow("100 % covered: comparable") << QDate(2023, 9, 23) << true << QString();
}

void TestCoverageRule::comparisonCoverage()
{
    QFETCH(QDate, firstDay);
    QFETCH(bool, comparable);
    QFETCH(QString, warning);

    // 40.00 on the first day (previous period), 100.00 in P, and the as-of date 2024-04-09.
    const Snapshot s = store({{firstDay, 0, 40}, {QDate(2024, 2, 1), 0, 90}, {QDate(2024, 4, 9), 1, 10}});
    Query q;
    q.period = kHundredDays;
    q.comparison = Comparison::PreviousPeriod;
    const KpiReport r = report(s, q);
    const KpiComparison &net = r.kpi(KpiId::NetSales);
    QCOMPARE(net.current.money.units(), 100 * kUnit);
    // The comparison's value is still there; only the change goes.
    QCOMPARE(net.comparison.money.units(), 40 * kUnit);
    QCOMPARE(net.comparable, comparable);
    QCOMPARE(net.hasChange, comparable);
    QCOMPARE(net.hasRelativeChange, comparable);
    QCOMPARE(net.assessment, comparable ? ChangeAssessment::Good : ChangeAssessment::Unchanged);
    QCOMPARE(net.warning, warning);
    // Every KPI follows the same comparison.
    QCOMPARE(r.kpi(KpiId::Orders).comparable, comparable);
}

void TestCoverageRule::yearOverYearNeedsAComparableYear()
{
    // A year and nine days of history (2023-04-01 .. 2024-04-09). The default period 2023-04-10 .. 2024-04-09
    // is compared with 2022-04-10 .. 2023-04-09 (365 days), which holds data on 9 of them.
    const Snapshot s =
        store({{QDate(2023, 4, 1), 0, 5}, {QDate(2023, 4, 9), 0, 5}, {QDate(2024, 4, 9), 1, 100}});
    Query q; // the default period: 2023-04-10 .. 2024-04-09
    q.comparison = Comparison::SamePeriodLastYear;
    const KpiReport r = report(s, q);
    QCOMPARE(r.period.from, QDate(2023, 4, 10));
    QCOMPARE(r.comparisonPeriod.from, QDate(2022, 4, 10));
    const KpiComparison &net = r.kpi(KpiId::NetSales);
    QVERIFY(!net.comparable);
    QVERIFY(!net.hasRelativeChange);
    // 2023-04-01 .. 2023-04-09 are the comparison period's days with data.
    QCOMPARE(
        net.warning,
        QStringLiteral("The same period a year earlier holds only 9 of its 365 days of data, so no change is "
                       "shown."));
    const KpiComparison &growth = r.kpi(KpiId::YoyGrowthRate);
    QVERIFY(!growth.current.hasData);
    QCOMPARE(
        growth.current.noDataReason,
        QStringLiteral("The same period a year earlier holds only 9 of its 365 days of data, so no change is "
                       "shown."));
}

void TestCoverageRule::emptyComparisonSaysNoData()
{
    // Data only from 2024-01-01: the year before the default period (2023-04-10 .. 2024-04-09) lies wholly
    // before it, so its note says it has no data instead of "0 of its 366 days".
    const Snapshot s = store({{QDate(2024, 1, 1), 0, 5}, {QDate(2024, 4, 9), 1, 100}});
    Query q;
    q.comparison = Comparison::SamePeriodLastYear;
    const KpiReport r = report(s, q);
    const KpiComparison &net = r.kpi(KpiId::NetSales);
    QVERIFY(!net.comparable);
    QCOMPARE(net.warning,
             QStringLiteral("The same period a year earlier has no data, so no change is shown."));
    q.comparison = Comparison::PreviousPeriod;
    QCOMPARE(report(s, q).kpi(KpiId::NetSales).warning,
             QStringLiteral("The previous period has no data, so no change is shown."));
}

void TestCoverageRule::retentionAboveHundredExplainsItself()
{
    // P = March 2024, W = 30: S counts sales in 2024-01-31 .. 2024-02-29, E in 2024-03-02 .. 2024-03-31.
    //   c0: 2024-02-15 and 2024-03-10 (kept)      c3: 2024-02-20 only (churned)
    //   c1: 2023-06-01 and 2024-03-12 (reactivated) c4: 2023-07-01 and 2024-03-15 (reactivated)
    //   c2: first sale 2024-03-20 (new)
    // S = 2, E = 4, N = 1: retention (4 − 1) ÷ 2 = 150 %, churn 1 ÷ 2, kept 1 ÷ 2, reactivated 2.
    const Snapshot s = store({{QDate(2023, 6, 1), 1, 1},
                              {QDate(2023, 7, 1), 4, 1},
                              {QDate(2024, 2, 15), 0, 1},
                              {QDate(2024, 2, 20), 3, 1},
                              {QDate(2024, 3, 10), 0, 1},
                              {QDate(2024, 3, 12), 1, 1},
                              {QDate(2024, 3, 15), 4, 1},
                              {QDate(2024, 3, 20), 2, 1},
                              {QDate(2024, 3, 31), 2, 1}});
    Query q;
    q.period = Period{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    q.activityWindowDays = 30;
    const KpiReport r = report(s, q);
    const KpiComparison &retention = r.kpi(KpiId::RetentionRate);
    QCOMPARE(retention.current.value, 1.5);
    QCOMPARE(r.kpi(KpiId::ChurnRate).current.value, 0.5);
    QCOMPARE(r.kpi(KpiId::KeptCustomers).current.value, 0.5);
    QCOMPARE(r.kpi(KpiId::ReactivatedCustomers).current.value, 2.0);
    QCOMPARE(r.kpi(KpiId::BuyingCustomers).current.value, 4.0);
    QCOMPARE(retention.current.input(QStringLiteral("reactivated")), 2.0);
    QCOMPARE(
        retention.warning,
        QStringLiteral("Above 100 %: the formula (E − N) ÷ S also counts the 2 reactivated customers, who "
                       "had lapsed and came back; 1 of the 2 customers at the start were kept."));
}

void TestCoverageRule::lookBackBelowNinetyPercent()
{
    // Data from 2023-06-01; P = March 2024 with W = 365: the look-back 2023-03-02 .. 2024-02-29 holds
    // 2023-06-01 .. 2024-02-29 = 274 of its 365 days (75 %).
    const Snapshot s =
        store({{QDate(2023, 6, 1), 0, 10}, {QDate(2024, 2, 1), 0, 10}, {QDate(2024, 3, 10), 0, 10}});
    Query q;
    q.period = Period{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    q.comparison = Comparison::PreviousPeriod;
    const KpiReport r = report(s, q);
    for (KpiId id : {KpiId::RetentionRate, KpiId::ChurnRate, KpiId::KeptCustomers}) {
        const KpiComparison &k = r.kpi(id);
        QVERIFY2(!k.comparable, qPrintable(kpiKey(id)));
        QCOMPARE(k.assessment, ChangeAssessment::Unchanged);
        QVERIFY2(k.warning.startsWith(QStringLiteral("The look-back window holds only 274 of its 365 days")),
                 qPrintable(k.warning));
    }
    // Sales KPIs rest on no window: the previous period 2024-01-31 .. 2024-02-29 is wholly covered.
    QVERIFY(r.kpi(KpiId::NetSales).comparable);
    QVERIFY(r.kpi(KpiId::NetSales).hasChange);
}

void TestCoverageRule::partialPeriodIsLikeForLike()
{
    // March 2024 asked for while the data end on 2024-03-10: March to date against 2023-03-01 .. 2023-03-10.
    //   year before: 1.00 (03-01) + 10.00 (03-05) = 11.00; 50.00 on 2023-03-20 lies beyond the cut.
    //   March to date: 20.00 + 5.00 = 25.00; change +14.00.
    const Snapshot s = store({{QDate(2023, 3, 1), 0, 1},
                              {QDate(2023, 3, 5), 0, 10},
                              {QDate(2023, 3, 20), 1, 50},
                              {QDate(2024, 3, 4), 0, 20},
                              {QDate(2024, 3, 10), 1, 5}});
    Query q;
    q.period = Period{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    q.comparison = Comparison::SamePeriodLastYear;
    const KpiReport r = report(s, q);
    QCOMPARE(r.requestedPeriod.to, QDate(2024, 3, 31));
    QCOMPARE(r.period.to, QDate(2024, 3, 10));
    QCOMPARE(r.comparisonPeriod.from, QDate(2023, 3, 1));
    QCOMPARE(r.comparisonPeriod.to, QDate(2023, 3, 10));
    const KpiComparison &net = r.kpi(KpiId::NetSales);
    QCOMPARE(net.current.money.units(), 25 * kUnit);
    QCOMPARE(net.comparison.money.units(), 11 * kUnit);
    QCOMPARE(net.absoluteMoneyChange.units(), 14 * kUnit);
    QVERIFY(net.comparable);
    QCOMPARE(
        storelens::core::analytics::periodSentence(r, QLocale(QLocale::English, QLocale::UnitedKingdom)),
        QStringLiteral("Figures for 01/03/2024 – 10/03/2024 (the period to date), compared with the same "
                       "days a year earlier (01/03/2023 – 10/03/2023)."));
}

void TestCoverageRule::noComparison()
{
    const Snapshot s = store({{QDate(2023, 1, 1), 0, 10}, {QDate(2024, 3, 10), 0, 10}});
    Query q;
    q.comparison = Comparison::None;
    const KpiReport r = report(s, q);
    QVERIFY(!r.kpi(KpiId::NetSales).comparable);
    QVERIFY(!r.kpi(KpiId::NetSales).hasChange);
    QVERIFY(r.kpi(KpiId::NetSales).warning.isEmpty());
}

void TestCoverageRule::jsonFields()
{
    const Snapshot s = store({{QDate(2023, 10, 4), 0, 40}, {QDate(2024, 4, 9), 1, 10}});
    Query q;
    q.period = kHundredDays;
    const QJsonObject json = kpiReportToJson(report(s, q));
    QCOMPARE(json.value(QStringLiteral("to_date")).toBool(true), false);
    bool seenNet = false;
    bool seenBuying = false;
    for (const QJsonValue &v : json.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        QVERIFY2(k.contains(QStringLiteral("comparable")),
                 qPrintable(k.value(QStringLiteral("key")).toString()));
        QVERIFY(k.contains(QStringLiteral("warning")));
        const QString key = k.value(QStringLiteral("key")).toString();
        seenBuying = seenBuying || key == QStringLiteral("buying_customers");
        QVERIFY(key != QStringLiteral("active_customers"));
        if (key != QStringLiteral("net_sales"))
            continue;
        seenNet = true;
        QCOMPARE(k.value(QStringLiteral("comparable")).toBool(true), false);
        QVERIFY(k.value(QStringLiteral("change")).isNull());
        QVERIFY(k.value(QStringLiteral("relative_change")).isNull());
        QCOMPARE(k.value(QStringLiteral("warning")).toString(),
                 QStringLiteral("The previous period holds only 89 of its 100 days of data, so no change is "
                                "shown."));
    }
    QVERIFY(seenNet);
    QVERIFY(seenBuying);
}

void TestCoverageRule::partialMonthAgainstTheSameDaysOfTheMonthBefore_data()
{
    QTest::addColumn<QDate>("askedFrom");
    QTest::addColumn<QDate>("askedTo");
    QTest::addColumn<QDate>("comparisonFrom");
    QTest::addColumn<QDate>("comparisonTo");
    QTest::addColumn<int>("comparisonUnits");

    // The data end on 2024-03-10 and start on 2024-01-05. Sales (units): 2024-01-05 c2 2, 2024-01-10 c2 6,
    // 2024-02-01 c0 3, 2024-02-10 c1 4, 2024-02-11 c0 100, 2024-03-04 c0 20, 2024-03-10 c1 5.
    // March asked for, computed 1-10 March: against 1-10 February = 3 + 4 = 7 (the 100 of 11 February lies
    // beyond the cut). The period of the same length before March (30 Jan - 29 Feb) cut to 10 days would be
    // 30 Jan - 8 Feb instead: not the same days.
    QTest::newRow("month to date against the same days of the month before")
        << QDate(2024, 3, 1) << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 10) << 7;
    // February and March asked for, computed 1 Feb - 10 Mar: the two months before, to the same day of the
    // month, are 1 Dec 2023 - 10 Jan 2024 = 2 + 6 = 8.
    QTest::newRow("two whole months to date against the two months before")
        << QDate(2024, 2, 1) << QDate(2024, 3, 31) << QDate(2023, 12, 1) << QDate(2024, 1, 10) << 8;
}

void TestCoverageRule::partialMonthAgainstTheSameDaysOfTheMonthBefore()
{
    QFETCH(QDate, askedFrom);
    QFETCH(QDate, askedTo);
    QFETCH(QDate, comparisonFrom);
    QFETCH(QDate, comparisonTo);
    QFETCH(int, comparisonUnits);
    std::vector<std::tuple<QDate, int, int>> sales{{QDate(2024, 1, 5), 2, 2}, {QDate(2024, 1, 10), 2, 6}};
    sales.insert(sales.end(), {{QDate(2024, 2, 1), 0, 3}, {QDate(2024, 2, 10), 1, 4}});
    sales.insert(sales.end(), {{QDate(2024, 2, 11), 0, 100}, {QDate(2024, 3, 4), 0, 20}});
    sales.push_back({QDate(2024, 3, 10), 1, 5});
    const Snapshot s = store(sales);
    Query q;
    q.period = Period{askedFrom, askedTo};
    q.comparison = Comparison::PreviousPeriod;
    const KpiReport r = report(s, q);
    QCOMPARE(r.period.from, askedFrom);
    QCOMPARE(r.period.to, QDate(2024, 3, 10));
    QCOMPARE(r.comparisonPeriod.from, comparisonFrom);
    QCOMPARE(r.comparisonPeriod.to, comparisonTo);
    const KpiComparison &net = r.kpi(KpiId::NetSales);
    QCOMPARE(net.comparison.money.units(), comparisonUnits * kUnit);
}

void TestCoverageRule::periodSentence_data()
{
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<QString>("expected");

    QTest::newRow("89 % covered: too little data")
        << QDate(2023, 10, 4) << int(Comparison::PreviousPeriod)
        << QStringLiteral("Figures for 01/01/2024 – 09/04/2024; the period before (23/09/2023 – 31/12/2023) "
                          "holds too little data to compare with, so no changes are shown.");
    QTest::newRow("wholly covered")
        << QDate(2023, 9, 23) << int(Comparison::PreviousPeriod)
        << QStringLiteral(
               "Figures for 01/01/2024 – 09/04/2024, compared with the period just before (23/09/2023 "
               "– 31/12/2023).");
    // The period is every day with data (the All time preset, which asks for no comparison).
    QTest::newRow("all time") << QDate(2024, 1, 1) << int(Comparison::None)
                              << QStringLiteral("Figures for all your data, 01/01/2024 – 09/04/2024, with "
                                                "no comparison: there is no earlier data to compare with.");
    QTest::newRow("no comparison") << QDate(2023, 9, 23) << int(Comparison::None)
                                   << QStringLiteral(
                                          "Figures for 01/01/2024 – 09/04/2024, with no comparison.");
}

void TestCoverageRule::periodSentence()
{
    QFETCH(QDate, firstDay);
    QFETCH(int, comparison);
    QFETCH(QString, expected);
    const Snapshot s = store({{firstDay, 0, 40}, {QDate(2024, 4, 9), 1, 10}});
    Query q;
    q.period = kHundredDays;
    q.comparison = Comparison(comparison);
    const KpiReport r = report(s, q);
    // The sentence follows the report's own comparable flag, which the engine sets with its reason.
    QCOMPARE(r.comparable, expected.contains(QStringLiteral("compared with")));
    QCOMPARE(r.notComparableReason.isEmpty(), !expected.contains(QStringLiteral("too little data")));
    QCOMPARE(storelens::core::analytics::periodSentence(r, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             expected);
}

void TestCoverageRule::periodSentenceReadsTheReport()
{
    // A fully covered comparison period that the report marks not comparable: the sentence does not work
    // comparability out again, it reads the report.
    const Snapshot s = store({{QDate(2023, 9, 23), 0, 40}, {QDate(2024, 4, 9), 1, 10}});
    Query q;
    q.period = kHundredDays;
    KpiReport r = report(s, q);
    QVERIFY(r.comparable);
    r.comparable = false;
    QCOMPARE(storelens::core::analytics::periodSentence(r, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("Figures for 01/01/2024 – 09/04/2024; the period before (23/09/2023 – "
                            "31/12/2023) holds too little data to compare with, so no changes are shown."));
}

void TestCoverageRule::germanPeriodSentence_data()
{
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QString>("expected");
    // Every date of the sentence in one format, German's short one with a four-digit year (never "1 Okt.
    // 2025" beside "01.10.2025"), the words from the German translation.
    QTest::newRow("89 % covered") << QDate(2023, 10, 4)
                                  << QStringLiteral(
                                         "Zahlen für 01.01.2024 – 09.04.2024; der vorherige Zeitraum "
                                         "(23.09.2023 – 31.12.2023) enthält zu wenige Daten für einen "
                                         "Vergleich, daher werden keine Veränderungen angezeigt.");
    QTest::newRow("wholly covered") << QDate(2023, 9, 23)
                                    << QStringLiteral(
                                           "Zahlen für 01.01.2024 – 09.04.2024, verglichen mit dem "
                                           "unmittelbar vorherigen Zeitraum (23.09.2023 – 31.12.2023).");
}

void TestCoverageRule::germanPeriodSentence()
{
    QFETCH(QDate, firstDay);
    QFETCH(QString, expected);
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/storelens_de.qm")));
    QCoreApplication::installTranslator(&german);
    const Snapshot s = store({{firstDay, 0, 40}, {QDate(2024, 4, 9), 1, 10}});
    Query q;
    q.period = kHundredDays;
    q.comparison = Comparison::PreviousPeriod;
    const QString sentence =
        storelens::core::analytics::periodSentence(report(s, q), QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(sentence, expected);
}

QTEST_GUILESS_MAIN(TestCoverageRule)
#include "tst_coveragerule.moc"
