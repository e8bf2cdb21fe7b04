// `storelens import` and money the import would leave unread (trial 20).
//
// ecwid_orders_coupon.csv, Ecwid's order export (one row per item, the order's fields on each row):
//   order 1001: 2 × 10.00 + 1 × 7.50 = 27.50, coupon_discount 5.00 on both rows
//   order 1002: 1 × 4.00 + 2 × 6.00 + 2 × 2.50 = 21.00, coupon_discount 3.00 on all three rows
//   order 1003: 1 × 12.00 = 12.00; order 1004: 5.99 + 3.00 = 8.99 (coupon_discount 0.00)
//   gross 69.49, order discounts 5.00 + 3.00 = 8.00 (once per order), net 61.49.
//   The coupon left unread gave net 69.49 without a word (the trial's £885.49 too high).
//
// eposnow_items_vat.csv, Epos Now's items export: Unit Price and Discount with the VAT, Total (Exc VAT)
// without it and after the discount:
//   15.42 + 20.00 + 48.75 (= (65.00 − 6.50) ÷ 1.2) + 15.00 + 27.75 (= (2 × 18.50 − 3.70) ÷ 1.2)
//   + 6.25 (= 6.95 − 0.70, zero-rated) + 2.50 = 135.67 read after the discount; read before it,
//   135.67 − (6.50 + 3.70 + 0.70) = 124.77; from the unit price, 18.50 + 24.00 + 58.50 + 15.00 + 33.30
//   + 6.25 + 2.50 = 158.05 (with the VAT).
//   Baskets 480005 and 480012 take a line discount off their first item (6.50 of 65.00, 0.70 of 6.95): no
//   sign of an order discount, which the warning "only the first line carries a discount" said (trial 20).

#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/ImportFiles.h"

#include <QTemporaryDir>
#include <QTest>

using storelens::cli::BadUsage;
using storelens::cli::Success;
using storelens::test::importFixture;
using storelens::test::runCli;

class TestUnreadMoneyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void couponIsTheOrdersDiscount();
    void couponLeftOutIsNamed();
    void lineTotalMappedBesidePriceReplacesIt();
    void priceAndTotalBothMappedAreRefused();

private:
    QStringList dryRun(const QString &file, const QStringList &options) const;
    QTemporaryDir m_dir;
};

void TestUnreadMoneyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList TestUnreadMoneyCli::dryRun(const QString &file, const QStringList &options) const
{
    return QStringList{QStringLiteral("import"), importFixture(file), QStringLiteral("--workspace"),
                       m_dir.filePath(QStringLiteral("w.storelens")), QStringLiteral("--dry-run")} +
           options;
}

void TestUnreadMoneyCli::couponIsTheOrdersDiscount()
{
    QString out;
    QString err;
    QCOMPARE(runCli(dryRun(QStringLiteral("ecwid_orders_coupon.csv"), {}), &out, &err), int(Success));
    QVERIFY2(out.contains(QStringLiteral("net sales 61.49 GBP")), qPrintable(out));
    QVERIFY2(!err.contains(QStringLiteral("is not read")), qPrintable(err));
}

void TestUnreadMoneyCli::couponLeftOutIsNamed()
{
    QString out;
    QString err;
    const QStringList ignore = {QStringLiteral("--map"), QStringLiteral("coupon_discount=")};
    QCOMPARE(runCli(dryRun(QStringLiteral("ecwid_orders_coupon.csv"), ignore), &out, &err), int(Success));
    QVERIFY2(out.contains(QStringLiteral("net sales 69.49 GBP")), qPrintable(out)); // as asked, but said
    QVERIFY2(
        err.contains(QStringLiteral("Warning: Column \"coupon_discount\" holds money (for example 5.00 on "
                                    "line 2) but is not read. Map it as Order discount (for the whole "
                                    "order) if it is the order's discount.")),
        qPrintable(err));
    // Tax and shipping are not sales: left out knowingly, not named as unread money.
    QVERIFY2(!err.contains(QStringLiteral("tax_total")) && !err.contains(QStringLiteral("item_tax")),
             qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Column \"shipping_cost\"")), qPrintable(err));
}

void TestUnreadMoneyCli::lineTotalMappedBesidePriceReplacesIt()
{
    QString out;
    QString err;
    const QString file = QStringLiteral("eposnow_items_vat.csv");
    QCOMPARE(runCli(dryRun(file, {}), &out, &err), int(Success));
    QVERIFY2(out.contains(QStringLiteral("net sales 158.05 GBP")), qPrintable(out)); // the unit price, VAT in
    QVERIFY2(!err.contains(QStringLiteral("only the first line carries a discount")), qPrintable(err));
    // Trial 20b: nothing said how to get the till's sales without VAT. The unread total without it is named,
    // with the column the sales are read from and the mapping that reads them without the tax.
    QVERIFY2(
        err.contains(QStringLiteral(
            "Warning: Column \"Total (Exc VAT)\" holds amounts without VAT or sales tax (for example £15.42 "
            "on line 2), but the sales are read from \"Unit Price\". If \"Unit Price\" includes the tax, map "
            "\"Total (Exc VAT)\" as Line total (instead of unit price) for sales without it.")),
        qPrintable(err));
    const QStringList total = {QStringLiteral("--map"), QStringLiteral("Total (Exc VAT)=line_total")};
    QCOMPARE(runCli(dryRun(file, total), &out, &err), int(Success));
    QVERIFY2(
        err.contains(QStringLiteral("\"Total (Exc VAT)\" is read as the line total, so \"Unit Price\" is no "
                                    "longer read as the unit price: a line's amount comes from one of "
                                    "them.")),
        qPrintable(err));
    // The rows say the totals are after the discount (without the VAT): not 124.77.
    QVERIFY2(out.contains(QStringLiteral("net sales 135.67 GBP")), qPrintable(out));
    QVERIFY2(!err.contains(QStringLiteral("Warning")), qPrintable(err));
    // Read the other way, the warning's words hold for a total without the VAT too (it said "quantity × unit
    // price − discount" beside "(1 × 65.00 − 6.50) ÷ 1.2 = 48.75").
    QCOMPARE(runCli(dryRun(file, total + QStringList{QStringLiteral("--line-total"),
                                                     QStringLiteral("before-discount")}),
                    &out, &err),
             int(Success));
    QVERIFY2(
        err.contains(QStringLiteral("but on 3 discounted rows it is the amount after the discount (line 4: "
                                    "(1 × 65.00 − 6.50) ÷ 1.2 = 48.75): each discount is taken off "
                                    "twice.")),
        qPrintable(err));
}

void TestUnreadMoneyCli::priceAndTotalBothMappedAreRefused()
{
    QString out;
    QString err;
    const QStringList both = {QStringLiteral("--map"), QStringLiteral("Unit Price=unit_price"),
                              QStringLiteral("--map"), QStringLiteral("Total (Exc VAT)=line_total")};
    QCOMPARE(runCli(dryRun(QStringLiteral("eposnow_items_vat.csv"), both), &out, &err), int(BadUsage));
    QVERIFY2(err.contains(QStringLiteral("--map gives both a unit price (\"Unit Price\") and a line total "
                                         "(\"Total (Exc VAT)\"), and a line's amount comes from one of them: "
                                         "map only one.")),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestUnreadMoneyCli)
#include "tst_unreadmoneycli.moc"
