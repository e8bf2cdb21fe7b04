// Three exports from trials 24nl and 24fr, imported with the suggested profile alone (no column chosen by
// hand). Before, the Dutch till's Columns page suggested only Datum, Bonnummer, E-mail and Artikelnummer
// ("Still to choose: Unit price"), the Dutch web shop was "a file StoreLens cannot tell" with only its
// Orderstatus recognised, the French web shop's N° commande, Date commande and Code produit were left on
// Ignore (each row an order: 223 orders instead of 121), and neither web shop's customers had a name
// (Voornaam
// + Achternaam, Nom + Prénom: one column per field).
//
// mplus_omzet_nl.csv (a MplusKASSA-style till, cut from trial 24nl: UTF-8 with BOM, `;`, CRLF, DD-MM-YYYY,
// decimal comma, "1.299,00"; Totaal = Aantal × Prijs − Korting; Regelstatus Verkocht / Retour /
// Geannuleerd). Worked out by hand:
//   50010 walk-in  12,95 + 3 × 2,95 + 3 × 11,50 = 12,95 + 8,85 + 34,50 = 56,30
//   50008 K10242   34,50 + 2 × 29,95 + 2 × 8,95 = 34,50 + 59,90 + 17,90 = 112,30
//   50001 K10228   39,95 + 2 × 4,50 = 48,95
//   50005 K10144   4,50 + 29,95 + 11,50 (Korting 1,15: Totaal 10,35) + 2 × 8,95 = 63,85
//   50006 K10206   49,95 + 8,95 (Korting 0,90: Totaal 8,05) + 11,50 = 70,40
//   50016 K10001   2 × 5,95 = 11,90 (staff, Korting 2,38: Totaal 9,52)
//   50132 K10273   89,95 + 1.299,00 = 1.388,95 (Thijs Bakker)
//   51263 K10281   Retour, Aantal −1 × 16,95: a return of 16,95 that sells nothing
//   50394 K10210   25,00 + 29,95 + 34,50 = 89,45, and Stroopwafels 5,95 Geannuleerd (voided)
//   51260 walk-in  89,95 + 2 × 12,50 = 114,95, all Geannuleerd (the receipt voided)
//   51261 walk-in  Cadeaubon 25,00: a gift card sold, left out of sales
// Voided lines left out (a till's voids by default, core::leaveTillVoidsOut(), and expected.txt): gross 56,30
// + 112,30 + 48,95 + 63,85 + 70,40 + 11,90 + 1.388,95 + 89,45 = 1.842,10; discounts 1,15 + 0,90 + 2,38 =
// 4,43; returns 16,95; net 1.820,72; orders 8; buying customers 7 (K10242, K10228, K10144, K10206, K10001,
// K10273, K10210). Counted as cancellations when the user says so, each voided line is sold and refunded:
// gross and returns both grow by 5,95 + 114,95 = 120,90, orders 9 (51260), net stays 1.820,72.
//
// ccvshop_bestellingen_nl.csv (a CCV Shop-style web shop, cut from trial 24nl: one row per item, Korting on
// the order's first row, Verzendkosten on it too, Totaalbedrag incl. btw the order's total on every row):
//   2026101 16,95 + 29,95 = 46,90 (shipping 4,95: 51,85)      2026102 39,95
//   2026103 5,95 + 3 × 16,95 + 29,95 + 34,50 = 121,25            2026104 16,95 + 49,95 = 66,90
//   2026105 49,95 + 3 × 5,95 = 67,80                              2026106 4,50 + 11,50 + 5,95 = 21,95
//   2026121 14,95 + 16,95 = 31,90, Korting 5,00 (Wouter Smit again)
//   2026129 2 × 2,95 = 5,90 Geretourneerd: a sale and a return of 5,90
//   2026139 29,95 + 89,95 + 2 × 14,95 + 4,50 = 154,30, Korting 5,00 (149,30 with no shipping)
// Gross 556,85, discounts 10,00, returns 5,90, net 540,95; orders 9; buying customers 8 (the e-mail keys).
//
// oxatis_commandes_fr.csv (an Oxatis-style web shop, cut from trial 24fr: Nom before Prénom, Remise commande
// TTC the order's coupon repeated on each of its rows):
//   W5001 7,50   W5002 6,20   W5003 2 × 24,90 + 2 × 11,90 + 2 × 24,90 = 123,40   W5004 14,00 + 7,50 + 6,90 =
//   28,40 W5005 24,90 + 7,50 = 32,40   W5006 6,90 + 8,90 = 15,80, coupon 1,58   W5007 8,90 + 12,90 = 21,80,
//   coupon 2,18   W5008 34,90 + 11,90 + 12,90 = 59,70, coupon 5,97   W5011 Remboursée 2 × 13,50 = 27,00: a
//   sale and a return   W5031 En attente de paiement (2 × 89,00): not paid, left out
// Gross 322,20, discounts 1,58 + 2,18 + 5,97 = 9,73, returns 27,00, net 285,47; orders 9; buying customers 9.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/OrderStatus.h"
#include "core/import/SplitNames.h"
#include "core/import/UnreadMoney.h"

using namespace storelens::core;
using storelens::test::cents;
using storelens::test::importFixture;
using storelens::test::suggestedFor;
using storelens::test::summaryOf;

class TestTrial24Exports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    void suggestedMapping_data();
    void suggestedMapping();
    void filesAreOrders();
    void mplusTill();
    void mplusTotaalAsLineTotal();
    void totaalBesideAnUnknownPrice();
    void ccvShopOrders();
    void oxatisOrders();
    void dutchStatusWords_data();
    void dutchStatusWords();
    void namesJoinedFirstNameFirst();
    void salesReadWithVatSaySoPlainly();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

namespace {

const QString Mplus = QStringLiteral("mplus_omzet_nl.csv");
const QString Ccv = QStringLiteral("ccvshop_bestellingen_nl.csv");
const QString Oxatis = QStringLiteral("oxatis_commandes_fr.csv");

// The Check page's "Count Ticked as Sold, Then Refunded" for a till's voided lines: sold, then refunded.
void countVoidsAsCancellations(ImportProfile &p)
{
    p.notSoldStatusValues.removeAll(QStringLiteral("geannuleerd"));
    p.cancelStatusValues << QStringLiteral("Geannuleerd");
}

} // namespace

void TestTrial24Exports::suggestedMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("columns");
    const auto row = [](const QString &file, const char *field, QStringList columns) {
        QTest::newRow(qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(field)))
            << file << QString::fromUtf8(field) << columns;
    };
    const auto one = [](const char *column) { return QStringList{QString::fromUtf8(column)}; };
    row(Mplus, "date", one("Datum"));
    row(Mplus, "time", one("Tijd"));
    row(Mplus, "order_id", one("Bonnummer"));
    row(Mplus, "store", one("Filiaal"));
    row(Mplus, "customer_id", one("Klantnummer"));
    row(Mplus, "customer_name", one("Klantnaam"));
    row(Mplus, "customer_email", one("E-mail"));
    row(Mplus, "sku", one("Artikelnummer"));
    row(Mplus, "product_name", one("Omschrijving"));
    row(Mplus, "category", one("Omzetgroep"));
    row(Mplus, "quantity", one("Aantal"));
    row(Mplus, "unit_price", one("Prijs"));
    row(Mplus, "discount", one("Korting"));
    row(Mplus, "status", one("Regelstatus"));
    // Totaal is read through the price and the discount; BTW % and BTW bedrag are tax, Kassa the register.
    row(Mplus, "line_total", {});
    row(Ccv, "order_id", one("Ordernummer"));
    row(Ccv, "date", one("Besteldatum"));
    row(Ccv, "status", one("Orderstatus"));
    row(Ccv, "customer_name", {QStringLiteral("Voornaam"), QStringLiteral("Achternaam")});
    row(Ccv, "customer_email", one("E-mailadres"));
    row(Ccv, "country", one("Land"));
    row(Ccv, "sku", one("Artikelcode"));
    row(Ccv, "product_name", one("Productnaam"));
    row(Ccv, "quantity", one("Aantal"));
    row(Ccv, "unit_price", one("Stukprijs"));
    row(Ccv, "discount", one("Korting"));
    row(Ccv, "line_total", {}); // Totaalbedrag incl. btw is the order's total
    row(Ccv, "shipping", {});
    row(Oxatis, "order_id", one("N° commande"));
    row(Oxatis, "date", one("Date commande"));
    row(Oxatis, "status", one("Statut"));
    row(Oxatis, "customer_name", {QStringLiteral("Nom"), QStringLiteral("Prénom")});
    row(Oxatis, "customer_email", one("E-mail"));
    row(Oxatis, "sku", one("Code produit"));
    row(Oxatis, "product_name", one("Désignation"));
    row(Oxatis, "quantity", one("Quantité"));
    row(Oxatis, "unit_price", one("Prix unitaire TTC"));
    row(Oxatis, "order_discount", one("Remise commande TTC"));
    row(Oxatis, "line_total", {});
}

void TestTrial24Exports::suggestedMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QStringList, columns);
    const ImportProfile p = suggestedFor(file);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(storelens::test::columnsMappedTo(p, field), columns);
    QVERIFY(p.missingRequiredFields().isEmpty());
    for (const ColumnMapping &c : p.columns) {
        const QString name = normaliseHeader(c.column);
        if (name.startsWith(QLatin1String("btw")) || name == QLatin1String("kassa") ||
            name == QLatin1String("medewerker") || name == QLatin1String("betaalstatus"))
            QVERIFY2(c.field.isEmpty(), qPrintable(c.column + QLatin1String(": ") + c.field));
    }
}

// Step 1 said "StoreLens cannot tell what this file holds" for the Dutch web shop.
void TestTrial24Exports::filesAreOrders()
{
    for (const QString &file : {Mplus, Ccv, Oxatis}) {
        auto preview = previewFile(importFixture(file));
        QVERIFY(preview.ok());
        const EntityGuess guess = detectEntity(preview.value());
        QCOMPARE(guess.entity, Entity::Orders);
        QVERIFY2(guess.clear, qPrintable(file));
    }
}

void TestTrial24Exports::mplusTill()
{
    ImportProfile p = suggestedFor(Mplus);
    QCOMPARE(p.decimalSeparator, ',');
    QCOMPARE(p.dateOrder, csv::DateOrder::DayMonthYear);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Mplus), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(184210));
    QCOMPARE(s.discounts.units(), cents(443));
    QCOMPARE(s.returns.units(), cents(1695));
    QCOMPARE(s.netSales.units(), cents(182072));
    QCOMPARE(s.orders, qint64(8));
    QCOMPARE(s.buyingCustomers, qint64(7));
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("K10273")), QStringLiteral("Thijs Bakker"));
    // Verkocht is a sale and Retour a negative line, Geannuleerd a void left out (Regelstatus speaks of
    // lines): no status is "unknown, counted as sales".
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    QVERIFY(report->quality.cancelStatuses.isEmpty());
    QCOMPARE(report->quality.notSoldLines(), qint64(3));

    // Counted as cancellations when the user says so.
    countVoidsAsCancellations(p);
    const QString counted = m_dir.create();
    auto asCancellations = Importer::run(counted, importFixture(Mplus), p, {});
    QVERIFY2(asCancellations.ok(), qPrintable(asCancellations.error().toString()));
    s = summaryOf(counted);
    QCOMPARE(s.grossSales.units(), cents(184210 + 12090));
    QCOMPARE(s.returns.units(), cents(1695 + 12090));
    QCOMPARE(s.netSales.units(), cents(182072));
    QCOMPARE(s.orders, qint64(9));
}

// Trial 24nl W2: Totaal mapped as the line total (Prijs then unmapped, "a line's amount comes from one of
// them") was read as before the line discount, and each Korting was taken off twice (−575,87 €). The rows
// prove Totaal = Aantal × Prijs − Korting (50005: 1 × 11,50 − 1,15 = 10,35), so they decide: the Columns page
// and storelens import read the totals after the discount.
void TestTrial24Exports::mplusTotaalAsLineTotal()
{
    auto preview = previewFile(importFixture(Mplus));
    QVERIFY(preview.ok());
    ImportProfile p = suggestedFor(Mplus);
    for (ColumnMapping &c : p.columns) {
        if (c.column == QLatin1String("Totaal"))
            c.field = field::LineTotal;
        else if (c.field == field::UnitPrice)
            c.field.clear();
    }
    p.lineTotalAfterDiscount = false; // what the wizard showed
    const LineTotalEvidence evidence = lineTotalEvidence(preview.value(), p);
    QCOMPARE(evidence.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(evidence.rows, qint64(3));
    QCOMPARE(evidence.example, QStringLiteral("1 × 11.50 − 1.15 = 10.35"));
    QVERIFY(evidence.contradicts(p));

    p.lineTotalAfterDiscount = true; // as the rows say (the voids left out by default)
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Mplus), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(184210));
    QCOMPARE(s.discounts.units(), cents(443));
    QCOMPARE(s.returns.units(), cents(1695));
    QCOMPARE(s.netSales.units(), cents(182072));
}

// The same with a unit price whose name StoreLens does not list ("Verkoopprijs incl. BTW"): the rows fit it,
// so they still decide; a column that names a total or a cost is never read as the unit price, and a price
// the rows do not fit says nothing (50005: 1 × 11,50 − 1,15 = 10,35; 50006: 1 × 8,95 − 0,90 = 8,05).
void TestTrial24Exports::totaalBesideAnUnknownPrice()
{
    FilePreview preview;
    preview.dialect.delimiter = ';';
    preview.header = QStringList{QStringLiteral("Bonnummer"),   QStringLiteral("Aantal"),
                                 QStringLiteral("Inkoopprijs"), QStringLiteral("Verkoopprijs incl. BTW"),
                                 QStringLiteral("Korting"),     QStringLiteral("Totaal")};
    preview.rows << QStringList{QStringLiteral("50005"), QStringLiteral("1"),    QStringLiteral("6,10"),
                                QStringLiteral("11,50"), QStringLiteral("1,15"), QStringLiteral("10,35")};
    preview.rows << QStringList{QStringLiteral("50006"), QStringLiteral("1"),    QStringLiteral("4,20"),
                                QStringLiteral("8,95"),  QStringLiteral("0,90"), QStringLiteral("8,05")};
    ImportProfile p;
    p.entity = Entity::Orders;
    p.decimalSeparator = ',';
    const QString fields[] = {field::OrderId, field::Quantity, QString(),
                              QString(),      field::Discount, field::LineTotal};
    for (int i = 0; i < preview.header.size(); ++i)
        p.columns << ColumnMapping{preview.header.at(i), i, fields[i]};
    const LineTotalEvidence evidence = lineTotalEvidence(preview, p);
    QCOMPARE(evidence.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(evidence.example, QStringLiteral("1 × 11.50 − 1.15 = 10.35"));
    QVERIFY(evidence.contradicts(p));

    // Without the selling price, the purchase price is no unit price: the rows say nothing.
    preview.header[3] = QStringLiteral("Omzet incl. BTW");
    p.columns[3].column = preview.header.at(3);
    QCOMPARE(lineTotalEvidence(preview, p).says, LineTotalEvidence::Says::Nothing);
}

void TestTrial24Exports::ccvShopOrders()
{
    const ImportProfile p = suggestedFor(Ccv);
    QCOMPARE(p.defaultChannel, webShopChannelName());
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Ccv), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(55685));
    QCOMPARE(s.discounts.units(), cents(1000));
    QCOMPARE(s.returns.units(), cents(590));
    QCOMPARE(s.netSales.units(), cents(54095));
    QCOMPARE(s.orders, qint64(9));
    QCOMPARE(s.buyingCustomers, qint64(8));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("joost.vandijk.web23@example.nl")),
             QStringLiteral("Joost van Dijk"));
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("thijs.bakker272@example.nl")),
             QStringLiteral("Thijs Bakker"));
}

void TestTrial24Exports::oxatisOrders()
{
    const ImportProfile p = suggestedFor(Oxatis);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Oxatis), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(32220));
    QCOMPARE(s.discounts.units(), cents(973));
    QCOMPARE(s.returns.units(), cents(2700));
    QCOMPARE(s.netSales.units(), cents(28547));
    QCOMPARE(s.orders, qint64(9));
    QCOMPARE(s.buyingCustomers, qint64(9));
    // Nom before Prénom: the first name first.
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("aurelie.dupont27@exemple.fr")),
             QStringLiteral("Aurélie Dupont"));
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("celine.lambert16@exemple.fr")),
             QStringLiteral("Céline Lambert"));
}

void TestTrial24Exports::dutchStatusWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("kind");
    for (const char *sale : {"Verkocht", "Betaald", "Verzonden", "Afgerond", "In behandeling"})
        QTest::newRow(sale) << QString::fromUtf8(sale) << int(OrderStatusKind::Sale);
    for (const char *pending : {"Onbetaald", "Wacht op betaling", "Betaling mislukt"})
        QTest::newRow(pending) << QString::fromUtf8(pending) << int(OrderStatusKind::NotSold);
}

void TestTrial24Exports::dutchStatusWords()
{
    QFETCH(QString, status);
    QFETCH(int, kind);
    QCOMPARE(int(orderStatusKind(status.toUtf8())), kind);
    // Geannuleerd a cancellation, Geretourneerd and Terugbetaald refunds: the profile's cancellation values,
    // of which only the refunds are never offered to leave out as unpaid.
    const QStringList cancels = defaultCancelStatusValues();
    for (const char *v : {"geannuleerd", "geretourneerd", "terugbetaald"})
        QVERIFY2(cancels.contains(QString::fromUtf8(v)), v);
    QVERIFY(isRefundStatus(QStringLiteral("Geretourneerd")));
    QVERIFY(isRefundStatus(QStringLiteral("Terugbetaald")));
    QVERIFY(!isRefundStatus(QStringLiteral("Geannuleerd")));
    QVERIFY(isPartialRefundStatus("Gedeeltelijk terugbetaald"));
}

// Voornaam + Achternaam and Nom + Prénom are the customer's name, the first name first; a delivery address's
// names are no customer's.
void TestTrial24Exports::namesJoinedFirstNameFirst()
{
    QVERIFY(namesLastNameFirst(QStringLiteral("Nom"), QStringLiteral("Prénom")));
    QVERIFY(namesLastNameFirst(QStringLiteral("Achternaam"), QStringLiteral("Voornaam")));
    QVERIFY(!namesLastNameFirst(QStringLiteral("Voornaam"), QStringLiteral("Achternaam")));
    QVERIFY(!namesLastNameFirst(QStringLiteral("Nom"), QStringLiteral("Désignation")));

    FilePreview preview;
    preview.dialect.delimiter = ';';
    preview.header = QStringList{QStringLiteral("Ordernummer"),
                                 QStringLiteral("Besteldatum"),
                                 QStringLiteral("Verzendadres voornaam"),
                                 QStringLiteral("Verzendadres achternaam"),
                                 QStringLiteral("Artikelcode"),
                                 QStringLiteral("Aantal"),
                                 QStringLiteral("Stukprijs")};
    preview.rows << QStringList{QStringLiteral("2026101"), QStringLiteral("01-08-2026"),
                                QStringLiteral("Wouter"),  QStringLiteral("Smit"),
                                QStringLiteral("100121"),  QStringLiteral("1"),
                                QStringLiteral("16,95")};
    const ImportProfile p = suggestProfile(preview, Entity::Orders);
    QVERIFY(p.columnFor(field::CustomerName).isEmpty());
}

// Trial 24fr: "If "Total TTC" includes the tax, map "Total HT" ..." — TTC says it does ("toutes taxes
// comprises"), so the advice says so without the "if"; a name that does not say keeps it. And "incl. btw"
// names a price with VAT as "inkl. MwSt." does.
void TestTrial24Exports::salesReadWithVatSaySoPlainly()
{
    UnreadMoneyColumn ht;
    ht.column = QStringLiteral("Total HT");
    ht.example = QStringLiteral("29,08");
    ht.line = 2;
    ht.field = field::LineTotal;
    ht.readInstead = QStringLiteral("Total TTC");
    QCOMPARE(ht.sentence(),
             QStringLiteral("Column \"Total HT\" holds amounts without VAT or sales tax (for "
                            "example 29,08 on line 2); the sales are read from \"Total TTC\", "
                            "which includes the tax. To see sales without it, map \"Total HT\" "
                            "as Line total (instead of unit price)."));
    ht.readInstead = QStringLiteral("Totaal");
    QVERIFY2(ht.sentence().contains(QStringLiteral("If \"Totaal\" includes the tax")),
             qPrintable(ht.sentence()));
    for (const char *name : {"Totaalbedrag incl. btw", "Prijs incl. BTW", "Total TTC", "Einzelpreis brutto"})
        QVERIFY2(headerSaysWithVat(QString::fromUtf8(name)), name);
    for (const char *name : {"Totaal", "BTW bedrag", "Total HT", "Prijs"})
        QVERIFY2(!headerSaysWithVat(QString::fromUtf8(name)), name);
}

QTEST_GUILESS_MAIN(TestTrial24Exports)
#include "tst_trial24exports.moc"
