// eBay's refunds (trial 18, an épicerie fine in Lyon selling on eBay.fr): the Seller Hub orders report has no
// refund column; eBay writes refunds only in Payments › Reports › Transaction report. That report was a dead
// end: the wizard kept asking for a unit price, and with "the file has no prices" every refund was rejected,
// so November's returns were short by 132.75. Recognised, each Refund row is a return line on its order of
// the source the orders report went to (METRICS.md section 1: a refund exported later is a new return line),
// for the refund as an order's refund amount counts (never beyond the order's sales: the shipping refunded is
// no sale), and the report's other rows (Order, Payout, Shipping label, Other fee) are left out by type.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EarlierOrders.h"
#include "core/import/EntityDetector.h"
#include "core/import/ExportStylesEbay.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// ebay_orders_refunded.csv: a cut of trial 18's orders report (its framing, CRLF), four November orders, all
// sale lines (Sold For × Quantity; the shipping is not sales):
//   89-11872-41758 Nov-05-26 hugo    CAF-ETH-250 2 × 9.80  = 19.60 (shipping 6.90, total 26.50)
//   42-33646-64415 Nov-06-26 arthur  CAL-PAN-1   2 × 39.00 = 78.00
//                                    TER-CAN-180 3 × 7.45  = 22.35 (100.35; shipping 4.90, total 105.25)
//   82-38407-60382 Nov-10-26 louise  CAF-ETH-250 1 × 9.80  =  9.80
//   96-74423-90644 Nov-17-26 jade    THE-VER-100 2 × 11.20 = 22.40 (shipping 6.90, total 29.30)
// Gross = net = 19.60 + 100.35 + 9.80 + 22.40 = 152.15, 4 orders, 5 sale lines.
const QString Orders = QStringLiteral("ebay_orders_refunded.csv");

// ebay_transaction_report.csv: the transaction report's 33 columns, its 3 Refund rows trial 18's own:
//   line 2  Order           89-11872-41758  26.50    left out
//   line 3  Order           42-33646-64415  105.25   left out
//   line 4  Payout                                   left out
//   line 5  Refund  Nov 9   89-11872-41758  -10.00   partial: 10.00 counted (below the order's 19.60)
//   line 6  Refund  Nov 10  42-33646-64415  -105.25  100.35 counted (its sales), 4.90 shipping left out
//   line 7  Shipping label  82-38407-60382  -6.45    left out
//   line 8  Other fee                       -4.95    left out
//   line 9  Order           96-74423-90644  29.30    left out
//   line 10 Refund  Nov 21  96-74423-90644  -29.30   22.40 counted (its sales), 6.90 shipping left out
//   line 11 Payout                                   left out
// Refunds 10.00 + 105.25 + 29.30 = 144.55 in all; returns 10.00 + 100.35 + 22.40 = 132.75 (trial 18's
// expected.txt: web returns November 132.75), left out 4.90 + 6.90 = 11.80. November after both files: gross
// 152.15, returns 132.75, net 152.15 − 132.75 = 19.40; orders 4 (a refund is no order).
const QString Transactions = QStringLiteral("ebay_transaction_report.csv");

// ebay_transaction_report_unknown_order.csv: line 2 trial 18's refund of 89-11872-41758 (−10.00), line 3 a
// refund of 77-12345-67890 (−15.00), an order the workspace does not hold.
const QString UnknownOrder = QStringLiteral("ebay_transaction_report_unknown_order.csv");

QString said(const ImportReport &report)
{
    return report.quality.sentences().join(QLatin1Char('\n'));
}

QString plain(Money m)
{
    return m.toString();
}

} // namespace

class TestEbayRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportIsRecognised();
    void refundsAreReturnsOfTheirOrders();
    void whatTheFileWasIsSaid_data();
    void whatTheFileWasIsSaid();
    void reimportDoesNotDouble();
    void refundOfAnUnknownOrderIsRejected();
    void sourceOfTheOrdersIsProposed();

private:
    QString workspaceWithOrders();
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestEbayRefunds::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

QString TestEbayRefunds::workspaceWithOrders()
{
    const QString ws = m_dir.create();
    auto orders = importWithSuggestion(ws, importFixture(Orders));
    if (!orders || orders->rejectedCount != 0 || orders->source != QLatin1String("eBay"))
        return {};
    return ws;
}

// Before: the header was no export style, the profile asked for a unit price and mapped no refund.
void TestEbayRefunds::reportIsRecognised()
{
    const auto preview = previewFile(importFixture(Transactions));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(isEbayTransactionReport(preview->header));
    QVERIFY(!isEbayOrdersReport(preview->header));
    QVERIFY(detectEntity(preview.value()).clear);
    const ImportProfile p = suggestProfile(preview.value());
    QVERIFY(p.refundsOfEarlierOrders);
    QCOMPARE(p.missingRequiredFields(), QStringList());
    QCOMPARE(p.columnFor(field::Date), QStringLiteral("Transaction creation date"));
    QCOMPARE(p.columnFor(field::OrderId), QStringLiteral("Order number"));
    QCOMPARE(p.columnFor(field::RefundAmount), QStringLiteral("Gross transaction amount"));
    QCOMPARE(p.columnFor(field::UnitPrice), QString());
    QCOMPARE(p.name + QLatin1Char('|') + p.source, QStringLiteral("eBay transaction report|eBay"));
    // Kept with a saved profile.
    const auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QVERIFY(back->refundsOfEarlierOrders);
}

void TestEbayRefunds::refundsAreReturnsOfTheirOrders()
{
    const QString ws = workspaceWithOrders();
    QVERIFY(!ws.isEmpty());
    auto report = importWithSuggestion(ws, importFixture(Transactions));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->rejectedCount == 0, qPrintable(said(report.value())));
    QCOMPARE(report->source, QStringLiteral("eBay"));
    QCOMPARE(report->counts.added, qint64(3));
    QCOMPARE(plain(report->refunds), QStringLiteral("132.7500"));
    QCOMPARE(plain(report->refundsLeftOut), QStringLiteral("11.8000"));
    QCOMPARE(report->refundOrders, qint64(3));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(plain(s.grossSales), QStringLiteral("152.1500"));
    QCOMPARE(plain(s.returns), QStringLiteral("132.7500"));
    QCOMPARE(plain(s.netSales), QStringLiteral("19.4000"));
    QCOMPARE(s.orders, qint64(4));
    // Each return is on its order, its customer's, dated on the refund's day, in the order's store and
    // channel.
    const QString returnOf =
        QStringLiteral("SELECT count(*) FROM order_lines l JOIN customers c ON c.id = l.customer_id"
                       " JOIN stores s ON s.id = l.store_id JOIN channels ch ON ch.id = l.channel_id"
                       " WHERE l.quantity < 0 AND l.order_id = '%1' AND c.external_id = '%2' AND l.day = %3"
                       " AND l.gross - l.discount = %4 AND s.name = 'Online shop' AND ch.name = 'Online'");
    QCOMPARE(
        scalar(ws, returnOf.arg(QStringLiteral("89-11872-41758"), QStringLiteral("hugo.petit89@orange.fr"))
                       .arg(QDate(2026, 11, 9).toJulianDay())
                       .arg(-100000)),
        qint64(1));
    QCOMPARE(
        scalar(ws,
               returnOf.arg(QStringLiteral("42-33646-64415"), QStringLiteral("arthur.laurent88@orange.fr"))
                   .arg(QDate(2026, 11, 10).toJulianDay())
                   .arg(-1003500)),
        qint64(1));
    QCOMPARE(
        scalar(ws, returnOf.arg(QStringLiteral("96-74423-90644"), QStringLiteral("jade.thomas0@laposte.net"))
                       .arg(QDate(2026, 11, 21).toJulianDay())
                       .arg(-224000)),
        qint64(1));
}

void TestEbayRefunds::whatTheFileWasIsSaid_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("lines") << QStringLiteral("Lines read: 10 (3 accepted, 7 skipped, 0 rejected).");
    QTest::newRow("the refunds") << QStringLiteral(
        "Refunds of orders imported before, each a return line on its order dated on the refund's day (not a "
        "sale): 3 (for example line 5).");
    QTest::newRow("the orders") << QStringLiteral(
        "Order: 3 rows (for example line 2), left out: not refunds of sales.");
    QTest::newRow("the payouts") << QStringLiteral(
        "Payout: 2 rows (for example line 4), left out: not refunds of sales.");
    QTest::newRow("a shipping label")
        << QStringLiteral("Shipping label: 1 row (for example line 7), left out: not refunds of sales.");
    QTest::newRow("a fee") << QStringLiteral(
        "Other fee: 1 row (for example line 8), left out: not refunds of sales.");
}

void TestEbayRefunds::whatTheFileWasIsSaid()
{
    QFETCH(QString, sentence);
    const QString ws = workspaceWithOrders();
    QVERIFY(!ws.isEmpty());
    ImportOptions options;
    options.dryRun = true;
    auto report = importWithSuggestion(ws, importFixture(Transactions), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY2(report->quality.sentences().contains(sentence), qPrintable(said(report.value())));
    const auto preview = previewFile(importFixture(Transactions));
    QCOMPARE(earlierRefundsHeadline(report.value(), suggestProfile(preview.value()), plain),
             QStringLiteral("eBay transaction report: 3 refunds of earlier orders of the source \"eBay\", "
                            "-144.5500 in all. 132.7500 is counted as returns, each on its order and its "
                            "refund's day; 11.8000 refunded beyond the orders' sales (shipping or tax, which "
                            "are not sales) is left out."));
}

// METRICS.md section 1, line identity: the same report again finds its three return lines (order, day,
// return, product "Unspecified", occurrence) and adds none.
void TestEbayRefunds::reimportDoesNotDouble()
{
    const QString ws = workspaceWithOrders();
    QVERIFY(!ws.isEmpty());
    QVERIFY(importWithSuggestion(ws, importFixture(Transactions)).ok());
    auto again = importWithSuggestion(ws, importFixture(Transactions));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->counts.added, qint64(0));
    QCOMPARE(again->counts.unchanged, qint64(3));
    QCOMPARE(plain(summaryOf(ws).returns), QStringLiteral("132.7500"));
    QCOMPARE(plain(summaryOf(ws).netSales), QStringLiteral("19.4000"));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE quantity < 0")), qint64(3));
}

// A refund of an order the source does not hold is rejected, named with the file, line and order; the other
// refund lands (10.00, its order's).
void TestEbayRefunds::refundOfAnUnknownOrderIsRejected()
{
    const QString ws = workspaceWithOrders();
    QVERIFY(!ws.isEmpty());
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = importWithSuggestion(ws, importFixture(UnknownOrder), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(1));
    const Rejection &r = report->rejections.first();
    QCOMPARE(r.line, qint64(3));
    QCOMPARE(r.columnName, QStringLiteral("Order number"));
    QCOMPARE(r.reason,
             QStringLiteral("ebay_transaction_report_unknown_order.csv, line 3: the refund is of order "
                            "77-12345-67890, which the source \"eBay\" does not hold. Import the orders "
                            "export that holds it into that source first (or choose the source the orders "
                            "went to), then this file again."));
    QCOMPARE(plain(summaryOf(ws).returns), QStringLiteral("10.0000"));
    // Refunds are never imported without their orders: into an empty source, every one is rejected.
    auto alone = importWithSuggestion(m_dir.create(), importFixture(Transactions), options);
    QVERIFY2(alone.ok(), qPrintable(alone.error().toString()));
    QCOMPARE(alone->rejectedCount, qint64(3));
    QCOMPARE(alone->counts.added, qint64(0));
}

// The wizard proposes the source that holds the refunds' orders, whatever it is called.
void TestEbayRefunds::sourceOfTheOrdersIsProposed()
{
    const QString ws = m_dir.create();
    auto preview = previewFile(importFixture(Orders));
    QVERIFY(preview.ok());
    ImportProfile orders = suggestProfile(preview.value());
    orders.source = QStringLiteral("Boutique eBay");
    QVERIFY(Importer::run(ws, importFixture(Orders), orders).ok());
    const auto transactions = previewFile(importFixture(Transactions));
    QVERIFY(transactions.ok());
    const ImportProfile p = suggestProfile(transactions.value());
    const QStringList ids = refundOrderIds(p, transactions->header, transactions->rows);
    QCOMPARE(ids, QStringList({QStringLiteral("89-11872-41758"), QStringLiteral("42-33646-64415"),
                               QStringLiteral("96-74423-90644")}));
    Connection connection(ws);
    const auto source = sourceHoldingOrders(connection.db(), ids);
    QVERIFY2(source.ok(), qPrintable(source.error().toString()));
    QCOMPARE(source.value(), QStringLiteral("Boutique eBay"));
}

QTEST_GUILESS_MAIN(TestEbayRefunds)
#include "tst_ebayrefunds.moc"
