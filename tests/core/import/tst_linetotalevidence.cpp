// What a file's own discounted rows say of its line totals (core/import/LineTotalEvidence.h). Trial 18: a
// French till's "Total TTC" was read as before the line discount by default, and every discount was taken
// off twice without a word. The rows below are a till's, worked out by hand:
//   2 × 6.50 − 1.30 = 11.70 (the total is after the discount), 1 × 4.20, no discount (says nothing),
//   3 × 2.10 − 0.30 = 6.00.
// The profile reads "Total TTC" instead of the unit price, as the suggestion does for a till's total: the
// evidence reads the column named "Prix unitaire TTC", left unmapped.
#include "common/ImportFiles.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/MappingSuggester.h"

#include <QTest>

using namespace storelens::core;

namespace {

FilePreview tillPreview(const QString &secondTotal)
{
    FilePreview preview;
    preview.header = {QStringLiteral("Ticket"), QStringLiteral("Qté"), QStringLiteral("Prix unitaire TTC"),
                      QStringLiteral("Remise"), QStringLiteral("Total TTC")};
    preview.rows = {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("6,50"), QStringLiteral("1,30"),
                     QStringLiteral("11,70")},
                    {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("4,20"), QStringLiteral("0,00"),
                     QStringLiteral("4,20")},
                    {QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("2,10"), QStringLiteral("0,30"),
                     secondTotal}};
    return preview;
}

ImportProfile tillProfile(bool after, const QString &priceField = QString())
{
    ImportProfile profile;
    profile.entity = Entity::Orders;
    profile.decimalSeparator = ',';
    profile.lineTotalAfterDiscount = after;
    const QString fields[] = {field::OrderId, field::Quantity, priceField, field::Discount, field::LineTotal};
    const QStringList header = tillPreview(QString()).header;
    for (int i = 0; i < header.size(); ++i)
        profile.columns.append({header.at(i), i, fields[i]});
    return profile;
}

} // namespace

class TestLineTotalEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsAfterTheDiscount();
    void totalsBeforeTheDiscount();
    void mixedRowsSayNothing();
    void mappedUnitPriceIsRead();
    void returnsSayItToo();
    void totalsWithoutTheTax();
};

void TestLineTotalEvidence::totalsAfterTheDiscount()
{
    const LineTotalEvidence e = lineTotalEvidence(tillPreview(QStringLiteral("6,00")), tillProfile(false));
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(e.rows, qint64(2));
    QCOMPARE(e.example, QStringLiteral("2 × 6.50 − 1.30 = 11.70"));
    QVERIFY(e.contradicts(tillProfile(false))); // read as before: each discount taken off twice
    QVERIFY(!e.contradicts(tillProfile(true)));
}

void TestLineTotalEvidence::totalsBeforeTheDiscount()
{
    FilePreview preview = tillPreview(QStringLiteral("6,30")); // 3 × 2.10 = 6.30
    preview.rows.removeFirst();
    const LineTotalEvidence e = lineTotalEvidence(preview, tillProfile(true));
    QCOMPARE(e.says, LineTotalEvidence::Says::BeforeDiscount);
    QCOMPARE(e.rows, qint64(1));
    QCOMPARE(e.example, QStringLiteral("3 × 2.10 = 6.30"));
    QVERIFY(e.contradicts(tillProfile(true)));
}

void TestLineTotalEvidence::mixedRowsSayNothing()
{
    // Row 1 after, row 3 before: the file does not say one thing, so nothing is claimed.
    const LineTotalEvidence e = lineTotalEvidence(tillPreview(QStringLiteral("6,30")), tillProfile(false));
    QCOMPARE(e.says, LineTotalEvidence::Says::Nothing);
    QVERIFY(!e.contradicts(tillProfile(false)));
    QVERIFY(!e.contradicts(tillProfile(true)));
}

void TestLineTotalEvidence::mappedUnitPriceIsRead()
{
    // With the unit price mapped the import reads price × quantity − discount, not the total: whichever way
    // the total is read, no discount is taken off twice, so nothing contradicts.
    const FilePreview preview = tillPreview(QStringLiteral("6,00"));
    const ImportProfile priced = tillProfile(false, field::UnitPrice);
    const LineTotalEvidence e = lineTotalEvidence(preview, priced);
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QVERIFY(!e.contradicts(priced));
    // Without a unit price column of any name, the rows cannot say anything.
    FilePreview unnamed = preview;
    unnamed.header[2] = QStringLiteral("PU");
    ImportProfile profile = tillProfile(false);
    profile.columns[2].column = unnamed.header.at(2);
    QCOMPARE(lineTotalEvidence(unnamed, profile).says, LineTotalEvidence::Says::Nothing);
}

void TestLineTotalEvidence::returnsSayItToo()
{
    // A return of row 1's sale: −2 × 6.50, discount 1.30, total −11.70; the magnitudes say "after".
    FilePreview preview = tillPreview(QStringLiteral("6,00"));
    preview.rows = {{QStringLiteral("4"), QStringLiteral("-2"), QStringLiteral("6,50"),
                     QStringLiteral("1,30"), QStringLiteral("-11,70")}};
    preview.rowLines = {7};
    const LineTotalEvidence e = lineTotalEvidence(preview, tillProfile(false));
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(e.example, QStringLiteral("2 × 6.50 − 1.30 = 11.70"));
    QCOMPARE(e.exampleLine, qint64(7));
}

// Trial 20: Epos Now's "Total (Exc VAT)" mapped instead of "Unit Price", beside "Discount"; the price and the
// discount carry the VAT, the total does not. eposnow_items_vat.csv's discounted rows:
//   line 4: (1 × 65.00 − 6.50) ÷ 1.2 = 48.75; before the discount it would be 65.00 ÷ 1.2 = 54.17
//   line 6: (2 × 18.50 − 3.70) ÷ 1.2 = 27.75; before, 37.00 ÷ 1.2 = 30.83
//   line 7: 1 × 6.95 − 0.70 = 6.25 (zero-rated: the total is after the discount to the cent)
// so all three say "after" (the trial's default "before" took 10.90 of discounts off twice). Without line 7,
// only the rows at 20 % VAT are left, which said nothing before.
void TestLineTotalEvidence::totalsWithoutTheTax()
{
    auto preview = previewFile(storelens::test::importFixture("eposnow_items_vat.csv"));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    for (ColumnMapping &c : profile.columns) {
        if (c.field == field::UnitPrice)
            c.field.clear();
        if (c.column == QLatin1String("Total (Exc VAT)"))
            c.field = field::LineTotal;
    }
    QCOMPARE(profile.columnFor(field::Discount), QStringLiteral("Discount"));
    QCOMPARE(lineTotalEvidence(preview.value(), profile).rows, qint64(3));
    preview->rows.remove(5); // line 7, zero-rated
    preview->rowLines.remove(5);
    const LineTotalEvidence e = lineTotalEvidence(preview.value(), profile);
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(e.rows, qint64(2));
    QCOMPARE(e.example, QStringLiteral("(1 × 65.00 − 6.50) ÷ 1.2 = 48.75"));
    QCOMPARE(e.exampleLine, qint64(4));
    QVERIFY(e.contradicts(profile)); // read before the discount: 10.20 taken off twice
}

QTEST_GUILESS_MAIN(TestLineTotalEvidence)
#include "tst_linetotalevidence.moc"
