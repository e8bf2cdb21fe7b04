#include "common/SampleFixture.h"
#include "common/WorkspaceFixture.h"
#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::session;
using storelens::test::exec;

Q_DECLARE_METATYPE(storelens::core::analytics::Period)

namespace {

SegmentRule bigSpenders()
{
    SegmentRule rule;
    RuleGroup group;
    group.conditions.push_back(
        RuleCondition{RuleField::NetSales, RuleOperator::Greater, {QStringLiteral("300")}});
    rule.addGroup(group);
    return rule;
}

TaskControl cancelledControl()
{
    return TaskControl{[] { return true; }, {}};
}

// The query of a row of addFilterRows().
Query fetchFilterQuery()
{
    QFETCH(QStringList, channels);
    QFETCH(QString, segment);
    Query query;
    query.filter.channels = channels;
    query.filter.segment = segment;
    return query;
}

// A series as text, "missing" where a month has no data (NaN), so QCOMPARE can show both sides.
QStringList seriesText(const std::vector<double> &values)
{
    QStringList text;
    for (double v : values)
        text.append(std::isnan(v) ? QStringLiteral("missing") : QString::number(v));
    return text;
}

const std::vector<uint8_t> *maskOf(const ResolvedFilter &filter)
{
    return filter.allLines ? nullptr : &filter.lineMask;
}

} // namespace

// Every analysis of the WorkspaceSession: figures worked out by hand on a small workspace, and on a sample
// store the same numbers as the building blocks the views used before (the filter resolved on its own
// connection, the customer base built afresh), for each kind of filter.
class TestWorkspaceSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overviewByHand();
    void yearOverYearMonthsWithoutDataAreMissing_data();
    void yearOverYearMonthsWithoutDataAreMissing();
    void overviewMatchesTheEngine_data();
    void overviewMatchesTheEngine();
    void overviewReadsEachPeriodOnce_data();
    void overviewReadsEachPeriodOnce();
    void cohortsMatchTheMatrix_data();
    void cohortsMatchTheMatrix();
    void segmentsMatchTheCustomerBase_data();
    void segmentsMatchTheCustomerBase();
    void customersListThePopulation_data();
    void customersListThePopulation();
    void customerProfileMatches();
    void predictionsMatchTheModels();
    void filterChoicesListTheDimensions();
    void reportSharesTheOverview();
    void queriesResolveOnce();
    void openEndedPeriodEndsAtTheAsOfDate_data();
    void openEndedPeriodEndsAtTheAsOfDate();
    void resolvedQueriesGiveTheSameResults();
    void segmentRowsByName_data();
    void segmentRowsByName();
    void clvFitsAreKeptPerFilter();
    void clvFitsAreKeptPerOptions();
    void settingsWritesReachTheAnalyses();
    void unknownSegmentIsNotFound();
    void explainBySavedSegment();
    void explainEachMatchesExplain();
    void cancelledAnalysesStop();
    void predictionsNameTheModel();
    void predictionsCancelDuringTheFit_data();
    void predictionsCancelDuringTheFit();

private:
    void addFilterRows();

    QTemporaryDir m_dir;
    QString m_small;
    QString m_sample;
    std::unique_ptr<WorkspaceSession> m_session;
    SnapshotPtr m_snapshot;
};

void TestWorkspaceSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = m_dir.filePath(QStringLiteral("small.storelens"));
    QVERIFY(Workspace::open(m_small).ok());
    {
        Connection c(m_small);
        // A: 2024-03-05, c1, 2 × 10.00 on the web = 20.00; B: 2024-03-20, a guest, 1 × 5.00 in store = 5.00;
        // C: 2023-03-10, c1, 1 × 8.00 on the web = 8.00 (a year earlier); D: 2024-04-02, c2, 3 × 10.00 in
        // store = 30.00.
        QVERIFY(
            exec(c.db(), {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'North')"),
                          QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'In store'), (2, 'Web')"),
                          QStringLiteral("INSERT INTO customers(id, external_id) VALUES(1, 'c1'), (2, 'c2')"),
                          QStringLiteral("INSERT INTO products(id, sku, category) VALUES(1, 'P1', 'Food')"),
                          storelens::test::insertOrderLines({
                              {QStringLiteral("A"), QDate(2024, 3, 5), 1, 2000, 100000, 1, 2},
                              {QStringLiteral("B"), QDate(2024, 3, 20), 0, 1000, 50000, 1, 1},
                              {QStringLiteral("C"), QDate(2023, 3, 10), 1, 1000, 80000, 1, 2},
                              {QStringLiteral("D"), QDate(2024, 4, 2), 2, 3000, 100000, 1, 1},
                          })}));
    }
    m_sample = m_dir.filePath(QStringLiteral("sample.storelens"));
    QVERIFY(storelens::test::writeSample(m_sample, 400, 2).ok());
    {
        Connection c(m_sample);
        QVERIFY(SegmentStore::save(c.db(), QStringLiteral("Big spenders"), bigSpenders()).ok());
    }
    m_session = std::make_unique<WorkspaceSession>(m_sample);
    auto snapshot = loadSnapshot(m_sample);
    QVERIFY(snapshot.ok());
    m_snapshot = snapshot.value();
}

void TestWorkspaceSession::overviewByHand()
{
    WorkspaceSession session(m_small);
    Query query;
    query.period = Period{QDate(2024, 3, 1), QDate(2024, 4, 30)};
    query.comparison = Comparison::None;
    const auto result = session.overview(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const OverviewResult &o = *result.value();
    // Net sales 20 + 5 + 30 = 55.00 in three orders; C lies before the period.
    QCOMPARE(o.kpis.kpi(KpiId::NetSales).current.money.units(), qint64(550000));
    QCOMPARE(o.kpis.kpi(KpiId::Orders).current.value, 3.0);
    // The period asked for ends after the as-of date (2024-04-02, D): it is computed to date, 1 March to
    // 2 April (METRICS.md section 1, "Partial periods"); 33 days: daily buckets on screen and in the report.
    QCOMPARE(o.kpis.requestedPeriod.to, QDate(2024, 4, 30));
    QCOMPARE(o.kpis.period.to, QDate(2024, 4, 2));
    QCOMPARE(int(o.series.grain), int(Grain::Day));
    QCOMPARE(o.comparisonSeries.buckets.size(), size_t(0));
    // March 25.00 (A + B) against March 2023's 8.00 (C); April 30.00 (D) against nothing.
    QCOMPARE(o.months, (std::vector<QDate>{QDate(2024, 3, 1), QDate(2024, 4, 1)}));
    QCOMPARE(o.monthlyNet, (std::vector<double>{25.0, 30.0}));
    QCOMPARE(o.monthlyNetYearEarlier, (std::vector<double>{8.0, 0.0}));
    QCOMPARE(o.breakdowns.size(), size_t(5));
    // By channel: in store 35.00 (B + D) first, the web 20.00.
    QCOMPARE(o.breakdowns[1].rows.at(0).label, QStringLiteral("In store"));
}

void TestWorkspaceSession::yearOverYearMonthsWithoutDataAreMissing_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QStringList>("thisYear");
    QTest::addColumn<QStringList>("yearEarlier");
    const QString missing = QStringLiteral("missing");
    // The small workspace's data run from 2023-03-10 (C, 8.00) to 2024-04-02 (D). February 2023 lies wholly
    // before the first day: missing, not a month without sales. A year earlier, February 2022 to February
    // 2023 are missing; March 2023 (C) and April 2023's first two days (no sale: 0) are covered. April 2023
    // to February 2024 are covered and without sales: 0. 15 months, so the trend is monthly.
    QStringList earlier;
    for (int i = 0; i < 13; ++i)
        earlier.append(missing);
    QTest::newRow("15 months from before the first day (monthly trend)")
        << Period{QDate(2023, 2, 1), QDate(2024, 4, 2)}
        << (QStringList{missing, QStringLiteral("8")} + QStringList(11, QStringLiteral("0")) +
            QStringList{QStringLiteral("25"), QStringLiteral("30")})
        << (earlier + QStringList{QStringLiteral("8"), QStringLiteral("0")});
    // 40 days, so a daily trend and the months summed apart: 20 to 28 February 2023 hold no data, March
    // 2023 holds C; a year earlier holds nothing.
    QTest::newRow("40 days from before the first day (daily trend)")
        << Period{QDate(2023, 2, 20), QDate(2023, 3, 31)} << QStringList{missing, QStringLiteral("8")}
        << QStringList{missing, missing};
}

void TestWorkspaceSession::yearOverYearMonthsWithoutDataAreMissing()
{
    QFETCH(Period, period);
    QFETCH(QStringList, thisYear);
    QFETCH(QStringList, yearEarlier);
    WorkspaceSession session(m_small);
    Query query;
    query.period = period;
    query.comparison = Comparison::None;
    const auto result = session.overview(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const OverviewResult &o = *result.value();
    QCOMPARE(o.months.size(), size_t(thisYear.size()));
    QCOMPARE(seriesText(o.monthlyNet), thisYear);
    QCOMPARE(seriesText(o.monthlyNetYearEarlier), yearEarlier);
}

void TestWorkspaceSession::addFilterRows()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QString>("segment");
    QTest::newRow("no filter") << QStringList() << QString();
    QTest::newRow("one channel") << QStringList{QStringLiteral("Online")} << QString();
    QTest::newRow("an RFM segment") << QStringList() << QStringLiteral("Champions");
    QTest::newRow("a saved segment and a channel")
        << QStringList{QStringLiteral("Online")} << QStringLiteral("Big spenders");
}

void TestWorkspaceSession::overviewMatchesTheEngine_data()
{
    addFilterRows();
}

void TestWorkspaceSession::overviewMatchesTheEngine()
{
    const Query query = fetchFilterQuery();
    const auto result = m_session->overview(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const OverviewResult &o = *result.value();

    const auto filter = resolveFullFilter(*m_snapshot, m_sample, query.filter);
    QVERIFY(filter.ok());
    const auto kpis = computeKpiReport(m_snapshot, query, filter.value());
    QVERIFY(kpis.ok());
    QCOMPARE(o.kpis.period.from, kpis->period.from);
    QCOMPARE(o.kpis.period.to, kpis->period.to);
    for (int i = 0; i < kKpiCount; ++i) {
        QCOMPARE(o.kpis.kpis[size_t(i)].current.hasData, kpis->kpis[size_t(i)].current.hasData);
        QCOMPARE(o.kpis.kpis[size_t(i)].current.value, kpis->kpis[size_t(i)].current.value);
    }
    // The default period is 12 months: monthly series, whose net sales the year-over-year chart shows, and
    // the year-earlier months are net sales minus the year-over-year growth.
    QCOMPARE(int(o.series.grain), int(Grain::Month));
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*m_snapshot, filter.value());
    const TimeSeries monthly =
        computeTimeSeries(*m_snapshot, filter.value(), facts, kpis->period, Grain::Month, {}, 365);
    QCOMPARE(o.series.series(KpiId::NetSales), monthly.series(KpiId::NetSales));
    QCOMPARE(o.monthlyNet, monthly.series(KpiId::NetSales));
    QCOMPARE(o.monthlyNetYearEarlier.size(), monthly.buckets.size());
    for (size_t i = 0; i < monthly.buckets.size(); ++i) {
        const double growth = monthly.series(KpiId::YoyGrowth)[i];
        const double expected =
            monthly.hasValue[size_t(KpiId::YoyGrowth)][i] ? o.monthlyNet[i] - growth : 0.0;
        QVERIFY2(std::abs(o.monthlyNetYearEarlier[i] - expected) < 1e-6, qPrintable(QString::number(i)));
    }
}

// Each figure once: the tiles read each period's lines in one pass, and the series, the year-over-year chart
// and year-over-year growth read the year-earlier days from the daily net sales those passes yield. So a
// day is read once for the tiles plus once for its series bucket where a series covers it; the year-earlier
// days, which no series covers unless they are the comparison period, once.
void TestWorkspaceSession::overviewReadsEachPeriodOnce_data()
{
    QTest::addColumn<int>("comparison");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("periodReads");
    QTest::addColumn<int>("yearEarlierReads");
    QTest::addColumn<int>("comparisonYearEarlierReads");
    const int none = int(Comparison::None);
    const int previous = int(Comparison::PreviousPeriod);
    const int lastYear = int(Comparison::SamePeriodLastYear);
    QTest::newRow("no comparison, weekly trend") << none << 90 << 2 << 1 << 0;
    QTest::newRow("previous period, weekly trend") << previous << 90 << 2 << 1 << 1;
    // The comparison is the year-earlier period: its tiles' pass and its series read it, nothing else.
    QTest::newRow("same period last year, daily trend") << lastYear << 30 << 2 << 2 << 1;
    QTest::newRow("same period last year, weekly trend") << lastYear << 90 << 2 << 2 << 1;
    QTest::newRow("same period last year, monthly trend") << lastYear << 300 << 2 << 2 << 1;
}

void TestWorkspaceSession::overviewReadsEachPeriodOnce()
{
    QFETCH(int, comparison);
    QFETCH(int, days);
    QFETCH(int, periodReads);
    QFETCH(int, yearEarlierReads);
    QFETCH(int, comparisonYearEarlierReads);
    const QDate asOf = m_snapshot->asOfDate();
    Query query;
    query.period = Period{asOf.addDays(1 - days), asOf};
    query.comparison = Comparison(comparison);
    const auto resolved = m_session->resolve(query);
    QVERIFY(resolved.ok());
    PeriodScanCounter counter;
    const auto result = m_session->overview(resolved.value());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const OverviewResult &o = *result.value();
    QVERIFY(!o.series.buckets.empty());
    QVERIFY(!o.monthlyNetYearEarlier.empty());
    const Period yearEarlier = samePeriodLastYear(o.kpis.period);
    QCOMPARE(counter.fewestReads(o.kpis.period), periodReads);
    QCOMPARE(counter.mostReads(o.kpis.period), periodReads);
    QCOMPARE(counter.fewestReads(yearEarlier), yearEarlierReads);
    QCOMPARE(counter.mostReads(yearEarlier), yearEarlierReads);
    if (o.kpis.comparisonPeriod.isValid()) {
        const Period comparisonYearEarlier = samePeriodLastYear(o.kpis.comparisonPeriod);
        QCOMPARE(counter.fewestReads(comparisonYearEarlier), comparisonYearEarlierReads);
        QCOMPARE(counter.mostReads(comparisonYearEarlier), comparisonYearEarlierReads);
    }
}

void TestWorkspaceSession::cohortsMatchTheMatrix_data()
{
    addFilterRows();
}

void TestWorkspaceSession::cohortsMatchTheMatrix()
{
    Query query = fetchFilterQuery();
    query.cohortGrain = Grain::Quarter;
    const auto result = m_session->cohorts(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const CohortsResult &c = *result.value();
    const auto filter = resolveFullFilter(*m_snapshot, m_sample, query.filter);
    QVERIFY(filter.ok());
    const std::vector<uint8_t> *mask = maskOf(filter.value());
    const Period range = resolvePeriod(*m_snapshot, query);
    const CohortMatrix expected = CohortMatrix::compute(*m_snapshot, mask, Grain::Quarter, range);
    QCOMPARE(c.range.from, range.from);
    QCOMPARE(int(c.matrix.grain()), int(Grain::Quarter));
    QCOMPARE(c.matrix.cohorts().size(), expected.cohorts().size());
    QVERIFY(c.hasCohorts());
    QCOMPARE(c.matrix.ageCount(), expected.ageCount());
    for (int cohort = 0; cohort < int(expected.cohorts().size()); ++cohort) {
        for (int age = 0; age < expected.ageCount(); ++age)
            QCOMPARE(c.matrix.value(CohortMetric::Retention, cohort, age),
                     expected.value(CohortMetric::Retention, cohort, age));
    }
    QCOMPARE(c.customerIds(0, 0).size(), qsizetype(expected.customersInCell(*m_snapshot, mask, 0, 0).size()));
}

void TestWorkspaceSession::segmentsMatchTheCustomerBase_data()
{
    addFilterRows();
}

void TestWorkspaceSession::segmentsMatchTheCustomerBase()
{
    const Query query = fetchFilterQuery();
    const auto result = m_session->segments(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const SegmentsResult &s = *result.value();
    const auto filter = resolveFullFilter(*m_snapshot, m_sample, query.filter);
    QVERIFY(filter.ok());
    const std::vector<uint8_t> *mask = maskOf(filter.value());
    const auto base = buildWorkspaceCustomerBase(m_sample, *m_snapshot, mask);
    QVERIFY(base.ok());
    QCOMPARE(s.population(), qint64(base->size()));
    QVERIFY(s.population() > 0);
    const auto rfm = summarizeRfmSegments(base.value());
    QCOMPARE(s.rfm.size(), rfm.size());
    for (size_t i = 0; i < rfm.size(); ++i) {
        QCOMPARE(s.rfm[i].size, rfm[i].size);
        QCOMPARE(s.rfm[i].netSales, rfm[i].netSales);
    }
    qint64 cells = 0;
    for (qint64 n : s.cellCustomers)
        cells += n;
    QCOMPARE(cells, s.population());
    QCOMPARE(s.savedSegments.size(), size_t(1));
    const auto members = bigSpenders().evaluate(base.value(), *m_snapshot, mask);
    QVERIFY(members.ok());
    QCOMPARE(s.savedMembers.at(0), members.value());
    QCOMPARE(s.customerIds(SegmentKey{SegmentKind::Saved, 0, QStringLiteral("Big spenders")}).size(),
             qsizetype(std::count(members->begin(), members->end(), 1)));
}

void TestWorkspaceSession::customersListThePopulation_data()
{
    addFilterRows();
}

void TestWorkspaceSession::customersListThePopulation()
{
    const Query query = fetchFilterQuery();
    const auto result = m_session->customers(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const CustomersResult &c = *result.value();
    QCOMPARE(c.rows.size(), c.base->size());
    QCOMPARE(c.searchKeys.size(), c.rows.size());
    QCOMPARE(c.nameRanks.size(), c.rows.size());
    QVERIFY(!c.rows.empty());
    for (size_t row = 0; row < c.rows.size(); row += 17)
        QCOMPARE(c.rowOfId.value(c.rows[row].customerId), int(row));
    // The same population as a customer base built afresh on the same lines.
    const auto filter = resolveFullFilter(*m_snapshot, m_sample, query.filter);
    QVERIFY(filter.ok());
    const auto base = buildWorkspaceCustomerBase(m_sample, *m_snapshot, maskOf(filter.value()));
    QVERIFY(base.ok());
    QCOMPARE(c.rows.size(), base->size());
}

void TestWorkspaceSession::customerProfileMatches()
{
    Query query;
    query.filter.channels = {QStringLiteral("Online")};
    const auto customers = m_session->customers(query);
    QVERIFY(customers.ok());
    const CustomersResult &c = *customers.value();
    const int32_t customer = c.base->metrics.population.at(0);
    const auto profile = m_session->customerProfile(*c.resolved, customer);
    QVERIFY(profile.ok());
    const CustomerProfile expected = CustomerProfile::compute(*m_snapshot, c.mask(), customer);
    QCOMPARE(profile->customer, customer);
    QCOMPARE(profile->orders.size(), expected.orders.size());
    QCOMPARE(profile->netSales, expected.netSales);
    // Its totals are the customer's figures in the base (CustomerProfile's promise).
    QCOMPARE(profile->netSales, c.base->metrics.netSales[size_t(customer)]);
}

void TestWorkspaceSession::predictionsMatchTheModels()
{
    Query query;
    const auto result = m_session->predictions(query, QDate());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const PredictionsResult &p = *result.value();
    const auto expected = clv::fitWorkspaceClv(*m_snapshot, clv::WorkspaceClvRequest());
    QVERIFY(expected.ok());
    QCOMPARE(int(p.clv->status), int(expected->status));
    QCOMPARE(p.clv->result.customers.size(), expected->result.customers.size());
    double total = 0;
    int likely = 0;
    for (const clv::CustomerClv &c : expected->result.customers) {
        total += c.predictedClv;
        likely += c.probabilityAlive >= 0.5 ? 1 : 0;
    }
    QCOMPARE(p.totalClv, total);
    QCOMPARE(p.likelyActive, likely);
    int binned = 0;
    for (int n : p.histogram.counts)
        binned += n;
    QCOMPARE(binned, int(expected->result.customers.size()));
    QCOMPARE(p.firstDate, m_snapshot->firstDate());
}

void TestWorkspaceSession::filterChoicesListTheDimensions()
{
    const auto choices = m_session->filterChoices();
    QVERIFY(choices.ok());
    QStringList stores = m_snapshot->stores;
    stores.sort(Qt::CaseInsensitive);
    QCOMPARE(choices->stores, stores);
    QCOMPARE(choices->asOf, m_snapshot->asOfDate());
    QCOMPARE(choices->firstDay, m_snapshot->firstDate());
    QCOMPARE(choices->segments, QStringList{QStringLiteral("Big spenders")});
}

void TestWorkspaceSession::reportSharesTheOverview()
{
    ReportRequest request;
    request.query.filter.channels = {QStringLiteral("Online")};
    request.clv = false;
    const auto report = m_session->reportData(request);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const auto screen = m_session->overview(request.query);
    QVERIFY(screen.ok());
    QCOMPARE(report->overview->series.series(KpiId::NetSales),
             screen.value()->series.series(KpiId::NetSales));
    QCOMPARE(report->overview->kpis.kpi(KpiId::NetSales).current.value,
             screen.value()->kpis.kpi(KpiId::NetSales).current.value);
    QCOMPARE(report->comparisons.size(), size_t(1)); // the previous period
    QVERIFY(report->customerBase.has_value());
    QCOMPARE(report->customerBase->customers,
             qint64(m_session->customers(request.query).value()->rows.size()));
    QVERIFY(report->cohorts.has_value());
    QVERIFY(!report->clv);

    request.periodTemplate = ReportTemplate::Monthly;
    const auto monthly = m_session->reportData(request);
    QVERIFY(monthly.ok());
    // The sample ends on 30 September 2026: the last complete month is September, against August and
    // September 2025.
    QCOMPARE(monthly->query.period.from, QDate(2026, 9, 1));
    QCOMPARE(monthly->comparisons.size(), size_t(2));
    QCOMPARE(monthly->comparisons[1].period.from, QDate(2025, 9, 1));
    QCOMPARE(int(monthly->overview->series.grain), int(Grain::Day));
}

void TestWorkspaceSession::queriesResolveOnce()
{
    Query query;
    query.filter.segment = QStringLiteral("Champions");
    const auto first = m_session->resolve(query);
    const auto second = m_session->resolve(query);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value()->filter.get(), second.value()->filter.get());
    const auto base1 = m_session->customerBase(*first.value());
    const auto base2 = m_session->customerBase(*second.value());
    QCOMPARE(base1.value().get(), base2.value().get());
    // A period of its own resolves to its own query but shares the filter.
    Query other = query;
    other.period = Period{QDate(2026, 1, 1), QDate(2026, 3, 31)};
    const auto third = m_session->resolve(other);
    QCOMPARE(third.value()->filter.get(), first.value()->filter.get());
    QCOMPARE(third.value()->period.from, QDate(2026, 1, 1));
}

void TestWorkspaceSession::openEndedPeriodEndsAtTheAsOfDate_data()
{
    QTest::addColumn<Period>("asked");
    QTest::addColumn<Period>("resolved"); // an invalid `to`: the as-of date
    const QDate july(2026, 7, 1);
    QTest::newRow("a first day only: to the as-of date") << Period{july, QDate()} << Period{july, QDate()};
    QTest::newRow("a first day after the as-of date: that one day")
        << Period{QDate(2027, 1, 1), QDate()} << Period{QDate(2027, 1, 1), QDate(2027, 1, 1)};
    QTest::newRow("both days: as asked")
        << Period{july, QDate(2026, 8, 31)} << Period{july, QDate(2026, 8, 31)};
}

void TestWorkspaceSession::openEndedPeriodEndsAtTheAsOfDate()
{
    QFETCH(Period, asked);
    QFETCH(Period, resolved);
    if (!resolved.to.isValid())
        resolved.to = m_snapshot->asOfDate();
    Query query;
    query.period = asked;
    const auto r = m_session->resolve(query);
    QVERIFY(r.ok());
    QCOMPARE(r.value()->query.period.from, resolved.from);
    QCOMPARE(r.value()->query.period.to, resolved.to);
    QCOMPARE(r.value()->period.to, resolved.to);
}

// The analyses of a resolved query are those of the query (the CLI resolves first, then asks).
void TestWorkspaceSession::resolvedQueriesGiveTheSameResults()
{
    Query query;
    query.filter.segment = QStringLiteral("Big spenders");
    const auto resolved = m_session->resolve(query);
    QVERIFY(resolved.ok());
    const auto overview = m_session->overview(resolved.value());
    QVERIFY(overview.ok());
    QCOMPARE(overview.value()->kpis.kpi(KpiId::NetSales).current.value,
             m_session->overview(query).value()->kpis.kpi(KpiId::NetSales).current.value);
    QCOMPARE(overview.value()->resolved, resolved.value());
    const auto cohorts = m_session->cohorts(resolved.value());
    QVERIFY(cohorts.ok());
    QCOMPARE(cohorts.value()->matrix.cohorts().size(),
             m_session->cohorts(query).value()->matrix.cohorts().size());
    const auto segments = m_session->segments(resolved.value());
    QVERIFY(segments.ok());
    QCOMPARE(segments.value()->population(), m_session->segments(query).value()->population());
    const auto customers = m_session->customers(resolved.value());
    QVERIFY(customers.ok());
    QCOMPARE(customers.value()->rows.size(), size_t(segments.value()->population()));
}

void TestWorkspaceSession::segmentRowsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // SegmentKind; -1: none
    QTest::addColumn<int>("index");
    QTest::newRow("a saved segment, in other letters")
        << QStringLiteral("big SPENDERS") << int(SegmentKind::Saved) << 0;
    QTest::newRow("an RFM segment") << QStringLiteral("Champions") << int(SegmentKind::Rfm) << -1;
    QTest::newRow("a lifecycle stage")
        << QStringLiteral("at_risk") << int(SegmentKind::Lifecycle) << int(LifecycleStage::AtRisk);
    QTest::newRow("a value tier") << QStringLiteral("high") << int(SegmentKind::ValueTier)
                                  << int(ValueTier::High);
    QTest::newRow("no such segment") << QStringLiteral("Nope") << -1 << -1;
}

void TestWorkspaceSession::segmentRowsByName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(int, index);
    const auto result = m_session->segments(Query());
    QVERIFY(result.ok());
    const SegmentsResult &s = *result.value();
    const auto rows = s.rowsByName(name);
    if (kind < 0) {
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code(), ErrorCode::NotFound);
        QCOMPARE(rows.error().message(), QStringLiteral("There is no segment named \"Nope\"."));
        return;
    }
    QVERIFY(rows.ok());
    if (index < 0)
        index = s.base->grid.indexOf(name);
    const std::vector<uint8_t> expected =
        s.members(SegmentKey{SegmentKind(kind), index, QStringLiteral("Big spenders")});
    QCOMPARE(rows.value(), expected);
    QVERIFY(std::count(expected.begin(), expected.end(), 1) > 0);
}

void TestWorkspaceSession::clvFitsAreKeptPerFilter()
{
    Query all;
    Query online;
    online.filter.channels = {QStringLiteral("Online")};
    const auto a = m_session->predictions(all);
    const auto b = m_session->predictions(online);
    const auto again = m_session->predictions(all);
    QVERIFY(a.ok() && b.ok() && again.ok());
    QCOMPARE(again.value()->clv.get(), a.value()->clv.get()); // the online fit did not evict it
    QVERIFY(b.value()->clv.get() != a.value()->clv.get());
}

// Other horizon or discount options fit their own models; the same options again share the fit.
void TestWorkspaceSession::clvFitsAreKeptPerOptions()
{
    const auto resolved = m_session->resolve(Query());
    QVERIFY(resolved.ok());
    clv::WorkspaceClvRequest twoYears;
    twoYears.options.horizonMonths = 24;
    const auto standard = m_session->predictions(resolved.value());
    const auto longer = m_session->predictions(resolved.value(), twoYears);
    const auto again = m_session->predictions(resolved.value(), twoYears);
    QVERIFY(standard.ok() && longer.ok() && again.ok());
    QVERIFY(longer.value()->clv.get() != standard.value()->clv.get());
    QCOMPARE(again.value()->clv.get(), longer.value()->clv.get());
    const auto expected = clv::fitWorkspaceClv(*m_snapshot, twoYears);
    QVERIFY(expected.ok());
    QCOMPARE(longer.value()->clv->result.customers.size(), expected->result.customers.size());
    QCOMPARE(longer.value()->clv->result.customers.at(0).predictedClv,
             expected->result.customers.at(0).predictedClv);
    // Two years of value are more than one.
    QVERIFY(longer.value()->totalClv > standard.value()->totalClv);
}

void TestWorkspaceSession::settingsWritesReachTheAnalyses()
{
    const QString path = m_dir.filePath(QStringLiteral("settings.storelens"));
    QVERIFY(storelens::test::writeSample(path, 200, 1).ok());
    WorkspaceSession session(path);
    const auto before = session.segments(Query());
    QVERIFY(before.ok());
    QCOMPARE(before.value()->base->settings == LifecycleSettings(), true);
    LifecycleSettings settings;
    settings.atRiskDays = 45;
    QVERIFY(session.saveLifecycleSettings(settings).result().ok());
    const auto after = session.segments(Query());
    QVERIFY(after.ok());
    QCOMPARE(after.value()->base->settings == settings, true);
    QVERIFY(session.saveSegment(QString(), QStringLiteral("Everyone"), SegmentRule()).result().ok());
    const auto choices = session.filterChoices();
    QCOMPARE(choices->segments, QStringList{QStringLiteral("Everyone")});
    KpiTargets targets;
    targets[kpiKey(KpiId::NetSales)] = 1000.0;
    QVERIFY(session.saveKpiTargets(targets).result().ok());
    QCOMPARE(session.settings().value()->targets, targets);
}

void TestWorkspaceSession::unknownSegmentIsNotFound()
{
    Query query;
    query.filter.segment = QStringLiteral("No such segment");
    const auto result = m_session->overview(query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::NotFound);
}

// "Why?" by saved segment: the one saved segment is a member whose net sales are those of the segment filter,
// beside the identified customers in no saved segment and the guests; the members add up to the change.
void TestWorkspaceSession::explainBySavedSegment()
{
    const auto e = m_session->explain(Query(), KpiId::NetSales, {explain::Dimension::Segment});
    QVERIFY(e.ok());
    QVERIFY2(e.value()->comparable, qPrintable(e.value()->notComparableReason));
    const explain::DimensionContributions &d = e.value()->contributions.at(0);
    qint64 sum = 0;
    const explain::Contribution *big = nullptr;
    for (const explain::Contribution &c : d.members) {
        sum += std::llround(c.change * 10000);
        if (c.member == QLatin1String("Big spenders"))
            big = &c;
    }
    QCOMPARE(sum, std::llround(e.value()->change * 10000));
    QVERIFY(big);
    Query segment;
    segment.filter.segment = QStringLiteral("Big spenders");
    const auto filtered = m_session->overview(segment);
    QVERIFY(filtered.ok());
    const KpiComparison &net = filtered.value()->kpis.kpi(KpiId::NetSales);
    QCOMPARE(big->value1, net.current.value);
    QCOMPARE(big->value0, net.comparison.value);
}

// The Overview's tile verdicts ask for every tile in one call: each explanation is the one explain() gives
// for its KPI alone (same change, same test, same contributions), in the order asked.
void TestWorkspaceSession::explainEachMatchesExplain()
{
    const auto resolved = m_session->resolve(Query());
    QVERIFY(resolved.ok());
    const std::vector<KpiId> kpis{KpiId::Orders, KpiId::NetSales, KpiId::AverageOrderValue};
    const std::vector<explain::Dimension> dimensions{explain::Dimension::Store, explain::Dimension::Segment};
    const auto each = m_session->explainEach(resolved.value(), kpis, dimensions);
    QVERIFY(each.ok());
    QCOMPARE(each.value().size(), kpis.size());
    for (size_t k = 0; k < kpis.size(); ++k) {
        const auto alone = m_session->explain(resolved.value(), kpis[k], dimensions);
        QVERIFY(alone.ok());
        const explain::Explanation &a = *alone.value();
        const explain::Explanation &b = *each.value()[k];
        QCOMPARE(b.kpi, kpis[k]);
        QCOMPARE(b.comparable, a.comparable);
        QCOMPARE(b.change, a.change);
        QCOMPARE(b.verdict.tested, a.verdict.tested);
        QCOMPARE(b.verdict.withinNormalVariation, a.verdict.withinNormalVariation);
        QCOMPARE(b.verdict.pValue, a.verdict.pValue);
        QCOMPARE(b.sentence, a.sentence);
        QCOMPARE(b.contributions.size(), a.contributions.size());
        for (size_t d = 0; d < a.contributions.size(); ++d)
            QCOMPARE(b.contributions[d].members.size(), a.contributions[d].members.size());
    }
}

void TestWorkspaceSession::cancelledAnalysesStop()
{
    WorkspaceSession session(m_sample); // nothing loaded yet
    const TaskControl stop = cancelledControl();
    QCOMPARE(session.overview(Query(), {}, stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.cohorts(Query(), stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.segments(Query(), stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.customers(Query(), stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.predictions(Query(), QDate(), stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.reportData(ReportRequest(), stop).error().code(), ErrorCode::Cancelled);
    QCOMPARE(session.filterChoices(stop).error().code(), ErrorCode::Cancelled);
}

// The predictions say which purchase model they use and how it did on the last 13 weeks; asking for the
// BG/NBD by name gives its own fit, kept beside the default one.
void TestWorkspaceSession::predictionsNameTheModel()
{
    const auto automatic = m_session->predictions(Query());
    QVERIFY(automatic.ok());
    const clv::WorkspaceClv &a = *automatic.value()->clv;
    QCOMPARE(a.status, clv::ClvStatus::Ok);
    QVERIFY(a.result.model != clv::PurchaseModelKind::BgNbd);
    QCOMPARE(a.choice.model, a.result.model);
    QVERIFY(a.choice.sentence.contains(clv::purchaseModelName(a.result.model)));
    const auto bgNbd = m_session->predictions(Query(), QDate(), {}, clv::PurchaseModelKind::BgNbd);
    QVERIFY(bgNbd.ok());
    QCOMPARE(bgNbd.value()->clv->result.model, clv::PurchaseModelKind::BgNbd);
    QCOMPARE(bgNbd.value()->clv->choice.basis, clv::ClvModelBasis::Requested);
    const auto again = m_session->predictions(Query());
    QCOMPARE(again.value()->clv.get(), automatic.value()->clv.get());
}

void TestWorkspaceSession::predictionsCancelDuringTheFit_data()
{
    QTest::addColumn<int>("share"); // the cancellation comes after this many percent of a full run's checks
    QTest::newRow("cancelled just after the first checks") << 5;
    QTest::newRow("cancelled half way through the fits") << 50;
    QTest::newRow("cancelled near the end of the fits") << 90;
}

// The fits ask for cancellation before every evaluation of their objective, so a full prediction asks
// hundreds of times. Cancelled after k of those asks, a fresh session (no cached fit) returns "cancelled"
// after at most a handful more: NLopt is force-stopped from the objective instead of running to its end.
void TestWorkspaceSession::predictionsCancelDuringTheFit()
{
    QFETCH(int, share);
    int full = 0;
    {
        WorkspaceSession session(m_sample);
        const TaskControl counting{[&full] {
                                       ++full;
                                       return false;
                                   },
                                   {}};
        const auto result = session.predictions(Query(), QDate(), counting);
        QVERIFY(result.ok());
        QCOMPARE(result.value()->clv->status, clv::ClvStatus::Ok);
    }
    QVERIFY2(full > 100, qPrintable(QString::number(full))); // one ask per objective evaluation, at least
    const int limit = full * share / 100;
    int asked = 0;
    WorkspaceSession session(m_sample);
    const TaskControl stopping{[&asked, limit] { return ++asked > limit; }, {}};
    const auto result = session.predictions(Query(), QDate(), stopping);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Cancelled);
    QVERIFY2(asked <= limit + 5,
             qPrintable(QStringLiteral("%1 asks after cancelling at %2").arg(asked).arg(limit)));
}

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
