#include "ReportTestSupport.h"

#include "common/SampleFixture.h"
#include "common/TwoSources.h"
#include "core/analytics/explain/Explain.h"
#include "core/session/WorkspaceSession.h"
#include "ui/dashboard/ExplainFormat.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace storelens;
using core::analytics::KpiId;
using storelens::ui::ReportOptions;
using storelens::ui::ReportSection;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

// The report's "What changed" section (issue 19): after the KPI table, the engine's sentence for net sales
// and for the KPIs that moved most beyond normal variation, with the waterfall and the largest parts.
class TestReportExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explanationsAreNetSalesThenBeyondNormalVariation();
    void whatChangedFollowsTheKpiTable_data();
    void whatChangedFollowsTheKpiTable();
    void noSectionWithoutTheKpis();
    void monthlyWhatChangedComparesWithTheTablesPreviousMonth();
    void periodNotOverYetComparesLikeTheTable();
    void sourceEndingEarlyIsSaidInWhatChanged();

private:
    ReportOptions options() const;

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestReportExplain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(kEnglish);
    m_sample = m_dir.filePath(QStringLiteral("shop.storelens"));
    const auto stats = test::writeSample(m_sample, 400, 2);
    QVERIFY2(stats.ok(), qPrintable(stats.error().toString()));
    if (!reporttest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils (pdftotext) is not installed; scripts/setup.sh installs it.");
}

ReportOptions TestReportExplain::options() const
{
    ReportOptions o;
    o.workspacePath = m_sample;
    o.locale = kEnglish;
    o.sections = ReportSection::Kpis;
    return o;
}

void TestReportExplain::explanationsAreNetSalesThenBeyondNormalVariation()
{
    const auto data = ui::computeReportData(options(), ui::TaskControl{});
    QVERIFY(data);
    const auto &explanations = data->explanations;
    QVERIFY(!explanations.empty());
    QVERIFY(explanations.size() <= 3);
    QCOMPARE(explanations.front()->kpi, KpiId::NetSales);
    // The others: explained, beyond normal variation, the larger relative move first.
    for (size_t i = 1; i < explanations.size(); ++i) {
        QVERIFY(core::analytics::explain::canExplain(explanations[i]->kpi));
        QVERIFY(explanations[i]->verdict.tested);
        QVERIFY(!explanations[i]->verdict.withinNormalVariation);
        if (i > 1)
            QVERIFY(std::fabs(explanations[i - 1]->relativeChange) >=
                    std::fabs(explanations[i]->relativeChange));
    }
    // Every explainable KPI beyond normal variation that is left out moved less than the ones shown. The
    // KPI table colours exactly the changes beyond normal variation (trial 20: it coloured a retention change
    // that its tile showed plain).
    core::session::WorkspaceSession session(m_sample);
    int coloured = 0;
    for (int i = 0; i < core::analytics::kKpiCount; ++i) {
        const auto kpi = KpiId(i);
        if (!core::analytics::explain::canExplain(kpi)) {
            QVERIFY(!data->beyondNormalVariation.count(kpi));
            continue;
        }
        const auto e = session.explain(data->query, kpi, ui::explainDimensions());
        QVERIFY(e);
        const bool tested = e.value()->verdict.tested && !e.value()->verdict.withinNormalVariation;
        QCOMPARE(data->beyondNormalVariation.count(kpi) == 1, tested);
        coloured += tested ? 1 : 0;
        if (kpi == KpiId::NetSales)
            continue;
        const bool shown = std::any_of(explanations.begin() + 1, explanations.end(),
                                       [kpi](const auto &x) { return x->kpi == kpi; });
        const bool beyond = e.value()->verdict.tested && !e.value()->verdict.withinNormalVariation;
        if (beyond && !shown)
            QCOMPARE(explanations.size(), size_t(3));
        if (!beyond)
            QVERIFY(!shown);
    }
    QVERIFY(coloured > 0); // the sample's year has changes beyond normal variation
}

void TestReportExplain::whatChangedFollowsTheKpiTable_data()
{
    QTest::addColumn<bool>("monthlyTemplate");
    QTest::newRow("last 12 months against the previous period") << false;
    QTest::newRow("last complete month (template)") << true;
}

void TestReportExplain::whatChangedFollowsTheKpiTable()
{
    QFETCH(bool, monthlyTemplate);
    ReportOptions o = options();
    if (monthlyTemplate)
        o.periodTemplate = core::analytics::ReportTemplate::Monthly;
    const QString pdf =
        m_dir.filePath(monthlyTemplate ? QStringLiteral("monthly.pdf") : QStringLiteral("year.pdf"));
    const auto written = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const QString text = reporttest::pdfText(pdf).simplified();
    const auto table = text.indexOf(QStringLiteral("Change % is (value"));
    const auto section = text.indexOf(QStringLiteral("What changed"));
    QVERIFY(table >= 0);
    QVERIFY2(section > table, qPrintable(QString::number(section)));
    // The engine's sentence for the report's period and comparison, computed here on a session of our own.
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(data);
    core::analytics::Query query = data->query;
    if (query.comparison == core::analytics::Comparison::None) {
        query.comparison = core::analytics::Comparison::PreviousPeriod;
        query.comparisonPeriod = data->comparisons.front().period;
    }
    core::session::WorkspaceSession session(m_sample);
    const auto net = session.explain(query, KpiId::NetSales, ui::explainDimensions());
    QVERIFY(net);
    QVERIFY(net.value()->comparable);
    QVERIFY(net.value()->sentence.startsWith(QStringLiteral("Net sales ")));
    QVERIFY2(text.indexOf(net.value()->sentence.simplified(), section) > section,
             qPrintable(net.value()->sentence));
    QVERIFY(text.indexOf(QStringLiteral("Part of the change"), section) > section);
    QVERIFY(text.indexOf(net.value()->verdict.sentence.simplified(), section) > section);
}

void TestReportExplain::noSectionWithoutTheKpis()
{
    ReportOptions o = options();
    o.sections = ReportSection::Trends;
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(data);
    QVERIFY(data->explanations.empty());
}

// Trial 9: the monthly report's KPI table compared November with 1–31 October while "What changed" compared
// it with 2–31 October (the 30 days before), so the PDF showed two "previous month" net sales. Both now use
// the calendar month before.
void TestReportExplain::monthlyWhatChangedComparesWithTheTablesPreviousMonth()
{
    ReportOptions o = options();
    o.periodTemplate = core::analytics::ReportTemplate::Monthly;
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(data);
    QVERIFY(!data->explanations.empty());
    const auto &previousMonth = data->comparisons.front();
    const QDate start = data->query.period.from;
    QCOMPARE(start.day(), 1);
    QCOMPARE(previousMonth.period.from, start.addMonths(-1));
    QCOMPARE(previousMonth.period.to, start.addDays(-1));
    for (const auto &e : data->explanations) {
        QCOMPARE(e->comparisonPeriod.from, previousMonth.period.from);
        QCOMPARE(e->comparisonPeriod.to, previousMonth.period.to);
    }
    const auto &net = *data->explanations.front();
    QVERIFY(net.comparable);
    const auto &column = previousMonth.kpis[size_t(KpiId::NetSales)];
    QVERIFY(column.comparison.hasData);
    QCOMPARE(net.value0, column.comparison.value);
    QCOMPARE(net.value1, column.current.value);
}

// Trial 22en: the PDF for "This year" (to 30/11/2026) compared with 01/01–30/11/2025 on page 1 and in the KPI
// table, but "What changed" with the 334 days before the period cut to date (01/02–31/12/2025). A period not
// over yet is explained against the table's like-for-like comparison, in the data and in the PDF's text.
void TestReportExplain::periodNotOverYetComparesLikeTheTable()
{
    ReportOptions o = options();
    const auto first = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(first);
    const QDate asOf = first->overview->kpis.asOf;
    QVERIFY(asOf.isValid());
    o.query.period = {asOf.addDays(-59), asOf.addDays(30)}; // 90 days, 60 of them to date
    o.query.comparison = core::analytics::Comparison::PreviousPeriod;
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(data);
    QCOMPARE(data->query.period.to, asOf);
    QVERIFY(!data->comparisons.empty());
    const core::analytics::Period table = data->comparisons.front().period;
    // The like-for-like cut: the first 60 of the 90 days before.
    QCOMPARE(table.from, asOf.addDays(-59 - 90));
    QCOMPARE(table.days(), qint64(60));
    QVERIFY(!data->explanations.empty());
    for (const auto &e : data->explanations) {
        QCOMPARE(e->comparisonPeriod.from, table.from);
        QCOMPARE(e->comparisonPeriod.to, table.to);
    }
    const auto &net = *data->explanations.front();
    const auto &column = data->comparisons.front().kpis[size_t(KpiId::NetSales)];
    if (net.comparable && column.comparison.hasData)
        QCOMPARE(net.value0, column.comparison.value);

    const QString pdf = m_dir.filePath(QStringLiteral("to-date.pdf"));
    const auto written = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const QString text = reporttest::pdfText(pdf).simplified();
    const auto section = text.indexOf(QStringLiteral("What changed"));
    QVERIFY(section >= 0);
    const QString against = QStringLiteral(" against %1").arg(ui::formatPeriod(table, kEnglish));
    QVERIFY2(text.indexOf(against, section) >= 0, qPrintable(text.mid(section, 300)));
}

// Trial 12 in the PDF: "What changed" names the till's missing days first, does not call the fall beyond
// normal variation, and lists the change by source (common/TwoSources.h: −40.00, SumUp −70.00, PrestaShop
// +30.00).
void TestReportExplain::sourceEndingEarlyIsSaidInWhatChanged()
{
    ReportOptions o = options();
    o.workspacePath = m_dir.filePath(QStringLiteral("two-sources.storelens"));
    QVERIFY(test::writeTwoSourceShop(o.workspacePath));
    o.query.period = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    o.query.comparison = core::analytics::Comparison::PreviousPeriod;
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY(data);
    QVERIFY(!data->explanations.empty());
    const auto &net = *data->explanations.front();
    QCOMPARE(net.change, -40.0);
    QVERIFY(net.verdict.sourceEndsEarly);
    // Only net sales: a change that is a source's missing days is not among those beyond normal variation.
    for (const auto &e : data->explanations) {
        if (e->kpi != KpiId::NetSales)
            QVERIFY2(!e->verdict.sourceEndsEarly, qPrintable(core::analytics::kpiLabel(e->kpi)));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("two-sources.pdf"));
    const auto written = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const QString text = reporttest::pdfText(pdf).simplified();
    const auto section = text.indexOf(QStringLiteral("What changed"));
    QVERIFY(section >= 0);
    QVERIFY2(text.indexOf(net.sentence.simplified(), section) > section, qPrintable(net.sentence));
    QVERIFY(net.sentence.startsWith(QStringLiteral("\"SumUp\" has no data after 10/31/2026: ")));
    QVERIFY(text.indexOf(QStringLiteral("Not comparable: a source's data ends early"), section) > section);
    QVERIFY(!text.contains(QStringLiteral("beyond normal variation:")));
    const auto bySource = text.indexOf(QStringLiteral("Source SumUp"), section);
    QVERIFY2(bySource > section, qPrintable(text.mid(section, 1500)));
    QVERIFY(text.indexOf(QStringLiteral("PrestaShop"), bySource) > bySource);
}

QTEST_MAIN(TestReportExplain)
#include "tst_reportexplain.moc"
