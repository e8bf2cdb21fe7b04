// What a source's export cannot give is said wherever its numbers are shown, not only at import (issue 18's
// sixth trial: after a Shopware import, the tiles, Why? and the PDF said nothing of the shipping inside net
// sales, and a return rate of 0.0 % only meant that the export cannot tell cancelled orders from sales).
// Both fixtures hold the same five orders, 149.00 in all with tax and shipping (tst_shopware's comment); the
// shop's own profile marks 10003 (58.50) and 10004 (14.80) cancelled and refunded: returns 73.30.

#include "../import/ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/query/Periods.h"
#include "core/session/WorkspaceSession.h"

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::session;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;

namespace {

const QString DefaultProfile = QStringLiteral("shopware_default_orders.csv");
const QString OwnProfile = QStringLiteral("shopware_custom_orders.csv");
const QString Shipping =
    QStringLiteral("\"Shopware\" exports order totals with tax and shipping: its net sales "
                   "include the shipping its orders charged.");
const QString NoReturns = QStringLiteral("\"Shopware\" exports do not say which orders were cancelled or "
                                         "refunded: they count as sales, and its returns are missing.");
const QString NoProducts =
    QStringLiteral("\"Shopware\" exports name no products: its orders count as one unit "
                   "of a stand-in product.");
// amount_total is after Shopware's promotions (line items inside the total), and no column names them.
const QString NoDiscounts =
    QStringLiteral("\"Shopware\" exports totals after discounts without the discounts: "
                   "its discounts are unknown.");

Query october()
{
    Query query;
    query.period = Period{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    query.comparison = Comparison::None;
    return query;
}

QStringList sourceWarnings(const KpiReport &kpis)
{
    QStringList out;
    for (const DataCoverageWarning &w : kpis.warnings) {
        if (w.kind == DataCoverageWarning::Kind::Source)
            out << w.message;
    }
    return out;
}

} // namespace

class TestSourceWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultProfileSaysItOnTheTiles();
    void ownProfileShowsItsReturns();
    void aPlainExportSaysNothing();
    void loyverseSaysItsCostsAreLeftOut();
    void wixSaysItsCouponsAreInNetSales();
    void wixCouponsWorkedOutAreDiscounts();
    void wixCouponsPartlyWorkedOutSaySo();
    void squareOnlineSaysItsSalesHoldTax();
    void pricesNamedWithVatSaySo();
    void aFileReadingLessThanItsSourceSaysSo();
    void aFileReadingMoreSaysNothing();
    void aSourceThatEndsEarlySaysSo();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestSourceWarnings::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English)); // lists read "A and B"
}

void TestSourceWarnings::defaultProfileSaysItOnTheTiles()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(DefaultProfile));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(1490000));
    // Each note once in the Overview's and the report's notes, and on the tiles it touches.
    QCOMPARE(sourceWarnings(kpis), (QStringList{Shipping, NoReturns, NoProducts, NoDiscounts}));
    for (KpiId id : {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue})
        QVERIFY2(kpis.kpi(id).current.warning.contains(Shipping), qPrintable(kpis.kpi(id).current.warning));
    QVERIFY(!kpis.kpi(KpiId::Orders).current.warning.contains(Shipping));
    // One "unit" per order: units per transaction 1.00 says nothing of the baskets.
    for (KpiId id : {KpiId::UnitsPerTransaction, KpiId::AverageUnitRetail})
        QVERIFY2(kpis.kpi(id).current.warning.contains(NoProducts), qPrintable(kpis.kpi(id).current.warning));
    // No return in the period, from a source that cannot show one: unknown, not 0.
    for (KpiId id : {KpiId::Returns, KpiId::ReturnRate}) {
        QVERIFY(!kpis.kpi(id).current.hasData);
        QCOMPARE(kpis.kpi(id).current.noDataReason, NoReturns);
    }
    QVERIFY(!kpis.kpi(KpiId::Discounts).current.hasData);
    QCOMPARE(kpis.kpi(KpiId::Discounts).current.noDataReason, NoDiscounts);
}

void TestSourceWarnings::ownProfileShowsItsReturns()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(OwnProfile));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    // amountTotal holds shipping too, and lineItems names products by ids.
    QCOMPARE(sourceWarnings(kpis), (QStringList{Shipping, NoProducts, NoDiscounts}));
    QVERIFY(kpis.kpi(KpiId::Returns).current.hasData);
    QCOMPARE(kpis.kpi(KpiId::Returns).current.money.units(), qint64(733000));
    QVERIFY(kpis.kpi(KpiId::Returns).current.warning.isEmpty());
}

void TestSourceWarnings::aPlainExportSaysNothing()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("pos_till_receipts.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    Query query;
    query.comparison = Comparison::None;
    const auto result = session.overview(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(sourceWarnings(result.value()->kpis).isEmpty());
    QVERIFY(result.value()->kpis.kpi(KpiId::Returns).current.hasData);
}

// Trial 13: Loyverse's "Costo de los bienes" is the whole line's cost; read as a unit cost it made gross
// margin 7 % too low. It is left out, and the Overview says why gross margin is missing (tst_loyverse's
// fixture: net sales 258.45 in October 2026).
void TestSourceWarnings::loyverseSaysItsCostsAreLeftOut()
{
    const QString ws = m_dir.create();
    auto imported =
        importWithSuggestion(ws, importFixture(QStringLiteral("loyverse_recibos_por_articulo.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(2584500));
    QCOMPARE(
        sourceWarnings(kpis),
        QStringList{QStringLiteral("\"Loyverse\" exports each line's cost, not a unit cost: its costs are "
                                   "left out, and its sales have no gross margin.")});
    QVERIFY(!kpis.kpi(KpiId::GrossMargin).current.hasData);
    QVERIFY(kpis.kpi(KpiId::Returns).current.hasData); // its refunds and cancellations are returns
}

// Trial 14: Wix's export names each order's coupon but not its amount; net sales were too high by the coupons
// without a word. When the file does not show how its Totals read (tst_wixcoupons' wix_coupons_disagree.csv:
// no amount worked out, net sales 100.00 in October 2026 with 3001's coupon inside), the Overview says so on
// the discounts, net sales and average order value tiles, and, with Wix the only source, discounts show
// "No data" rather than 0.
void TestSourceWarnings::wixSaysItsCouponsAreInNetSales()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("wix_coupons_disagree.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(1000000));
    const QString said =
        QStringLiteral("\"Wix\" exports each order's coupon but not its amount: its discounts are "
                       "unknown, and its net sales hold what the coupons took off.");
    QCOMPARE(sourceWarnings(kpis), QStringList{said});
    for (KpiId id : {KpiId::NetSales, KpiId::AverageOrderValue, KpiId::Discounts, KpiId::HistoricalClv})
        QVERIFY2(kpis.kpi(id).current.warning.contains(said), qPrintable(kpis.kpi(id).current.warning));
    QVERIFY(!kpis.kpi(KpiId::Discounts).current.hasData);
    QVERIFY(!kpis.kpi(KpiId::Orders).current.warning.contains(said));
}

// tst_wix's fixture: the one coupon's amount is worked out from its order's Total (1.96), so nothing is
// unknown: no warning, the discounts tile shows 1.96, net sales 178.30 - 1.96 - 114.20 = 62.14 in November.
void TestSourceWarnings::wixCouponsWorkedOutAreDiscounts()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("wix_orders.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    Query query;
    query.period = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    query.comparison = Comparison::None;
    const auto result = session.overview(query);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    QCOMPARE(sourceWarnings(kpis), QStringList());
    QVERIFY(kpis.kpi(KpiId::Discounts).current.hasData);
    QCOMPARE(kpis.kpi(KpiId::Discounts).current.money.units(), qint64(19600));
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(621400));
    QVERIFY(kpis.kpi(KpiId::NetSales).current.warning.isEmpty());
}

// tst_wixcoupons' wix_coupons_unfit.csv: 4003's 3.00 worked out, 4002's and 4001's not. The discounts tile
// shows the 3.00 it knows, and it and net sales (104.00 in October) say that some coupons are inside.
void TestSourceWarnings::wixCouponsPartlyWorkedOutSaySo()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("wix_coupons_unfit.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    const QString said = QStringLiteral(
        "\"Wix\" exports no coupon amounts, and not every one could be worked out from its orders' totals: "
        "its discounts leave those out, and its net sales hold what their coupons took off.");
    QCOMPARE(sourceWarnings(kpis), QStringList{said});
    QVERIFY(kpis.kpi(KpiId::Discounts).current.hasData);
    QCOMPARE(kpis.kpi(KpiId::Discounts).current.money.units(), qint64(30000));
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(1040000));
    for (KpiId id : {KpiId::NetSales, KpiId::Discounts})
        QVERIFY2(kpis.kpi(id).current.warning.contains(said), qPrintable(kpis.kpi(id).current.warning));
}

// The trial mixed its shop's own profile and the default one in one source: the second file's cancelled
// orders counted as sales and every order went to the default channel, without a word.
// Trial 17: Square Online's prices hold the VAT and the export has no price without it (tst_squareonline:
// every order's Order Total is its Order Subtotal + shipping), while a till beside it may export amounts
// without VAT. The tiles made of its sales say so: net sales 63.12 in November, as exported.
void TestSourceWarnings::squareOnlineSaysItsSalesHoldTax()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("square_online_orders.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    Query november;
    november.period = Period{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    november.comparison = Comparison::None;
    const auto result = session.overview(november);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    const QString said = QStringLiteral("\"Square Online\" exports prices with the tax (VAT) inside and no "
                                        "price without it: its gross and net sales include the tax.");
    QCOMPARE(sourceWarnings(kpis), QStringList{said});
    QCOMPARE(kpis.kpi(KpiId::NetSales).current.money.units(), qint64(631200));
    for (KpiId id : {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue})
        QVERIFY2(kpis.kpi(id).current.warning.contains(said), qPrintable(kpis.kpi(id).current.warning));
    QVERIFY(!kpis.kpi(KpiId::Discounts).current.warning.contains(said));
}

// Trials 22de and 22en: the German web shop's "Einzelpreis brutto" held the VAT, and "Nettoumsatz" was read
// as without it (German bookkeeping's meaning); nothing on screen said so. The gross and net sales tiles, the
// AOV's and the Overview's notes say the prices include VAT; a file whose price names no tax says nothing.
void TestSourceWarnings::pricesNamedWithVatSaySo()
{
    const QString ws = m_dir.create();
    auto imported = importWithSuggestion(ws, importFixture(QStringLiteral("gambio_bestellungen_de.csv")));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    WorkspaceSession session(ws);
    Query august;
    august.period = Period{QDate(2026, 8, 1), QDate(2026, 8, 31)};
    august.comparison = Comparison::None;
    const auto result = session.overview(august);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const KpiReport &kpis = result.value()->kpis;
    const QString said =
        QStringLiteral("The prices of \"Web shop\" include VAT: its gross and net sales include the VAT.");
    QCOMPARE(sourceWarnings(kpis), QStringList{said});
    for (KpiId id : {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue})
        QVERIFY2(kpis.kpi(id).current.warning.contains(said), qPrintable(kpis.kpi(id).current.warning));
    QVERIFY(!kpis.kpi(KpiId::Discounts).current.warning.contains(said));

    // Hike's "Retail price" names no tax (its "Total (Inc. tax)" is not read): nothing is said.
    const QString till = m_dir.create();
    QVERIFY(importWithSuggestion(till, importFixture(QStringLiteral("hike_sales_gb.csv"))).ok());
    WorkspaceSession tillSession(till);
    const auto tillResult = tillSession.overview(august);
    QVERIFY(tillResult.ok());
    QCOMPARE(sourceWarnings(tillResult.value()->kpis), QStringList());

    // Two sources whose prices include VAT: one sentence, not each source's (trial 24fr read the same
    // sentence twice on the net sales tile). The German till's "Einzelpreis brutto" says so too.
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("kasse_de_rabatt_prozent_euro.csv"))).ok());
    WorkspaceSession both(ws);
    const auto bothResult = both.overview(august);
    QVERIFY2(bothResult.ok(), qPrintable(bothResult.error().toString()));
    const QString every =
        QStringLiteral("Every source's prices include VAT: gross and net sales include the VAT.");
    QCOMPARE(sourceWarnings(bothResult.value()->kpis), QStringList{every});
    QCOMPARE(bothResult.value()->kpis.kpi(KpiId::NetSales).current.warning, every);
    // Beside a source whose prices do not say so (Hike's, as a source of its own), the two are named.
    ImportProfile hike = storelens::test::suggestedFor(QStringLiteral("hike_sales_gb.csv"));
    hike.source = QStringLiteral("Hike");
    QVERIFY(Importer::run(ws, importFixture(QStringLiteral("hike_sales_gb.csv")), hike, {}).ok());
    WorkspaceSession three(ws);
    const auto threeResult = three.overview(august);
    QVERIFY2(threeResult.ok(), qPrintable(threeResult.error().toString()));
    QVERIFY2(
        sourceWarnings(threeResult.value()->kpis)
            .contains(QStringLiteral("The prices of \"Till\" and \"Web shop\" include VAT: their gross and "
                                     "net sales include the VAT.")),
        qPrintable(sourceWarnings(threeResult.value()->kpis).join(QLatin1Char('\n'))));
}

void TestSourceWarnings::aFileReadingLessThanItsSourceSaysSo()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(OwnProfile)).ok());
    auto second = importWithSuggestion(ws, importFixture(DefaultProfile));
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    const QString said = second->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("Earlier imports into \"Shopware\" read fields this file has no "
                                          "column for: Status (marks cancellations) and Channel.")),
             qPrintable(said));
    // What the workspace says from then on is the last file's.
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY(result.ok());
    QVERIFY(sourceWarnings(result.value()->kpis).contains(NoReturns));
}

void TestSourceWarnings::aFileReadingMoreSaysNothing()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(DefaultProfile)).ok());
    auto second = importWithSuggestion(ws, importFixture(OwnProfile));
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QVERIFY(!second->quality.sentences().join(QLatin1Char('\n')).contains(QStringLiteral("Earlier imports")));
    WorkspaceSession session(ws);
    const auto result = session.overview(october());
    QVERIFY(result.ok());
    QCOMPARE(sourceWarnings(result.value()->kpis), (QStringList{Shipping, NoProducts, NoDiscounts}));
}

// Trial 12: the till's export ran to 31 October, the web shop's to 2 December, and November read as a
// collapse of 84 %. Here a till ("Till") sells on 1 and 20 September 2026, PrestaShop's orders run 1 to 7
// October (as of 5 October: the orders of 6 and 7 October were never paid). The till's file names no
// source: it is "Till" (it was "Default" before trial 15).
void TestSourceWarnings::aSourceThatEndsEarlySaysSo()
{
    const QString ws = m_dir.create();
    const QString till = m_dir.filePath(QStringLiteral("till.csv"));
    storelens::test::writeFile(till, "Receipt No,Date,Item Code,Qty,Unit Price\n"
                                     "1,2026-09-01,BR-01,1,4.20\n"
                                     "2,2026-09-20,BR-01,2,4.20\n");
    auto tillImport = importWithSuggestion(ws, till);
    QVERIFY2(tillImport.ok(), qPrintable(tillImport.error().toString()));
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("prestashop_orders_fr.csv"))).ok());
    WorkspaceSession session(ws);
    const auto warnings = [&session](const Period &period, Comparison comparison) {
        Query query;
        query.period = period;
        query.comparison = comparison;
        const auto result = session.overview(query);
        return result ? sourceWarnings(result.value()->kpis).filter(QStringLiteral("has no data after"))
                      : QStringList{QStringLiteral("failed")};
    };
    const QString end = dateText(QDate(2026, 9, 20));
    const QString said =
        QStringLiteral("\"Till\" has no data after %1, while the workspace's data runs to %2: "
                       "figures after %1 leave it out. Import its newer export to compare like "
                       "with like.")
            .arg(end, dateText(QDate(2026, 10, 5)));
    // 20 September to 7 October against the 18 days before: the till sells in both, then stops 17 days
    // before the period ends.
    QCOMPARE(warnings(Period{QDate(2026, 9, 20), QDate(2026, 10, 7)}, Comparison::PreviousPeriod),
             QStringList{said});
    QCOMPARE(warnings(Period{QDate(2026, 9, 1), QDate(2026, 10, 7)}, Comparison::None), QStringList{said});
    // September 1 to 25 ends within a week of the till's last day; the first week of October and the week
    // before it (24 to 30 September) never held the till.
    QVERIFY(warnings(Period{QDate(2026, 9, 1), QDate(2026, 9, 25)}, Comparison::None).isEmpty());
    QVERIFY(warnings(Period{QDate(2026, 10, 1), QDate(2026, 10, 7)}, Comparison::PreviousPeriod).isEmpty());
}

QTEST_GUILESS_MAIN(TestSourceWarnings)
#include "tst_sourcewarnings.moc"
