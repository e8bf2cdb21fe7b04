// Wix Stores' orders export (issue 18's fourteenth trial): the wizard left Contact email and Payment status
// unmapped (0 customers, 14 Canceled orders counted as sales) and called the web shop's sales "In store".
// Recognised, it maps them, names the profile and the source, and says that a coupon's amount is in no
// column.

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
// shipping, tax and Total are not read):
//   11705 Nov 6  dan      Not paid     1 x 24.90                      left out, no payment taken
//   11704 Nov 5  Alice.Martin@ (alice again, capitals)  Paid, coupon BIENVENUE10: 2 x 9.80 = 19.60
//                                      (Total 22.54 = 19.60 + 4.90 shipping - 1.96: the coupon, unknown)
//   11703 Nov 4  carla    Refunded     3 x 24.90 = 74.70, Refunded amount 74.70: a sale and a return
//   11702 Nov 3  bob      Canceled     1 x 39.50: a sale and a return
//   11701 Nov 2  alice    Paid         24.90 + 2 x 9.80 = 44.50 (two rows)
// Gross 19.60 + 74.70 + 39.50 + 44.50 = 178.30; returns 74.70 + 39.50 = 114.20; net 64.10. Orders 4; buying
// customers alice, bob, carla = 3; lines 1 + 2 + 2 + 2 = 7.
const QString Fixture = QStringLiteral("wix_orders.csv");

} // namespace

class TestWix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void couponAmountsAreSaidToBeUnknown();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

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
    QCOMPARE(s.returns.units(), qint64(1142000));
    QCOMPARE(s.netSales.units(), qint64(641000));
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

// The coupon's amount is in no column: the import and, kept with the workspace, the screens say that
// discounts are unknown and net sales hold the coupons (the Discounts tile shows "No data"), naming the
// column.
void TestWix::couponAmountsAreSaidToBeUnknown()
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
    QVERIFY2(report->quality.sentences().contains(notes.first().text),
             qPrintable(report->quality.sentences().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestWix)
#include "tst_wix.moc"
