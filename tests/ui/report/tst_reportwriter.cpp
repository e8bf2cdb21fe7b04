#include "ReportTestSupport.h"
#include "common/NoDropoutStore.h"
#include "common/SessionFixture.h"
#include "common/WorkspaceFixture.h"
#include "core/model/EnglishPlurals.h"
#include "core/store/Currency.h"

#include "core/analytics/kpi/KpiTargets.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/sample/SampleWorkspace.h"
#include "core/store/Workspace.h"
#include "ui/common/LatestTask.h"
#include "ui/report/ReportChartBlock.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportSections.h"
#include "ui/report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace storelens;
using namespace storelens::core::analytics;
using storelens::ui::ReportOptions;
using storelens::ui::ReportSection;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// The report's text for a KPI value, formatted here from the engine's numbers (not by the report's code).
QString expectedValue(const KpiValue &v)
{
    if (!v.hasData)
        return QStringLiteral("no data");
    switch (kpiUnit(v.id)) {
    case KpiUnit::Money:
        return core::formatCurrency(double(v.money.roundedCents()) / 100.0, QStringLiteral("GBP"), kEnglish);
    case KpiUnit::Count:
        return kEnglish.toString(qint64(v.value));
    case KpiUnit::Ratio:
        return kEnglish.toString(v.value * 100, 'f', 1) + QStringLiteral(" %");
    case KpiUnit::Number:
        return kEnglish.toString(v.value, 'f', 2);
    }
    return {};
}

// The KPI table's row of `label`: the text after the label on its line (pdftotext -layout keeps a row on one
// line); empty when there is none.
QString rowAfterLabel(const QString &text, const QString &label)
{
    const QRegularExpression row(QStringLiteral("^\\s*") + QRegularExpression::escape(label) +
                                     QStringLiteral("\\s{2,}(\\S.*)$"),
                                 QRegularExpression::MultilineOption);
    const auto match = row.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// The KPI table's part of the text (the title page repeats a few KPIs "at a glance").
QString kpiTable(const QString &text)
{
    return text.mid(text.indexOf(QStringLiteral("Change % is (value")));
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesAndMetadata_data();
    void pagesAndMetadata();
    void kpiValuesMatchTheEngine();
    void filtersLineAndFilteredValues();
    void monthlyTemplateComparesWithTwoPeriods();
    void targetsAppearInTheTable();
    void titlePageLeadsAndStatesNoFalseComparison();
    void notComparableFitsItsColumn();
    void emptyWorkspaceGivesAShortReport();
    void ordersWithoutProductsHaveNoRanking();
    void cancelledReportLeavesTheFileAlone();
    void missingFoldersAreMade();
    void noNearlyEmptyPage_data();
    void noNearlyEmptyPage();
    void predictionsAndCohortsReadAsAManagerWould();
    void negativeNumbersPrintWithAMinus_data();
    void negativeNumbersPrintWithAMinus();
    void trendChartsStartWithTheData();
    void axisTicksReadApart();

private:
    ReportOptions options(const QString &workspace) const;
    QDate firstDataDay() const; // the sample's; invalid when it cannot be read
    QString write(const ReportOptions &o, const QString &name, int *pages = nullptr);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_empty;
};

void TestReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::installEnglishPlurals(); // "(30 days)", as the application says it
    core::SampleOptions sample;
    sample.customers = 400;
    sample.years = 2;
    m_sample = m_dir.filePath(QStringLiteral("shop.storelens"));
    const auto stats = core::writeSampleWorkspace(m_sample, sample);
    QVERIFY2(stats.ok(), qPrintable(stats.error().toString()));
    m_empty = m_dir.filePath(QStringLiteral("empty.storelens"));
    QVERIFY(core::Workspace::open(m_empty, true).ok());
    if (!reporttest::hasTool(QStringLiteral("pdftotext")) ||
        !reporttest::hasTool(QStringLiteral("pdfinfo")) || !reporttest::hasTool(QStringLiteral("pdftoppm")))
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed; scripts/setup.sh installs it.");
}

ReportOptions TestReportWriter::options(const QString &workspace) const
{
    ReportOptions o;
    o.workspacePath = workspace;
    o.locale = kEnglish;
    o.author = QStringLiteral("Test Manager");
    return o;
}

QDate TestReportWriter::firstDataDay() const
{
    core::session::WorkspaceSession session(m_sample);
    const auto snapshot = session.snapshot();
    return snapshot ? snapshot.value()->firstDate() : QDate();
}

QString TestReportWriter::write(const ReportOptions &o, const QString &name, int *pages)
{
    const QString path = m_dir.filePath(name);
    const auto outcome = ui::writeReport(o, path, ui::TaskControl{});
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error().toString()));
        return {};
    }
    if (pages)
        *pages = outcome->pages;
    return path;
}

void TestReportWriter::pagesAndMetadata_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("expectedSize"); // pdfinfo's "Page size" in points
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << false << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << true << QStringLiteral("842 x 595 pts (A4)");
    QTest::newRow("US Letter portrait")
        << int(QPageSize::Letter) << false << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("US Letter landscape")
        << int(QPageSize::Letter) << true << QStringLiteral("792 x 612 pts (letter)");
}

void TestReportWriter::pagesAndMetadata()
{
    QFETCH(int, pageSize);
    QFETCH(bool, landscape);
    QFETCH(QString, expectedSize);
    ReportOptions o = options(m_sample);
    o.pageSize = QPageSize::PageSizeId(pageSize);
    o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    int pages = 0;
    const QString pdf = write(o, QStringLiteral("size-%1-%2.pdf").arg(pageSize).arg(landscape), &pages);
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));

    QCOMPARE(reporttest::pdfInfo(pdf, QStringLiteral("Pages")), QString::number(pages));
    QCOMPARE(reporttest::pdfInfo(pdf, QStringLiteral("Page size")), expectedSize);
    QCOMPARE(reporttest::pdfInfo(pdf, QStringLiteral("Author")), QStringLiteral("Test Manager"));
    const QString title = reporttest::pdfInfo(pdf, QStringLiteral("Title"));
    QVERIFY2(title.startsWith(QStringLiteral("StoreLens report: shop, ")), qPrintable(title));
    QVERIFY(reporttest::pdfInfo(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("StoreLens")));

    const QString text = reporttest::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QCOMPARE(text.count(QLatin1Char('\f')), pages); // pdftotext ends every page with a form feed

    // Every page renders.
    const QString prefix = m_dir.filePath(QStringLiteral("render-%1-%2").arg(pageSize).arg(landscape));
    int exit = -1;
    reporttest::run(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"), pdf, prefix}, &exit);
    QCOMPARE(exit, 0);
    const QStringList rendered =
        QDir(m_dir.path()).entryList({QStringLiteral("render-%1-%2*.png").arg(pageSize).arg(landscape)});
    QCOMPARE(rendered.size(), pages);
}

void TestReportWriter::kpiValuesMatchTheEngine()
{
    const ReportOptions o = options(m_sample);
    const QString pdf = write(o, QStringLiteral("kpis.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString all = reporttest::pdfText(pdf);
    const QString text = kpiTable(all);
    QVERIFY(text.size() < all.size());

    const auto engine = test::sessionOverview(m_sample, Query());
    QVERIFY(engine.ok());
    const KpiReport &report = engine->kpis;
    int withData = 0;
    for (int i = 0; i < kKpiCount; ++i) {
        const KpiComparison &k = report.kpis[size_t(i)];
        const QString label = kpiLabel(KpiId(i));
        const QString row = rowAfterLabel(text, label);
        QVERIFY2(!row.isEmpty(), qPrintable(label));
        // The row starts with the value, then the comparison value.
        const QString value = expectedValue(k.current);
        QVERIFY2(row.startsWith(value),
                 qPrintable(label + QStringLiteral(": expected ") + value + QStringLiteral(", row ") + row));
        if (k.comparison.hasData) {
            const QString rest = row.mid(value.size()).trimmed();
            QVERIFY2(rest.startsWith(expectedValue(k.comparison)),
                     qPrintable(label + QStringLiteral(": ") + rest));
        }
        if (k.current.hasData)
            ++withData;
        else
            QVERIFY2(all.simplified().contains(k.current.noDataReason.left(40).simplified()),
                     qPrintable(label));
    }
    QVERIFY(withData > 25); // the sample store has data for nearly every KPI
    // The definition of every KPI is in the appendix.
    QVERIFY(all.contains(QStringLiteral("Appendix: definitions")));
    QVERIFY(all.simplified().contains(kpiDescription(KpiId::RetentionRate).left(50).simplified()));
}

void TestReportWriter::filtersLineAndFilteredValues()
{
    auto snapshot = SnapshotCache::instance().get(m_sample);
    QVERIFY(snapshot.ok());
    const QString store = snapshot.value()->stores.at(0);
    ReportOptions o = options(m_sample);
    o.query.filter.stores = {store};
    o.sections = ReportSection::Kpis;
    const QString pdf = write(o, QStringLiteral("filtered.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf);
    QCOMPARE(rowAfterLabel(text, QStringLiteral("Filters in force")), QStringLiteral("Stores: ") + store);

    const auto engine = test::sessionOverview(m_sample, o.query);
    QVERIFY(engine.ok());
    const KpiValue &net = engine->kpis.kpi(KpiId::NetSales).current;
    const auto all = test::sessionOverview(m_sample, Query());
    QVERIFY(net.money < all->kpis.kpi(KpiId::NetSales).current.money); // one store sells less than all
    QVERIFY(rowAfterLabel(kpiTable(text), kpiLabel(KpiId::NetSales)).startsWith(expectedValue(net)));
    // Only the KPI section was asked for: no cohorts, no appendix.
    QVERIFY(!text.contains(QStringLiteral("Customer retention")));
    QVERIFY(!text.contains(QStringLiteral("Appendix: definitions")));
}

void TestReportWriter::monthlyTemplateComparesWithTwoPeriods()
{
    ReportOptions o = options(m_sample);
    o.periodTemplate = ReportTemplate::Monthly;
    o.sections = ReportSection::Kpis;
    const QString pdf = write(o, QStringLiteral("monthly.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf);
    // The sample store's last day is 2026-09-30: September against August and September 2025.
    QVERIFY(text.contains(QStringLiteral("9/1/2026 to 9/30/2026 (30 days)")));
    QVERIFY(text.contains(QStringLiteral("Previous month: 8/1/2026 to 8/31/2026 (31 days)")));
    QVERIFY(text.contains(QStringLiteral("Same month last year: 9/1/2025 to 9/30/2025 (30 days)")));

    Query september;
    september.period = Period{QDate(2026, 9, 1), QDate(2026, 9, 30)};
    september.comparison = Comparison::None;
    Query august = september;
    august.period = Period{QDate(2026, 8, 1), QDate(2026, 8, 31)};
    const auto now = test::sessionOverview(m_sample, september);
    const auto before = test::sessionOverview(m_sample, august);
    QVERIFY(now.ok() && before.ok());
    const KpiValue &net = now->kpis.kpi(KpiId::NetSales).current;
    const KpiValue &previous = before->kpis.kpi(KpiId::NetSales).current;
    const QString row = rowAfterLabel(kpiTable(text), kpiLabel(KpiId::NetSales));
    QVERIFY2(row.startsWith(expectedValue(net)), qPrintable(row));
    QVERIFY2(row.mid(expectedValue(net).size()).trimmed().startsWith(expectedValue(previous)),
             qPrintable(row));

    // A rate changes in percentage points, as on its tile (trial 19 read "retention rate +1.0 %" in the
    // report where the tile said "pp"): both changes of the KPI table's row, and the title page's one.
    const QString label = kpiLabel(KpiId::RetentionRate);
    const QString rate = rowAfterLabel(kpiTable(text), label);
    QVERIFY2(rate.count(QStringLiteral(" pp")) == 2, qPrintable(rate));
    const QString glance =
        rowAfterLabel(text.left(text.indexOf(QStringLiteral("Change % is (value"))), label);
    QVERIFY2(glance.endsWith(QStringLiteral(" pp")), qPrintable(glance));
}

void TestReportWriter::targetsAppearInTheTable()
{
    const QString copy = m_dir.filePath(QStringLiteral("targets.storelens"));
    QVERIFY(QFile::copy(m_sample, copy));
    QVERIFY(
        saveKpiTargets(copy, {{QStringLiteral("net_sales"), 1.0}, {QStringLiteral("return_rate"), 0.0001}})
            .ok());
    ReportOptions o = options(copy);
    o.sections = ReportSection::Kpis;
    const QString pdf = write(o, QStringLiteral("targets.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = kpiTable(reporttest::pdfText(pdf));
    QVERIFY2(rowAfterLabel(text, kpiLabel(KpiId::NetSales)).endsWith(QStringLiteral("1.00 (met)")),
             qPrintable(text));
    QVERIFY(rowAfterLabel(text, kpiLabel(KpiId::ReturnRate)).endsWith(QStringLiteral("0.0 % (missed)")));

    // Without targets the table says so above it, on its own page: never a page that holds only that note.
    ReportOptions none = options(m_sample);
    none.sections = ReportSection::Kpis;
    const QString plain = write(none, QStringLiteral("no-targets.pdf"));
    QVERIFY(!plain.isEmpty());
    const QStringList pages = reporttest::pdfText(plain).split(QLatin1Char('\f'));
    const auto notePage = std::find_if(pages.begin(), pages.end(), [](const QString &page) {
        return page.simplified().contains(QStringLiteral("No targets are set for this workspace."));
    });
    QVERIFY(notePage != pages.end());
    QVERIFY2(notePage->contains(kpiLabel(KpiId::NetSales)), qPrintable(*notePage));
}

// Issue 17: the period sentence leads the title page; a comparison that holds too little data is neither
// stated at a glance nor drawn in the trend charts; the appendix spells out the abbreviations.
void TestReportWriter::titlePageLeadsAndStatesNoFalseComparison()
{
    // The first 100 days with data: the 100 days before them hold none, so nothing is comparable.
    const QDate first = firstDataDay();
    QVERIFY(first.isValid());
    ReportOptions o = options(m_sample);
    o.query.period = Period{first, first.addDays(99)};
    o.query.comparison = Comparison::PreviousPeriod;
    o.sections = ReportSection::Kpis | ReportSection::Trends | ReportSection::Appendix;
    const QString pdf = write(o, QStringLiteral("first-days.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf);
    const QString flat = text.simplified();
    const qsizetype sentence = flat.indexOf(QStringLiteral("Figures for"));
    QVERIFY2(sentence >= 0, qPrintable(flat.left(600)));
    QVERIFY(sentence < flat.indexOf(QStringLiteral("Filters in force")));
    QVERIFY(flat.contains(QStringLiteral("holds too little data to compare with, so no changes are shown.")));
    // At a glance: the value column only.
    const QString glanceHeader =
        text.section(QStringLiteral("At a glance"), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!glanceHeader.contains(QStringLiteral("Change")), qPrintable(glanceHeader));
    QVERIFY(flat.contains(
        QStringLiteral("No comparison line: the comparison period holds too little data to compare with.")));
    QVERIFY(flat.contains(QStringLiteral("Abbreviations")));
    QVERIFY(flat.contains(QStringLiteral("gross margin return on inventory investment")));
}

// A comparison period half before the first day with data is not comparable (coverage 50 % < 90 %,
// METRICS.md section 1): the change cells say "n/a" on the row's one line (the trial saw "not comparable"
// wrap onto two lines in Change %), and a note under each table says what it means.
void TestReportWriter::notComparableFitsItsColumn()
{
    // 100 days from the 51st day with data: the previous 100 days start 50 days before the data do.
    const QDate first = firstDataDay();
    QVERIFY(first.isValid());
    ReportOptions o = options(m_sample);
    o.query.period = Period{first.addDays(50), first.addDays(149)};
    o.query.comparison = Comparison::PreviousPeriod;
    o.sections = ReportSection::Kpis;
    const QString pdf = write(o, QStringLiteral("half-covered.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf);
    const QString row = rowAfterLabel(kpiTable(text), kpiLabel(KpiId::NetSales));
    // Value, previous period's value, Change, Change %: both changes are "n/a".
    QVERIFY2(row.count(QStringLiteral("n/a")) == 2, qPrintable(row));
    QVERIFY2(!text.contains(QStringLiteral("not comparable\n")) &&
                 !text.contains(QRegularExpression(QStringLiteral("^\\s*comparable\\s*$"),
                                                   QRegularExpression::MultilineOption)),
             qPrintable(text));
    const QString note =
        QStringLiteral("n/a: not comparable. The comparison period, or for retention and churn their "
                       "look-back window, holds too little data (under 90 % of its days), so no change is "
                       "shown; the notes on the first page say which.");
    // Under the KPI table only: "At a glance" leaves out a comparison that nothing in it can use.
    QCOMPARE(text.simplified().count(note), 1);
    if (!qEnvironmentVariableIsEmpty("STORELENS_SCREENSHOT_DIR"))
        QFile::copy(pdf,
                    qEnvironmentVariable("STORELENS_SCREENSHOT_DIR") + QStringLiteral("/half-covered.pdf"));
}

void TestReportWriter::emptyWorkspaceGivesAShortReport()
{
    int pages = 0;
    const QString pdf = write(options(m_empty), QStringLiteral("empty.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pages, 1);
    const QString text = reporttest::pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("This workspace holds no order lines yet")));
    QVERIFY(text.contains(QStringLiteral("Filters in force None (all order lines)")));
    // The cover names the workspace, not the folder it sits in.
    QVERIFY(text.contains(QStringLiteral("Workspace empty Generated")));
    // The footer's date has four digits in its year, as every other date (trial 16: "5/12/26").
    const QRegularExpression footer(
        QStringLiteral("Generated \\d{1,2}/\\d{1,2}/%1 ").arg(QDate::currentDate().year()));
    QVERIFY2(text.contains(footer), qPrintable(text));
    QVERIFY(!text.contains(m_dir.path()));
    QCOMPARE(reporttest::pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("StoreLens report: empty"));
}

// Trial 10: an export with one row per order has only the stand-in product "Unspecified", marked not a
// product. The report said "Top 0 products by net sales" and "No sales in the period." beside a month of
// sales; it names no count and says why there is no ranking.
void TestReportWriter::ordersWithoutProductsHaveNoRanking()
{
    const QString path = m_dir.filePath(QStringLiteral("no-products.storelens"));
    {
        const auto created = core::Workspace::open(path, true);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        core::Connection c(path);
        QVERIFY(c.isOpen());
        // Three orders of 100.00 in November 2026: net sales 300.00, all on "Unspecified".
        QVERIFY(test::exec(
            c.db(),
            {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'Main store')"),
             QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'Web')"),
             QStringLiteral("INSERT INTO products(id, sku, non_merchandise) VALUES(1, 'Unspecified', 1)"),
             test::insertOrderLines({{QStringLiteral("1001"), QDate(2026, 11, 3), 0, 1000, 1000000},
                                     {QStringLiteral("1002"), QDate(2026, 11, 12), 0, 1000, 1000000},
                                     {QStringLiteral("1003"), QDate(2026, 11, 25), 0, 1000, 1000000}}),
             QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'revision'")}));
    }
    ReportOptions o = options(path);
    o.query.period = Period{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const QString pdf = write(o, QStringLiteral("no-products.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("300.00")), qPrintable(text)); // the sales are there
    QVERIFY2(!text.contains(QStringLiteral("Top 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Top products by net sales The orders of the period carry no "
                                          "products: import order lines with products to see a ranking.")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("No sales in the period.")));
    // No customer: the predictions page says why there is none and what would help (trial 12).
    QVERIFY2(
        text.contains(QStringLiteral("No prediction: Predicted lifetime value needs at least 200 identified "
                                     "customers; this selection has 0, so no prediction is shown. More "
                                     "customers would help")),
        qPrintable(text));
    // No sale names a customer: the cohort and segment pages say why in one sentence instead of printing
    // tables of zeros (trial 12b).
    QCOMPARE(text.count(QStringLiteral("No sale in this workspace names a customer (guest sales only)")), 2);
    QVERIFY2(!text.contains(QStringLiteral("RFM grid: customers by recency")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Champions")), qPrintable(text));
}

void TestReportWriter::cancelledReportLeavesTheFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous report");
    }
    int checks = 0;
    ui::TaskControl control;
    control.isCancelled = [&checks] { return ++checks > 3; };
    const auto outcome = ui::writeReport(options(m_sample), path, control);
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error().code()), int(core::ErrorCode::Cancelled));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous report"));
}

void TestReportWriter::missingFoldersAreMade()
{
    // A new user's first export goes to a folder that does not exist yet (two levels, one with a space).
    const QString path = m_dir.filePath(QStringLiteral("reports/new folder/empty.pdf"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("reports"))));
    const auto outcome = ui::writeReport(options(m_empty), path, ui::TaskControl{});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
    QCOMPARE(outcome->path, path);
    QCOMPARE(outcome->pages, 1);
    QCOMPARE(reporttest::pdfInfo(path, QStringLiteral("Title")), QStringLiteral("StoreLens report: empty"));
}

// Issue 18: the German report of a café (one year of data, the year before nearly empty, 20 customers) had
// pages holding only two notes or one short section. Every page but the last is filled at least a third,
// by the layout's own measure and by the text pdftotext finds on it.
void TestReportWriter::noNearlyEmptyPage_data()
{
    QTest::addColumn<bool>("small");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("sample store") << false << false;
    QTest::newRow("sample store, landscape") << false << true;
    QTest::newRow("small shop, one year") << true << false;
}

void TestReportWriter::noNearlyEmptyPage()
{
    QFETCH(bool, small);
    QFETCH(bool, landscape);
    QString workspace = m_sample;
    if (small) {
        // Like the café: one year of data, so the year before has none to compare with, and too few
        // customers for a CLV prediction (its section is two lines).
        workspace = m_dir.filePath(QStringLiteral("small.storelens"));
        if (!QFileInfo::exists(workspace)) {
            core::SampleOptions sample;
            sample.customers = 20;
            sample.years = 1;
            sample.ordersScale = 0.05;
            QVERIFY(core::writeSampleWorkspace(workspace, sample).ok());
        }
    }
    ReportOptions o = options(workspace);
    o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QString pdf = m_dir.filePath(QStringLiteral("fill-%1-%2.pdf").arg(small).arg(landscape));
    const auto outcome = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(int(outcome->pageFills.size()), outcome->pages);
    const QStringList pages = reporttest::pdfText(pdf).split(QLatin1Char('\f'));
    QVERIFY(pages.size() >= outcome->pages);
    for (int page = 0; page + 1 < outcome->pages; ++page) {
        const qreal fill = outcome->pageFills[size_t(page)];
        QVERIFY2(
            fill >= 0.33,
            qPrintable(
                QStringLiteral("page %1 of %2 is filled %3").arg(page + 1).arg(outcome->pages).arg(fill)));
        // Besides the header and footer lines, more than a couple of lines of text.
        const QStringList text = pages.at(page).split(QLatin1Char('\n'));
        const auto lines = std::count_if(text.begin(), text.end(),
                                         [](const QString &line) { return !line.trimmed().isEmpty(); }) -
                           2;
        QVERIFY2(lines > 4, qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(pages.at(page))));
    }
}

// Trial 16's PDF, in Spanish: the Pareto/NBD parameters read "1,152E-05" and "3,174E+05", "Converged" said
// nothing of s and beta at their limits, and the cohorts were "2026-11". On a history in which nobody leaves
// (tests/common/NoDropoutStore.h, data up to 30 November 2026) the predictions say why nearly everyone is
// still a customer, the fit is said to have converged at a limit, no value is in E-notation, and the cohorts
// are named by the locale's months.
void TestReportWriter::predictionsAndCohortsReadAsAManagerWould()
{
    const QString workspace = m_dir.filePath(QStringLiteral("no-dropout.storelens"));
    QVERIFY(test::writeNoDropoutStore(workspace, m_dir.filePath(QStringLiteral("no-dropout.csv"))));
    ReportOptions o = options(workspace);
    o.locale = QLocale(QLocale::Spanish, QLocale::Spain);
    o.sections = ReportSection::Cohorts | ReportSection::Clv;
    o.query.period = Period{QDate(2026, 9, 1), QDate(2026, 11, 30)};
    const QString pdf = write(o, QStringLiteral("no-dropout.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = reporttest::pdfText(pdf);
    const QString flat = text.simplified();
    QVERIFY2(flat.contains(QStringLiteral("Why nearly every customer counts as still buying")),
             qPrintable(text));
    QVERIFY2(flat.contains(QStringLiteral("Converged at a limit after ")), qPrintable(text));
    const QRegularExpression scientific(QStringLiteral("\\d[.,]?\\d*E[+-]\\d"));
    QVERIFY2(!scientific.match(text).hasMatch(), qPrintable(scientific.match(text).captured()));
    // The cohorts of September, October and November 2026, as a Spanish reader names them.
    const QLocale spanish = o.locale;
    for (int month : {9, 10, 11}) {
        const QString name = spanish.toString(QDate(2026, month, 1), QStringLiteral("MMM yyyy"));
        QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" in ") + text));
    }
    QVERIFY2(text.contains(QStringLiteral("nov 2026")), qPrintable(text));
    const QRegularExpression iso(QStringLiteral("\\b20\\d\\d-(\\d\\d|Q\\d|W\\d\\d)\\b"));
    QVERIFY2(!iso.match(text).hasMatch(), qPrintable(iso.match(text).captured()));
}

// Trial 19: the report wrote "-746,82 €" (QLocale's hyphen) beside changes written "−591,07 €". Table cells
// print a leading hyphen before a number as "−"; text that is not a number keeps its hyphen.
void TestReportWriter::negativeNumbersPrintWithAMinus_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("printed");
    const QString minus(QChar(0x2212));
    QTest::newRow("German money") << QStringLiteral("-746,82\u00a0€")
                                  << minus + QStringLiteral("746,82\u00a0€");
    QTest::newRow("British money") << QStringLiteral("-£1,234.50") << minus + QStringLiteral("£1,234.50");
    QTest::newRow("Swiss francs") << QStringLiteral("-CHF 12.00") << minus + QStringLiteral("CHF 12.00");
    QTest::newRow("a count") << QStringLiteral("-3") << minus + QStringLiteral("3");
    QTest::newRow("a percentage") << QStringLiteral("-5,0 %") << minus + QStringLiteral("5,0 %");
    QTest::newRow("no data") << QStringLiteral("–") << QStringLiteral("–");
    QTest::newRow("a name") << QStringLiteral("-20% Rabatt-Aktion") << QStringLiteral("-20% Rabatt-Aktion");
    QTest::newRow("a SKU") << QStringLiteral("-X1") << QStringLiteral("-X1");
    QTest::newRow("positive") << QStringLiteral("746,82 €") << QStringLiteral("746,82 €");
    QTest::newRow("a change") << minus + QStringLiteral("591,07 €") << minus + QStringLiteral("591,07 €");
}

void TestReportWriter::negativeNumbersPrintWithAMinus()
{
    QFETCH(QString, cell);
    QFETCH(QString, printed);
    QCOMPARE(ui::printedMinus(cell), printed);
}

// Trial 21: a shop with three months of data printed "Last 12 months" as nine months at 0 before them. The
// report's trend charts, as the screen's, have no value for the months that end before the first day with
// data, and a value for the months after it.
void TestReportWriter::trendChartsStartWithTheData()
{
    const QDate first = firstDataDay();
    QVERIFY(first.isValid());
    ReportOptions o = options(m_sample);
    o.sections = ReportSection::Trends;
    const QDate from = QDate(first.year(), first.month(), 1).addMonths(-8);
    o.query.period.from = from;
    o.query.period.to = from.addMonths(12).addDays(-1);
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
    QVERIFY(data->analytics);
    QImage device(800, 1100, QImage::Format_RGB32);
    const ui::ReportStyle style(&device);
    ui::ReportFlow flow(style, 600, kEnglish);
    ui::appendTrendSection(flow, data.value());
    const ui::ReportChartBlock *block = nullptr;
    for (const auto &b : flow.blocks()) {
        if (!block)
            block = dynamic_cast<const ui::ReportChartBlock *>(b.get());
    }
    QVERIFY(block);
    QVERIFY(!block->charts().empty());
    const auto &buckets = data->analytics->series.buckets;
    QCOMPARE(buckets.size(), size_t(12));
    for (const ui::ReportChart &chart : block->charts()) {
        QCOMPARE(chart.values.size(), buckets.size());
        int before = 0;
        for (size_t b = 0; b < buckets.size(); ++b) {
            if (buckets[b].to < first) {
                QVERIFY2(!chart.values[b], qPrintable(chart.title));
                ++before;
            }
        }
        QCOMPARE(before, 8);
    }
    const ui::ReportChart &net = block->charts().front();
    QCOMPARE(net.title, QStringLiteral("Net sales"));
    for (size_t b = 8; b < buckets.size(); ++b)
        QVERIFY2(net.values[b].has_value(), qPrintable(net.labels.value(int(b))));
}

namespace {

// A paint device that keeps the text drawn on it: the tick labels of a chart block, as they are printed.
class TextCatcher : public QPaintDevice
{
public:
    class Engine : public QPaintEngine
    {
    public:
        QStringList texts;
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        // Shapes are not wanted: none falls back to another (QPaintEngine's own call each other).
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
        Type type() const override { return QPaintEngine::User; }
    };
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 1000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    mutable Engine m_engine;
};

} // namespace

// Trial 22en: the report's return rate chart, ticks 0.25 % apart, read "1 %, 1 %, 0 %, 0 %, 0 %". Each trend
// chart's axis labels differ from each other, with small values too (a return rate under 1 %, an average of a
// few pounds, a handful of new customers).
void TestReportWriter::axisTicksReadApart()
{
    ReportOptions o = options(m_sample);
    o.sections = ReportSection::Trends;
    const auto data = ui::computeReportData(o, ui::TaskControl{});
    QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
    QImage device(800, 1100, QImage::Format_RGB32);
    const ui::ReportStyle style(&device);
    ui::ReportFlow flow(style, 600, kEnglish);
    ui::appendTrendSection(flow, data.value());
    std::vector<ui::ReportChart> charts;
    for (const auto &b : flow.blocks()) {
        if (const auto *block = dynamic_cast<const ui::ReportChartBlock *>(b.get()))
            charts.insert(charts.end(), block->charts().begin(), block->charts().end());
    }
    QCOMPARE(charts.size(), size_t(6));
    for (const std::vector<std::optional<double>> &values :
         {std::vector<std::optional<double>>{0.0012, 0.0041, 0.0093},
          std::vector<std::optional<double>>{1.0, 2.0, 1.0},
          std::vector<std::optional<double>>{3.5, 12.25}}) {
        for (ui::ReportChart chart : charts) {
            chart.values = values;
            chart.values.resize(chart.labels.size());
            chart.previous.clear();
            const QString title = chart.title;
            const ui::ReportChartBlock block(style, 300, 200, {chart}, QString(), QString());
            TextCatcher catcher;
            QPainter painter(&catcher);
            block.paint(painter, QRectF(0, 0, 300, 200), 0, 0);
            painter.end();
            // The title, the bucket labels, then the ticks: the texts that are neither.
            QStringList ticks;
            for (const QString &text : catcher.texts()) {
                if (text != title && !chart.labels.contains(text))
                    ticks.append(text);
            }
            QVERIFY2(ticks.size() >= 2,
                     qPrintable(title + QStringLiteral(": ") + ticks.join(QStringLiteral(", "))));
            const QSet<QString> apart(ticks.begin(), ticks.end());
            QVERIFY2(apart.size() == ticks.size(),
                     qPrintable(title + QStringLiteral(": ") + ticks.join(QStringLiteral(", "))));
        }
    }
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
