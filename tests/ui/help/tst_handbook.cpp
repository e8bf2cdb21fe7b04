// The offline handbook: the figures page lists every KPI of the catalogue with its formula, every page loads,
// every paragraph of the written pages goes through tr() (so translators translate them), a KPI tile's
// "What's this?" comes from the catalogue, and F1 on a view opens that view's page.
#include "core/analytics/kpi/KpiCatalog.h"
#include "core/analytics/segments/Lifecycle.h"
#include "ui/common/AnalysisContext.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/dashboard/TileSettingsDialog.h"
#include "ui/help/HandbookPages.h"
#include "ui/help/HandbookWindow.h"
#include "ui/help/HelpController.h"
#include "ui/shell/DashboardPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace storelens;
using namespace storelens::core::analytics;

Q_DECLARE_METATYPE(storelens::core::analytics::KpiId)
Q_DECLARE_METATYPE(storelens::ui::DashboardPage::View)

class TestHandbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresPageListsEveryKpi_data();
    void figuresPageListsEveryKpi();
    void tileExplainsItself();
    void everyPageLoads_data();
    void everyPageLoads();
    void importingNamesEveryExportStyle_data();
    void importingNamesEveryExportStyle();
    void writtenPagesAreTranslatable_data();
    void writtenPagesAreTranslatable();
    void stagesAndTiersAreTheScreensWords_data();
    void stagesAndTiersAreTheScreensWords();
    void tilesButtonIsNamedAsOnScreen_data();
    void tilesButtonIsNamedAsOnScreen();
    void f1OpensThePageOfTheView_data();
    void f1OpensThePageOfTheView();
    void escapeAndCtrlWClose_data();
    void escapeAndCtrlWClose();
};

void TestHandbook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestHandbook::cleanupTestCase()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestHandbook::figuresPageListsEveryKpi_data()
{
    QTest::addColumn<KpiId>("id");
    for (const KpiDefinition &d : kKpiCatalog)
        QTest::newRow(d.key) << d.id;
}

void TestHandbook::figuresPageListsEveryKpi()
{
    QFETCH(KpiId, id);
    const QString html = ui::figuresPageHtml();
    QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(kpiLabel(id).toHtmlEscaped())),
             qPrintable(kpiKey(id)));
    QVERIFY(html.contains(kpiDescription(id).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("<i>%1</i>").arg(kpiFormula(id).toHtmlEscaped())));
    QVERIFY(html.contains(ui::goodDirectionText(kpiGoodDirection(id))));
}

void TestHandbook::tileExplainsItself()
{
    ui::KpiTile tile(KpiId::ReturnRate);
    QCOMPARE(tile.whatsThis(), ui::kpiWhatsThis(KpiId::ReturnRate));
    QVERIFY(tile.whatsThis().contains(kpiFormula(KpiId::ReturnRate).toHtmlEscaped()));
    QVERIFY(tile.whatsThis().contains(QStringLiteral("Lower is better.")));
}

void TestHandbook::everyPageLoads_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("title");
    QTest::newRow("contents") << QStringLiteral("index") << QStringLiteral("StoreLens handbook");
    QTest::newRow("getting started") << QStringLiteral("getting-started")
                                     << QStringLiteral("Getting started");
    QTest::newRow("importing") << QStringLiteral("importing") << QStringLiteral("Importing your exports");
    QTest::newRow("figures (generated)")
        << QStringLiteral("figures") << QStringLiteral("What every figure means");
    QTest::newRow("shortcuts (generated)")
        << QStringLiteral("shortcuts") << QStringLiteral("Keyboard shortcuts");
    QTest::newRow("overview") << QStringLiteral("overview") << QStringLiteral("Overview");
    QTest::newRow("cohorts") << QStringLiteral("cohorts") << QStringLiteral("Cohorts");
    QTest::newRow("segments") << QStringLiteral("segments") << QStringLiteral("Segments");
    QTest::newRow("customers") << QStringLiteral("customers") << QStringLiteral("Customers");
    QTest::newRow("predictions") << QStringLiteral("predictions") << QStringLiteral("Predictions");
    QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("The PDF report");
}

void TestHandbook::everyPageLoads()
{
    QFETCH(QString, page);
    QFETCH(QString, title);
    QWidget window;
    auto *quit = new QAction(QStringLiteral("&Quit"), &window);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    ui::HandbookWindow handbook(&window);
    handbook.showPage(page);
    QCOMPARE(handbook.currentPage(), page);
    QCOMPARE(handbook.browser()->documentTitle(), title);
    // The window names the page once (trial 22de: "StoreLens-Handbuch – StoreLens-Handbuch" on the contents).
    QCOMPARE(handbook.windowTitle().count(QStringLiteral("StoreLens handbook"), Qt::CaseInsensitive), 1);
    if (page == QLatin1String("shortcuts")) // read from the window's actions
        QVERIFY(handbook.browser()->toPlainText().contains(QStringLiteral("Quit")));
    if (page == QLatin1String("figures"))
        QVERIFY(handbook.browser()->toPlainText().contains(kpiLabel(KpiId::RetentionRate)));
    // A grab of each page for a reviewer.
    handbook.show();
    QVERIFY(QTest::qWaitForWindowExposed(&handbook));
    QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR));
    QVERIFY(handbook.grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/handbook-%1.png").arg(page)));
}

namespace {

// A translation that brackets every text of the handbook's context ("[Overview]"), so an untranslated text
// shows without brackets.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "storelens::ui::Handbook") != 0)
            return {};
        return QLatin1Char('[') + QString::fromUtf8(sourceText) + QLatin1Char(']');
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Every export style the README describes has an entry on the importing page (trial 16: Tiendanube's, the
// DSFinV-K receipts' and Wix's had none), and the page says how one person in two files is counted once.
void TestHandbook::importingNamesEveryExportStyle_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : {"Shopify order export",
                             "Squarespace orders",
                             "WooCommerce order export",
                             "BigCommerce order export",
                             "Odoo Point of Sale order lines",
                             "Magento orders grid export",
                             "Shopware 6 orders",
                             "PrestaShop orders",
                             "Etsy sold order items",
                             "Wix Stores orders",
                             "Tiendanube and Nuvemshop orders",
                             "Square item sales",
                             "SumUp sales report",
                             "Loyverse receipts by item",
                             "Lightspeed sales lines",
                             "German till exports",
                             "eBay orders report",
                             "Amazon All Orders report",
                             "eBay transaction report",
                             "DSFinV-K receipts (transactions.csv)",
                             "One person in two files"})
        QTest::newRow(term) << QString::fromUtf8(term);
}

void TestHandbook::importingNamesEveryExportStyle()
{
    QFETCH(QString, term);
    const QString html = ui::writtenHandbookPage(QStringLiteral("importing"));
    QVERIFY2(html.contains(QStringLiteral(">%1<").arg(term)), qPrintable(term));
}

void TestHandbook::writtenPagesAreTranslatable_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : {"index", "getting-started", "importing", "overview", "cohorts", "segments",
                             "customers", "predictions", "report"})
        QTest::newRow(page) << QString::fromLatin1(page);
}

// Every heading, paragraph, list item and explained term of a written page is a translated text (the inline
// markup a text holds is part of it).
void TestHandbook::writtenPagesAreTranslatable()
{
    QFETCH(QString, page);
    QCOMPARE(ui::writtenHandbookPage(page).isEmpty(), false);
    BracketTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    const QString html = ui::writtenHandbookPage(page);
    QCoreApplication::removeTranslator(&brackets);
    const QRegularExpression blocks(QStringLiteral("<(title|h1|h2|p|li|dt|dd)>(.*?)</\\1>"),
                                    QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression leadingTags(QStringLiteral("^(<[^>]+>)*"));
    int texts = 0;
    for (auto match = blocks.globalMatch(html); match.hasNext();) {
        QString text = match.next().captured(2);
        text.remove(leadingTags);
        QVERIFY2(text.startsWith(QLatin1Char('[')), qPrintable(text));
        ++texts;
    }
    QVERIFY2(texts >= 4, qPrintable(html)); // title, heading, back link or contents, a paragraph
}

void TestHandbook::stagesAndTiersAreTheScreensWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notTheScreensWord");
    QTest::newRow("English") << "en"
                             << "lapsed)";
    // Trial 15: the German handbook said "abgewandert" where the Segments view says "Inaktiv".
    QTest::newRow("German") << "de"
                            << "abgewandert";
    QTest::newRow("French") << "fr"
                            << "perdu)";
    QTest::newRow("Spanish") << "es"
                             << "inactivo)";
}

// The segments page names the lifecycle stages and value tiers with the words the Segments view shows.
void TestHandbook::stagesAndTiersAreTheScreensWords()
{
    QFETCH(QString, language);
    QFETCH(QString, notTheScreensWord);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/storelens_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const QString html = ui::writtenHandbookPage(QStringLiteral("segments"));
    QStringList words;
    for (int s = 0; s < kLifecycleStageCount; ++s)
        words << lifecycleDisplayName(LifecycleStage(s));
    for (int t = 0; t < kValueTierCount; ++t)
        words << valueTierDisplayName(ValueTier(t));
    QCoreApplication::removeTranslator(&translator);
    for (const QString &word : words)
        QVERIFY2(html.contains(word.toHtmlEscaped()), qPrintable(word + QStringLiteral(" in ") + html));
    QVERIFY2(!html.contains(notTheScreensWord), qPrintable(html));
}

void TestHandbook::tilesButtonIsNamedAsOnScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("dialogTitle");
    // Trial 17: "Customize tiles…" read as a misspelling in a British English UI; the words now have no
    // British and American spellings.
    QTest::newRow("English") << "en"
                             << "Choose tiles…"
                             << "Choose KPI Tiles";
    QTest::newRow("German") << "de"
                            << "Kacheln wählen…"
                            << "KPI-Kacheln wählen";
    QTest::newRow("French") << "fr"
                            << "Choisir les tuiles…"
                            << "Choisir les tuiles d'indicateurs";
    QTest::newRow("Spanish") << "es"
                             << "Elegir indicadores…"
                             << "Elegir indicadores de KPI";
}

// The Overview's tiles button, the dialog it opens and the handbook's Overview page use the same words.
void TestHandbook::tilesButtonIsNamedAsOnScreen()
{
    QFETCH(QString, language);
    QFETCH(QString, label);
    QFETCH(QString, dialogTitle);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/storelens_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    ui::AnalysisContext context;
    const ui::OverviewView overview(&context);
    const ui::TileSettingsDialog dialog({}, {});
    const QString html = ui::writtenHandbookPage(QStringLiteral("overview"));
    QCoreApplication::removeTranslator(&translator);
    const auto *button = overview.findChild<QPushButton *>(QStringLiteral("chooseTiles"));
    QVERIFY(button);
    QCOMPARE(QString(button->text()).remove(QLatin1Char('&')), label);
    QCOMPARE(dialog.windowTitle(), dialogTitle);
    QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped())), qPrintable(html));
}

void TestHandbook::f1OpensThePageOfTheView_data()
{
    QTest::addColumn<ui::DashboardPage::View>("view");
    QTest::addColumn<QString>("page");
    QTest::newRow("Overview") << ui::DashboardPage::Overview << QStringLiteral("overview");
    QTest::newRow("Cohorts") << ui::DashboardPage::Cohorts << QStringLiteral("cohorts");
    QTest::newRow("Customers") << ui::DashboardPage::Customers << QStringLiteral("customers");
}

void TestHandbook::f1OpensThePageOfTheView()
{
    QFETCH(ui::DashboardPage::View, view);
    QFETCH(QString, page);
    ui::AnalysisContext context;
    QWidget window;
    auto *dashboard = new ui::DashboardPage(&context, &window);
    auto *help = new ui::HelpController(&window, dashboard);
    window.addAction(help->handbookAction());
    window.resize(1000, 700);
    dashboard->resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    dashboard->setCurrentView(view);
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(help->handbookWindow());
    QCOMPARE(help->handbookWindow()->currentPage(), page);
    QVERIFY(help->handbookWindow()->isVisible());
    QVERIFY(!help->handbookWindow()->browser()->documentTitle().isEmpty());
    // Minimised, F1 brings it back (trial 23us: it switched the page out of sight).
    help->handbookWindow()->showMinimized();
    QTRY_VERIFY(help->handbookWindow()->isMinimized());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(!help->handbookWindow()->isMinimized());
}

void TestHandbook::escapeAndCtrlWClose_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
    QTest::newRow("Ctrl+W") << QKeySequence(Qt::CTRL | Qt::Key_W);
}

// Trial 17: the handbook window could not be closed from the keyboard.
void TestHandbook::escapeAndCtrlWClose()
{
    QFETCH(QKeySequence, keys);
    QWidget window;
    ui::HandbookWindow handbook(&window);
    handbook.showPage(QStringLiteral("index"));
    handbook.show();
    handbook.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&handbook));
    QTest::keySequence(&handbook, keys);
    QTRY_VERIFY(!handbook.isVisible());
}

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"
