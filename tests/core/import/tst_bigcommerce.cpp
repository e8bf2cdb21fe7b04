// BigCommerce's Orders export (issue 18's trial): one row per order, its items in one Product Details cell,
// money written "$136.08", m/d/y dates, the order's refunds in Refund Amount. Recognised without hand
// mapping, each item a line of its own, the partial refund counted once (METRICS.md section 1).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// bigcommerce_orders.csv (Subtotal (ex tax) is the order's sales; tax and shipping are not sales):
//   line 2 5001 03/02 Ann   Completed: 2 × MUG-BLU 36.00 + "Porcelain Cup Set (4), Blue" 42.00 = 78.00,
//                           Discount Amount 7.80 spread 36:42 (3.60 + 4.20)                      net  70.20
//   line 3 5002 03/05 Ben   Shipped: 3 × TEA-EARL 37.50 (shipping 6.95 left out)                  net  37.50
//   line 4 5003 03/14 Ann   Refunded: POT-CAST 64.99 + 2 × INF-STL 15.90 = 80.89, sold and returned
//                           (its Refund Amount 87.36 holds the tax: not counted again)           net   0.00
//   line 5 5004 03/20 Cleo  Partially Refunded: "Tea Lover Gift Set | Deluxe" 89.00 + MUG-GRN 18.00 =
//                           107.00; Refund Amount 18.00 is one return line                        net  89.00
//   line 6 5005 03/21 Ben   Awaiting Payment: left out, no payment was taken
//   line 7 5006 03/22 Dan   Product Details "MUG-BLU x2 (18.00 each)": rejected, never guessed
//   line 8 5007 03/25 Dan   Completed: TEA-SEN 14.00; Refund Amount 22.07 (with tax 1.12 and shipping 6.95)
//                           counts up to the order's sales 14.00, 8.07 left out                   net   0.00
// Gross 78.00 + 37.50 + 80.89 + 107.00 + 14.00 = 317.39; discounts 7.80; returns 80.89 + 18.00 + 14.00 =
// 112.89; net 317.39 − 7.80 − 112.89 = 196.70. 5 orders; 4 buyers (Ann, Ben, Cleo, Dan).
// Sale lines 2 + 1 + 2 + 2 + 1 = 8 with 3 + 3 + 3 + 2 + 1 = 12 units; return lines 2 (5003's items) + 2
// (refund amounts) = 4; 12 lines. Products: the 8 SKUs sold; "Unspecified" (the refunds) is not a product.
const QString Fixture = QStringLiteral("bigcommerce_orders.csv");

ImportOptions skipping()
{
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    return options;
}

// The workspace's lines as "SKU quantity gross discount day", quantity in thousandths and money in
// ten-thousandths, in the order they were written.
QStringList linesOf(const QString &workspace)
{
    Connection c(workspace);
    QSqlQuery q(c.db());
    QStringList lines;
    if (!q.exec(QStringLiteral("SELECT p.sku, l.quantity, l.gross, l.discount, l.day FROM order_lines l"
                               " JOIN products p ON p.id = l.product_id ORDER BY l.id")))
        return {QStringLiteral("<no query>")};
    while (q.next())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),
                          QDate::fromJulianDay(q.value(4).toLongLong()).toString(Qt::ISODate));
    return lines;
}

} // namespace

class TestBigCommerce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsRecognised_data();
    void exportIsRecognised();
    void eachItemIsALine();
    void malformedCellIsRejected();
    void reimportDoesNotDouble();
    void productDetailsCells_data();
    void productDetailsCells();
    void refundAmount_data();
    void refundAmount();

private:
    QString importInline(const QByteArray &csv, Result<ImportReport> &report);
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestBigCommerce::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order id") << field::OrderId << "Order ID";
    QTest::newRow("customer id") << field::CustomerId << "Customer ID";
    QTest::newRow("customer name") << field::CustomerName << "Customer Name";
    QTest::newRow("customer email") << field::CustomerEmail << "Customer Email";
    QTest::newRow("order date") << field::Date << "Order Date";
    QTest::newRow("status") << field::Status << "Order Status";
    QTest::newRow("sales without tax") << field::LineTotal << "Subtotal (ex tax)";
    QTest::newRow("order discount, once per order") << field::OrderDiscount << "Discount Amount";
    QTest::newRow("no line discount") << field::Discount << "";
    QTest::newRow("shipping is not a sale") << field::Shipping << "";
    QTest::newRow("billing country") << field::Country << "Billing Country";
    QTest::newRow("the items") << field::ProductDetails << "Product Details";
    QTest::newRow("the refunds") << field::RefundAmount << "Refund Amount";
    QTest::newRow("no unit price") << field::UnitPrice << "";
    QTest::newRow("no quantity") << field::Quantity << "";
}

void TestBigCommerce::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isBigCommerceExport(preview->header));
    QVERIFY(isWebShopExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("BigCommerce orders|BigCommerce|Online"));
    QCOMPARE(p.dateOrder, csv::DateOrder::MonthDayYear);
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("refunded")));
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestBigCommerce::eachItemIsALine()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture), skipping());
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(3173900));
    QCOMPARE(s.discounts.units(), qint64(78000));
    QCOMPARE(s.returns.units(), qint64(1128900));
    QCOMPARE(s.netSales.units(), qint64(1967000));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.buyingCustomers, qint64(4));
    QCOMPARE(s.orderLines, qint64(12));
    QCOMPARE(s.returnLines, qint64(4));
    QCOMPARE(s.products, qint64(8));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT non_merchandise FROM products WHERE sku = 'Unspecified'")),
             qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT SUM(quantity) FROM order_lines WHERE quantity > 0")),
             qint64(12000));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name FROM products WHERE sku = 'CUP-SET4-B'")),
             QStringLiteral("Porcelain Cup Set (4), Blue"));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name FROM products WHERE sku = 'GIFT-SET'")),
             QStringLiteral("Tea Lover Gift Set | Deluxe"));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT DISTINCT s.name FROM order_lines l"
                                                      " JOIN sources s ON s.id = l.source_id")),
             QStringLiteral("BigCommerce"));
    const QStringList lines = linesOf(ws);
    // 5001: the order discount spread 36:42; 5004's refund one return line on the order date.
    QVERIFY2(lines.contains(QStringLiteral("MUG-BLU 2000 360000 36000 2026-03-02")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("CUP-SET4-B 1000 420000 42000 2026-03-02")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("Unspecified -1000 -180000 0 2026-03-20")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("Unspecified -1000 -140000 0 2026-03-25")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    // The import's own account: one record is one accepted row, the refunds and what was left out of them.
    QCOMPARE(report->rowsRead, qint64(7));
    QCOMPARE(report->quality.imported, qint64(5));
    QCOMPARE(report->orderDiscountsSpread.units(), qint64(78000));
    QCOMPARE(report->refundOrders, qint64(2));
    QCOMPARE(report->refunds.units(), qint64(320000));
    QCOMPARE(report->refundsLeftOut.units(), qint64(80700));
    const QStringList sentences = report->quality.sentences();
    QVERIFY2(
        sentences.contains(QStringLiteral("Orders marked partially refunded: 1 (for example line 5). Their "
                                          "refunds are counted from the column \"Refund Amount\".")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(sentences.contains(QStringLiteral(
                 "Returns from the column \"Refund Amount\" (the refund of an order whose status does not "
                 "say refunded, one line each): 2 (for example line 5).")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(sentences.filter(QStringLiteral("refunds export")).isEmpty());
    QVERIFY(!sentences.filter(QStringLiteral("1 order with status \"Awaiting Payment\" left out")).isEmpty());
}

// A cell that does not read is rejected with its file line, column and reason; nothing is guessed, and with
// the default policy nothing is imported.
void TestBigCommerce::malformedCellIsRejected()
{
    const QString reason = QStringLiteral("Item 1 of the product details does not start with a key such as "
                                          "\"Product ID:\" or \"Product Qty:\", so it cannot be read.");
    const QString ws = m_dir.create();
    auto skipped = importWithSuggestion(ws, importFixture(Fixture), skipping());
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->rejectedCount, qint64(1));
    const Rejection &r = skipped->rejections.constFirst();
    QCOMPARE(r.line, qint64(7));
    QCOMPARE(r.column, 43);
    QCOMPARE(r.columnName, QStringLiteral("Product Details"));
    QCOMPARE(r.value, QStringLiteral("MUG-BLU x2 (18.00 each)"));
    QCOMPARE(r.reason, reason);

    const QString aborted = m_dir.create();
    auto refused = importWithSuggestion(aborted, importFixture(Fixture));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().line(), qint64(7));
    QCOMPARE(refused.error().column(), 43);
    QVERIFY2(refused.error().message().contains(reason), qPrintable(refused.error().message()));
    QCOMPARE(summaryOf(aborted).orderLines, qint64(0));
}

// Line identity (METRICS.md "Sources and identity"): the same export again, with or without replace, finds
// each item line and the refund line where they are.
void TestBigCommerce::reimportDoesNotDouble()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(Fixture), skipping()).ok());
    const QStringList before = linesOf(ws);
    for (const bool replace : {false, true}) {
        ImportOptions options = skipping();
        options.replace = replace;
        auto again = importWithSuggestion(ws, importFixture(Fixture), options);
        QVERIFY(again.ok());
        QCOMPARE(again->counts.added, qint64(0));
        QCOMPARE(again->counts.unchanged, qint64(12));
        QCOMPARE(again->counts.removed, qint64(0));
        QCOMPARE(linesOf(ws), before);
        QCOMPARE(summaryOf(ws).netSales.units(), qint64(1967000));
    }
}

QString TestBigCommerce::importInline(const QByteArray &csv, Result<ImportReport> &report)
{
    const QString ws = m_dir.create();
    const QString file = ws + QStringLiteral(".csv");
    storelens::test::writeFile(file, csv);
    report = importWithSuggestion(ws, file, skipping());
    return ws;
}

// Cells read by their keys (a plain header: the generic suggestion maps Product Details by its name). Each
// row's expected lines are "SKU quantity gross discount day"; a rejection names the item and why.
void TestBigCommerce::productDetailsCells_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("rejection");
    const QByteArray header = "Order ID,Order Date,Product Details\n";
    QTest::newRow("unit price only: quantity × price")
        << header + "7,2026-05-04,\"Product Qty: 3, Product SKU: A1, Product Unit Price: 2.50\"\n"
        << QStringList{QStringLiteral("A1 3000 75000 0 2026-05-04")} << QString();
    QTest::newRow("no SKU: the name is the product, commas and all")
        << header + "7,2026-05-04,\"Product Name: Mug, Blue, Product Qty: 1, Product Total Price: 9.00\"\n"
        << QStringList{QStringLiteral("Mug, Blue 1000 90000 0 2026-05-04")} << QString();
    QTest::newRow("a trailing bar")
        << header + "7,2026-05-04,\"Product SKU: A1, Product Qty: 1, Product Total Price: 4.00|\"\n"
        << QStringList{QStringLiteral("A1 1000 40000 0 2026-05-04")} << QString();
    QTest::newRow("a key twice")
        << header +
               "7,2026-05-04,\"Product SKU: A1, Product Qty: 1, Product Qty: 2, Product Total Price: 4\"\n"
        << QStringList{} << QStringLiteral("Item 1 of the product details names \"Product Qty\" twice.");
    QTest::newRow("the second item without a quantity")
        << header +
               "7,2026-05-04,\"Product SKU: A1, Product Qty: 1, Product Total Price: 4.00|Product SKU: B2, "
               "Product Qty: 0, Product Total Price: 0.00\"\n"
        << QStringList{}
        << QStringLiteral("Item 2 of the product details has no quantity above 0 (Product Qty: \"0\").");
    QTest::newRow("no amount")
        << header + "7,2026-05-04,\"Product SKU: A1, Product Qty: 1, Product Unit Price: n/a\"\n"
        << QStringList{}
        << QStringLiteral("Item 1 of the product details has no amount StoreLens can read (Product Unit "
                          "Price: \"n/a\").");
    QTest::newRow("no SKU, no name")
        << header + "7,2026-05-04,\"Product ID: 12, Product Qty: 1, Product Total Price: 4.00\"\n"
        << QStringList{} << QStringLiteral("Item 1 of the product details has no SKU and no name.");
    QTest::newRow("empty cell") << header + "7,2026-05-04,\n"
                                << QStringList{} << QStringLiteral("The product details list no item.");
    // A subtotal is the order's sales: item totals with tax (30.00 + 70.00) split the subtotal without tax
    // (90.00) 30:70, and three equal items split 10.00 as 3.3334 + 3.3333 + 3.3333 (largest remainder, the
    // earlier item on a tie).
    const QByteArray withSubtotal = "Order ID,Order Date,Subtotal,Product Details\n";
    QTest::newRow("items with tax split the subtotal")
        << withSubtotal + "8,2026-05-04,$90.00,\"Product SKU: A1, Product Qty: 1, Product Total Price: "
                          "30.00|Product SKU: "
                          "B2, Product Qty: 2, Product Total Price: 70.00\"\n"
        << QStringList{QStringLiteral("A1 1000 270000 0 2026-05-04"),
                       QStringLiteral("B2 2000 630000 0 2026-05-04")}
        << QString();
    QTest::newRow("an exact split to the last unit")
        << withSubtotal + "8,2026-05-04,$10.00,\"Product SKU: A1, Product Qty: 1, Product Total Price: "
                          "5|Product SKU: B2, "
                          "Product Qty: 1, Product Total Price: 5|Product SKU: C3, Product Qty: 1, Product "
                          "Total Price: 5\"\n"
        << QStringList{QStringLiteral("A1 1000 33334 0 2026-05-04"),
                       QStringLiteral("B2 1000 33333 0 2026-05-04"),
                       QStringLiteral("C3 1000 33333 0 2026-05-04")}
        << QString();
}

void TestBigCommerce::productDetailsCells()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, lines);
    QFETCH(QString, rejection);
    Result<ImportReport> report = Error();
    const QString ws = importInline(csv, report);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(linesOf(ws), lines);
    QCOMPARE(report->rejectedCount, rejection.isEmpty() ? 0 : 1);
    if (!rejection.isEmpty()) {
        QCOMPARE(report->rejections.constFirst().reason, rejection);
        QCOMPARE(report->rejections.constFirst().line, qint64(2));
        QCOMPARE(report->rejections.constFirst().columnName, QStringLiteral("Product Details"));
    }
}

// A refund amount is one return line per order: on the refund date when there is one, once however many rows
// repeat it, never for an order whose status already made it a sale and a return, and never beyond the
// order's sales.
void TestBigCommerce::refundAmount_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("leftOut"); // ten-thousandths
    const QByteArray header = "Order ID,Order Date,Status,SKU,Quantity,Price,Refunded Amount,Refund Date\n";
    QTest::newRow("on the refund date")
        << header + "9,2026-05-04,paid,A1,1,10.00,4.00,2026-05-19\n"
        << QStringList{QStringLiteral("A1 1000 100000 0 2026-05-04"),
                       QStringLiteral("Unspecified -1000 -40000 0 2026-05-19")}
        << qint64(0);
    QTest::newRow("once per order, on the order date")
        << header + "9,2026-05-04,partially_refunded,A1,1,10.00,4.00,\n9,2026-05-04,,B2,2,3.00,4.00,\n"
        << QStringList{QStringLiteral("A1 1000 100000 0 2026-05-04"),
                       QStringLiteral("B2 2000 60000 0 2026-05-04"),
                       QStringLiteral("Unspecified -1000 -40000 0 2026-05-04")}
        << qint64(0);
    QTest::newRow("a refunded status is a sale and a return already")
        << header + "9,2026-05-04,refunded,A1,1,10.00,10.80,\n"
        << QStringList{QStringLiteral("A1 1000 100000 0 2026-05-04"),
                       QStringLiteral("A1 -1000 -100000 0 2026-05-04")}
        << qint64(0);
    QTest::newRow("tax and shipping beyond the sales are left out")
        << header + "9,2026-05-04,paid,A1,1,10.00,17.75,\n"
        << QStringList{QStringLiteral("A1 1000 100000 0 2026-05-04"),
                       QStringLiteral("Unspecified -1000 -100000 0 2026-05-04")}
        << qint64(77500);
    QTest::newRow("no refund") << header + "9,2026-05-04,paid,A1,1,10.00,0.00,\n"
                               << QStringList{QStringLiteral("A1 1000 100000 0 2026-05-04")} << qint64(0);
}

void TestBigCommerce::refundAmount()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, lines);
    QFETCH(qint64, leftOut);
    Result<ImportReport> report = Error();
    const QString ws = importInline(csv, report);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(linesOf(ws), lines);
    QCOMPARE(report->refundsLeftOut.units(), leftOut);
}

QTEST_GUILESS_MAIN(TestBigCommerce)
#include "tst_bigcommerce.moc"
