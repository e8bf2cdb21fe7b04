// Countries in the user's language, one word for none (trial 15): in the German window "Germany"
// (Squarespace) and "DEU" (the till) were two bars, named in English, and the till's walk-in sales were
// "(keine)" on the Overview but "Unbekanntes Land" in the PDF. Now the Overview's chart and the PDF's "What
// changed" say "Deutschland", "Schweiz" and "Unbekanntes Land", the same words.
#include "../report/ReportTestSupport.h"
#include "common/ImportFiles.h"
#include "common/TestSettings.h"
#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/model/Countries.h"
#include "core/store/Workspace.h"
#include "ui/charts/BreakdownBarChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/dashboard/FilterBar.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportWriter.h"

#include "DashboardFixture.h"

#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace storelens;
using core::analytics::BreakdownDimension;

namespace {

constexpr int Timeout = 60000;

// country_names_squarespace.csv ("Germany", "deutschland", "Switzerland", "Kosovo") and
// country_codes_dsfinvk.csv ("DEU", "CHE", two walk-in receipts without a country); the till's columns
// mapped by hand, as in tst_importcountries. Shopify's orders of 2024 ("DE", "AT") give the data a history,
// so that October is a whole comparison period.
bool importAll(const QString &ws)
{
    const QString shop = test::importFixture("country_names_squarespace.csv");
    const QString till = test::importFixture("country_codes_dsfinvk.csv");
    const QString history = test::importFixture("shopify_orders.csv");
    auto shopPreview = core::previewFile(shop);
    auto tillPreview = core::previewFile(till);
    auto historyPreview = core::previewFile(history);
    if (!shopPreview || !tillPreview || !historyPreview)
        return false;
    core::ImportProfile tillProfile = core::suggestProfile(tillPreview.value(), core::Entity::Orders);
    const QHash<QString, QString> fields{{QStringLiteral("BON_ID"), core::field::OrderId},
                                         {QStringLiteral("BON_START"), core::field::Date},
                                         {QStringLiteral("UMS_BRUTTO"), core::field::LineTotal},
                                         {QStringLiteral("KUNDE_ID"), core::field::CustomerId},
                                         {QStringLiteral("KUNDE_LAND"), core::field::Country}};
    for (core::ColumnMapping &c : tillProfile.columns)
        c.field = fields.value(c.column);
    return core::Importer::run(ws, shop, core::suggestProfile(shopPreview.value())).ok() &&
           core::Importer::run(ws, till, tillProfile).ok() &&
           core::Importer::run(ws, history, core::suggestProfile(historyPreview.value())).ok();
}

} // namespace

class TestCountryWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void overviewNamesCountriesInGerman();
    void reportSaysTheSameWords();

private:
    test::SettingsFolder m_folder;
    QTranslator m_german;
    QString m_path;
};

void TestCountryWords::initTestCase()
{
    QVERIFY(m_folder.setUp(QStringLiteral("tst_countrywords")));
    QVERIFY(m_german.load(QStringLiteral(":/i18n/storelens_de.qm")));
    QCoreApplication::installTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_path = m_folder.filePath(QStringLiteral("cafe.storelens"));
    QVERIFY(core::Workspace::open(m_path, true).ok());
    QVERIFY(importAll(m_path));
    QCOMPARE(core::unknownCountryName(), QStringLiteral("Unbekanntes Land"));
}

void TestCountryWords::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(QLocale::c());
    QTRY_COMPARE(dashboardfixture::leakedWindows(), 0);
}

// The last 12 months up to 24.11.2026 (the last day with data), by net sales: Germany 20.00 + 7.25 + 12.00
// + 4.80 = 44.05 (four lines from "Germany", "deutschland" and "DEU"), none 7.50 + 28.40 = 35.90,
// Switzerland 5.50 + 9.90 = 15.40, Kosovo 7.25.
void TestCountryWords::overviewNamesCountriesInGerman()
{
    ui::AnalysisContext context;
    QWidget window;
    window.resize(1280, 800);
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new ui::FilterBar(&context, &window);
    auto *overview = new ui::OverviewView(&context, &window);
    layout->addWidget(bar);
    layout->addWidget(overview);
    window.show();
    context.setWorkspace(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(overview->shownGeneration() == context.generation() && overview->shownData(),
                             Timeout);
    const ui::BreakdownBarChart *chart = overview->breakdownChart(BreakdownDimension::Country);
    QVERIFY(chart);
    QTRY_COMPARE(chart->labels(),
                 (QStringList{QStringLiteral("Deutschland"), QStringLiteral("Unbekanntes Land"),
                              QStringLiteral("Schweiz"), QStringLiteral("Kosovo")}));
}

// November to date (1–24) against the same days of October: by country none 7.50 → 28.40 (+20.90), Germany
// 12.00 → 32.05 (+20.05), Switzerland 0 → 15.40, Kosovo 0 → 7.25; the PDF lists the three largest parts.
void TestCountryWords::reportSaysTheSameWords()
{
    if (!reporttest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils (pdftotext) is not installed; scripts/setup.sh installs it.");
    ui::ReportOptions o;
    o.workspacePath = m_path;
    o.locale = QLocale(QLocale::German, QLocale::Germany);
    o.sections = ui::ReportSection::Kpis;
    o.query.period = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    o.query.comparison = core::analytics::Comparison::PreviousPeriod;
    const QString pdf = m_folder.filePath(QStringLiteral("cafe.pdf"));
    const auto written = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const QString text = reporttest::pdfText(pdf).simplified();
    const auto byCountry = text.indexOf(QStringLiteral("Land Unbekanntes Land"));
    QVERIFY2(byCountry >= 0, qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("Deutschland"), byCountry) > byCountry, qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("Schweiz"), byCountry) > byCountry, qPrintable(text));
    for (const char *english : {"(keine)", "Germany", "DEU", "Switzerland", "Unknown country"})
        QVERIFY2(!text.contains(QLatin1String(english)), english);
}

QTEST_MAIN(TestCountryWords)
#include "tst_countrywords.moc"
