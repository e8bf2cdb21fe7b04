// Renders the whole Overview (tiles and every chart, scrolled content included) on the sample store in a
// light and a dark palette, saves each under <build>/screenshots/ for a reviewer, and checks that the
// coloured figures stay readable on both: WCAG contrast of at least 4.5 for values and 3 for the good/bad
// changes.
#include "common/GuiTestSupport.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/store/Workspace.h"
#include "ui/charts/YearOverYearChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/dashboard/KpiFormat.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/OverviewView.h"

#include "DashboardFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace storelens;
using core::analytics::KpiId;

namespace {

constexpr int Timeout = 60000;

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestOverviewScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readableInBothPalettes_data();
    void readableInBothPalettes();
    void emptyWorkspaceSaysWhatToDo();
    void thirteenMonthsShowNoFalseGrowth();
    void emptyComparisonReadsTheSameOnEveryTile();

private:
    // A copy of the sample at `path` without its lines before `from`; false when that removed nothing.
    bool copySampleFrom(const QString &path, QDate from);

    dashboardfixture::SampleFolder m_sample;
};

void TestOverviewScreenshots::initTestCase()
{
    QVERIFY(m_sample.setUp("tst_overviewscreenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR));
}

void TestOverviewScreenshots::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTRY_COMPARE(dashboardfixture::leakedWindows(), 0);
}

void TestOverviewScreenshots::readableInBothPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestOverviewScreenshots::readableInBothPalettes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? test::darkPalette() : QApplication::style()->standardPalette());
    ui::AnalysisContext context;
    ui::OverviewView view(&context);
    view.resize(1280, 760);
    view.show();
    context.setWorkspace(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(view.shownGeneration() == context.generation(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictGeneration(), context.generation(), Timeout);

    const QPalette &palette = view.palette();
    const QColor base = palette.color(QPalette::Base);
    for (KpiId id : view.tileChoice()) {
        const ui::KpiTile *tile = view.tile(id);
        const auto *value = tile->findChild<QLabel *>(QStringLiteral("value"));
        const auto *change = tile->findChild<QLabel *>(QStringLiteral("change"));
        QVERIFY2(test::contrast(value->palette().color(value->foregroundRole()), base) >= 4.5,
                 qPrintable(core::analytics::kpiKey(id)));
        QVERIFY2(test::contrast(change->palette().color(change->foregroundRole()), base) >= 3.0,
                 qPrintable(core::analytics::kpiKey(id)));
        // The change is drawn in the colour of its assessment (good green, bad red, neutral text) when its
        // verdict says it is beyond normal variation, else in the text colour (issue 19, METRICS.md 9).
        const auto &kpi = view.shownData()->result->kpis.kpi(id);
        const bool beyond = tile->hasVerdict() && !tile->withinNormalVariation();
        if (kpi.hasChange)
            QCOMPARE(change->palette().color(change->foregroundRole()),
                     beyond ? ui::assessmentColor(kpi.assessment, palette) : palette.color(QPalette::Text));
    }
    QVERIFY(test::contrast(ui::goodChangeColor(palette), base) >= 3.0);
    QVERIFY(test::contrast(ui::badChangeColor(palette), base) >= 3.0);

    // The whole scrolled content, as one image.
    auto *content = view.findChild<QWidget *>(QStringLiteral("overviewContent"));
    QVERIFY(content);
    QTest::qWait(100);
    const QImage image = content->grab().toImage();
    QVERIFY(image.height() > 1000); // the tiles and all charts
    QVERIFY(distinctColours(image) > 40);
    const QString file = QStringLiteral(STORELENS_SCREENSHOT_DIR "/overview-%1.png")
                             .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QVERIFY(image.save(file));
    // The first row of tiles at twice the size, to judge the colours.
    const QRect firstRow(0, 0, content->width(),
                         view.tile(view.tileChoice().front())->geometry().bottom() + 80);
    QVERIFY(image.copy(firstRow)
                .scaled(firstRow.size() * 2)
                .save(QString(file).replace(QStringLiteral(".png"), QStringLiteral("-tiles.png"))));
}

void TestOverviewScreenshots::emptyWorkspaceSaysWhatToDo()
{
    const QString path = m_sample.filePath(QStringLiteral("empty.storelens"));
    QVERIFY(core::Workspace::open(path).ok());
    ui::AnalysisContext context;
    ui::OverviewView view(&context);
    view.resize(1280, 500);
    view.show();
    auto *message = view.findChild<QLabel *>(QStringLiteral("overviewMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No workspace is open")));
    context.setWorkspace(path);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownGeneration() == context.generation(), Timeout);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("import orders")), qPrintable(message->text()));
    QCOMPARE(view.tile(KpiId::NetSales)->isVisible(), false);
    QVERIFY(view.grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/overview-empty.png")));
}

bool TestOverviewScreenshots::copySampleFrom(const QString &path, QDate from)
{
    if (!QFile::copy(m_sample.path(), path))
        return false;
    core::Connection connection(path);
    QSqlQuery q(connection.db());
    return connection.isOpen() &&
           q.exec(QStringLiteral("DELETE FROM order_lines WHERE day < %1").arg(from.toJulianDay())) &&
           q.numRowsAffected() > 0 && core::bumpWorkspaceRevision(connection.db()).ok();
}

// Issue 17: a store with 13 months of history. The default period (the 12 months to 2026-09-30) is compared
// with 2024-10-01 .. 2025-09-30, which holds data on 30 of its 365 days (from 2025-09-01): no tile may show a
// change, a percentage or a colour, and the heading says why.
void TestOverviewScreenshots::thirteenMonthsShowNoFalseGrowth()
{
    const QString path = m_sample.filePath(QStringLiteral("thirteen-months.storelens"));
    QVERIFY(copySampleFrom(path, QDate(2025, 8, 31)));
    ui::AnalysisContext context;
    ui::OverviewView view(&context);
    view.resize(1280, 760);
    view.show();
    context.setWorkspace(path);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownGeneration() == context.generation(), Timeout);

    const auto &report = view.shownData()->result->kpis;
    // The sample's first line on or after 2025-08-31 (it has none on that Sunday).
    QCOMPARE(report.firstDataDay, QDate(2025, 9, 1));
    auto *heading = view.findChild<QLabel *>(QStringLiteral("overviewHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("holds too little data to compare with")),
             qPrintable(heading->text()));
    for (KpiId id : view.tileChoice()) {
        const auto &kpi = report.kpi(id);
        QVERIFY2(!kpi.comparable && !kpi.hasChange, qPrintable(core::analytics::kpiKey(id)));
        const auto *change = view.tile(id)->findChild<QLabel *>(QStringLiteral("change"));
        QVERIFY2(!change->text().contains(QLatin1Char('%')), qPrintable(change->text()));
        if (kpi.current.hasData && kpi.comparison.hasData)
            QCOMPARE(change->text(), QStringLiteral("Not comparable"));
    }
    // The year-over-year chart: October 2024 to August 2025 lie wholly before the first day with data, so
    // those 11 months have no bar (an empty cell in Copy Data), never a 0 that reads as "no sales"; September
    // 2025 holds data from its first day.
    const ui::YearOverYearChart *yoy = view.yearOverYearChart();
    QTRY_COMPARE(yoy->dataTable().size(), 13);
    const QList<QStringList> table = yoy->dataTable();
    QCOMPARE(table[0].value(1), QStringLiteral("A year earlier (no data for 11 of 12 months)"));
    QCOMPARE(table[0].value(2), QStringLiteral("This period"));
    for (int month = 1; month <= 12; ++month) {
        QCOMPARE(table[month].value(1).isEmpty(), month <= 11);
        QVERIFY(!table[month].value(2).isEmpty());
    }
    auto *content = view.findChild<QWidget *>(QStringLiteral("overviewContent"));
    QTest::qWait(100);
    QVERIFY(content->grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/overview-13-months.png")));
}

// The trial's BigCommerce workspace: data only from December 2025, so the default period's comparison (the
// 12 months before it) holds no day of data. Every tile says the same of it ("Previous period: No data"),
// never "$0.00" on one and "No data" on the next, and each coverage note is said once: the heading says the
// comparison holds too little data, so the notes do not repeat it.
void TestOverviewScreenshots::emptyComparisonReadsTheSameOnEveryTile()
{
    const QString path = m_sample.filePath(QStringLiteral("empty-comparison.storelens"));
    QVERIFY(copySampleFrom(path, QDate(2025, 12, 1)));
    ui::AnalysisContext context;
    ui::OverviewView view(&context);
    view.resize(1280, 760);
    view.show();
    context.setWorkspace(path);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownGeneration() == context.generation(), Timeout);

    const auto &report = view.shownData()->result->kpis;
    QVERIFY(report.comparisonPeriod.to < report.firstDataDay);
    auto *heading = view.findChild<QLabel *>(QStringLiteral("overviewHeading"));
    QVERIFY2(heading->text().contains(QStringLiteral("holds too little data to compare with")),
             qPrintable(heading->text()));
    int compared = 0;
    for (KpiId id : view.tileChoice()) {
        const ui::KpiTile *tile = view.tile(id);
        QVERIFY2(!report.kpi(id).comparison.hasData, qPrintable(core::analytics::kpiKey(id)));
        if (tile->comparisonText().isEmpty())
            continue;
        QCOMPARE(tile->comparisonText(), QStringLiteral("Previous period: No data"));
        QCOMPARE(tile->changeText(), QStringLiteral("Not comparable"));
        ++compared;
    }
    QVERIFY(!view.tile(KpiId::NetSales)->comparisonText().isEmpty());
    QVERIFY(compared >= 4); // net sales, orders, AOV, buying customers at least
    auto *warnings = view.findChild<QLabel *>(QStringLiteral("overviewWarnings"));
    const QStringList notes =
        warnings->isHidden() ? QStringList() : warnings->text().split(QLatin1Char('\n'));
    QCOMPARE(QSet<QString>(notes.begin(), notes.end()).size(), notes.size());
    for (const QString &note : notes) {
        QVERIFY2(!note.contains(QStringLiteral("comparison period")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("only 0 of")), qPrintable(note));
    }
    auto *content = view.findChild<QWidget *>(QStringLiteral("overviewContent"));
    QTest::qWait(100);
    QVERIFY(content->grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/overview-empty-comparison.png")));
}

QTEST_MAIN(TestOverviewScreenshots)
#include "tst_overviewscreenshots.moc"
