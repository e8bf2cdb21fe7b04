// What a file's own discounted rows say of its line totals (core/import/LineTotalEvidence.h). Trial 18: a
// French till's "Total TTC" was read as before the line discount by default, and every discount was taken
// off twice without a word. The rows below are a till's, worked out by hand:
//   2 × 6.50 − 1.30 = 11.70 (the total is after the discount), 1 × 4.20, no discount (says nothing),
//   3 × 2.10 − 0.30 = 6.00.
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"

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

ImportProfile tillProfile(bool after)
{
    ImportProfile profile;
    profile.entity = Entity::Orders;
    profile.decimalSeparator = ',';
    profile.lineTotalAfterDiscount = after;
    const QString fields[] = {field::OrderId, field::Quantity, field::UnitPrice, field::Discount,
                              field::LineTotal};
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

QTEST_GUILESS_MAIN(TestLineTotalEvidence)
#include "tst_linetotalevidence.moc"
