// Wix Stores' orders export (issue 18's fourteenth trial): the wizard left Contact email and Payment status
// unmapped (0 customers, 14 Canceled orders counted as sales) and called the web shop's sales "In store".
// Recognised, it maps them, names the profile and the source. A coupon's amount is in no column: the import
// works it out from the order's Total (tst_wixcoupons has the shops that show how, and the files that do
// not).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ExportStylesWix.h"
#include "core/import/FieldCatalog.h"
#include "core/import/SourceNotes.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// wix_orders.csv, newest first as Wix lists them (Price is the unit price before the order's coupon;
// shipping, tax and Total are read only to work the coupon out):
//   11705 Nov 6  dan      Not paid     1 x 24.90                      left out, no payment taken
//   11704 Nov 5  Alice.Martin@ (alice again, capitals)  Paid, coupon BIENVENUE10: 2 x 9.80 = 19.60
//                                      (Total 22.54 = 19.60 + 4.90 shipping - 1.96: the coupon)
//   11703 Nov 4  carla    Refunded     3 x 24.90 = 74.70, Refunded amount 74.70: a sale and a return
//   11702 Nov 3  bob      Canceled     1 x 39.50: a sale and a return
//   11701 Nov 2  alice    Paid         24.90 + 2 x 9.80 = 44.50 (two rows)
// The orders without a coupon add up with the tax inside Total: 11703 74.70 + 0.00 shipping = 74.70,
// 11702 39.50 + 0.00 = 39.50, 11701 44.50 + 4.90 = 49.40 (with their tax 12.45, 6.58, 8.23 added none
// would). So 11704's coupon is 19.60 + 4.90 - 22.54 = 1.96, its one line's discount.
// Gross 19.60 + 74.70 + 39.50 + 44.50 = 178.30; discounts 1.96; returns 74.70 + 39.50 = 114.20; net
// 178.30 - 1.96 - 114.20 = 62.14. Orders 4; buying customers alice, bob, carla = 3; lines 1 + 2 + 2 + 2 = 7.
const QString Fixture = QStringLiteral("wix_orders.csv");

} // namespace

class TestWix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void couponAmountIsWorkedOutFromTheTotal();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestWix::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English)); // amounts read "1.96"
}

void TestWix::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << "Order number";
    QTest::newRow("date") << field::Date << "Date created";
    QTest::newRow("time") << field::Time << "Time";
    QTest::newRow("customer e-mail") << field::CustomerEmail << "Contact email";
    QTest::newRow("customer name") << field::CustomerName << "Billing name";
    QTest::newRow("product") << field::ProductName << "Item";
    QTest::newRow("sku") << field::Sku << "SKU";
    QTest::newRow("quantity") << field::Quantity << "Qty";
    QTest::newRow("unit price") << field::UnitPrice << "Price";
    QTest::newRow("status") << field::Status << "Payment status";
    QTest::newRow("refunds") << field::RefundAmount << "Refunded amount";
    QTest::newRow("country") << field::Country << "Delivery country";
    QTest::newRow("the order's total is no line total") << field::LineTotal << "";
    QTest::newRow("shipping is not a sale") << field::Shipping << "";
    QTest::newRow("no customer id: the e-mail keys") << field::CustomerId << "";
}

void TestWix::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isWixOrdersExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Wix orders|Wix|Online"));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("canceled")));
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestWix::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1783000));
    QCOMPARE(s.discounts.units(), qint64(19600));
    QCOMPARE(s.returns.units(), qint64(1142000));
    QCOMPARE(s.netSales.units(), qint64(621400));
    QCOMPARE(s.orders, qint64(4));
    QCOMPARE(s.buyingCustomers, qint64(3));
    QCOMPARE(s.orderLines, qint64(7));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels WHERE name = 'Online'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels")), qint64(1));
    const QStringList sentences = report->quality.sentences();
    QVERIFY2(
        sentences.contains(QStringLiteral("1 order with status \"Not paid\" left out: no payment was taken "
                                          "(1 line, for example line 2).")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
}

// The coupon's amount is in no column: before the import the profile says discounts are unknown. The import
// works 11704's out (1.96, see above), puts it on its line and says how; the note is gone, from the import
// and, kept with the workspace, from the screens (tst_sourcewarnings).
void TestWix::couponAmountIsWorkedOutFromTheTotal()
{
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    const QList<exportstyles::StyleNote> notes = sourceNotes(suggestProfile(preview.value()));
    QCOMPARE(notes.size(), qsizetype(1));
    QCOMPARE(notes.first().kind, exportstyles::StyleNoteKind::CouponsUnknown);
    QCOMPARE(
        notes.first().text,
        QStringLiteral("Wix's export names each order's coupon (\"Coupon code\") but not what it took off: "
                       "discounts are unknown, and the net sales of orders with a coupon hold its amount."));
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY(report.ok());
    QCOMPARE(report->couponOrders, qint64(1));
    QCOMPARE(report->couponDiscounts.units(), qint64(19600));
    const QStringList sentences = report->quality.sentences();
    QVERIFY2(!sentences.contains(notes.first().text), qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(sentences.contains(QStringLiteral("Coupon amounts worked out from each order's Total (prices "
                                               "include tax): 1 order, 1.96 in all.")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT discount FROM order_lines WHERE order_id = '11704'")),
             qint64(19600));
}

QTEST_GUILESS_MAIN(TestWix)
#include "tst_wix.moc"
