#include "common/SampleFixture.h"
#include "core/analytics/query/ReportPeriods.h"
#include "ui/dashboard/DateRangePreset.h"
#include "ui/report/ReportData.h"

#include "core/session/WorkspaceSession.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace storelens;
using namespace storelens::ui;
using core::analytics::KpiId;

class TestDateRangePreset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data();
    void resolves();
    void keysRoundTrip();
    void labelsNameTheirCalendarPeriod();
    void customAndInvalidAsOfAreInvalid();
    void screenAndReportPlotTheSameSeries_data();
    void screenAndReportPlotTheSameSeries();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<core::session::WorkspaceSession> m_session;
};

void TestDateRangePreset::resolves_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate asOf(2026, 9, 30);
    QTest::newRow("last 7 days ends at the as-of date")
        << int(DateRangePreset::Last7Days) << asOf << QDate(2026, 9, 24) << asOf;
    QTest::newRow("last 30 days") << int(DateRangePreset::Last30Days) << asOf << QDate(2026, 9, 1) << asOf;
    QTest::newRow("last 90 days") << int(DateRangePreset::Last90Days) << asOf << QDate(2026, 7, 3) << asOf;
    // The whole calendar month: the engine computes it to the as-of date and compares it like for like.
    QTest::newRow("this month is the calendar month")
        << int(DateRangePreset::ThisMonth) << QDate(2026, 9, 17) << QDate(2026, 9, 1) << QDate(2026, 9, 30);
    // The last complete month: the as-of date's own when the data runs to its last day, as the monthly
    // report takes it (trial 24c), else the month before.
    QTest::newRow("last complete month is the as-of month when it is over")
        << int(DateRangePreset::LastMonth) << QDate(2026, 3, 31) << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("last complete month is the month before when the as-of month is not over")
        << int(DateRangePreset::LastMonth) << QDate(2026, 3, 30) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("last month across a year")
        << int(DateRangePreset::LastMonth) << QDate(2026, 1, 5) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("this quarter") << int(DateRangePreset::ThisQuarter) << QDate(2026, 8, 14)
                                  << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("last quarter across a year") << int(DateRangePreset::LastQuarter) << QDate(2026, 2, 14)
                                                << QDate(2025, 10, 1) << QDate(2025, 12, 31);
    QTest::newRow("last complete quarter is the as-of quarter when it is over")
        << int(DateRangePreset::LastQuarter) << asOf << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("this year is the calendar year")
        << int(DateRangePreset::ThisYear) << asOf << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("year to date") << int(DateRangePreset::YearToDate) << asOf << QDate(2026, 1, 1) << asOf;
    QTest::newRow("last 12 months is the default period")
        << int(DateRangePreset::Last12Months) << asOf << QDate(2025, 10, 1) << asOf;
    QTest::newRow("last 12 months from a month end in a leap year")
        << int(DateRangePreset::Last12Months) << QDate(2024, 2, 29) << QDate(2023, 3, 1)
        << QDate(2024, 2, 29);
    // All time: from the first day with data (2024-05-06, the firstDay column of resolves()).
    QTest::newRow("all time from the first day with data")
        << int(DateRangePreset::AllTime) << asOf << QDate(2024, 5, 6) << asOf;
}

void TestDateRangePreset::resolves()
{
    QFETCH(int, preset);
    QFETCH(QDate, asOf);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto period = resolveDateRangePreset(DateRangePreset(preset), asOf, QDate(2024, 5, 6));
    QCOMPARE(period.from, from);
    QCOMPARE(period.to, to);
}

void TestDateRangePreset::keysRoundTrip()
{
    for (int i = 0; i < kDateRangePresetCount; ++i) {
        const auto preset = DateRangePreset(i);
        QCOMPARE(dateRangePresetFromKey(dateRangePresetKey(preset), DateRangePreset::Custom), preset);
        QVERIFY(!dateRangePresetLabel(preset).isEmpty());
    }
    QCOMPARE(dateRangePresetFromKey(QStringLiteral("next_decade"), DateRangePreset::Last12Months),
             DateRangePreset::Last12Months);
}

// Trials 24nl, 24fr, 24b, 24c: on 6 December, with data up to 30 November, "Last month" showed October and
// was read as November, while the monthly report took November. Each calendar preset names the period it
// covers, counted from the last day with data, and "last" is the last complete one, as the report's.
void TestDateRangePreset::labelsNameTheirCalendarPeriod()
{
    const QDate asOf(2026, 11, 30);
    QCOMPARE(dateRangePresetLabel(DateRangePreset::LastMonth, asOf),
             QStringLiteral("Last complete month (November 2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::LastMonth, QDate(2026, 11, 29)),
             QStringLiteral("Last complete month (October 2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::ThisMonth, asOf),
             QStringLiteral("This month (November 2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::LastQuarter, asOf),
             QStringLiteral("Last complete quarter (Q3 2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::ThisQuarter, asOf),
             QStringLiteral("This quarter (Q4 2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::ThisYear, asOf), QStringLiteral("This year (2026)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::YearToDate, QDate(2027, 2, 3)),
             QStringLiteral("Year to date (2027)"));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::LastMonth, QDate(2026, 1, 15)),
             QStringLiteral("Last complete month (December 2025)"));
    for (DateRangePreset plain : {DateRangePreset::Last30Days, DateRangePreset::Last12Months,
                                  DateRangePreset::AllTime, DateRangePreset::Custom})
        QCOMPARE(dateRangePresetLabel(plain, asOf), dateRangePresetLabel(plain));
    QCOMPARE(dateRangePresetLabel(DateRangePreset::LastMonth, QDate()),
             QStringLiteral("Last complete month"));
    // The same month as the monthly report's.
    for (const QDate day : {asOf, QDate(2026, 11, 29), QDate(2026, 2, 28)}) {
        const auto monthly = core::analytics::reportPeriods(core::analytics::ReportTemplate::Monthly, day);
        QCOMPARE(resolveDateRangePreset(DateRangePreset::LastMonth, day).from, monthly->period.from);
        QCOMPARE(resolveDateRangePreset(DateRangePreset::LastMonth, day).to, monthly->period.to);
    }
}

void TestDateRangePreset::customAndInvalidAsOfAreInvalid()
{
    QCOMPARE(resolveDateRangePreset(DateRangePreset::Custom, QDate(2026, 9, 30)).isValid(), false);
    QCOMPARE(resolveDateRangePreset(DateRangePreset::Last30Days, QDate()).isValid(), false);
    // All time needs the first day with data.
    QCOMPARE(resolveDateRangePreset(DateRangePreset::AllTime, QDate(2026, 9, 30)).isValid(), false);
}

void TestDateRangePreset::screenAndReportPlotTheSameSeries_data()
{
    QTest::addColumn<int>("preset");
    for (int i = 0; i < kDateRangePresetCount; ++i) {
        if (DateRangePreset(i) != DateRangePreset::Custom)
            QTest::newRow(qPrintable(dateRangePresetKey(DateRangePreset(i)))) << i;
    }
}

// Issue 16: the screen and the PDF once picked the chart's time step with different cut-offs, so for some
// periods the report plotted another series than the Overview. Both now take the series of the session's one
// overview(); for every preset the report's chart data is the Overview's: same step, buckets and values.
void TestDateRangePreset::screenAndReportPlotTheSameSeries()
{
    QFETCH(int, preset);
    if (!m_session) {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("presets.storelens"));
        QVERIFY(storelens::test::writeSample(path, 200, 2).ok());
        m_session = std::make_shared<core::session::WorkspaceSession>(path);
    }
    const auto choices = m_session->filterChoices();
    QVERIFY(choices.ok());
    ReportOptions options;
    options.workspacePath = m_session->workspacePath();
    options.query.period = resolveDateRangePreset(DateRangePreset(preset), choices->asOf, choices->firstDay);
    QVERIFY(options.query.period.isValid());

    const auto screen = m_session->overview(options.query, core::session::OverviewRequest());
    QVERIFY(screen.ok());
    const auto report = computeReportData(options, TaskControl(), m_session);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->analytics);
    const core::analytics::TimeSeries &shown = screen.value()->series;
    const core::analytics::TimeSeries &printed = report->analytics->series;
    QVERIFY(!shown.buckets.empty());
    QCOMPARE(int(printed.grain), int(shown.grain));
    QCOMPARE(printed.buckets.size(), shown.buckets.size());
    QCOMPARE(printed.buckets.front().start, shown.buckets.front().start);
    QCOMPARE(printed.buckets.back().start, shown.buckets.back().start);
    for (const KpiId id : {KpiId::NetSales, KpiId::Orders, KpiId::AverageOrderValue}) {
        QCOMPARE(printed.series(id), shown.series(id));
        QCOMPARE(printed.has(id), shown.has(id));
    }
    // The dashed comparison line too.
    const core::analytics::TimeSeries &shownBefore = screen.value()->comparisonSeries;
    QCOMPARE(report->comparisonSeries.buckets.size(), shownBefore.buckets.size());
    if (!shownBefore.buckets.empty())
        QCOMPARE(report->comparisonSeries.series(KpiId::NetSales), shownBefore.series(KpiId::NetSales));
}

QTEST_GUILESS_MAIN(TestDateRangePreset)
#include "tst_daterangepreset.moc"
