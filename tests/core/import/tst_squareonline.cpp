// Square's orders export of a Square Online shop (trial 17, a gift shop in York): the wizard's defaults took
// it for a till's file (source "Till", channel In store), left Recipient Email, Fulfillment Status and Order
// Refunded Amount unmapped (no customers, no cancellations, no refunds) and its coupons, written only as an
// Order Subtotal below the order's items, went into net sales (+552.01 over all time). Recognised, the
// export is a web shop's, keys its customers by e-mail, reads cancellations and refunds, works each coupon
// out and says that its prices hold the VAT.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ExportStylesSquareOnline.h"
#include "core/import/FieldCatalog.h"
#include "core/import/SourceNotes.h"
#include "core/import/WixCoupons.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;
using storelens::test::writeFile;

namespace {

// square_online_orders.csv, newest first (prices with 20 % VAT inside: every order's Order Total is its
// Order Subtotal + Order Shipping Price; shipping and tax are not sales):
//   6F6F6 28/11 dan   Completed  Mug 12.50 + gift wrap 2.00 = Item Total Price 14.50; Subtotal 12.32:
//                                coupon 14.50 - 12.32 = 2.18 (XMAS15)
//   5E5E5 20/11 ANN@EXAMPLE.CO.UK (ann, in capitals)  Completed  Loose tea 8.40; Subtotal 8.40: no coupon
//   4D4D4 15/11 cara  Completed  2 x Soap 5.25 = 10.50 + Notebook 7.99 = 18.49; Subtotal 18.49; Order
//                                Refunded Amount 5.25: one return line of 5.25
//   3C3C3 10/11 ben   Completed  Poster 24.00 + Pin 6.50 = 30.50; Subtotal 25.50: coupon 5.00 (YORK5);
//                                refunded 29.45 (with the 3.95 of shipping): a return of its sales, 25.50,
//                                3.95 left out
//   2B2B2 05/11 ben   Canceled   Candle 16.99, refunded 20.94: a sale and a return of 16.99 (the status
//                                returns it, so the refunded amount is not counted again)
//   1A1A1 02/11 ann   Completed  Mug 12.50 + 2 x Tea towel 9.95 = 19.90 -> 32.40; Subtotal 29.16: coupon
//                                3.24 (WELCOME10)
// Gross 14.50 + 8.40 + 18.49 + 30.50 + 16.99 + 32.40 = 121.28; discounts 2.18 + 5.00 + 3.24 = 10.42;
// returns 5.25 + 25.50 + 16.99 = 47.74; net 121.28 - 10.42 - 47.74 = 63.12 (by order: 12.32 + 8.40 + 13.24
// + 0 + 0 + 29.16). Orders 6; buying customers ann, ben, cara, dan = 4; lines 9 sales + 3 returns = 12.
// The coupons spread by gross: 1A1A1's 3.24 as 3.24 x 12.50 / 32.40 = 1.25 and 3.24 x 19.90 / 32.40 = 1.99;
// 3C3C3's 5.00 as 5.00 x 24.00 / 30.50 = 3.93442... and 5.00 x 6.50 / 30.50 = 1.06557...; to 4 places
// 3.9344 + 1.0655 = 4.9999, the last 0.0001 to the larger remainder: 1.0656.
const QString Fixture = QStringLiteral("square_online_orders.csv");

// A line's discount in ten-thousandths: order, SKU, a sale.
qint64 discountOf(const QString &ws, const QString &order, const QString &sku)
{
    return scalar(ws,
                  QStringLiteral("SELECT l.discount FROM order_lines l JOIN products p ON p.id = "
                                 "l.product_id WHERE l.order_id = '%1' AND p.sku = '%2' AND l.quantity > 0")
                      .arg(order, sku));
}

QString said(const ImportReport &report)
{
    return report.quality.sentences().join(QLatin1Char('\n'));
}

} // namespace

class TestSquareOnline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void couponsAreSpreadOverTheirLines();
    void pricesWithTaxAreNamed();
    void pricesBeforeTaxAreNotNamed();
    void aCouponByHandTakesTheColumnsWord();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestSquareOnline::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English)); // amounts read "10.42"
}

void TestSquareOnline::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order") << field::OrderId << QStringLiteral("Order");
    QTest::newRow("date") << field::Date << QStringLiteral("Order Date");
    QTest::newRow("customer e-mail") << field::CustomerEmail << QStringLiteral("Recipient Email");
    QTest::newRow("customer name") << field::CustomerName << QStringLiteral("Recipient Name");
    QTest::newRow("status") << field::Status << QStringLiteral("Fulfillment Status");
    QTest::newRow("refunds") << field::RefundAmount << QStringLiteral("Order Refunded Amount");
    QTest::newRow("country") << field::Country << QStringLiteral("Recipient Country");
    QTest::newRow("quantity") << field::Quantity << QStringLiteral("Item Quantity");
    QTest::newRow("product") << field::ProductName << QStringLiteral("Item Name");
    QTest::newRow("sku") << field::Sku << QStringLiteral("Item SKU");
    QTest::newRow("the item with its options") << field::LineTotal << QStringLiteral("Item Total Price");
    QTest::newRow("no unit price beside it") << field::UnitPrice << QString();
    QTest::newRow("Channels names the shop, not a channel") << field::Channel << QString();
    QTest::newRow("the pickup place is no store") << field::Store << QString();
    QTest::newRow("shipping is not a sale") << field::Shipping << QString();
    QTest::newRow("no discount column: the coupon is worked out") << field::OrderDiscount << QString();
    QTest::newRow("no customer id") << field::CustomerId << QString();
}

void TestSquareOnline::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isSquareOnlineOrdersExport(preview->header));
    QVERIFY(isWebShopExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Square Online orders|Square Online|Online"));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("canceled")));
    QCOMPARE(p.dateOrder, csv::DateOrder::YearMonthDay);
    QVERIFY(!p.lineTotalAfterDiscount);
    QVERIFY(!p.blankQuantityIsOne);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestSquareOnline::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->source, QStringLiteral("Square Online"));
    QCOMPARE(report->orders, qint64(6));
    QCOMPARE(report->refunds.units(), qint64(307500)); // 5.25 + 25.50
    QCOMPARE(report->refundOrders, qint64(2));
    QCOMPARE(report->refundsLeftOut.units(), qint64(39500)); // 3C3C3's shipping
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1212800));
    QCOMPARE(s.discounts.units(), qint64(104200));
    QCOMPARE(s.returns.units(), qint64(477400));
    QCOMPARE(s.netSales.units(), qint64(631200));
    QCOMPARE(s.orders, qint64(6));
    QCOMPARE(s.buyingCustomers, qint64(4));
    QCOMPARE(s.orderLines, qint64(12));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels WHERE name = 'Online'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels")), qint64(1));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    QVERIFY2(said(report.value())
                 .contains(QStringLiteral("Return lines of orders marked refunded or cancelled: 1 "
                                          "(for example line 8).")),
             qPrintable(said(report.value())));
}

void TestSquareOnline::couponsAreSpreadOverTheirLines()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->couponOrders, qint64(3));
    QCOMPARE(report->couponDiscounts.units(), qint64(104200));
    QCOMPARE(discountOf(ws, QStringLiteral("Square Online 1A1A1"), QStringLiteral("YRK-MUG-01")),
             qint64(12500));
    QCOMPARE(discountOf(ws, QStringLiteral("Square Online 1A1A1"), QStringLiteral("YRK-TT-02")),
             qint64(19900));
    QCOMPARE(discountOf(ws, QStringLiteral("Square Online 3C3C3"), QStringLiteral("YRK-PRT-05")),
             qint64(39344));
    QCOMPARE(discountOf(ws, QStringLiteral("Square Online 3C3C3"), QStringLiteral("YRK-PIN-04")),
             qint64(10656));
    QCOMPARE(discountOf(ws, QStringLiteral("Square Online 6F6F6"), QStringLiteral("YRK-MUG-01")),
             qint64(21800));
    QVERIFY2(!said(report.value()).contains(QStringLiteral("No column holds discounts")),
             qPrintable(said(report.value())));
    QVERIFY2(said(report.value())
                 .contains(QStringLiteral("Coupon amounts worked out as each order's items less "
                                          "its Order Subtotal (the export names no coupon): 3 "
                                          "orders, 10.42 in all.")),
             qPrintable(said(report.value())));
    const ImportProfile stored =
        ImportProfile::fromJson(storelens::test::text(ws, QStringLiteral("SELECT profile_json FROM imports "
                                                                         "ORDER BY id DESC LIMIT 1"))
                                    .toUtf8())
            .value();
    QCOMPARE(stored.couponsWorkedOut, qint64(3));
    QCOMPARE(stored.couponsUnknown, qint64(0));
}

// Each of the six orders charged tax (5.52, 3.49, 4.91, 3.08, 2.06, 2.05) and has Order Total = Order
// Subtotal + Order Shipping Price: the prices hold the VAT, which no column takes out. The import says so,
// and the note stays with the source.
void TestSquareOnline::pricesWithTaxAreNamed()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QString note = QStringLiteral("Square's item prices include the tax (VAT), and its export gives no "
                                        "price without it, only each order's tax in all: gross and net sales "
                                        "include the tax.");
    QVERIFY2(said(report.value()).contains(note), qPrintable(said(report.value())));
    Connection connection(ws);
    const auto notes = loadSourceNotes(connection.db());
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), size_t(1));
    QCOMPARE(notes->front().source, QStringLiteral("Square Online"));
    QCOMPARE(notes->front().notes.size(), qsizetype(1));
    QCOMPARE(notes->front().notes.first().kind, exportstyles::StyleNoteKind::SalesHoldTax);
}

// A US shop's prices are before sales tax: Order Total = Order Subtotal + shipping + Order Tax Total (40.00 -
// 4.00 + 5.00 + 2.88 = 43.88). Nothing is said of tax, and the coupon (40.00 - 36.00 = 4.00) is worked out.
void TestSquareOnline::pricesBeforeTaxAreNotNamed()
{
    const QString ws = m_dir.create();
    const QString file = m_dir.filePath(QStringLiteral("square_us.csv"));
    QFile fixture(importFixture(Fixture));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray header = fixture.readLine();
    writeFile(file,
              header +
                  "Square Online 7G7G7,Kim Park,2026-11-03,USD,36.00,5.00,2.88,43.88,,\"11/03/2026, 1:58 "
                  "PM\",Shipment,Completed,Square Online,Shop,,Kim Park,kim@example.com,,1 Main St,,"
                  "94110,San Francisco,CA,US,2,Candle,C-1,Regular,,20.00,0.00,40.00\r\n");
    auto report = importWithSuggestion(ws, file);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(!said(report.value()).contains(QStringLiteral("VAT")), qPrintable(said(report.value())));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(360000));
    QCOMPARE(summaryOf(ws).discounts.units(), qint64(40000));
}

// A discount column mapped by hand says what was taken off: nothing is worked out beside it.
void TestSquareOnline::aCouponByHandTakesTheColumnsWord()
{
    auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    QVERIFY(WixCoupons::appliesTo(profile, preview->header));
    for (ColumnMapping &c : profile.columns) {
        if (c.column == QLatin1String("Item Options Total Price"))
            c.field = field::Discount;
    }
    QVERIFY(!WixCoupons::appliesTo(profile, preview->header));
}

QTEST_GUILESS_MAIN(TestSquareOnline)
#include "tst_squareonline.moc"
