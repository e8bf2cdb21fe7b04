#include "common/SessionFixture.h"
#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/KpiTargets.h"
#include "core/session/WorkspaceSession.h"
#include "ui/charts/BreakdownBarChart.h"
#include "ui/charts/NetSalesTrendChart.h"
#include "ui/charts/NewReturningCustomersChart.h"
#include "ui/charts/Sparkline.h"
#include "ui/charts/YearOverYearChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/dashboard/BreakdownLabels.h"
#include "ui/dashboard/FilterBar.h"
#include "ui/dashboard/KpiFormat.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/MultiSelectButton.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/dashboard/TileChoice.h"
#include "ui/report/ReportData.h"

#include "DashboardFixture.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QVBoxLayout>

#include <cmath>

using namespace storelens;
using core::analytics::Comparison;
using core::analytics::KpiId;
using ui::DateRangePreset;

namespace {

constexpr int Timeout = 60000;

// The filter bar and the Overview in one window, as the dashboard page has them.
struct Dashboard
{
    explicit Dashboard(const QString &path)
    {
        window.resize(1280, 900);
        auto *layout = new QVBoxLayout(&window);
        bar = new ui::FilterBar(&context, &window);
        overview = new ui::OverviewView(&context, &window);
        layout->addWidget(bar);
        layout->addWidget(overview);
        window.show();
        context.setWorkspace(path);
    }
    bool current() const { return overview->shownGeneration() == context.generation(); }

    ui::AnalysisContext context;
    QWidget window;
    ui::FilterBar *bar = nullptr;
    ui::OverviewView *overview = nullptr;
};

} // namespace

class TestOverviewView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tilesShowTheEnginesNumbers_data();
    void tilesShowTheEnginesNumbers();
    void chartsShowTheBreakdowns();
    void timeChartsNameTheirBuckets_data();
    void timeChartsNameTheirBuckets();
    void reportPlotsTheScreensSeries_data();
    void reportPlotsTheScreensSeries();
    void latestQueryWins();
    void partialBucketsAreDrawnAsPartial();
    void allTimeHasNoComparison();
    void currencyShowsOnTheTiles();
    void tileChoicePersists();
    void targetsPersist();
    void onlyChangesBeyondNormalVariationAreColoured();
    void verdictsWaitForTheFirstPaint();
    void tilesAreAsTallAsTheirLines();
    void retentionTooEarlyToTell();
    void tileLeavesTheHeadingsNoteToItsTooltip();
    void changeThatRoundsToZeroHasNoArrow_data();
    void changeThatRoundsToZeroHasNoArrow();
    void sparklinesBreakOnlyWithoutData();

private:
    dashboardfixture::SampleFolder m_sample;
};

void TestOverviewView::initTestCase()
{
    QVERIFY(m_sample.setUp("tst_overviewview"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOverviewView::init()
{
    QSettings().clear();
    QVERIFY(core::analytics::saveKpiTargets(m_sample.path(), {}).ok());
}

void TestOverviewView::cleanup()
{
    QTRY_COMPARE(dashboardfixture::leakedWindows(), 0);
}

void TestOverviewView::tilesShowTheEnginesNumbers_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<bool>("firstStoreOnly");
    QTest::newRow("last 12 months against the previous period")
        << int(DateRangePreset::Last12Months) << int(Comparison::PreviousPeriod) << false;
    QTest::newRow("last 90 days against a year earlier")
        << int(DateRangePreset::Last90Days) << int(Comparison::SamePeriodLastYear) << false;
    QTest::newRow("last quarter of one store, no comparison")
        << int(DateRangePreset::LastQuarter) << int(Comparison::None) << true;
}

void TestOverviewView::tilesShowTheEnginesNumbers()
{
    QFETCH(int, preset);
    QFETCH(int, comparison);
    QFETCH(bool, firstStoreOnly);
    Dashboard d(m_sample.path());
    QSignalSpy shown(d.overview, &ui::OverviewView::resultShown);
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setPreset(DateRangePreset(preset));
    d.bar->setComparison(Comparison(comparison));
    if (firstStoreOnly) {
        auto *list = d.bar->storePicker()->findChild<QListWidget *>();
        list->item(0)->setCheckState(Qt::Checked);
    }
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);

    // The engine's answer for the same query, computed here independently of the view.
    const core::analytics::Query query = d.context.query();
    QCOMPARE(query.comparison, Comparison(comparison));
    QCOMPARE(query.filter.stores.size(), firstStoreOnly ? 1 : 0);
    const auto expected = test::sessionOverview(m_sample.path(), query);
    QVERIFY(expected.ok());
    const auto &kpis = expected->kpis;
    QCOMPARE(d.overview->shownData()->result->kpis.period.from, kpis.period.from);

    const QLocale locale;
    const std::vector<KpiId> tiles = d.overview->tileChoice();
    QCOMPARE(tiles.size(), ui::defaultTileChoice().size());
    for (KpiId id : tiles) {
        const ui::KpiTile *tile = d.overview->tile(id);
        QVERIFY(tile);
        const auto &kpi = kpis.kpi(id);
        QCOMPARE(tile->valueText(), ui::formatKpiValue(kpi.current, locale));
        // Year-over-year growth is itself a comparison: without a change of it, neither line is shown.
        const bool itselfAComparison = id == KpiId::YoyGrowth || id == KpiId::YoyGrowthRate;
        if (comparison == int(Comparison::None) || !kpi.current.hasData ||
            (itselfAComparison && !kpi.hasChange))
            QCOMPARE(tile->comparisonText(), QString());
        else
            QVERIFY2(tile->comparisonText().endsWith(ui::formatKpiValue(kpi.comparison, locale)),
                     qPrintable(tile->comparisonText()));
        // A rate's change in percentage points only (trial 20), every other change also in per cent.
        const bool rate = core::analytics::kpiUnit(id) == core::analytics::KpiUnit::Ratio;
        if (kpi.hasChange && kpi.hasRelativeChange)
            QVERIFY2(tile->changeText().contains(ui::formatRelativeChange(kpi.relativeChange, locale)) !=
                         rate,
                     qPrintable(tile->changeText()));
        if (kpi.hasChange && rate)
            QVERIFY2(tile->changeText().endsWith(ui::formatKpiChange(kpi, locale)),
                     qPrintable(tile->changeText()));
        if (!kpi.current.hasData)
            QVERIFY(tile->toolTip().contains(kpi.current.noDataReason.toHtmlEscaped()));
    }
    // Net sales by hand from the engine's exact money, as the tile must show it: two places, grouped, in the
    // sample store's pounds.
    const core::Money net = kpis.kpi(KpiId::NetSales).current.money;
    QCOMPARE(d.overview->tile(KpiId::NetSales)->valueText(),
             QStringLiteral("£") + locale.toString(double(net.roundedCents()) / 100.0, 'f', 2));
    QVERIFY(d.overview->tile(KpiId::NetSales)->hasSparkline());
    // The retention tooltip spells out (E − N) ÷ S with the engine's inputs.
    const auto &retention = kpis.kpi(KpiId::RetentionRate).current;
    if (retention.hasData) {
        const QString formula = QStringLiteral("(E − N) ÷ S = (%1 − %2) ÷ %3")
                                    .arg(locale.toString(qint64(retention.input(QStringLiteral("E")))),
                                         locale.toString(qint64(retention.input(QStringLiteral("N")))),
                                         locale.toString(qint64(retention.input(QStringLiteral("S")))));
        QVERIFY2(d.overview->tile(KpiId::RetentionRate)->toolTip().contains(formula), qPrintable(formula));
    }
}

void TestOverviewView::chartsShowTheBreakdowns()
{
    Dashboard d(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const auto expected = test::sessionOverview(m_sample.path(), d.context.query());
    QVERIFY(expected.ok());
    for (const auto &breakdown : expected->breakdowns) {
        auto *chart = d.overview->breakdownChart(breakdown.dimension);
        if (!chart)
            continue; // countries have no chart
        QVERIFY(!breakdown.rows.empty());
        // The names as the screen writes them: a product by its name, a country in the user's language.
        QCOMPARE(chart->labels().first(),
                 ui::breakdownMemberName(breakdown.dimension, breakdown.rows.front()));
        QCOMPARE(chart->labels().size(),
                 qMin(int(breakdown.rows.size()),
                      breakdown.dimension == core::analytics::BreakdownDimension::Product ? 10 : 12));
    }
    // Copy Data names what the rows are (trial 16: the products' column was headed "Category").
    using core::analytics::BreakdownDimension;
    QCOMPARE(d.overview->breakdownChart(BreakdownDimension::Product)->dataTable().value(0).value(0),
             QStringLiteral("Product"));
    QCOMPARE(d.overview->breakdownChart(BreakdownDimension::Store)->dataTable().value(0).value(0),
             QStringLiteral("Store"));
}

void TestOverviewView::timeChartsNameTheirBuckets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("bucket");
    // chartGrain: up to 45 days by day, up to 180 by week, longer by month.
    QTest::newRow("last 30 days") << int(DateRangePreset::Last30Days) << "Day";
    QTest::newRow("last 90 days") << int(DateRangePreset::Last90Days) << "Week";
    QTest::newRow("last 12 months") << int(DateRangePreset::Last12Months) << "Month";
}

// Trial 17: Copy Data on the net sales trend headed its months "Category". The time charts head the first
// column with what their buckets are; the year-over-year chart is always by month.
void TestOverviewView::timeChartsNameTheirBuckets()
{
    QFETCH(int, preset);
    QFETCH(QString, bucket);
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setPreset(DateRangePreset(preset));
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(d.overview->trendChart()->dataTable().size() > 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(d.overview->newReturningChart()->dataTable().size() > 1, Timeout);
    QCOMPARE(d.overview->trendChart()->dataTable().constFirst().constFirst(), bucket);
    QCOMPARE(d.overview->newReturningChart()->dataTable().constFirst().constFirst(), bucket);
    QCOMPARE(d.overview->yearOverYearChart()->dataTable().constFirst().constFirst(), QStringLiteral("Month"));
    QVERIFY(d.overview->trendChart()->dataText().startsWith(bucket + QLatin1Char('\t')));
}

void TestOverviewView::reportPlotsTheScreensSeries_data()
{
    QTest::addColumn<int>("preset");
    for (int p = 0; p < ui::kDateRangePresetCount; ++p) {
        if (DateRangePreset(p) != DateRangePreset::Custom)
            QTest::newRow(qPrintable(ui::dateRangePresetKey(DateRangePreset(p)))) << p;
    }
}

// The screen and the PDF plot the same series for every period the filter bar offers (one time-step rule,
// one session function), the comparison's included.
void TestOverviewView::reportPlotsTheScreensSeries()
{
    QFETCH(int, preset);
    Dashboard d(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const QDate asOf = d.overview->shownData()->result->snapshot->asOfDate();
    const QDate firstDay = d.overview->shownData()->result->snapshot->firstDate();
    core::analytics::Query query = d.context.query();
    query.period = ui::resolveDateRangePreset(DateRangePreset(preset), asOf, firstDay);
    query.comparison = Comparison::PreviousPeriod;
    d.context.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const core::session::OverviewResult &screen = *d.overview->shownData()->result;

    ui::ReportOptions options;
    options.workspacePath = m_sample.path();
    options.query = query;
    const auto pdf = ui::computeReportData(options, ui::TaskControl{});
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().toString()));
    const core::session::OverviewResult &report = *pdf->analytics;
    QCOMPARE(report.kpis.period.from, query.period.from);
    QCOMPARE(int(report.series.grain), int(screen.series.grain));
    QCOMPARE(report.series.buckets.size(), screen.series.buckets.size());
    QVERIFY(!screen.series.buckets.empty());
    for (const auto id : {core::analytics::KpiId::NetSales, core::analytics::KpiId::Orders,
                          core::analytics::KpiId::NewCustomers}) {
        QCOMPARE(report.series.series(id), screen.series.series(id));
        QCOMPARE(report.comparisonSeries.series(id), screen.comparisonSeries.series(id));
    }
    QCOMPARE(pdf->comparisonSeries.series(core::analytics::KpiId::NetSales),
             screen.comparisonSeries.series(core::analytics::KpiId::NetSales));
}

void TestOverviewView::latestQueryWins()
{
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
    // A burst of queries straight into the context: only the last one may end up on screen.
    for (DateRangePreset preset :
         {DateRangePreset::Last7Days, DateRangePreset::ThisYear, DateRangePreset::LastMonth}) {
        d.bar->setPreset(preset);
        d.bar->applyNow();
    }
    QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
    const auto &shownPeriod = d.overview->shownData()->result->kpis.period;
    QCOMPARE(shownPeriod.from, QDate(2026, 9, 1)); // the last complete month: the data runs to September 30
    QCOMPARE(shownPeriod.to, QDate(2026, 9, 30));
}

// METRICS.md section 1, "Partial periods": the bucket that is not over at the as-of date is drawn as partial
// in the trend, year-over-year and new/returning charts, and labelled "to date"; a period that ends before
// the as-of date has none.
void TestOverviewView::partialBucketsAreDrawnAsPartial()
{
    Dashboard d(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    // The sample's last day is Wednesday 2026-09-30: its week (Monday 28 September to Sunday 4 October) is
    // not over, its month is.
    QCOMPARE(d.overview->shownData()->result->snapshot->asOfDate(), QDate(2026, 9, 30));
    // The last 90 days: weekly buckets, the last of them the week of the as-of date, drawn to date.
    d.bar->setPreset(DateRangePreset::Last90Days);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const auto &series = d.overview->shownData()->result->series;
    QCOMPARE(int(series.grain), int(core::analytics::Grain::Week));
    const int last = int(series.buckets.size()) - 1;
    QCOMPARE(series.buckets.back().start, QDate(2026, 9, 28));
    QCOMPARE(d.overview->trendChart()->partialIndex(), last);
    QCOMPARE(d.overview->newReturningChart()->partialIndex(), last);
    // September is over on its last day: the year-over-year chart (by month) has no partial month.
    QCOMPARE(d.overview->yearOverYearChart()->partialIndex(), -1);
    d.window.grab().save(QDir::temp().filePath(QStringLiteral("storelens-overview-partial.png")));
    // Last month is over: nothing partial.
    d.bar->setPreset(DateRangePreset::LastMonth);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    QCOMPARE(d.overview->trendChart()->partialIndex(), -1);
    QCOMPARE(d.overview->newReturningChart()->partialIndex(), -1);
}

// All time: from the first day with data to the as-of date, with no comparison, said in the period sentence.
void TestOverviewView::allTimeHasNoComparison()
{
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setComparison(Comparison::SamePeriodLastYear);
    d.bar->setPreset(DateRangePreset::AllTime);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const auto &result = *d.overview->shownData()->result;
    QCOMPARE(result.kpis.period.from, result.snapshot->firstDate());
    QCOMPARE(result.kpis.period.to, result.snapshot->asOfDate());
    QCOMPARE(int(result.kpis.comparisonKind), int(Comparison::None));
    QVERIFY(!result.kpis.comparisonPeriod.isValid());
    const auto *heading = d.overview->findChild<QLabel *>(QStringLiteral("overviewHeading"));
    QVERIFY2(heading->text().startsWith(QStringLiteral("Figures for all your data")),
             qPrintable(heading->text()));
    QVERIFY(heading->text().endsWith(QStringLiteral("there is no earlier data to compare with.")));
    QCOMPARE(d.overview->tile(KpiId::NetSales)->changeText(), QString());
    QVERIFY(!d.bar->findChild<QComboBox *>(QStringLiteral("comparison"))->isEnabled());
    // The comparison chosen before comes back with another period.
    d.bar->setPreset(DateRangePreset::Last12Months);
    QCOMPARE(int(d.bar->currentQuery().comparison), int(Comparison::SamePeriodLastYear));
}

// The workspace's currency (issue 17, item 8): set in the workspace settings, kept in the workspace, shown
// on the tiles.
void TestOverviewView::currencyShowsOnTheTiles()
{
    {
        Dashboard d(m_sample.path());
        QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
        // The sample store is a Bristol shop: pounds (the trial: its money had no currency at all).
        QCOMPARE(d.context.currency(), QStringLiteral("GBP"));
        QVERIFY2(d.overview->tile(KpiId::NetSales)->valueText().contains(QStringLiteral("£")),
                 qPrintable(d.overview->tile(KpiId::NetSales)->valueText()));
        d.context.setCurrency(QStringLiteral("EUR"));
        QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
        const QString value = d.overview->tile(KpiId::NetSales)->valueText();
        QVERIFY2(value.contains(QStringLiteral("€")), qPrintable(value));
        QVERIFY2(d.overview->tile(KpiId::AverageOrderValue)->valueText().contains(QStringLiteral("€")),
                 qPrintable(d.overview->tile(KpiId::AverageOrderValue)->valueText()));
        QVERIFY(!d.overview->tile(KpiId::Orders)->valueText().contains(QStringLiteral("€")));
        d.window.grab().save(QDir::temp().filePath(QStringLiteral("storelens-overview-currency.png")));
        d.context.session()->waitForWrites();
    }
    // A new window on the workspace reads it back.
    Dashboard again(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(again.current() && again.overview->shownData(), Timeout);
    QCOMPARE(again.context.currency(), QStringLiteral("EUR"));
    QVERIFY(again.overview->tile(KpiId::NetSales)->valueText().contains(QStringLiteral("€")));
    again.context.setCurrency(QStringLiteral("GBP")); // leave the workspace as the other tests expect it
    again.context.session()->waitForWrites();
    QVERIFY(!again.overview->tile(KpiId::NetSales)->valueText().contains(QStringLiteral("€")) ||
            !again.current());
}

void TestOverviewView::tileChoicePersists()
{
    {
        Dashboard d(m_sample.path());
        d.overview->setTileChoice({KpiId::Orders, KpiId::ChurnRate, KpiId::NetSales});
        QCOMPARE(d.overview->tile(KpiId::AverageOrderValue), nullptr);
    }
    Dashboard d(m_sample.path());
    const std::vector<KpiId> expected = {KpiId::Orders, KpiId::ChurnRate, KpiId::NetSales};
    QCOMPARE(d.overview->tileChoice(), expected);
    QVERIFY(d.overview->tile(KpiId::ChurnRate));
    QCOMPARE(d.overview->tile(KpiId::AverageOrderValue), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
    QVERIFY(d.overview->tile(KpiId::Orders)->valueText() != QStringLiteral("–"));
}

void TestOverviewView::targetsPersist()
{
    double net = 0;
    {
        Dashboard d(m_sample.path());
        QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
        net = d.overview->shownData()->result->kpis.kpi(KpiId::NetSales).current.value;
        QVERIFY(net > 0);
        d.overview->setTargets(
            {{QStringLiteral("net_sales"), net * 2}, {QStringLiteral("return_rate"), 0.05}});
        QTRY_COMPARE(core::analytics::loadKpiTargets(m_sample.path())->size(), size_t(2));
    }
    const auto stored = core::analytics::loadKpiTargets(m_sample.path());
    QCOMPARE(stored->at(QStringLiteral("net_sales")), net * 2);
    QCOMPARE(stored->at(QStringLiteral("return_rate")), 0.05);

    Dashboard d(m_sample.path());
    QTRY_COMPARE_WITH_TIMEOUT(d.overview->targets().size(), size_t(2), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(d.current(), Timeout);
    // Half of the target: the bar says 50 %.
    const QString target = d.overview->tile(KpiId::NetSales)->targetText();
    QVERIFY2(target.startsWith(QStringLiteral("50\u00a0% of target ")), qPrintable(target));
    QVERIFY(target.endsWith(QLocale().toString(net * 2, 'f', 2)));
    QCOMPARE(d.overview->tile(KpiId::Orders)->targetText(), QString());
}

// Issue 20: the verdicts only colour changes already on screen, so they start after the result's first paint
// and do not compete with it for the two cores. A result that arrives while the Overview is out of sight gets
// its verdicts once it is shown and painted, never before.
void TestOverviewView::verdictsWaitForTheFirstPaint()
{
    Dashboard d(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(d.overview->verdictGeneration(), d.context.generation(), Timeout);
    d.window.hide();
    d.bar->setPreset(DateRangePreset::Last30Days);
    d.bar->applyNow();
    const quint64 hidden = d.context.generation();
    QVERIFY(d.overview->verdictGeneration() < hidden);
    // Long enough for the result and for any verdict that had started with it (the sample store: well under a
    // second each).
    QTest::qWait(3000);
    QVERIFY(d.overview->verdictGeneration() < hidden);
    d.window.show();
    QTRY_COMPARE_WITH_TIMEOUT(d.overview->verdictGeneration(), hidden, Timeout);
}

// METRICS.md section 9: a change is coloured good or bad only when its verdict says it is beyond normal
// variation. The trial: Gross sales and Returns, added with Choose tiles, were red without a verdict
// while Why? said "within normal variation (p = 0.686)"; year-over-year growth, which has no verdict, was
// green.
void TestOverviewView::onlyChangesBeyondNormalVariationAreColoured()
{
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setPreset(DateRangePreset::Last30Days);
    d.bar->setComparison(Comparison::PreviousPeriod);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(d.overview->verdictGeneration(), d.context.generation(), Timeout);

    // Tiles added after the verdicts were computed: plain until their own verdicts arrive.
    std::vector<KpiId> tiles = d.overview->tileChoice();
    for (KpiId added : {KpiId::GrossSales, KpiId::Discounts, KpiId::Returns, KpiId::UnitsPerTransaction})
        tiles.push_back(added);
    QSignalSpy verdicts(d.overview, &ui::OverviewView::verdictsShown);
    d.overview->setTileChoice(tiles);
    const QColor plain = d.overview->tile(KpiId::NetSales)->palette().color(QPalette::Text);
    for (KpiId added : {KpiId::GrossSales, KpiId::Returns, KpiId::UnitsPerTransaction}) {
        const ui::KpiTile *tile = d.overview->tile(added);
        QVERIFY(!tile->changeText().isEmpty());
        QVERIFY(!tile->hasVerdict());
        QCOMPARE(tile->changeColor(), plain);
    }
    QTRY_VERIFY_WITH_TIMEOUT(verdicts.count() > 0, Timeout);

    // Each tile against the engine's own verdict, from a session of the test's.
    core::session::WorkspaceSession session(m_sample.path());
    int withinButJudged = 0; // changes the assessment calls good or bad, within normal variation
    int beyond = 0;
    for (KpiId id : tiles) {
        const ui::KpiTile *tile = d.overview->tile(id);
        const auto &kpi = d.overview->shownData()->result->kpis.kpi(id);
        if (!kpi.hasChange)
            continue;
        const bool judged = kpi.assessment == core::analytics::ChangeAssessment::Good ||
                            kpi.assessment == core::analytics::ChangeAssessment::Bad;
        bool isBeyond = false;
        if (core::analytics::explain::canExplain(id)) {
            const auto e = session.explain(d.context.query(), id, {});
            QVERIFY(e);
            isBeyond = e.value()->comparable && !e.value()->verdict.withinNormalVariation;
            QVERIFY2(tile->hasVerdict() == e.value()->comparable, qPrintable(core::analytics::kpiKey(id)));
        } else {
            QVERIFY(!tile->hasVerdict()); // year-over-year growth: no verdict, so never coloured
        }
        const QColor expected = isBeyond ? ui::assessmentColor(kpi.assessment, tile->palette()) : plain;
        QVERIFY2(tile->changeColor() == expected, qPrintable(core::analytics::kpiKey(id)));
        if (judged && !isBeyond)
            ++withinButJudged;
        if (judged && isBeyond)
            ++beyond;
    }
    // The sample's last 30 days have both kinds, so the test sees each.
    QVERIFY2(withinButJudged > 0, "no judged change within normal variation");
    qInfo("%d judged changes within normal variation, %d beyond", withinButJudged, beyond);
}

// The trial: the retention tile's second note line ("Too few days to judge" under "Kept 81 of 83 customers;
// 0 reactivated.") touched the bottom border, the tile's height being fixed. Every line of every tile is
// whole and inside the border, the sparkline below the text, at 1280 and 1920 px.
void TestOverviewView::changeThatRoundsToZeroHasNoArrow_data()
{
    QTest::addColumn<int>("kpi");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("now");
    QTest::addColumn<QString>("expected");
    const QString minus(QChar(0x2212));
    const QString nbsp(QChar(0x00a0));
    // Trial 22en: the return rate 0.12 % after 0.16 % read "▼ −0.0 pp".
    QTest::newRow("rate, rounds to zero")
        << int(KpiId::ReturnRate) << 0.00124 << 0.00120 << QStringLiteral("0.0 pp");
    QTest::newRow("rate, a tenth of a point") << int(KpiId::ReturnRate) << 0.0021 << 0.0012
                                              << QStringLiteral("▼ ") + minus + QStringLiteral("0.1 pp");
    QTest::newRow("number, rounds to zero") << int(KpiId::UnitsPerTransaction) << 2.1234 << 2.1231
                                            << QStringLiteral("0.00 (0.0") + nbsp + QStringLiteral("%)");
}

void TestOverviewView::changeThatRoundsToZeroHasNoArrow()
{
    QFETCH(int, kpi);
    QFETCH(double, previous);
    QFETCH(double, now);
    QFETCH(QString, expected);
    core::analytics::KpiValue current;
    current.id = KpiId(kpi);
    current.hasData = true;
    current.value = now;
    core::analytics::KpiValue before = current;
    before.value = previous;
    const core::analytics::KpiComparison comparison = core::analytics::compareKpis(current, before);
    QVERIFY(comparison.hasChange);
    ui::KpiTile tile{KpiId(kpi)};
    tile.setResult(comparison, QStringLiteral("Previous period"));
    QCOMPARE(tile.changeText(), expected);
}

// Trial 22en: the historical CLV sparkline of "This month" (by day) was loose fragments: each day without a
// new customer has no CLV and broke the line, and a value alone between two such days drew nothing. The line
// breaks only at days without sales (no order, no net sales): from each value to the next across days that
// hold sales it runs unbroken.
void TestOverviewView::sparklinesBreakOnlyWithoutData()
{
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setPreset(DateRangePreset::Last30Days);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    QTest::qWait(50);
    ui::Sparkline *spark = d.overview->tile(KpiId::HistoricalClv)->sparkline();
    QVERIFY(spark->isVisible());
    // Header, then the days.
    const QList<QStringList> clv = spark->dataTable();
    const QList<QStringList> orders = d.overview->tile(KpiId::Orders)->sparkline()->dataTable();
    const QList<QStringList> net = d.overview->tile(KpiId::NetSales)->sparkline()->dataTable();
    const int days = int(clv.size()) - 1;
    QCOMPARE(days, 30);
    QCOMPARE(orders.size(), clv.size());
    const auto sold = [&](int day) {
        return orders.at(day + 1).at(1).toDouble() > 0 || net.at(day + 1).at(1).toDouble() != 0;
    };
    std::vector<int> valued;
    for (int day = 0; day < days; ++day) {
        if (!clv.at(day + 1).at(1).isEmpty())
            valued.push_back(day);
    }
    QVERIFY(valued.size() >= 2);
    const QImage image = spark->grab().toImage();
    image.save(QDir::temp().filePath(QStringLiteral("storelens-sparkline-clv.png")));
    const QColor line = spark->palette().color(QPalette::Highlight);
    const auto drawnAt = [&](int x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x * image.width() / spark->width(), y);
            if (std::abs(c.red() - line.red()) + std::abs(c.green() - line.green()) +
                    std::abs(c.blue() - line.blue()) <
                150)
                return true;
        }
        return false;
    };
    const double step = (spark->width() - 6) / double(days - 1);
    const auto xOf = [step](int day) { return 3 + step * day; };
    int bridged = 0; // pairs of values with a day between them that has sales but no value
    QStringList blank;
    for (size_t k = 0; k + 1 < valued.size(); ++k) {
        const int from = valued[k];
        const int to = valued[k + 1];
        bool unbroken = true;
        for (int day = from + 1; day < to; ++day)
            unbroken = unbroken && sold(day);
        if (!unbroken)
            continue;
        bridged += to - from > 1 ? 1 : 0;
        for (int x = int(std::ceil(xOf(from))) + 1; x < int(xOf(to)) - 1; ++x) {
            if (!drawnAt(x))
                blank.append(QStringLiteral("%1 (between days %2 and %3)").arg(x).arg(from + 1).arg(to + 1));
        }
    }
    QVERIFY2(bridged > 0, "no day with sales but without a new customer between two values");
    QVERIFY2(blank.isEmpty(),
             qPrintable(QStringLiteral("no line at x = ") + blank.join(QStringLiteral(", "))));
    // Every value is drawn, one alone between days without sales as a dot.
    for (int day : valued)
        QVERIFY2(drawnAt(int(std::lround(xOf(day)))), qPrintable(QString::number(day + 1)));
}

void TestOverviewView::tilesAreAsTallAsTheirLines()
{
    for (const int width : {1280, 1920}) {
        Dashboard d(m_sample.path());
        d.window.resize(width, 1000);
        QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        d.bar->setPreset(DateRangePreset::Last30Days);
        d.bar->setComparison(Comparison::PreviousPeriod);
        d.bar->applyNow();
        QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(d.overview->verdictGeneration(), d.context.generation(), Timeout);
        QTest::qWait(50); // the layout after the verdicts' notes
        const ui::KpiTile *retention = d.overview->tile(KpiId::RetentionRate);
        const auto *note = retention->findChild<QLabel *>(QStringLiteral("note"));
        // Kept … reactivated, and the verdict's line below it: at least two lines.
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1Char('\n')), qPrintable(note->text()));
        for (KpiId id : d.overview->tileChoice()) {
            const ui::KpiTile *tile = d.overview->tile(id);
            const QString key = core::analytics::kpiKey(id);
            const QRect inside = tile->contentsRect();
            for (const char *name : {"name", "value", "change", "comparison", "note"}) {
                const auto *label = tile->findChild<QLabel *>(QString::fromLatin1(name));
                if (!label->isVisible())
                    continue;
                QVERIFY2(inside.contains(label->geometry()),
                         qPrintable(key + QLatin1Char(' ') + QString::fromLatin1(name)));
                if (label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(QStringLiteral("%1 %2: %3 < %4")
                                            .arg(key, QString::fromLatin1(name))
                                            .arg(label->height())
                                            .arg(label->heightForWidth(label->width()))));
            }
            // A rate's change in percentage points only, never also in per cent of the percentage (trial 20).
            const auto *change = tile->findChild<QLabel *>(QStringLiteral("change"));
            if (core::analytics::kpiUnit(id) == core::analytics::KpiUnit::Ratio && change->isVisible() &&
                change->text().contains(QStringLiteral(" pp")))
                QVERIFY2(!change->text().contains(QLatin1Char('(')),
                         qPrintable(key + QLatin1Char(' ') + change->text()));
            const auto *value = tile->findChild<QLabel *>(QStringLiteral("value"));
            const QWidget *sparkline = tile->sparkline();
            if (tile->hasSparkline()) {
                QVERIFY2(inside.contains(sparkline->geometry()), qPrintable(key));
                QVERIFY(sparkline->height() >= ui::KpiTile::kSparklineHeight);
                if (note->isVisible() && tile == retention)
                    QVERIFY2(sparkline->y() > note->geometry().bottom(), qPrintable(key));
                QVERIFY(sparkline->y() > value->geometry().bottom());
            }
        }
    }
    // A name ending in a sign keeps it on its line ("Croissance sur un an %" left "%" alone).
    Dashboard d(m_sample.path());
    const auto *yoy = d.overview->tile(KpiId::YoyGrowthRate)->findChild<QLabel *>(QStringLiteral("name"));
    QVERIFY2(yoy->text().endsWith(QStringLiteral("\u00a0%")), qPrintable(yoy->text()));
}

// Trial 24c: a shop with four months of data read retention 100,0 % and churn 0,0 % as figures. A look-back
// window under 90 % covered (METRICS.md section 1) makes those tiles lead with "Too early to tell" and why,
// their value dimmed, and the heading no longer says it. March 2025 of the test's sample (two years of data,
// from 1 October 2024): the window 1 March 2024 – 28 February 2025 holds 31 + 30 + 31 + 31 + 28 = 151 of its
// 365 days.
void TestOverviewView::retentionTooEarlyToTell()
{
    Dashboard d(m_sample.path());
    QSignalSpy loaded(d.bar, &ui::FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    d.bar->setCustomRange(QDate(2025, 3, 1), QDate(2025, 3, 31));
    d.bar->setComparison(Comparison::PreviousPeriod);
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const QString why = QStringLiteral("A customer counts as lost after 365 days without buying; the data "
                                       "before this period covers only 151 of those days.");
    for (KpiId id : {KpiId::RetentionRate, KpiId::ChurnRate}) {
        const ui::KpiTile *tile = d.overview->tile(id);
        QCOMPARE(tile->changeText(), QStringLiteral("Too early to tell"));
        QVERIFY(tile->comparisonText().isEmpty());
        const auto *note = tile->findChild<QLabel *>(QStringLiteral("note"));
        QVERIFY2(note->text().startsWith(why), qPrintable(note->text()));
        const auto *value = tile->findChild<QLabel *>(QStringLiteral("value"));
        QVERIFY(value->palette().color(QPalette::Text) != tile->palette().color(QPalette::Text));
    }
    const QString heading = d.overview->findChild<QLabel *>(QStringLiteral("overviewWarnings"))->text();
    QVERIFY2(!heading.contains(QStringLiteral("retention")), qPrintable(heading));
    // A year later the window is whole: the tiles compare as usual.
    d.bar->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
    d.bar->applyNow();
    QTRY_VERIFY_WITH_TIMEOUT(d.current() && d.overview->shownData(), Timeout);
    const QString later = d.overview->tile(KpiId::RetentionRate)->changeText();
    QVERIFY2(later != QStringLiteral("Too early to tell"), qPrintable(later));
    QVERIFY(!d.overview->tile(KpiId::RetentionRate)->comparisonText().isEmpty());
}

// Trial 24c: the VAT note under the Overview's heading and again on two tiles. A sentence the heading says
// leaves the tile's face for its tooltip; the tile's other notes stay.
void TestOverviewView::tileLeavesTheHeadingsNoteToItsTooltip()
{
    core::analytics::KpiValue current;
    current.id = KpiId::NetSales;
    current.hasData = true;
    current.value = 100;
    current.warning = QStringLiteral("Prices include VAT. Two lines have no price.");
    const auto kpi = core::analytics::compareKpis(current, current);
    ui::KpiTile tile{KpiId::NetSales};
    ui::KpiTile::ViewNotes notes;
    notes.saidAbove = QStringList{QStringLiteral("Prices include VAT.")};
    tile.setResult(kpi, QString(), notes);
    const auto *note = tile.findChild<QLabel *>(QStringLiteral("note"));
    QCOMPARE(note->text(), QStringLiteral("Two lines have no price."));
    QVERIFY(tile.toolTip().contains(QStringLiteral("Prices include VAT.")));
    tile.setResult(kpi, QString());
    QCOMPARE(note->text(), current.warning);
}

QTEST_MAIN(TestOverviewView)
#include "tst_overviewview.moc"
