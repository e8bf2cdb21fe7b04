#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"

#include <QFile>
#include <QTest>

using namespace storelens;
using namespace storelens::core;
using test::importFixture;
using test::scalar;

// Exact amounts (issue 14 item 3, METRICS.md section 1 "Line totals"): a line total lands to the cent
// whatever the quantity, before or after the line's discount; discount rates are rates, never money.
class TestImportAmounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsMatchTheExport_data();
    void totalsMatchTheExport();
    void lineTotalIsNeverMultipliedBack();
    void suggestionReadsTotalsAndRates_data();
    void suggestionReadsTotalsAndRates();
    void rateMappedAsMoneyIsReported();
    void odooPosExport();
    void percentColumnOutsideOdoo();
    void percentagesMappedAsMoneyAreReported();
    void repeatedOrderDiscountIsReported_data();
    void repeatedOrderDiscountIsReported();
    void orderMoneySpreadsExactly_data();
    void orderMoneySpreadsExactly();
    void parseRate_data();
    void parseRate();
    void profileKeepsAmountOptions();
    void zeroQuantityLines_data();
    void zeroQuantityLines();

private:
    test::TemporaryWorkspaces m_dir; // create() makes the next empty workspace
};

void TestImportAmounts::totalsMatchTheExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("gross"); // ten-thousandths
    QTest::addColumn<qint64>("discounts");
    QTest::addColumn<qint64>("returns");
    QTest::addColumn<qint64>("net");

    // Line totals with large quantities: 65.01 on 32,623 units stays 65.01 (a rounded unit price of 0.0020
    // multiplied back would give 65.246), 10.00 on 3 units stays 10.00 (3 × 3.3333 = 9.9999), 0.01 on 7 units
    // stays 0.01. Gross 65.01 + 10.00 + 0.01 = 75.02; the C invoice returns 10.00; net 65.02.
    QTest::newRow("line totals, large quantities")
        << QStringLiteral("wholesale_line_totals.csv") << qint64(4) << qint64(750200) << qint64(0)
        << qint64(100000) << qint64(650200);
    // Square's "Gross Sales" is a total before the discount: gross 9.00 + 3.25 = 12.25, discount |−1.00|,
    // the refund returns 4.50; net 12.25 − 1.00 − 4.50 = 6.75.
    QTest::newRow("total before discount (Square)")
        << QStringLiteral("square_items.csv") << qint64(3) << qint64(122500) << qint64(10000) << qint64(45000)
        << qint64(67500);
    // "Net Sales" is after the discount, so gross = total + discount: 8.00 + 1.00 = 9.00, 3.25 + 0 = 3.25,
    // 5.10 + 0.90 = 6.00; gross 18.25, discounts 1.90, net 8.00 + 3.25 + 5.10 = 16.35 (the column's sum).
    QTest::newRow("total after discount (till)")
        << QStringLiteral("till_net_sales.csv") << qint64(3) << qint64(182500) << qint64(19000) << qint64(0)
        << qint64(163500);
    // Superstore: "Sales" after a rate discount r, discount = total × r ÷ (1 − r) rounded once:
    // 22.368 × 0.2 ÷ 0.8 = 5.592; 957.5775 × 0.45 ÷ 0.55 = 783.4725; 65.01 × 0.15 ÷ 0.85 = 11.47235…
    // → 11.4724. Net = Σ Sales = 261.96 + 731.94 + 22.368 + 957.5775 + 65.01 = 2,038.8555; discounts
    // 800.5369; gross 2,038.8555 + 800.5369 = 2,839.3924.
    QTest::newRow("rate discounts on totals after discount (Superstore)")
        << QStringLiteral("superstore_rate_discounts.csv") << qint64(5) << qint64(28393924) << qint64(8005369)
        << qint64(0) << qint64(20388555);
    // "Discount %" on unit prices: 3 × 19.99 = 59.97 at 15 % → 8.9955; 1 × 5.00 at 0 %; 2 × 0.99 = 1.98 at
    // 33.3 % → 0.65934 → 0.6593. Gross 66.95; discounts 9.6548; net 57.2952.
    QTest::newRow("percent discounts on unit prices")
        << QStringLiteral("erp_discount_percent.csv") << qint64(3) << qint64(669500) << qint64(96548)
        << qint64(0) << qint64(572952);
    // A German till: Menge × Einzelpreis − Rabatt, which is its "Gesamtbetrag": gross 49.00 + 5.95 + 2 × 6.49
    // = 67.93, discounts 4.90 + 0.60 = 5.50, the return (Menge −1) 5.95; net 44.10 + 5.35 + 12.98 − 5.95
    // = 56.48.
    QTest::newRow("German till: Gesamtbetrag after Rabatt")
        << QStringLiteral("kasse_de_cp1252.csv") << qint64(4) << qint64(679300) << qint64(55000)
        << qint64(59500) << qint64(564800);
    // A Storno receipt voids a sale line by line with Menge, Rabatt and Gesamtbetrag negated: receipt 42
    // sells 2.80 − 0.28 and 3.80 − 0.38, receipt 43 returns 2.52 and 3.42 (not 3.08 and 4.18), receipt 44
    // sells 2 × 2.20 − 1.00. Gross 2.80 + 3.80 + 4.40 = 11.00, discounts 0.28 + 0.38 + 1.00 = 1.66, returns
    // 5.94, net 11.00 − 1.66 − 5.94 = 3.40.
    QTest::newRow("German till: a Storno takes its Rabatt back")
        << QStringLiteral("kasse_de_storno.csv") << qint64(5) << qint64(110000) << qint64(16600)
        << qint64(59400) << qint64(34000);
    // A credit line at the sale's 15 %: the sale is 19.99 − 2.9985 = 16.9915 and the credit returns exactly
    // that; net 0.
    // "Rabatt %" and "Rabatt €" side by side, "Einzelpreis brutto" the unit price: the € column is the
    // discount, also where no rate is given (80.00 off the catering, a 2.00 voucher). Gross (sale lines)
    // 2.80 + 3.80 + 500.00 + 9.80 = 516.40, discounts 0.28 + 0.38 + 80.00 + 2.00 = 82.66, the Storno returns
    // 2.52; net 431.22, the sum of "Gesamt brutto".
    QTest::newRow("German till: Rabatt € beside Rabatt %")
        << QStringLiteral("kasse_de_rabatt_prozent_euro.csv") << qint64(5) << qint64(5164000)
        << qint64(826600) << qint64(25200) << qint64(4312200);
    // The same receipts with the till's footer "Summe;;…;3,40": it has no date and sums the file, so it is
    // skipped, not imported and not rejected; the totals stay those of the five lines.
    QTest::newRow("German till: the Summe footer is no sale")
        << QStringLiteral("kasse_de_summe.csv") << qint64(5) << qint64(110000) << qint64(16600)
        << qint64(59400) << qint64(34000);
    // Odoo POS: Subtotal is the line's amount after Discount (%), a percentage. Gross (sale lines) 11.13 +
    // (2.16 + 0.24) + (3.16 + 0.79) − 2.00 (the "Discount" line, a sale of a negative amount) = 15.48 (the
    // "Tips" line's 2.00 is left out of sales, as a new profile leaves tips out: trial 20); discounts
    // 2.16 × 10 ÷ 90 = 0.24 and 3.16 × 20 ÷ 80 = 0.79, 1.03; the refund 1.08; net 13.37, the sum of Subtotal
    // (15.37) less the tips.
    QTest::newRow("Odoo POS: Discount (%) is a percentage, Subtotal the amount")
        << QStringLiteral("odoo_pos_order_lines.csv") << qint64(5) << qint64(154800) << qint64(10300)
        << qint64(10800) << qint64(133700);
    QTest::newRow("a credit line at a discount rate returns the discounted amount")
        << QStringLiteral("erp_return_percent.csv") << qint64(2) << qint64(199900) << qint64(29985)
        << qint64(169915) << qint64(0);
}

void TestImportAmounts::totalsMatchTheExport()
{
    QFETCH(QString, file);
    QFETCH(qint64, lines);
    QFETCH(qint64, gross);
    QFETCH(qint64, discounts);
    QFETCH(qint64, returns);
    QFETCH(qint64, net);

    const QString ws = m_dir.create();
    auto report = test::importWithSuggestion(ws, importFixture(file));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, lines);
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->grossSales.units(), gross);
    QCOMPARE(report->netSales.units(), net);
    QVERIFY(!report->discountLooksLikeRate());

    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->orderLines, lines);
    QCOMPARE(summary->grossSales.units(), gross);
    QCOMPARE(summary->discounts.units(), discounts);
    QCOMPARE(summary->returns.units(), returns);
    QCOMPARE(summary->netSales.units(), net);
}

void TestImportAmounts::lineTotalIsNeverMultipliedBack()
{
    const QString ws = m_dir.create();
    QVERIFY(test::importWithSuggestion(ws, importFixture(QStringLiteral("wholesale_line_totals.csv"))).ok());
    // The line keeps 65.01 exactly; the price shown is 65.01 ÷ 32,623 = 0.0019927… → 0.0020.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT gross FROM order_lines WHERE order_id = '581483'")),
             qint64(650100));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT unit_price FROM order_lines WHERE order_id = '581483'")),
             qint64(20));
    // The return's total keeps the sign of its quantity: −10.00.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT gross FROM order_lines WHERE order_id = 'C581490'")),
             qint64(-100000));
}

void TestImportAmounts::suggestionReadsTotalsAndRates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rateColumn");  // the column suggested as a discount rate, or empty
    QTest::addColumn<QString>("moneyColumn"); // the column suggested as a money discount, or empty
    QTest::addColumn<bool>("afterDiscount");

    QTest::newRow("Superstore: values 0 … 0.45 are rates; Sales is after them")
        << QStringLiteral("superstore_rate_discounts.csv") << QStringLiteral("Discount") << QString() << true;
    QTest::newRow("a % header is a rate")
        << QStringLiteral("erp_discount_percent.csv") << QStringLiteral("Discount %") << QString() << false;
    QTest::newRow("Square: money discounts; Gross Sales is before them")
        << QStringLiteral("square_items.csv") << QString() << QStringLiteral("Discounts") << false;
    QTest::newRow("Net Sales is after the discount")
        << QStringLiteral("till_net_sales.csv") << QString() << QStringLiteral("Discounts") << true;
    QTest::newRow("Shopify: 2.50 is money")
        << QStringLiteral("shopify_orders.csv") << QString() << QStringLiteral("Lineitem discount") << false;
    QTest::newRow("German till: Rabatt is money; Gesamtbetrag, the line's amount, is after it")
        << QStringLiteral("kasse_de_cp1252.csv") << QString() << QStringLiteral("Rabatt") << true;
    QTest::newRow("German till with Rabatt % and Rabatt €: the money is the discount")
        << QStringLiteral("kasse_de_rabatt_prozent_euro.csv") << QString() << QStringLiteral("Rabatt €")
        << true;
}

void TestImportAmounts::suggestionReadsTotalsAndRates()
{
    QFETCH(QString, file);
    QFETCH(QString, rateColumn);
    QFETCH(QString, moneyColumn);
    QFETCH(bool, afterDiscount);
    auto preview = previewFile(importFixture(file));
    QVERIFY(preview.ok());
    const ImportProfile profile = suggestProfile(preview.value());
    QCOMPARE(profile.columnFor(field::DiscountRate), rateColumn);
    QCOMPARE(profile.columnFor(field::Discount), moneyColumn);
    QCOMPARE(profile.lineTotalAfterDiscount, afterDiscount);
}

// Odoo's Point of Sale order lines: recognised by their columns, Point of Sale is the store, the refund order
// (return lines only) is no order, and the "Discount" line is a sale at a negative price.
void TestImportAmounts::odooPosExport()
{
    auto preview = previewFile(importFixture(QStringLiteral("odoo_pos_order_lines.csv")));
    QVERIFY(preview.ok());
    const ImportProfile profile = suggestProfile(preview.value());
    QCOMPARE(profile.name, QStringLiteral("Odoo POS order lines"));
    QCOMPARE(profile.source, QStringLiteral("Odoo"));
    QCOMPARE(profile.columnFor(field::DiscountPercent), QStringLiteral("Discount (%)"));
    QCOMPARE(profile.columnFor(field::Discount), QString());
    QCOMPARE(profile.columnFor(field::UnitPrice), QString());
    QCOMPARE(profile.columnFor(field::LineTotal), QStringLiteral("Subtotal"));
    QCOMPARE(profile.columnFor(field::Store), QStringLiteral("Point of Sale"));
    QVERIFY(profile.lineTotalAfterDiscount);

    const QString ws = m_dir.create();
    QVERIFY(Importer::run(ws, preview->path, profile, {}).ok());
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->stores, qint64(2));
    QCOMPARE(summary->orders, qint64(2));
    QCOMPARE(summary->buyingCustomers, qint64(2));
    // The customer column holds display names: they name the customers too.
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM customers WHERE external_id = 'Chloé Brunet'")),
             QStringLiteral("Chloé Brunet"));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT unit_price FROM order_lines l JOIN products p"
                                       " ON p.id = l.product_id WHERE p.name = 'Discount'")),
             qint64(-20000));
}

// The same export under other column names (not taken for Odoo's): "Discount (%)" holding 10.00 and 20.00
// is still read as percentages, and Subtotal beside it as the line's amount after the discount, as Odoo's
// style reads it (the rows say so: 2 × 1.20 less 10 % = 2.16): the weighed line is what the till charged,
// 11.13, not 0.385 × 28.90 = 11.1265. Discounts 2.16 × 10 % ÷ 90 % = 0.24 and 3.16 × 20 % ÷ 80 % = 0.79;
// net 11.13 + 2.16 + 3.16 − 2.00 − 1.08 = 13.37 (the Tips line's 2.00 left out).
void TestImportAmounts::percentColumnOutsideOdoo()
{
    QFile odoo(importFixture(QStringLiteral("odoo_pos_order_lines.csv")));
    QVERIFY(odoo.open(QIODevice::ReadOnly));
    QByteArray text = odoo.readAll();
    text.replace("\"Point of Sale\"", "\"Shop\"");
    const QString path = m_dir.filePath(QStringLiteral("pos_lines.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(text), qint64(text.size()));
    out.close();
    auto preview = previewFile(path);
    QVERIFY(preview.ok());
    const ImportProfile profile = suggestProfile(preview.value());
    QVERIFY(profile.name != QStringLiteral("Odoo POS order lines"));
    QCOMPARE(profile.columnFor(field::DiscountPercent), QStringLiteral("Discount (%)"));
    QCOMPARE(profile.columnFor(field::UnitPrice), QString());
    QCOMPARE(profile.columnFor(field::LineTotal), QStringLiteral("Subtotal"));
    QVERIFY(profile.lineTotalAfterDiscount);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, preview->path, profile, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->discounts.units(), qint64(10300));
    QCOMPARE(summary->netSales.units(), qint64(133700));
}

// Percentages mapped as money: 10.00 off a line of 2.40 and 20.00 off one of 3.95 are named.
void TestImportAmounts::percentagesMappedAsMoneyAreReported()
{
    auto preview = previewFile(importFixture(QStringLiteral("odoo_pos_order_lines.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    for (ColumnMapping &m : profile.columns) {
        if (m.field == field::DiscountPercent)
            m.field = field::Discount;
        if (m.column == QStringLiteral("Unit Price"))
            m.field = field::UnitPrice;
        if (m.field == field::LineTotal)
            m.field.clear();
    }
    ImportOptions dryRun;
    dryRun.dryRun = true;
    auto report = Importer::run(m_dir.create(), preview->path, profile, dryRun);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->discountsAboveLine, qint64(2));
}

void TestImportAmounts::rateMappedAsMoneyIsReported()
{
    auto preview = previewFile(importFixture(QStringLiteral("superstore_rate_discounts.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    for (ColumnMapping &m : profile.columns) {
        if (m.field == field::DiscountRate)
            m.field = field::Discount; // the user insists on money
    }
    ImportOptions dryRun;
    dryRun.dryRun = true;
    auto report = Importer::run(m_dir.create(), preview->path, profile, dryRun);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    // Discounts 0.2, 0.45 and 0.15 as money: all three below 1, so the check warns.
    QCOMPARE(report->discountLines, qint64(3));
    QCOMPARE(report->discountsBelowOne, qint64(3));
    QVERIFY(report->discountLooksLikeRate());
}

// etsy_sold_order_items.csv with Discount Amount mapped as a line discount: order 3100000103 has 2 lines of
// 5.00 each, 3100000101 2 lines of 8.40 each, 3100000102 one line of 0.00. Both discounted orders of several
// lines repeat one discount on every line: the check warns, counted too often 5.00 + 8.40 = 13.40 (net
// 180.20 instead of 193.60). shopify_order_discounts.csv maps its order discount (spread into the lines'
// discounts): its line discounts are not checked, no warning.
void TestImportAmounts::repeatedOrderDiscountIsReported_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<qint64>("multiLineOrders");
    QTest::addColumn<qint64>("sameDiscountOrders");
    QTest::addColumn<qint64>("excess"); // ten-thousandths
    QTest::addColumn<bool>("warns");
    QTest::newRow("Etsy's order discount repeated on each line")
        << "etsy_sold_order_items.csv" << qint64(2) << qint64(2) << qint64(134000) << true;
    QTest::newRow("Shopify's own line discounts")
        << "shopify_order_discounts.csv" << qint64(0) << qint64(0) << qint64(0) << false;
}

void TestImportAmounts::repeatedOrderDiscountIsReported()
{
    QFETCH(QString, fixture);
    QFETCH(qint64, multiLineOrders);
    QFETCH(qint64, sameDiscountOrders);
    QFETCH(qint64, excess);
    QFETCH(bool, warns);
    auto preview = previewFile(importFixture(fixture));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    for (ColumnMapping &m : profile.columns) {
        if (m.field == field::OrderDiscount && m.column == QLatin1String("Discount Amount") &&
            profile.columnFor(field::Discount).isEmpty())
            m.field = field::Discount; // the mapping the wizard suggested before Etsy was recognised
    }
    ImportOptions dryRun;
    dryRun.dryRun = true;
    auto report = Importer::run(m_dir.create(), preview->path, profile, dryRun);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->multiLineDiscountOrders, multiLineOrders);
    QCOMPARE(report->sameDiscountOrders, sameDiscountOrders);
    QCOMPARE(report->repeatedDiscountExcess.units(), excess);
    QCOMPARE(report->discountLooksOrderLevel(), warns);
}

void TestImportAmounts::orderMoneySpreadsExactly_data()
{
    // 0: unmapped, as suggested (not sales, trial 15); 1: mapped by hand, counted but left out of sales
    // (trial 18: eBay's Shipping And Handling made 2,555.60 of sales); 2: mapped by hand and counted in
    // sales.
    QTest::addColumn<int>("shipping");
    QTest::addColumn<bool>("spread");
    QTest::addColumn<qint64>("gross"); // ten-thousandths
    QTest::addColumn<qint64>("discounts");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("shirtDiscount"); // LS-01's share of #2001's order discount
    QTest::addColumn<qint64>("shirtGross");
    QTest::addColumn<qint64>("blackTeaDiscount"); // TB-01's share of #2002's

    // Shopify writes "Discount Amount" and "Shipping" on an order's first row. #2001: lines 40.00 and
    // 2 × 10.00 = 20.00; its 10.00 discount splits 6.6666… : 3.3333… → 6.6666 + 3.3333 = 9.9999, the unit
    // left goes to the larger remainder (the shirt): 6.6667 + 3.3333. Shipping 4.90 splits 3.2666… : 1.6333…
    // → 3.2667 + 1.6333. #2002: three lines of 5.00 share 1.00 → 0.3333 each, the first gets the unit left:
    // 0.3334. Gross 75.00 + 4.90 = 79.90; discounts 11.00; net 68.90 = the order totals 54.90 + 14.00.
    QTest::newRow("spread over the lines, shipping mapped by hand and counted in sales")
        << 2 << true << qint64(799000) << qint64(110000) << qint64(689000) << qint64(66667) << qint64(432667)
        << qint64(3334);
    // As suggested, the shipping is left out (it is not sales): the discounts spread as above, gross 75.00,
    // net 75.00 − 11.00 = 64.00; the shirt keeps its 40.00.
    QTest::newRow("spread over the lines, shipping left out")
        << 0 << true << qint64(750000) << qint64(110000) << qint64(640000) << qint64(66667) << qint64(400000)
        << qint64(3334);
    // Mapped by hand, the shipping is counted (4.90) and still left out of sales: as above.
    QTest::newRow("spread over the lines, shipping mapped by hand")
        << 1 << true << qint64(750000) << qint64(110000) << qint64(640000) << qint64(66667) << qint64(400000)
        << qint64(3334);
    // Left out: the lines alone, 75.00 gross and net.
    QTest::newRow("left out") << 2 << false << qint64(750000) << qint64(0) << qint64(750000) << qint64(0)
                              << qint64(400000) << qint64(0);
}

void TestImportAmounts::orderMoneySpreadsExactly()
{
    QFETCH(int, shipping);
    QFETCH(bool, spread);
    QFETCH(qint64, gross);
    QFETCH(qint64, discounts);
    QFETCH(qint64, net);
    QFETCH(qint64, shirtDiscount);
    QFETCH(qint64, shirtGross);
    QFETCH(qint64, blackTeaDiscount);

    auto preview = previewFile(importFixture(QStringLiteral("shopify_order_discounts.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    QCOMPARE(profile.columnFor(field::OrderDiscount), QStringLiteral("Discount Amount"));
    QCOMPARE(profile.columnFor(field::Shipping), QString());
    QCOMPARE(profile.columnFor(field::Discount), QStringLiteral("Lineitem discount"));
    if (shipping > 0)
        profile.columns[int(preview->header.indexOf(QStringLiteral("Shipping")))].field = field::Shipping;
    profile.shippingInSales = shipping == 2;
    profile.spreadOrderMoney = spread;
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, preview->path, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->orderDiscountsSpread.units(), spread ? qint64(110000) : qint64(0));
    QCOMPARE(report->shippingSpread.units(), spread && shipping == 2 ? qint64(49000) : qint64(0));
    QCOMPARE(report->shippingLeftOut.units(), spread && shipping == 1 ? qint64(49000) : qint64(0));
    QCOMPARE(report->orderMoneyNotSpread.units(), qint64(0));
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->grossSales.units(), gross);
    QCOMPARE(summary->discounts.units(), discounts);
    QCOMPARE(summary->netSales.units(), net);
    const auto line = [&ws](const char *column, const char *sku) {
        return scalar(ws,
                      QStringLiteral("SELECT l.%1 FROM order_lines l JOIN products p ON p.id = l.product_id"
                                     " WHERE p.sku = '%2'")
                          .arg(QLatin1String(column), QLatin1String(sku)));
    };
    QCOMPARE(line("discount", "LS-01"), shirtDiscount);
    QCOMPARE(line("gross", "LS-01"), shirtGross);
    QCOMPARE(line("discount", "TB-01"), blackTeaDiscount);
    QCOMPARE(line("discount", "TB-02"), spread ? qint64(3333) : qint64(0));
}

void TestImportAmounts::parseRate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<qint64>("expected"); // ten-thousandths; -1: rejected

    QTest::newRow("fraction") << QByteArray("0.2") << '.' << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << '.' << qint64(0);
    QTest::newRow("percent") << QByteArray("20%") << '.' << qint64(2000);
    QTest::newRow("percent with space and comma") << QByteArray("12,5 %") << ',' << qint64(1250);
    QTest::newRow("33.333 % rounds to four places") << QByteArray("33.335%") << '.' << qint64(3334);
    QTest::newRow("1 is not a rate") << QByteArray("1") << '.' << qint64(-1);
    QTest::newRow("100 % is not a rate") << QByteArray("100%") << '.' << qint64(-1);
    QTest::newRow("negative") << QByteArray("-0.1") << '.' << qint64(-1);
    QTest::newRow("money is not a rate") << QByteArray("$0.20") << '.' << qint64(-1);
}

void TestImportAmounts::parseRate()
{
    QFETCH(QByteArray, text);
    QFETCH(char, decimal);
    QFETCH(qint64, expected);
    const auto rate = csv::parseRate(text, decimal);
    QCOMPARE(rate.ok() ? rate.value() : qint64(-1), expected);
}

void TestImportAmounts::profileKeepsAmountOptions()
{
    ImportProfile p;
    p.lineTotalAfterDiscount = true;
    p.noPrices = true;
    p.ordersWithoutId = OrdersWithoutId::PerCustomerDay;
    auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->lineTotalAfterDiscount, true);
    QCOMPARE(back->noPrices, true);
    QCOMPARE(back->ordersWithoutId, OrdersWithoutId::PerCustomerDay);
    // An older profile without the keys reads as before: totals before discount, prices needed, one order
    // per row.
    auto old = ImportProfile::fromJson(QByteArray(R"({"storelens_import_profile": 1, "entity": "orders",
        "dialect": {"encoding": "UTF-8"}})"));
    QVERIFY(old.ok());
    QCOMPARE(old->lineTotalAfterDiscount, false);
    QCOMPARE(old->noPrices, false);
    QCOMPARE(old->ordersWithoutId, OrdersWithoutId::PerRow);
}

void TestImportAmounts::zeroQuantityLines_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("lines");   // landed
    QTest::addColumn<qint64>("skipped"); // quantity 0 and amount 0
    QTest::addColumn<QString>("rejectedColumn");
    QTest::addColumn<qint64>("net"); // ten-thousandths

    // METRICS.md section 1: a quantity-0 line with amount 0 is skipped and counted; with a non-zero amount it
    // is rejected with a reason. Each file sells A: 2 × 5.00 = 10.00 (or a total of 9.00).
    QTest::newRow("unit price, quantity 0: 0 × 5.00 = 0, skipped")
        << QByteArray("order_id,date,sku,quantity,unit_price\n1,2024-01-01,A,2,5.00\n1,2024-01-01,B,0,5.00\n")
        << qint64(1) << qint64(1) << QString() << qint64(100000);
    QTest::newRow("unit price, quantity 0 with a discount of 1.00: rejected")
        << QByteArray("order_id,date,sku,quantity,unit_price,discount\n1,2024-01-01,A,2,5.00,0.00\n"
                      "1,2024-01-01,B,0,5.00,1.00\n")
        << qint64(1) << qint64(0) << QStringLiteral("discount") << qint64(100000);
    QTest::newRow("line total 0.00 on quantity 0: skipped")
        << QByteArray("order_id,date,sku,quantity,line_total\n1,2024-01-01,A,2,9.00\n1,2024-01-01,B,0,0.00\n")
        << qint64(1) << qint64(1) << QString() << qint64(90000);
    QTest::newRow("line total 3.50 on quantity 0: rejected")
        << QByteArray("order_id,date,sku,quantity,line_total\n1,2024-01-01,A,2,9.00\n1,2024-01-01,B,0,3.50\n")
        << qint64(1) << qint64(0) << QStringLiteral("line_total") << qint64(90000);
    // Without prices the amount is unknown, and a line of nothing sold carries none: skipped; net unknown.
    QTest::newRow("no prices, quantity 0: skipped")
        << QByteArray("order_id,date,sku,quantity\n1,2024-01-01,A,2\n1,2024-01-01,B,0\n2,2024-01-02,A,0\n")
        << qint64(1) << qint64(2) << QString() << qint64(0);
}

void TestImportAmounts::zeroQuantityLines()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, lines);
    QFETCH(qint64, skipped);
    QFETCH(QString, rejectedColumn);
    QFETCH(qint64, net);
    static int files = 0;
    const QString file = m_dir.filePath(QStringLiteral("zero%1.csv").arg(++files));
    test::writeFile(file, csv);
    auto preview = previewFile(file);
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    profile.noPrices =
        profile.columnFor(field::UnitPrice).isEmpty() && profile.columnFor(field::LineTotal).isEmpty();

    // A skipped line is no error: an import that stops at the first rejection lands when nothing is rejected.
    auto strict = Importer::run(m_dir.create(), file, profile);
    QCOMPARE(strict.ok(), rejectedColumn.isEmpty());

    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = Importer::run(m_dir.create(), file, profile, options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, lines);
    QCOMPARE(report->quality.zeroQuantity.count, skipped);
    QCOMPARE(report->quality.zeroQuantity.firstLine, skipped > 0 ? qint64(3) : qint64(0));
    QCOMPARE(report->rejectedCount, rejectedColumn.isEmpty() ? qint64(0) : qint64(1));
    if (!rejectedColumn.isEmpty()) {
        QCOMPARE(report->rejections.constFirst().line, qint64(3));
        QCOMPARE(report->rejections.constFirst().columnName, rejectedColumn);
        QVERIFY2(report->rejections.constFirst().reason.contains(QLatin1String("quantity is 0")),
                 qPrintable(report->rejections.constFirst().reason));
    }
    QCOMPARE(report->netSales.units(), net);
    QCOMPARE(report->quality.sentences().constFirst(),
             QStringLiteral("Lines read: %1 (%2 accepted, %3 skipped, %4 rejected).")
                 .arg(lines + skipped + report->rejectedCount)
                 .arg(lines)
                 .arg(skipped)
                 .arg(report->rejectedCount));
}

QTEST_GUILESS_MAIN(TestImportAmounts)
#include "tst_importamounts.moc"
