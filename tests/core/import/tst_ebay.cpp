// eBay's Seller Hub orders report (trial 18, an épicerie fine in Lyon selling on eBay.fr): its first line of
// bare commas made the wizard a dead end; without it, the file was taken for a till's (source Till, channel
// In store), Buyer Email, Buyer Name, Ship To Phone, Custom Label, Item Title and Sold For were not mapped
// and Item Number (eBay's listing number) was the SKU, and the summary rows of orders of several items and
// the footer were rejected as errors. Recognised, the report is a web marketplace's orders, keyed by e-mail,
// with the shipping left out.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ExportStylesEbay.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ShippingColumn.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// ebay_orders_report.csv (CRLF, the report's 80 columns): line 1 bare commas, line 2 the header, line 3 bare
// commas, then (Sold For is the unit price: Total Price = Quantity x Sold For + Shipping And Handling):
//   line 4   11-40201-10201 Nov-02-26 louis   HUI-OLV-50 1 x 14.90 = 14.90 (shipping 4.90)
//   line 5   22-40202-10202 Nov-05-26 helene  MIE-ACA-250 2 x 8.50 = 17.00 (shipping 6.90; the e-mail in
//            capitals)
//   line 6   33-40203-10203 Nov-10-26 agnes   the order's summary row: Quantity 3, shipping 9.90, Total
//            Price 30.40, no item: left out
//   line 7                                    TER-CAN-180 2 x 7.45 = 14.90
//   line 8                                    BIS-SAB-150 1 x 5.60 = 5.60
//   line 9   44-40204-10204 Nov-12-26 (no Buyer Email: a guest line) CAF-ETH-250 1 x 9.80 = 9.80
//   line 10  55-40205-10205 Nov-20-26 louis   no Custom Label: SKU 128845561907 (Item Number), 1 x 12.00
//   lines 11-12 the footer ("5,record(s) downloaded,…", "Seller ID : …"): left out
// Gross = net 14.90 + 17.00 + 14.90 + 5.60 + 9.80 + 12.00 = 74.20 (no discount or refund column); the
// shipping, 4.90 + 6.90 + 9.90 + 0 + 4.90 = 26.60, is not sales. Orders 5; lines 6; units 1 + 2 + 2 + 1 + 1
// + 1 = 8; buying customers louis, helene, agnes = 3. Data lines read 10 (line 3 blank included): 6
// accepted, 4 skipped (blank 1, summary 1, footer 2), 0 rejected.
const QString Fixture = QStringLiteral("ebay_orders_report.csv");

QString said(const ImportReport &report)
{
    return report.quality.sentences().join(QLatin1Char('\n'));
}

} // namespace

class TestEbay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void whatWasLeftOutIsSaid_data();
    void whatWasLeftOutIsSaid();
    void itemNumberOnlyWithoutCustomLabel();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestEbay::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestEbay::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order") << field::OrderId << QStringLiteral("Order Number");
    QTest::newRow("date") << field::Date << QStringLiteral("Sale Date");
    QTest::newRow("customer e-mail") << field::CustomerEmail << QStringLiteral("Buyer Email");
    QTest::newRow("customer name") << field::CustomerName << QStringLiteral("Buyer Name");
    QTest::newRow("phone") << field::CustomerPhone << QStringLiteral("Ship To Phone");
    QTest::newRow("country") << field::Country << QStringLiteral("Ship To Country");
    QTest::newRow("the seller's SKU") << field::Sku << QStringLiteral("Custom Label");
    QTest::newRow("product") << field::ProductName << QStringLiteral("Item Title");
    QTest::newRow("quantity") << field::Quantity << QStringLiteral("Quantity");
    QTest::newRow("unit price") << field::UnitPrice << QStringLiteral("Sold For");
    QTest::newRow("shipping is not a sale") << field::Shipping << QString();
    QTest::newRow("Total Price holds the shipping") << field::LineTotal << QString();
    QTest::newRow("no customer id") << field::CustomerId << QString();
    QTest::newRow("no status column") << field::Status << QString();
}

void TestEbay::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(preview->dialect.hasHeader);
    QVERIFY(isEbayOrdersReport(preview->header));
    QVERIFY(isWebShopExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel + QLatin1Char('|') +
                 p.defaultStore,
             QStringLiteral("eBay orders report|eBay|Online|Online shop"));
    QCOMPARE(p.dateOrder, csv::DateOrder::MonthDayYear);
    QVERIFY(p.missingRequiredFields().isEmpty());
    QCOMPARE(unmappedShippingColumn(preview.value(), p), QStringLiteral("Shipping And Handling"));
}

void TestEbay::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->rejectedCount == 0, qPrintable(said(report.value())));
    QCOMPARE(report->source, QStringLiteral("eBay"));
    QCOMPARE(report->orders, qint64(5));
    QCOMPARE(report->firstDate, QDate(2026, 11, 2));
    QCOMPARE(report->lastDate, QDate(2026, 11, 20));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(742000));
    QCOMPARE(s.discounts.units(), qint64(0));
    QCOMPARE(s.returns.units(), qint64(0));
    QCOMPARE(s.netSales.units(), qint64(742000));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.orderLines, qint64(6));
    QCOMPARE(s.buyingCustomers, qint64(3));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT sum(quantity) FROM order_lines")), qint64(8000));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels WHERE name = 'Online'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM stores WHERE name = 'Online shop'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE external_id = "
                                       "'helene.vincent289@orange.fr' AND phone = '0691539052'")),
             qint64(1));
}

void TestEbay::whatWasLeftOutIsSaid_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("lines") << QStringLiteral("Lines read: 10 (6 accepted, 4 skipped, 0 rejected).");
    QTest::newRow("the padding line") << QStringLiteral("Blank lines skipped: 1 (for example line 3).");
    QTest::newRow("the order's summary row") << QStringLiteral(
        "eBay's summary rows of orders of several items left out: such an order has a row with its shipping "
        "and total and no item, then a row per item, which are imported: 1 (for example line 6).");
    QTest::newRow("the footer") << QStringLiteral(
        "eBay's footer lines left out (the records downloaded, the seller ID): 2 (for example line 11).");
}

void TestEbay::whatWasLeftOutIsSaid()
{
    QFETCH(QString, sentence);
    ImportOptions options;
    options.dryRun = true;
    auto report = importWithSuggestion(m_dir.create(), importFixture(Fixture), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->quality.sentences().contains(sentence), qPrintable(said(report.value())));
}

// Custom Label is the seller's SKU; line 10's listing has none and is known by its Item Number. Item Number
// never stands in for a Custom Label the line has (HUI-OLV-50's listing is 192132663488).
void TestEbay::itemNumberOnlyWithoutCustomLabel()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QString skuOf = QStringLiteral("SELECT count(*) FROM order_lines l JOIN products p ON p.id = "
                                         "l.product_id WHERE l.order_id = '%1' AND p.sku = '%2'");
    QCOMPARE(scalar(ws, skuOf.arg(QStringLiteral("55-40205-10205"), QStringLiteral("128845561907"))),
             qint64(1));
    QCOMPARE(scalar(ws, skuOf.arg(QStringLiteral("11-40201-10201"), QStringLiteral("HUI-OLV-50"))),
             qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM products WHERE sku = '192132663488'")),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestEbay)
#include "tst_ebay.moc"
