// Amazon Seller Central's "All Orders" report (trial 19, a Feinkost shop in Leipzig selling on Amazon.de):
// with the suggestion item-price was read as the unit price (multiplied by the quantity again),
// amazon-order-id was left out (each row its own order), item-promotion-discount was ignored, and the lines
// went to the source "Till", the store "Main store" and the channel "In store": 229,857.95 in 2,033 orders
// instead of 65,111.36 in 1,003. An item cancelled in a Shipped order stayed a sale. Recognised, the report
// is a web marketplace's orders, each line before its promotion, cancelled by its order's or its item's
// status, and guest sales (the report names no buyer).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ExportStylesAmazon.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ShippingColumn.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// amazon_all_orders.txt (tab-separated, the report's 32 columns; item-price is the line for its quantity,
// before item-promotion-discount; shipping-price per item is not sales):
//   line 2  302-1000001-1000001 Shipped               PE-010 2, item-price 11.90 (shipping 4.90)
//   line 3  302-1000002-1000002 Shipped   item Shipped TE-030 3, 23.97, promotion -2.40
//   line 4  302-1000002-1000002 Shipped   item Shipped KA-020 1, 24.90
//   line 5  302-1000003-1000003 Cancelled              OL-001 1, 14.90 (shipping 4.90): a sale and a return
//   line 6  302-1000004-1000004 Shipped   item Shipped KA-020 1, 24.90 (shipping 4.90)
//   line 7  302-1000004-1000004 Shipped item Cancelled OL-001 1, 14.90: a sale and a return
//   line 8  302-1000005-1000005 Pending (not paid)     TE-030 1, 7.99 (shipping 4.90): left out
//   line 9  302-1000006-1000006 Unshipped              PE-010 1, 5.95, promotion 0.60 (shipping 4.90)
// Gross = 11.90 + 23.97 + 24.90 + 14.90 + 24.90 + 14.90 + 5.95 = 121.42; discounts = 2.40 + 0.60 = 3.00;
// returns = 14.90 + 14.90 = 29.80; net = 121.42 − 3.00 − 29.80 = 88.62. Orders 5 (the Pending one left out);
// order lines 7 sales + 2 returns = 9; units sold 2 + 3 + 1 + 1 + 1 + 1 + 1 = 10; no buying customer.
//
// amazon_all_orders_reexport.txt, the same rows exported again: line 3's item (TE-030, 23.97 − 2.40 = 21.57)
// now Cancelled in its Shipped order, the Pending order (line 8, 7.99) Shipped. With replace: gross = 121.42
// + 7.99 = 129.41; discounts 3.00 (the sale lines'); returns = 29.80 + 21.57 = 51.37; net = 129.41 − 3.00 −
// 51.37 = 75.04; orders 6.
const QString Fixture = QStringLiteral("amazon_all_orders.txt");
const QString Reexport = QStringLiteral("amazon_all_orders_reexport.txt");

QString said(const ImportReport &report)
{
    return report.quality.sentences().join(QLatin1Char('\n'));
}

} // namespace

class TestAmazon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void lineStatus_data();
    void lineStatus();
    void totalsMatchTheOrders();
    void noBuyerIsSaid();
    void reexportReplaced();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestAmazon::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestAmazon::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order") << field::OrderId << QStringLiteral("amazon-order-id");
    QTest::newRow("date") << field::Date << QStringLiteral("purchase-date");
    QTest::newRow("status: the order's") << field::Status << QStringLiteral("order-status");
    QTest::newRow("country") << field::Country << QStringLiteral("ship-country");
    QTest::newRow("SKU") << field::Sku << QStringLiteral("sku");
    QTest::newRow("product") << field::ProductName << QStringLiteral("product-name");
    QTest::newRow("quantity") << field::Quantity << QStringLiteral("quantity");
    QTest::newRow("item-price is the line total") << field::LineTotal << QStringLiteral("item-price");
    QTest::newRow("no unit price") << field::UnitPrice << QString();
    QTest::newRow("the promotion is the line's discount")
        << field::Discount << QStringLiteral("item-promotion-discount");
    QTest::newRow("shipping is not a sale") << field::Shipping << QString();
    QTest::newRow("sales-channel names the marketplace") << field::Channel << QString();
    QTest::newRow("no customer") << field::CustomerId << QString();
}

void TestAmazon::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QCOMPARE(preview->dialect.delimiter, '\t');
    QVERIFY(isAmazonAllOrdersReport(preview->header));
    QVERIFY(isWebShopExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel + QLatin1Char('|') +
                 p.defaultStore,
             QStringLiteral("Amazon All Orders|Amazon|Online|Online shop"));
    QVERIFY(!p.lineTotalAfterDiscount);
    QCOMPARE(p.dateOrder, csv::DateOrder::YearMonthDay);
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("cancelled")));
    QVERIFY(p.missingRequiredFields().isEmpty());
    QCOMPARE(amazonItemStatusColumn(p), 13);
    QCOMPARE(unmappedShippingColumn(preview.value(), p), QStringLiteral("shipping-price"));
}

void TestAmazon::lineStatus_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("line");
    QTest::newRow("shipped") << "Shipped"
                             << "Shipped"
                             << "Shipped";
    QTest::newRow("an item cancelled in a shipped order") << "Shipped"
                                                          << "Cancelled"
                                                          << "Cancelled";
    QTest::newRow("an item cancelled in an unshipped order") << "Unshipped"
                                                             << " canceled"
                                                             << " canceled";
    QTest::newRow("a cancelled order") << "Cancelled"
                                       << "Cancelled"
                                       << "Cancelled";
    QTest::newRow("a pending order is not paid") << "Pending"
                                                 << "Unshipped"
                                                 << "Pending";
    QTest::newRow("a pending order's cancelled item: not paid") << "Pending"
                                                                << "Cancelled"
                                                                << "Pending";
}

void TestAmazon::lineStatus()
{
    QFETCH(QString, order);
    QFETCH(QString, item);
    QFETCH(QString, line);
    const QByteArray o = order.toUtf8();
    const QByteArray i = item.toUtf8();
    QCOMPARE(amazonLineStatus(o, i).toByteArray(), line.toUtf8());
}

void TestAmazon::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->rejectedCount == 0, qPrintable(said(report.value())));
    QCOMPARE(report->source, QStringLiteral("Amazon"));
    QCOMPARE(report->orders, qint64(5));
    QCOMPARE(report->firstDate, QDate(2026, 11, 2));
    QCOMPARE(report->lastDate, QDate(2026, 11, 28));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1214200));
    QCOMPARE(s.discounts.units(), qint64(30000));
    QCOMPARE(s.returns.units(), qint64(298000));
    QCOMPARE(s.netSales.units(), qint64(886200));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.orderLines, qint64(9));
    QCOMPARE(s.returnLines, qint64(2));
    QCOMPARE(s.buyingCustomers, qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT sum(quantity) FROM order_lines WHERE quantity > 0")),
             qint64(10000));
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = '302-1000005-1000005'")),
        qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels WHERE name = 'Online'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM stores WHERE name = 'Online shop'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM stores")), qint64(1));
    const QString out = said(report.value());
    QVERIFY2(out.contains(QStringLiteral("1 order with status \"Pending\" left out")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("\"Unshipped\"")), qPrintable(out)); // a paid order: a sale
}

// The report has no buyer column: the Check page and the import summary say why no customer is counted.
void TestAmazon::noBuyerIsSaid()
{
    ImportOptions options;
    options.dryRun = true;
    auto report = importWithSuggestion(m_dir.create(), importFixture(Fixture), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->quality.sentences().contains(QStringLiteral(
                 "Amazon's report names no buyer: these 5 orders count as guest sales; customer "
                 "figures cannot include Amazon buyers.")),
             qPrintable(said(report.value())));
}

// Trial 19's stumble 2: the re-export's item-level cancellation (an item Cancelled in a Shipped order) is a
// return, and the Pending order now Shipped a sale.
void TestAmazon::reexportReplaced()
{
    const QString ws = m_dir.create();
    auto first = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    ImportOptions options;
    options.replace = true;
    auto again = importWithSuggestion(ws, importFixture(Reexport), options);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QVERIFY2(again->rejectedCount == 0, qPrintable(said(again.value())));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1294100));
    QCOMPARE(s.discounts.units(), qint64(30000));
    QCOMPARE(s.returns.units(), qint64(513700));
    QCOMPARE(s.netSales.units(), qint64(750400));
    QCOMPARE(s.orders, qint64(6));
    QCOMPARE(s.returnLines, qint64(3));
}

QTEST_GUILESS_MAIN(TestAmazon)
#include "tst_amazon.moc"
