// Trial 23us: a Toast POS "Item Selection Details" export has a boolean `Void?` column; a line with True was
// rung up and taken off before payment, no sale (Toast's own Gross Amount leaves it out). The column was not
// suggested, so voided lines counted as sales (+$375.00 and 2 orders over Aug–Nov, and a customer whose only
// line was voided counted as a new customer). Now a yes/no column named Void?, Voided or Is Void
// is suggested as "Voided", and its true lines are left out as not-sold lines (DataQuality::notSold), named
// with their money.
//
// toast_item_selection_voids_us.csv (cut from the trial's two till files), Gross Price is the line total
// before the Discount, worked out by hand:
//   line 2-4    400000000117 08/01 C10106  30.00 + 7.50 + 14.00 = 51.50
//   line 5-6    400000000116 08/01 C19999  38.85 − 7.77 + 18.00 − 3.60 (staff discount) = 45.48
//   line 7      400000000236 08/09 C10156  Leather Card Wallet 45.00
//   line 8      400000000236               Cowboy Boot Socks 3 × = 45.00  Void? True (after the paid line)
//   line 9-10   400000000822 09/12 C10205  33.00 and 68.00 − 5.00        Void? True both: the whole receipt
//   line 11     400000001001 09/20 guest   Salsa Verde Jar 7.50          Void? True (before the paid lines)
//   line 12-13  400000001001               129.00 + 42.00 = 171.00
//   line 14     400000001775 11/07 C10047  Cotton Tea Towel 2 × = 22.00  Void? True: the receipt's only line
// Voids left out: gross 51.50 + 38.85 + 18.00 + 45.00 + 129.00 + 42.00 = 324.35, discounts 7.77 + 3.60 =
// 11.37, net 312.98; orders 117, 116, 236, 1001 = 4; buying
// customers C10106, C19999, C10156 = 3.
// Voided lines: 8, 9, 10, 11, 14 = 5 lines, 45 + 33 + 68 − 5 + 7.50 + 22 = 170.50; orders 236, 822, 1001,
// 1775 = 4, of which 236 and 1001 keep their other lines (2).
// Counted as sales (the old code): gross 324.35 + 175.50 = 499.85, discounts 16.37, net 483.48, 6 orders,
// 5 customers (C10205 and C10047 too).
//
// shift4shop_guest_orders_us.csv (cut from the trial's web shop file): Customer ID empty on every row (guest
// checkouts), a Billing Email on each; Item Total is the line, Discount the order's, spread once per order:
//   5201 joseph  5.50 + 24.00 = 29.50
//   5202 john    84.00 + 18.00 + 24.00 = 126.00, Discount 18.90 (on each of its 3 rows)
//   5207 james   90.00 + 28.00 = 118.00
//   5210 sofia   5.50 + 12.95 + 129.00 = 147.45
//   5212 sarah   22.00 + 42.00 = 64.00
//   5256 james   36.00
//   5259 sofia   68.00 + 1,299.00 + 35.00 = 1,402.00, Discount 210.30 (on each of its 3 rows)
// gross 1,922.95, discounts 18.90 + 210.30 = 229.20, net 1,693.75; 7 orders; 5 customers keyed by e-mail
// (james and sofia bought twice), 0 guest lines (the old code: 0 customers, 16 guest lines).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/DataQuality.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

const QString Toast = QStringLiteral("toast_item_selection_voids_us.csv");
const QString Shift4Shop = QStringLiteral("shift4shop_guest_orders_us.csv");

// The suggestion, with the product and amount columns the trial's user chose by hand (SKU, Menu Item, Menu
// Group, Gross Price as the line total before the discount, Customer as the name); the Void? column is left
// as suggested.
ImportProfile toastProfile(const QString &file)
{
    auto preview = previewFile(file);
    if (!preview)
        return {};
    ImportProfile p = suggestProfile(preview.value(), Entity::Orders);
    const QList<QPair<QString, QString>> chosen = {{QStringLiteral("SKU"), field::Sku},
                                                   {QStringLiteral("Menu Item"), field::ProductName},
                                                   {QStringLiteral("Menu Group"), field::Category},
                                                   {QStringLiteral("Gross Price"), field::LineTotal},
                                                   {QStringLiteral("Customer"), field::CustomerName}};
    for (const auto &[column, key] : chosen) {
        for (ColumnMapping &c : p.columns) {
            if (c.field == key)
                c.field.clear();
        }
        for (ColumnMapping &c : p.columns) {
            if (c.column == column)
                c.field = key;
        }
    }
    for (ColumnMapping &c : p.columns) {
        if (c.field == field::UnitPrice)
            c.field.clear();
    }
    p.lineTotalAfterDiscount = false;
    return p;
}

// A previewed row from comma-separated values.
QStringList row(const char *values)
{
    return QString::fromLatin1(values).split(QLatin1Char(','));
}

} // namespace

class TestVoidedLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voidColumnIsSuggested();
    void voidedLinesAreLeftOut();
    void onlyYesNoColumnsAreSuggested();
    void emptyCustomerIdIsNotSuggested();
    void guestCheckoutsAreKeyedByEmail();
    void customerIdsStayTheKey();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestVoidedLines::voidColumnIsSuggested()
{
    const ImportProfile p = toastProfile(importFixture(Toast));
    QCOMPARE(p.columnFor(field::Voided), QStringLiteral("Void?"));
    QVERIFY(p.columnFor(field::Status).isEmpty());
    QVERIFY(p.notSoldStatusValues.isEmpty());
}

void TestVoidedLines::voidedLinesAreLeftOut()
{
    const ImportProfile p = toastProfile(importFixture(Toast));
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Toast), p);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(3243500));
    QCOMPARE(s.discounts.units(), qint64(113700));
    QCOMPARE(s.netSales.units(), qint64(3129800));
    QCOMPARE(s.orders, qint64(4));
    QCOMPARE(s.buyingCustomers, qint64(3));
    const DataQuality &q = report->quality;
    QCOMPARE(q.imported, qint64(8));
    const DataQuality::StatusCount *voided = q.voidedLines();
    QVERIFY(voided);
    QCOMPARE(voided->status, QStringLiteral("Void?"));
    QCOMPARE(voided->lines.count, qint64(5));
    QCOMPARE(voided->lines.firstLine, qint64(8));
    QCOMPARE(voided->orders, qint64(4));
    QCOMPARE(voided->partOrders, qint64(2));
    QCOMPARE(voided->sales.units(), qint64(1705000));
    QCOMPARE(q.notSoldLines(), qint64(5));
    const QStringList sentences = q.sentences();
    QVERIFY2(
        sentences.contains(QStringLiteral(
            "Voided lines left out (marked in the column \"Void?\"): taken off before payment, they are "
            "no sale: 5 lines, 170.50 (for example line 8); orders voided as a whole: 2, orders whose other "
            "lines are imported: 2.")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(
        sentences.first().startsWith(QStringLiteral("Lines read: 13 (8 accepted, 5 skipped, 0 rejected)")),
        qPrintable(sentences.first()));
    QVERIFY(q.unknownStatuses.isEmpty());
}

// A column named like a void flag that holds other values is not one: "Storniert" of dates, "Void" of amounts
// written 0 on the first rows.
void TestVoidedLines::onlyYesNoColumnsAreSuggested()
{
    FilePreview preview;
    preview.dialect.hasHeader = true;
    preview.header = {QStringLiteral("Order ID"), QStringLiteral("Date"),       QStringLiteral("SKU"),
                      QStringLiteral("Quantity"), QStringLiteral("Unit Price"), QStringLiteral("Void")};
    preview.rows = {row("1,2026-08-01,A,1,5.00,0"), row("2,2026-08-02,B,1,6.00,0")};
    QVERIFY(suggestProfile(preview, Entity::Orders).columnFor(field::Voided).isEmpty());
    preview.header[5] = QStringLiteral("Storniert");
    preview.rows = {row("1,2026-08-01,A,1,5.00,2026-08-03"), row("2,2026-08-02,B,1,6.00,")};
    QVERIFY(suggestProfile(preview, Entity::Orders).columnFor(field::Voided).isEmpty());
    // Nor a German "Storniert" of yes/no: the flag may mark the negative storno receipt itself.
    preview.rows = {row("1,2026-08-01,A,1,5.00,nein"), row("2,2026-08-02,B,1,6.00,ja")};
    QVERIFY(suggestProfile(preview, Entity::Orders).columnFor(field::Voided).isEmpty());
    preview.header[5] = QStringLiteral("Is Void");
    preview.rows = {row("1,2026-08-01,A,1,5.00,No"), row("2,2026-08-02,B,1,6.00,Yes")};
    QCOMPARE(suggestProfile(preview, Entity::Orders).columnFor(field::Voided), QStringLiteral("Is Void"));
}

void TestVoidedLines::emptyCustomerIdIsNotSuggested()
{
    auto preview = previewFile(importFixture(Shift4Shop));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value(), Entity::Orders);
    QVERIFY2(p.columnFor(field::CustomerId).isEmpty(), qPrintable(p.columnFor(field::CustomerId)));
    QCOMPARE(p.columnFor(field::CustomerEmail), QStringLiteral("Billing Email"));

    // Nor when the customer's number is looked for beside a name column (Hike: Customer, Customer code,
    // Customer email), which took the empty "Customer code" and made every buyer a guest again.
    FilePreview hike;
    hike.dialect.hasHeader = true;
    hike.header = {QStringLiteral("Sale #"),         QStringLiteral("Date"),
                   QStringLiteral("Customer"),       QStringLiteral("Customer code"),
                   QStringLiteral("Customer email"), QStringLiteral("SKU"),
                   QStringLiteral("Quantity"),       QStringLiteral("Unit Price")};
    hike.rows = {row("1,2026-08-01,Ann Lee,,ann@example.com,A,1,5.00"),
                 row("2,2026-08-02,Bob Hall,,bob@example.com,B,1,6.00")};
    const ImportProfile h = suggestProfile(hike, Entity::Orders);
    QVERIFY2(h.columnFor(field::CustomerId).isEmpty(), qPrintable(h.columnFor(field::CustomerId)));
    QCOMPARE(h.columnFor(field::CustomerName), QStringLiteral("Customer"));
    QCOMPARE(h.columnFor(field::CustomerEmail), QStringLiteral("Customer email"));

    // Without an e-mail or phone column the id column stays: its numbers may start further down the file.
    hike.header = {QStringLiteral("Sale #"), QStringLiteral("Date"),     QStringLiteral("Customer ID"),
                   QStringLiteral("SKU"),    QStringLiteral("Quantity"), QStringLiteral("Unit Price")};
    hike.rows = {row("1,2026-08-01,,A,1,5.00"), row("2,2026-08-02,,B,1,6.00")};
    QCOMPARE(suggestProfile(hike, Entity::Orders).columnFor(field::CustomerId),
             QStringLiteral("Customer ID"));
}

void TestVoidedLines::guestCheckoutsAreKeyedByEmail()
{
    const QString ws = m_dir.create();
    auto report = storelens::test::importWithSuggestion(ws, importFixture(Shift4Shop));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(19229500));
    QCOMPARE(s.discounts.units(), qint64(2292000));
    QCOMPARE(s.netSales.units(), qint64(16937500));
    QCOMPARE(s.orders, qint64(7));
    QCOMPARE(s.buyingCustomers, qint64(5));
    QCOMPARE(s.guestLines, qint64(0));
    QCOMPARE(report->quality.guestLines.count, qint64(0));
}

// A Customer ID written on some previewed row stays the key (the rows without one are guest checkouts), as
// before: the rule only passes over a column empty on every previewed row.
void TestVoidedLines::customerIdsStayTheKey()
{
    auto preview = previewFile(importFixture(Shift4Shop));
    QVERIFY(preview.ok());
    FilePreview p = preview.value();
    const int id = int(p.header.indexOf(QStringLiteral("Customer ID")));
    QVERIFY(id >= 0);
    p.rows[2][id] = QStringLiteral("1007");
    QCOMPARE(suggestProfile(p, Entity::Orders).columnFor(field::CustomerId), QStringLiteral("Customer ID"));
}

QTEST_MAIN(TestVoidedLines)
#include "tst_voidedlines.moc"
