// A French till's detailed sales export (trial 18: caisse_ventes_detaillees.csv, Hiboutik-style). The
// suggestion left N° ticket, E-mail client, Téléphone client, Référence, Produit, Prix unitaire TTC and Total
// TTC unmapped and took Client (a name) as the customer id; Total TTC mapped by hand was read as before
// Remise, and every discount was taken off twice.
//
// caisse_ventes_fr.csv, worked out by hand (Total TTC = Quantité × Prix unitaire TTC − Remise on every
// discounted row):
//   101 14/10  2 × 2.20 = 4.40; 1 × 1.50 = 1.50
//   102 14/10  3 × 13.50 − 4.05 = 36.45; 1 × 7.45 − 0.75 = 6.70         (Louise Mercier)
//   103 15/10  2 × 3.40 − 0.68 = 6.12; 1 × 14.90 = 14.90                 (Noé Girard)
//   104 16/10  1 × 19.90 = 19.90
//   105 17/10  Avoir of 103's olive oil: −1 × 14.90 = −14.90               (Noé Girard)
//   106 18/10  4 × 4.95 − 1.98 = 17.82
// Gross (sale lines) 4.40 + 1.50 + 40.50 + 7.45 + 6.80 + 14.90 + 19.90 + 19.80 = 115.25; discounts 4.05 +
// 0.75 + 0.68 + 1.98 = 7.46; returns 14.90; net 115.25 − 7.46 − 14.90 = 92.89. Read as before the discount,
// each discount would go twice: net 92.89 − 7.46 = 85.43. Orders: 101, 102, 103, 104 and 106 (105 holds a
// return only); customers by e-mail: 2.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/ShippingColumn.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

const QString Till = QStringLiteral("caisse_ventes_fr.csv");

FilePreview tillPreview()
{
    auto preview = previewFile(importFixture(Till));
    return preview ? preview.value() : FilePreview();
}

} // namespace

class TestFrenchTill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedMapping_data();
    void suggestedMapping();
    void totalsAfterTheDiscountByTheRows();
    void importsTheTillsNet();
    void unclearRowsKeepThePrice();
    void germanAndSpanishTills();
    void hiboutikAndWiziShop_data();
    void hiboutikAndWiziShop();
    void hiboutikSales();
    void wiziShopShippingIsNamed();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestFrenchTill::suggestedMapping_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column"); // empty: no column
    const char *const expected[][2] = {
        {"date", "Date"},
        {"time", "Heure"},
        {"order_id", "N° ticket"},
        {"customer_email", "E-mail client"},
        {"customer_phone", "Téléphone client"},
        {"customer_name", "Client"},
        {"customer_id", ""}, // the e-mail address keys the customer
        {"sku", "Référence"},
        {"product_name", "Produit"},
        {"category", "Catégorie"},
        {"quantity", "Quantité"},
        {"discount", "Remise"},
        {"line_total", "Total TTC"},
        {"unit_price", ""}, // the till's total is read instead (chooseTillAmount())
        {"store", ""},      // Caisse 1 and Caisse 2 are the shop's two tills, not two shops
        {"status", ""},
    };
    for (const auto &e : expected)
        QTest::newRow(e[0]) << QString::fromUtf8(e[0]) << QString::fromUtf8(e[1]);
}

void TestFrenchTill::suggestedMapping()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const FilePreview preview = tillPreview();
    QCOMPARE(preview.header.size(), 19);
    const ImportProfile p = suggestProfile(preview);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.mappedColumnCount(), 12); // Caisse, Vendeur, Type, Ticket d'origine, the price and VAT left
    QCOMPARE(p.dateOrder, csv::DateOrder::DayMonthYear);
    QCOMPARE(p.decimalSeparator, ',');
    QVERIFY(p.missingRequiredFields().isEmpty());
    QCOMPARE(contestedFields(preview, p).size(), 0);
}

void TestFrenchTill::totalsAfterTheDiscountByTheRows()
{
    const FilePreview preview = tillPreview();
    const ImportProfile p = suggestProfile(preview);
    QVERIFY(p.lineTotalAfterDiscount);
    // The rows say so with the unit price left unmapped: the column named "Prix unitaire TTC" is read.
    const LineTotalEvidence e = lineTotalEvidence(preview, p);
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(e.rows, qint64(4)); // tickets 102 (two lines), 103 and 106
    QCOMPARE(e.example, QStringLiteral("3 × 13.50 − 4.05 = 36.45"));
    QCOMPARE(e.exampleLine, qint64(4));
    QVERIFY(!e.contradicts(p));
    ImportProfile before = p;
    before.lineTotalAfterDiscount = false;
    QVERIFY(e.contradicts(before));
}

void TestFrenchTill::importsTheTillsNet()
{
    const QString ws = m_dir.create();
    auto report = storelens::test::importWithSuggestion(ws, importFixture(Till));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1152500));
    QCOMPARE(s.discounts.units(), qint64(74600));
    QCOMPARE(s.returns.units(), qint64(149000));
    QCOMPARE(s.netSales.units(), qint64(928900)); // 85.43 with the totals read as before the discount
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.returnLines, qint64(1));
    QCOMPARE(s.buyingCustomers, qint64(2));
    QCOMPARE(s.stores, qint64(1));
}

void TestFrenchTill::unclearRowsKeepThePrice()
{
    // Row 3 after the discount, row 4 now before it (1 × 7.45 = 7.45 beside Remise 0.75): the rows do not say
    // one thing, so no reading is guessed: the unit price and the discount are read, which need none.
    FilePreview preview = tillPreview();
    preview.rows[3][16] = QStringLiteral("7,45 €");
    const ImportProfile p = suggestProfile(preview);
    QCOMPARE(p.columnFor(field::UnitPrice), QStringLiteral("Prix unitaire TTC"));
    QCOMPARE(p.columnFor(field::Discount), QStringLiteral("Remise"));
    QCOMPARE(p.columnFor(field::LineTotal), QString());
    QCOMPARE(lineTotalEvidence(preview, p).says, LineTotalEvidence::Says::Nothing);
}

void TestFrenchTill::germanAndSpanishTills()
{
    // A Spanish till: "Nº ticket" (º is a letter) is the order; "Total" is no till's total by its name alone
    // (Shopify's is the order's), so beside "Precio unitario" the price and "Descuento" are read. 2 × 4.50 −
    // 0.90 = 8.10 on 14/10.
    FilePreview spanish;
    spanish.header = {QStringLiteral("Fecha"),     QStringLiteral("Nº ticket"),
                      QStringLiteral("Caja"),      QStringLiteral("Producto"),
                      QStringLiteral("Cantidad"),  QStringLiteral("Precio unitario"),
                      QStringLiteral("Descuento"), QStringLiteral("Total")};
    spanish.rows = {{QStringLiteral("14/10/2026"), QStringLiteral("7"), QStringLiteral("Caja 1"),
                     QStringLiteral("Turrón"), QStringLiteral("2"), QStringLiteral("4,50"),
                     QStringLiteral("0,90"), QStringLiteral("8,10")},
                    {QStringLiteral("15/10/2026"), QStringLiteral("8"), QStringLiteral("Caja 2"),
                     QStringLiteral("Aceite"), QStringLiteral("1"), QStringLiteral("12,00"),
                     QStringLiteral("1,20"), QStringLiteral("10,80")}};
    const ImportProfile es = suggestProfile(spanish, Entity::Orders);
    QCOMPARE(es.columnFor(field::OrderId), QStringLiteral("Nº ticket"));
    QCOMPARE(es.columnFor(field::UnitPrice), QStringLiteral("Precio unitario"));
    QCOMPARE(es.columnFor(field::Discount), QStringLiteral("Descuento"));
    QCOMPARE(es.columnFor(field::LineTotal), QString());
    QCOMPARE(es.columnFor(field::Store), QString()); // the till, not the shop
    // A German till: "Gesamt brutto" is read instead of "Einzelpreis brutto", after "Rabatt" as the rows say
    // (3 × 2.00 − 0.60 = 5.40); "Kasse" is the till. Rabatt's one value, 0,60, looks like a rate (60 %), but
    // the row says it is money: 3 × 2.00 × (1 − 0.60) would be 2.40.
    FilePreview german = spanish;
    german.header = {QStringLiteral("Datum"),  QStringLiteral("Bon-Nr."),
                     QStringLiteral("Kasse"),  QStringLiteral("Artikel"),
                     QStringLiteral("Menge"),  QStringLiteral("Einzelpreis brutto"),
                     QStringLiteral("Rabatt"), QStringLiteral("Gesamt brutto")};
    german.rows[0] = {QStringLiteral("14.10.2026"), QStringLiteral("7"),   QStringLiteral("Kasse 1"),
                      QStringLiteral("Brezel"),     QStringLiteral("3"),   QStringLiteral("2,00"),
                      QStringLiteral("0,60"),       QStringLiteral("5,40")};
    german.rows.removeLast();
    const ImportProfile de = suggestProfile(german, Entity::Orders);
    QCOMPARE(de.columnFor(field::OrderId), QStringLiteral("Bon-Nr."));
    QCOMPARE(de.columnFor(field::LineTotal), QStringLiteral("Gesamt brutto"));
    QCOMPARE(de.columnFor(field::UnitPrice), QString());
    QCOMPARE(de.columnFor(field::Discount), QStringLiteral("Rabatt"));
    QVERIFY(de.lineTotalAfterDiscount);
    QCOMPARE(de.columnFor(field::Store), QString());

    // Trial 19's German till (ready2order-style columns): "Rechnungsnummer" is the receipt, "Produktgruppe"
    // the category. Left unmapped, each line was an order of its own (5,414 orders instead of 2,500).
    FilePreview invoices;
    invoices.header = {QStringLiteral("Rechnungsnummer"), QStringLiteral("Datum"),
                       QStringLiteral("Kasse"),           QStringLiteral("Artikelnummer"),
                       QStringLiteral("Artikel"),         QStringLiteral("Produktgruppe"),
                       QStringLiteral("Menge"),           QStringLiteral("Einzelpreis")};
    invoices.rows = {{QStringLiteral("2025-005327"), QStringLiteral("14.10.2026"), QStringLiteral("Kasse 1"),
                      QStringLiteral("GK-070"), QStringLiteral("Geschenkkorb"), QStringLiteral("Geschenke"),
                      QStringLiteral("1"), QStringLiteral("49,00")}};
    const ImportProfile r2o = suggestProfile(invoices, Entity::Orders);
    QCOMPARE(r2o.columnFor(field::OrderId), QStringLiteral("Rechnungsnummer"));
    QCOMPARE(r2o.columnFor(field::Category), QStringLiteral("Produktgruppe"));
    QCOMPARE(r2o.columnFor(field::Sku), QStringLiteral("Artikelnummer"));
    QCOMPARE(r2o.columnFor(field::UnitPrice), QStringLiteral("Einzelpreis"));
}

// Trial 21fr: a Hiboutik-style till export (its real CSV headers could not be found: "N° vente;Date;Point de
// vente;Vendeur;N° client;Client;E-mail client;Code barre;…;Statut") and a WiziShop-style orders export, both
// in French. The suggestion left N° vente, N° client, Code barre, Point de vente, Date de commande, Référence
// commande, Remise TTC, Référence produit and Pays de livraison unread: every line of the till was an order
// (1,521 instead of 870), and the web shop's file could not go on without its date.
void TestFrenchTill::hiboutikAndWiziShop_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    const char *const till[][2] = {
        {"order_id", "N° vente"},    {"customer_id", "N° client"},
        {"customer_name", "Client"}, {"customer_email", "E-mail client"},
        {"sku", "Code barre"},       {"store", "Point de vente"},
        {"status", "Statut"},        {"line_total", "Total TTC"},
    };
    for (const auto &e : till)
        QTest::newRow(qPrintable(QStringLiteral("Hiboutik ") + QString::fromUtf8(e[0])))
            << QStringLiteral("hiboutik_ventes_fr.csv") << QString::fromUtf8(e[0]) << QString::fromUtf8(e[1]);
    const char *const web[][2] = {
        {"order_id", "Référence commande"},
        {"date", "Date de commande"},
        {"discount", "Remise TTC"},
        {"sku", "Référence produit"},
        {"country", "Pays de livraison"},
        {"customer_name", "Nom du client"},
        {"shipping", ""}, // Frais de port TTC: shipping is not sales
    };
    for (const auto &e : web)
        QTest::newRow(qPrintable(QStringLiteral("WiziShop ") + QString::fromUtf8(e[0])))
            << QStringLiteral("wizishop_commandes_fr.csv") << QString::fromUtf8(e[0])
            << QString::fromUtf8(e[1]);
}

void TestFrenchTill::hiboutikAndWiziShop()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, column);
    auto preview = previewFile(importFixture(file));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

// hiboutik_ventes_fr.csv by hand: sales 10483 11.90; 10484 31.80 + 11.90; 10485 5.40; 10486 5.40; 10487 9.80
// + 16.50 + 29.00 + 89.00; 10488 48.00; 10489 42.00 − 4.20 = 37.80 and 34.00 − 3.40 = 30.60; 10596
// (13/08) 19.90 and 34.00 − 2.00 = 32.00: 8 orders, net 379.00. Every status is "Clôturée", a closed (paid)
// sale, which is no status to ask about.
void TestFrenchTill::hiboutikSales()
{
    const QString ws = m_dir.create();
    auto report =
        storelens::test::importWithSuggestion(ws, importFixture(QStringLiteral("hiboutik_ventes_fr.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.orders, qint64(8));
    QCOMPARE(s.netSales.units(), qint64(3790000));
    QCOMPARE(s.discounts.units(), qint64(96000));
}

// WiziShop's "Frais de port TTC" is left out of sales, as every shipping column is, and now named so (trial
// 21fr: nothing said it), while "Pays de livraison" is a country, not shipping money.
void TestFrenchTill::wiziShopShippingIsNamed()
{
    auto preview = previewFile(importFixture(QStringLiteral("wizishop_commandes_fr.csv")));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(unmappedShippingColumn(preview.value(), p), QStringLiteral("Frais de port TTC"));
}

QTEST_GUILESS_MAIN(TestFrenchTill)
#include "tst_frenchtill.moc"
