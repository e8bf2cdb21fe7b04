// Squarespace Commerce's orders CSV (trial 15): it has Shopify's columns, so it was offered as "Shopify
// orders" with the source "Default"; its Shipping was spread into the sales and its Discount Amount, given
// once per order on the order's first row, was taken as that row's line discount, with the advice to read
// it as percentages. Recognised, it names its profile and source; shipping is left out and the discount is
// the order's, spread over its lines.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ExportStylesSquarespace.h"
#include "core/import/FieldCatalog.h"

#include <functional>

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

// squarespace_orders_discounts.csv, newest first (as Squarespace lists them), an order's own fields on its
// first row only. Prices include VAT; Shipping and Taxes are not sales.
//   1004 Nov 25 dan   REFUNDED (Cancelled at Nov 27)  Filter 5.50 + 2 × Tee 7.25 = 20.00, discount 2.00,
//                     shipping 4.90: a sale of 20.00 − 2.00 and its return of 18.00, dated Nov 27
//   1003 Nov 24 cara  Tee Rooibos 4.50 + Espresso 10.00 = 14.50, discount 5.00 (more than the first line),
//                     shipping 4.90
//   1002 Nov 23 ben   Tee 7.25, no discount, no shipping
//   1001 Nov 20 ann   2 × Espresso 10.00 + Filter 5.50 = 25.50, discount 5.00, shipping 4.90
// Gross 20.00 + 14.50 + 7.25 + 25.50 = 67.25; discounts 2.00 + 5.00 + 5.00 = 12.00; returns 18.00; net
// 67.25 − 12.00 − 18.00 = 37.25. Orders 4, buying customers 4, lines 2 + 2 + 1 + 2 = 7 sales and 2 returns.
// With the shipping spread (mapped by hand and counted in sales, shipping_in_sales): gross + 3 × 4.90
// = 81.95, and 1004's return holds its 4.90 too (22.90): net 81.95 − 12.00 − 22.90 = 47.05.
const QString Fixture = QStringLiteral("squarespace_orders_discounts.csv");

struct Figures
{
    qint64 gross, discounts, returns, net; // ten-thousandths
};

Result<ImportReport> importWith(const QString &ws, const std::function<void(ImportProfile &)> &change = {})
{
    auto preview = previewFile(importFixture(Fixture));
    if (!preview)
        return preview.error();
    ImportProfile profile = suggestProfile(preview.value());
    if (change)
        change(profile);
    return Importer::run(ws, importFixture(Fixture), profile);
}

void mapColumn(ImportProfile &profile, const QString &column, const QString &field)
{
    for (ColumnMapping &c : profile.columns) {
        if (c.column == column)
            c.field = field;
    }
}

} // namespace

class TestSquarespace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void shopifyIsStillShopify();
    void totals_data();
    void totals();
    void discountOnTheFirstLineIsNoPercentage();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestSquarespace::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestSquarespace::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order") << field::OrderId << "Order ID";
    QTest::newRow("date") << field::Date << "Created at";
    QTest::newRow("customer e-mail") << field::CustomerEmail << "Email";
    QTest::newRow("customer name") << field::CustomerName << "Billing Name";
    QTest::newRow("status") << field::Status << "Financial Status";
    QTest::newRow("product") << field::ProductName << "Lineitem name";
    QTest::newRow("sku") << field::Sku << "Lineitem sku";
    QTest::newRow("quantity") << field::Quantity << "Lineitem quantity";
    QTest::newRow("unit price") << field::UnitPrice << "Lineitem price";
    QTest::newRow("the order's discount, once per order") << field::OrderDiscount << "Discount Amount";
    QTest::newRow("no line discount") << field::Discount << "";
    QTest::newRow("refunds") << field::RefundAmount << "Amount Refunded";
    QTest::newRow("refund date") << field::RefundDate << "Cancelled at";
    QTest::newRow("country") << field::Country << "Billing Country";
    QTest::newRow("shipping is not a sale") << field::Shipping << "";
    QTest::newRow("the order's total is no line total") << field::LineTotal << "";
}

void TestSquarespace::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isSquarespaceOrdersExport(preview->header));
    QVERIFY(isWebShopExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Squarespace orders|Squarespace|Online"));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("refunded")));
    QVERIFY(p.missingRequiredFields().isEmpty());
}

// Shopify's export has "Name", "Refunded Amount" and no variant column: it is no Squarespace export.
void TestSquarespace::shopifyIsStillShopify()
{
    for (const char *shopify : {"shopify_orders.csv", "shopify_order_discounts.csv",
                                "shopify_orders_customers.csv", "shopify_refunded_lines.csv"}) {
        const auto preview = previewFile(importFixture(shopify));
        QVERIFY(preview.ok());
        QVERIFY2(!isSquarespaceOrdersExport(preview->header), shopify);
        QVERIFY2(suggestProfile(preview.value()).source != squarespaceSourceName(), shopify);
    }
}

void TestSquarespace::totals_data()
{
    QTest::addColumn<bool>("shippingByHand");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("returns");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("shippingSpread");
    QTest::newRow("the suggestion: shipping left out")
        << false << qint64(672500) << qint64(180000) << qint64(372500) << qint64(0);
    QTest::newRow("shipping mapped by hand and counted in sales: spread")
        << true << qint64(819500) << qint64(229000) << qint64(470500) << qint64(147000);
}

void TestSquarespace::totals()
{
    QFETCH(bool, shippingByHand);
    QFETCH(qint64, gross);
    QFETCH(qint64, returns);
    QFETCH(qint64, net);
    QFETCH(qint64, shippingSpread);
    const QString ws = m_dir.create();
    auto report = importWith(ws, [shippingByHand](ImportProfile &p) {
        if (shippingByHand)
            mapColumn(p, QStringLiteral("Shipping"), field::Shipping);
        p.shippingInSales = shippingByHand;
    });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->source, QStringLiteral("Squarespace"));
    QCOMPARE(report->orders, qint64(4));
    QCOMPARE(report->orderDiscountsSpread.units(), qint64(120000));
    QCOMPARE(report->shippingSpread.units(), shippingSpread);
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), gross);
    QCOMPARE(s.discounts.units(), qint64(120000));
    QCOMPARE(s.returns.units(), returns);
    QCOMPARE(s.netSales.units(), net);
    QCOMPARE(s.orders, qint64(4));
    QCOMPARE(s.buyingCustomers, qint64(4));
    QCOMPARE(s.orderLines, qint64(9));
}

// Mapped as a line discount by hand, the column sits on each discounted order's first line alone (1004,
// 1003, 1001): money given once per order. 1003's 5.00 is more than its first line (4.50), which is no sign
// of percentages: the advice is the order discount, never the rate or the percentage.
void TestSquarespace::discountOnTheFirstLineIsNoPercentage()
{
    const QString ws = m_dir.create();
    auto report = importWith(
        ws, [](ImportProfile &p) { mapColumn(p, QStringLiteral("Discount Amount"), field::Discount); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->discountsAboveLine, qint64(1));
    QCOMPARE(report->multiLineDiscountOrders, qint64(3));
    QCOMPARE(report->firstLineDiscountOrders, qint64(3));
    QCOMPARE(report->firstLineDiscountExample, QStringLiteral("1004"));
    QVERIFY(report->discountLooksOncePerOrder());
    QVERIFY(!report->discountLooksOrderLevel());
    QVERIFY(!report->adviseDiscountPercent());
    QVERIFY(!report->adviseDiscountRate());
    // Net sales are the same (the discount is on the first lines instead of spread): 37.25.
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(372500));
}

QTEST_GUILESS_MAIN(TestSquarespace)
#include "tst_squarespace.moc"
